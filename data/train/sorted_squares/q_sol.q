solve:{[nums] s:nums*nums; s iasc s}

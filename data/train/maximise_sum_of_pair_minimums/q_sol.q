solve:{[nums] s:nums iasc nums; sum s 2*til (count s) div 2}

solve:{[nums] s:nums iasc nums; m:s (count s) div 2; sum abs s-m}

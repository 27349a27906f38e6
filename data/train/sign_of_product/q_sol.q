solve:{[nums] $[0 in nums; 0; 1=(count where nums<0) mod 2; -1; 1]}

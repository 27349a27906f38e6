solve:{[nums]
  f:{[nums;i] r:nums where ((til count nums)>i) and nums>nums i; $[count r; first r; -1]};
  f[nums] each til count nums}

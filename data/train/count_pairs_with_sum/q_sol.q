solve:{[nums;k]
  sum {[nums;k;i] count where k=nums[i]+(i+1)_nums}[nums;k] each til count nums}

solve:{[nums] sum {[nums;i] count where nums[i]>(i+1)_nums}[nums] each til count nums}

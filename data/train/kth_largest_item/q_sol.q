solve:{[nums;k] (desc nums) k-1}

solve:{[nums;val] nums except val}

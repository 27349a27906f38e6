solve:{[nums] (nums where nums<>0),nums where nums=0}

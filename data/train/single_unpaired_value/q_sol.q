solve:{[nums] first where 1=count each group nums}

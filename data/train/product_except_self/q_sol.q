solve:{[nums] {prd x _ y}[nums] each til count nums}

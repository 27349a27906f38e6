solve:{[nums] max {y+0|x}\[nums]}

solve:{[nums] i:til count nums; nums where (i<2) or nums<>nums i-2}

solve:{[nums] (nums where 0=nums mod 2),nums where 1=nums mod 2}

solve:{[nums] sum nums where 0=(til count nums) mod 2}

solve:{[nums] $[2>count nums; 0; max 1_deltas nums iasc nums]}

solve:{[nums] s:nums iasc nums; min 1_deltas s}

solve:{[nums] c:count each group nums; d:nums idesc nums; d iasc c d}

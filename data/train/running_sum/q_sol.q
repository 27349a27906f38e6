solve:{[nums] sums nums}

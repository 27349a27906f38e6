solve:{[nums] med nums}

solve:{[nums] avg nums}

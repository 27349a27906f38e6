solve:{[nums] (sum til 1+count nums)-sum nums}

solve:{[nums] (count nums)>count distinct nums}

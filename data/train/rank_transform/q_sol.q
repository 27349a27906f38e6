solve:{[nums] d:distinct nums; d:d iasc d; 1+d?nums}

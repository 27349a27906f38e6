solve:{[nums] count where nums>prev maxs nums}

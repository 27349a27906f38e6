solve:{[days;iv]
  busy:distinct raze {x[0]+til 1+x[1]-x[0]} each iv;
  days-count busy where busy<=days}

solve:{[iv]
  s:iv iasc neg last each iv;
  s:s iasc first each s;
  e:last each s;
  count where e>prev maxs e}

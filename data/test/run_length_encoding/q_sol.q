solve:{[s]
  if[0=count s; :""];
  st:where differ s;
  lens:(1_st,count s)-st;
  raze (s st),'string lens}

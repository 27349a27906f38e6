solve:{[s;t]
  if[(count s)<>count t; :0b];
  if[0=count s; :1b];
  any {[s;t;i] t~i rotate s}[s;t] each til count s}

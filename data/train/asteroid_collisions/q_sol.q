solve:{[rocks]
  st:`long$(); i:0;
  while[i<count rocks;
    v:rocks i; alive:1b;
    while[alive and (v<0) and $[count st; 0<last st; 0b];
      t:last st;
      if[t<=neg v; st:-1_st];
      if[t>=neg v; alive:0b]];
    if[alive; st,:v];
    i+:1];
  st}

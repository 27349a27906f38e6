solve:{[ops]
  st:`long$(); i:0;
  while[i<count ops;
    o:ops i; c:first o; op:(1=count o) and c in "+DC";
    if[not op; st,:"J"$o];
    if[op; st:$[c="+"; st,sum -2#st; c="D"; st,2*last st; -1_st]];
    i+:1];
  sum st}

solve:{[s]
  res:0; sign:1; num:0; st:`long$(); i:0;
  while[i<count s;
    c:s i;
    if[c in "0123456789"; num:(10*num)+("j"$c)-48];
    if[c in "+-"; res+:sign*num; num:0; sign:$[c="+"; 1; -1]];
    if[c="("; st,:res,sign; res:0; sign:1];
    if[c=")"; res+:sign*num; num:0; res:(st (count st)-2)+res*last st; st:-2_st];
    i+:1];
  res+sign*num}

solve:{[tokens]
  st:`long$(); i:0;
  while[i<count tokens;
    t:tokens i; op:first t;
    isop:(1=count t) and op in "+-*/";
    if[not isop; st,:"J"$t];
    if[isop;
      b:last st; a:st (count st)-2; st:-2_st;
      d:$[op="/"; (abs a) div abs b; 0];
      st,:$[op="+"; a+b; op="-"; a-b; op="*"; a*b; (a*b)<0; neg d; d]];
    i+:1];
  last st}

solve:{[ops]
  st:`long$(); i:0;
  while[i<count ops;
    o:ops i;
    $[o~enlist "+"; st,:sum -2#st;
      o~enlist "D"; st,:2*last st;
      o~enlist "C"; st:-1_st;
      st,:"J"$o];
    i+:1];
  sum st}

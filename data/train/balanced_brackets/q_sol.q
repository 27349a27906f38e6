solve:{[s]
  st:""; i:0; ok:1b;
  while[ok and i<count s;
    c:s i;
    open:c in "([{";
    match:$[count st; (last st)="([{" ")]}"?c; 0b];
    $[open; st,:c; match; st:-1_st; ok:0b];
    i+:1];
  ok and 0=count st}

solve:{[s]
  counts:`long$(); saved:(); cur:""; k:0; i:0;
  while[i<count s;
    c:s i;
    if[c in "0123456789"; k:(10*k)+("j"$c)-48];
    if[c="["; counts,:k; saved,:enlist cur; cur:""; k:0];
    if[c="]"; cur:(last saved),raze (last counts)#enlist cur; counts:-1_counts; saved:-1_saved];
    if[not c in "0123456789[]"; cur,:c];
    i+:1];
  cur}

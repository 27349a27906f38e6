solve:{[s;t]
  $[(count s)<>count t; 0b;
    0=count s; 1b;
    any {[s;t;i] t~i rotate s}[s;t] each til count s]}

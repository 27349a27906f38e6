solve:{[path]
  parts:("/" vs path) except ("";enlist ".");
  st:(); i:0;
  while[i<count parts; d:parts i; $[d~".."; st:-1_st; st,:enlist d]; i+:1];
  $[count st; raze "/",/:st; enlist "/"]}

solve:{[a;b]
  v:(2 sv -48+"j"$a)+2 sv -48+"j"$b;
  $[v=0; enlist "0"; raze string 2 vs v]}

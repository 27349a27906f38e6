solve:{[nums]
  s:string nums;
  m:max count each s;
  k:{[m;x] (2*m)#x}[m] each s;
  r:raze s idesc k;
  $[all r="0"; enlist "0"; r]}

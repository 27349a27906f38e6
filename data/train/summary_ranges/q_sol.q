solve:{[nums]
  st:where 1b,1<>1_deltas nums;
  en:(1_st,count nums)-1;
  {[a;b] $[a=b; string a; (string a),"->",string b]}'[nums st;nums en]}

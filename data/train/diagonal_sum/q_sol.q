solve:{[m]
  n:count m; i:til n;
  (sum m@'i)+(sum m@'(n-1)-i)-$[1=n mod 2; m[n div 2;n div 2]; 0]}

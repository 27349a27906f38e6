solve:{[n] c:0; while[n>1; n:$[0=n mod 2; n div 2; 1+3*n]; c+:1]; c}

solve:{[n] $[n<1; 0b; 1=sum 2 vs n]}

solve:{[n] d:10 vs n; n=sum {[k;x] prd k#x}[count d] each d}

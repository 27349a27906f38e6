solve:{[x] r:"J"$reverse string abs x; $[x<0; neg r; r]}

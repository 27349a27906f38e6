solve:{[n] {sum 2 vs x} each til n+1}

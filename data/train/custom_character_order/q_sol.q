solve:{[order;s] s iasc order?s}

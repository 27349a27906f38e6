solve:{[a;b] {[b;row] sum row*b}[b] each a}

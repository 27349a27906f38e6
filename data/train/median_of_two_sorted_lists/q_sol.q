solve:{[a;b] med a,b}

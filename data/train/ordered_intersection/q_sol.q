solve:{[a;b] distinct a where a in b}

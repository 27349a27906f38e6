solve:{[grid]
  h:count grid; w:count first grid;
  L:grid*(h;w)#1+til h*w;
  z:enlist w#0; P:();
  while[not L~P;
    P:L;
    N:(-1_z,L)|(1_L,z)|({-1_0,x} each L)|{1_x,0} each L;
    L:grid*L|N];
  count distinct (raze L) except 0}

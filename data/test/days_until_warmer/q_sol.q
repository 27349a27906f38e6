solve:{[temps]
  n:count temps; ans:n#0; st:`long$(); i:0;
  while[i<n;
    while[$[count st; temps[last st]<temps i; 0b]; j:last st; ans[j]:i-j; st:-1_st];
    st,:i; i+:1];
  ans}

solve:{[m] c:sum each m; i:first where c=max c; i,c i}

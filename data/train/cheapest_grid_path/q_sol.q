solve:{[grid]
  row:sums first grid; i:1;
  while[i<count grid;
    r:grid i; new:(count r)#0; new[0]:row[0]+r 0; j:1;
    while[j<count r; new[j]:r[j]+new[j-1]&row j; j+:1];
    row:new; i+:1];
  last row}

solve:{[s]
  open:0; add:0; i:0;
  while[i<count s; $[s[i]="("; open+:1; open>0; open-:1; add+:1]; i+:1];
  add+open}

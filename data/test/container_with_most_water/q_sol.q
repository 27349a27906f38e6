solve:{[heights]
  i:0; j:(count heights)-1; best:0;
  while[i<j;
    best:best|(j-i)*heights[i]&heights[j];
    $[heights[i]<heights[j]; i+:1; j-:1]];
  best}

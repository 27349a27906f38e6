solve:{[words]
  if[0=count words; :""];
  n:min count each words;
  i:0;
  while[(i<n) and all (first words)[i]=words[;i]; i+:1];
  i#first words}

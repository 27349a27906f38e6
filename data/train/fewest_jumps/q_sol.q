solve:{[nums]
  jumps:0; cur:0; far:0; i:0;
  while[i<(count nums)-1;
    far:far|i+nums i;
    if[i=cur; jumps+:1; cur:far];
    i+:1];
  jumps}

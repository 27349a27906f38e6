solve:{[nums]
  far:0; i:0;
  while[(i<count nums) and i<=far; far:far|i+nums i; i+:1];
  far>=(count nums)-1}

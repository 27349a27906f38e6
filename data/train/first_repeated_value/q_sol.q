solve:{[nums]
  i:where (til count nums)<>nums?nums;
  $[count i; nums first i; -1]}

solve:{[nums]
  g:group nums;
  c:count each g;
  m:where c=max c;
  min {1+(last x)-first x} each g m}

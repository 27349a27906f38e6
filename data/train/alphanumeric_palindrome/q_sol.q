solve:{[s]
  t:lower s where (lower s) in "abcdefghijklmnopqrstuvwxyz0123456789";
  t~reverse t}

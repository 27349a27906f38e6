solve:{[s;k]
  a:"abcdefghijklmnopqrstuvwxyz";
  {[a;k;c] $[c in a; a (k+a?c) mod 26; c]}[a;k] each s}

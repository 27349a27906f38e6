solve:{[s;p]
  n:count p;
  $[n>count s; 0; count where {[s;p;n;i] p~n#i _ s}[s;p;n] each til 1+(count s)-n]}

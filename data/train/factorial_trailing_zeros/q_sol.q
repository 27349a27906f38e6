solve:{[n] c:0; while[n>0; n:n div 5; c+:n]; c}

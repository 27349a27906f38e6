solve:{[a;b] c:a,b; c iasc c}

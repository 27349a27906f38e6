solve:{[s] c:count each group s; first where c=max c}

solve:{[words] c:count each group words; first asc where c=max c}

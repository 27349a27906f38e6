solve:{[words] value count each group words}

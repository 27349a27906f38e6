solve:{[words] d:distinct words; d iasc d}

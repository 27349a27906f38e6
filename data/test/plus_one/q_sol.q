solve:{[digits] 10 vs 1+10 sv digits}

solve:{[s] i:where (lower s) in "aeiou"; s[i]:s reverse i; s}

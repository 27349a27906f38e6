solve:{[s] count where (lower s) in "aeiou"}

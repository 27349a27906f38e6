solve:{[s;t] (s?s)~t?t}

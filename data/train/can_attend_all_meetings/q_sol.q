solve:{[iv] s:iv iasc first each iv; all (1_first each s)>=-1_last each s}

solve:{[iv;p] count where {[p;x] (x[0]<=p) and p<=x 1}[p] each iv}

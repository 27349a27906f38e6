solve:{[n] d:1+til n-1; n=sum d where 0=n mod d}

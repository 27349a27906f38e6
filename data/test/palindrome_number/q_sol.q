solve:{[x] s:string x; s~reverse s}

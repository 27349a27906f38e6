solve:{[s;t] (asc s)~asc t}

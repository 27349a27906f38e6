solve:{[s] max 0,sums ("j"$s="(")-"j"$s=")"}

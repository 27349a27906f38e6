solve:{[m] flip reverse m}

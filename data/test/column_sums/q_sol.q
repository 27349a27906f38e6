solve:{[m] sum m}

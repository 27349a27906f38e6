solve:{[s] sum -48+"j"$s where s in "0123456789"}

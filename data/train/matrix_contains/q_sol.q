solve:{[m;target] target in raze m}

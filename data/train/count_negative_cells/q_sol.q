solve:{[m] count where raze m<0}

solve:{[height;width] r:width#1; do[height-1; r:sums r]; last r}

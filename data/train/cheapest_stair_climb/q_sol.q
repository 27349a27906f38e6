solve:{[cost] min {(x 1),y+min x}/[0 0;cost]}

solve:{[rows] first {y+(-1_x)&1_x}/[last rows;reverse -1_rows]}

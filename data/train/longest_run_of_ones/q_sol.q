solve:{[bits] max 0,{$[y;x+1;0]}\[0;bits]}

solve:{[nums] $[0=count nums; 0; max 1,{$[y;x+1;1]}\[1;1_nums>prev nums]]}

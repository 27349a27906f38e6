solve:{[nums;k] c:count each group nums; u:key c; u:u iasc u; k#u iasc neg c u}

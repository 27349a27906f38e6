solve:{[nums] c:count each group nums; sum (c*c-1) div 2}

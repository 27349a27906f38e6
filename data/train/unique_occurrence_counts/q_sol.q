solve:{[nums] c:value count each group nums; (count c)=count distinct c}

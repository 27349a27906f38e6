solve:{[nums;k] {[nums;k;i] count distinct k#i _ nums}[nums;k] each til 1+(count nums)-k}

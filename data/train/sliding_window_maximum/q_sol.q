solve:{[nums;k] {[nums;k;i] max k#i _ nums}[nums;k] each til 1+(count nums)-k}

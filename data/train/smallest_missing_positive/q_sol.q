solve:{[nums] p:1+til 1+count nums; first p where not p in nums}

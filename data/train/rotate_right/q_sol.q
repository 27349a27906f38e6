solve:{[nums;k] $[0=count nums; nums; neg[k] rotate nums]}

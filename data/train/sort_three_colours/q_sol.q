solve:{[nums] raze ({count where x} each nums=/:0 1 2)#'0 1 2}

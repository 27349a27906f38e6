solve:{[nums] {count where x<y}[nums] each nums}

solve:{[title] 26 sv -64+"j"$title}

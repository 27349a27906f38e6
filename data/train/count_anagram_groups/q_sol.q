solve:{[words] count distinct asc each words}

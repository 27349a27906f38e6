solve:{[n] while[n>9; n:sum 10 vs n]; n}

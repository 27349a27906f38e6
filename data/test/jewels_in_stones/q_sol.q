solve:{[jewels;stones] count where stones in jewels}

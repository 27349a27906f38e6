solve:{[m] z:(any each m=0)|\:max m=0; m*not z}

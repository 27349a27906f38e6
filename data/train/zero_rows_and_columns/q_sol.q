solve:{[m] z:(any each m=0) or\:max m=0; m*not z}

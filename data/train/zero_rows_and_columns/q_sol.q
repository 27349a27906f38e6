solve:{[m] z:(any each m=0) or\:any m=0; m*not z}

solve:{[citations] s:desc citations; count where s>=1+til count s}

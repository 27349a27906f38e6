solve:{[s] count (" " vs s) except enlist ""}

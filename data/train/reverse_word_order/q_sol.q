solve:{[s] " " sv reverse " " vs s}

solve:{[s] " " sv {$[count x; (upper 1#x),1_x; x]} each " " vs s}

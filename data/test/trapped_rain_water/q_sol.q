solve:{[heights] sum ((maxs heights)&reverse maxs reverse heights)-heights}

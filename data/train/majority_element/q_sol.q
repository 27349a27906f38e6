solve:{[nums] g:count each group nums; first where g=max g}

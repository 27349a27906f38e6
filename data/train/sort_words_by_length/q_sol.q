solve:{[words] words iasc count each words}

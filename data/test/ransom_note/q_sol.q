solve:{[note;magazine]
  have:count each group magazine;
  need:count each group note;
  all (value need)<=0^have key need}

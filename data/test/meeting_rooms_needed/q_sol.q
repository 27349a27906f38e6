solve:{[iv]
  st:first each iv; en:last each iv;
  max {[st;en;t] count where (st<=t) and en>t}[st;en] each st}

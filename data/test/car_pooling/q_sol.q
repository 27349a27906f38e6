solve:{[trips;capacity]
  seats:(1+max last each trips)#0; i:0;
  while[i<count trips;
    tr:trips i;
    seats[tr[1]+til tr[2]-tr 1]+:tr 0;
    i+:1];
  all seats<=capacity}

solve:{[nums] d:distinct nums; $[2>count d; -1; (desc d) 1]}

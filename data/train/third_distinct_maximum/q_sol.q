solve:{[nums] d:desc distinct nums; $[3>count d; first d; d 2]}

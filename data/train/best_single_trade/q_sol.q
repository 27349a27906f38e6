solve:{[prices] max 0,prices-mins prices}

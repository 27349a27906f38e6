solve:{[m] rowmin:min each m; rowmin where rowmin in max m}

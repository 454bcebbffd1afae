var aÃ( = 1

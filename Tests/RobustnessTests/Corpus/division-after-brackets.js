a = (b) / 2; c = [d] / 3; e = {} / 4; if (f) /g/.exec(h)

a = b / c / d; e = /=/g.test(x) / 2; f = (1) / /x/.source.length;
if (x) /re/.test(y)

var v\u0061r; x = { \u0069f: 1 }

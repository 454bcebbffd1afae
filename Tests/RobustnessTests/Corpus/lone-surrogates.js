x = '\uD800'; y = "\uDC00\uD800"; z = `\uDBFF`; w = '\u{D800}'

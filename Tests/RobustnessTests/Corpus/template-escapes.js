tag`\unicode and \u{` ; x = `\u{1F600}\x41\``

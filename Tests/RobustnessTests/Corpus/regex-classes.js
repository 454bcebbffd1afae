x = /[/\]]+/u; y = /\//; z = /[\s\S]*?/gimsuy

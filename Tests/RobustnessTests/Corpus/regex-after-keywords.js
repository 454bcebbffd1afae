return /a/; typeof /b/; x = y
/z/g; void /c/i

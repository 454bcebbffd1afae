x = 1 <!-- comment
--> also a comment
y = x-- > 0

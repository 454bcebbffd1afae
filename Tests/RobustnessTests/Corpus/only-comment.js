// nothing
/* else */
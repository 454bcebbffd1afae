function f(){return
1}
a
++b
throw_ = 1
x => {}
label: for(;;){break
label}

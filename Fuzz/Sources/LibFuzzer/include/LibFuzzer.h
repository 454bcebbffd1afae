// libFuzzer's driver, for a harness that has its own `main` (SwiftPM
// gives every executable one). Declared in compiler-rt's FuzzerInterface.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

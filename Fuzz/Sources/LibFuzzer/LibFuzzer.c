// Nothing to compile: the driver comes from -sanitize=fuzzer at link time.
#include "LibFuzzer.h"

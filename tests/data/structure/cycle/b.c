#include "c-private.h"

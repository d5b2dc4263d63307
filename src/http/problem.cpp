#include "http/problem.h"

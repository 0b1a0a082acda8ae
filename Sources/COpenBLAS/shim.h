#ifndef CORROBORATE_COPENBLAS_SHIM_H
#define CORROBORATE_COPENBLAS_SHIM_H
#include <cblas.h>
#endif

#ifndef CORROBORATE_CZLIB_SHIM_H
#define CORROBORATE_CZLIB_SHIM_H
#include <zlib.h>
/// `inflateInit2` is a macro; expose it as a function Swift can call.
static inline int corroborate_inflateInit2(z_stream *stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif

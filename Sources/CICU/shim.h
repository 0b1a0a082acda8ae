#ifndef CORROBORATE_CICU_SHIM_H
#define CORROBORATE_CICU_SHIM_H
// ICU renames its C functions per version (ubrk_open_72); these static inline wrappers give Swift
// stable names. Add a wrapper here for each ICU function the project calls.
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/uloc.h>

static inline UBreakIterator *corroborate_ubrk_open(UBreakIteratorType type, const char *locale,
                                                   const UChar *text, int32_t length, UErrorCode *status) {
    return ubrk_open(type, locale, text, length, status);
}
static inline void corroborate_ubrk_close(UBreakIterator *iterator) { ubrk_close(iterator); }
static inline void corroborate_ubrk_setText(UBreakIterator *iterator, const UChar *text, int32_t length,
                                            UErrorCode *status) {
    ubrk_setText(iterator, text, length, status);
}
static inline int32_t corroborate_ubrk_first(UBreakIterator *iterator) { return ubrk_first(iterator); }
static inline int32_t corroborate_ubrk_next(UBreakIterator *iterator) { return ubrk_next(iterator); }
static inline int32_t corroborate_ubrk_getRuleStatus(UBreakIterator *iterator) {
    return ubrk_getRuleStatus(iterator);
}
static inline int corroborate_u_success(UErrorCode code) { return code <= U_ZERO_ERROR; }
#endif

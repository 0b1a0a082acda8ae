#ifndef CORROBORATE_CLIBXML2_SHIM_H
#define CORROBORATE_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void corroborate_xmlFree(void *pointer) { xmlFree(pointer); }
#endif

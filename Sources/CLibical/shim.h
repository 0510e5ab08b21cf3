#ifndef CLIBICAL_SHIM_H
#define CLIBICAL_SHIM_H

#include <libical/ical.h>

/// `icalerrno` is a macro over a per-thread variable: Swift cannot read it directly.
static inline icalerrorenum clibical_errno(void) { return icalerrno; }

/// Clears the per-thread error state before a libical call whose failure we want to detect.
static inline void clibical_clear_errno(void) { icalerrno = ICAL_NO_ERROR; }

#endif

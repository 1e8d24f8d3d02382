"""Handing freed memory back to the system between the big steps of a run."""

from __future__ import annotations

import ctypes
import sys


def return_freed_memory() -> None:
    """Give the C heap's free memory back to the system (glibc only; elsewhere nothing).

    At 10^6 claims, steps leave hundreds of MB of freed temporaries (column arrays, report
    pieces) as free heap below live objects, which glibc keeps rather than return; the next
    big allocations (the report string, its UTF-8 bytes) come from fresh mappings, so that
    memory would count twice towards the peak.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
            pass

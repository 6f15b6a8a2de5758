"""An optional client-side rate limit, shared by every thread and task using one client.

Bulk jobs that poll hundreds of accounts trip the per-minute limit (11017),
after which the API refuses calls for about five minutes. ``RateLimiter``
spaces attempts evenly: at most ``per_second`` attempts start in any second
(with a burst of ``burst``). Each attempt — retries included — reserves the
next free slot under a lock and then sleeps outside it, with ``time.sleep`` in
the sync client and ``asyncio.sleep`` in the async one, so one limiter object
serves both.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """Evenly spaced slots: ``reserve()`` returns how long the caller must wait before sending."""

    def __init__(self, per_second: float, *, burst: int = 1, clock: Callable[[], float] = time.monotonic) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be > 0")
        if burst < 1:
            raise ValueError("burst must be >= 1")
        self.per_second = float(per_second)
        self.burst = burst
        self._interval = 1.0 / self.per_second
        self._clock = clock
        self._lock = threading.Lock()
        self._next_free = 0.0  # earliest start of the next slot beyond the burst allowance

    def reserve(self) -> float:
        """Take the next slot; return the seconds to wait until it starts (0 when free now)."""
        with self._lock:
            now = self._clock()
            # A full burst may start at once; each slot pushes the horizon one interval further.
            earliest = max(self._next_free, now - (self.burst - 1) * self._interval)
            self._next_free = earliest + self._interval
            return max(0.0, earliest - now)

    def __repr__(self) -> str:
        return f"RateLimiter(per_second={self.per_second}, burst={self.burst})"

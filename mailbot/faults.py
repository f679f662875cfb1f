"""Named crash points for recovery tests.

`MAILBOT_FAULT=after_commit@3` kills the process with SIGKILL the third time the
`after_commit` point is reached, so tests can prove that a hard crash at that exact
place loses nothing and doubles nothing. Unset (always, in production) it costs one
dictionary lookup.
"""

from __future__ import annotations

import os
import signal

_SPEC = os.environ.get("MAILBOT_FAULT", "")
_NAME, _, _COUNT = _SPEC.partition("@")
_hits = 0


def point(name: str) -> None:
    global _hits
    if not _SPEC or name != _NAME:
        return
    _hits += 1
    if _hits >= int(_COUNT or 1):
        os.kill(os.getpid(), signal.SIGKILL)

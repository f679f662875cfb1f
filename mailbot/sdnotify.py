"""The sd_notify protocol (READY=1, STATUS=, WATCHDOG=1) without a C library: one
datagram to $NOTIFY_SOCKET. A no-op when not started by systemd."""

from __future__ import annotations

import os
import socket


def notify(*lines: str) -> bool:
    """Send `KEY=value` lines; returns False when there is no notify socket."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):  # abstract namespace
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall("\n".join(lines).encode())
    except OSError:  # best effort: a vanished manager must not stop the service
        return False
    return True


def watchdog_interval() -> float | None:
    """Half the WatchdogSec= the unit set for this process, in seconds, or None."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    return int(usec) / 2_000_000

"""`mailbot demo`, the README's first command, really runs the pipeline."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.harness import ROOT


def test_demo_runs_end_to_end() -> None:
    out = subprocess.run([sys.executable, "-m", "mailbot.cli", "demo"], capture_output=True,
                         text=True, timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr[-2000:]
    assert "12 messages handled: 8 acknowledged; not answered: 3 robot mail(s) and 1 case(s)" in out.stdout
    assert "Mails sent: 12 (8 acknowledgment(s), 1 breach alert(s) to the privacy officer, " \
        "3 identity check(s))" in out.stdout
    for outcome in ("ONRO-", "auto_reply", "bounce", "mailing_list", "none (robot-sent)", "sent (en)"):
        assert outcome in out.stdout, outcome
    assert "Subject: Re: " in out.stdout  # the first acknowledgment is shown

"""Child process of throughput.py: the I/O of a `mailbot run --once`, done plainly.

    python benchmarks/bare_io.py JOB.json

JOB.json names an IMAP account whose INBOX holds the same N messages mailbot got, the
SMTP sink, and a pickle of the replies mailbot sent [(envelope from, recipient, bytes)].
Runs, one after the other, each on one connection and in the batch sizes mailbot uses:

  fetch   UID FETCH BODY.PEEK[] of every INBOX message, `batch` UIDs per command
  send    aiosmtplib sendmail of every reply over one SMTP connection
  append  MULTIAPPEND of the replies to Sent, `append_batch` per command (the relay
          files each claimed batch of outbox rows with one MULTIAPPEND)
  move    UID MOVE of every INBOX message to Processed, `batch` UIDs per command

and prints one JSON line with the seconds each took (login/SELECT/CREATE not counted).
"""

from __future__ import annotations

import asyncio
import json
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Account, imap_login


def chunks(items: list, size: int) -> list[list]:  # type: ignore[type-arg]
    return [items[i:i + size] for i in range(0, len(items), size)]


def fetch(account: Account, batch: int) -> tuple[float, int]:
    client = imap_login(account)
    try:
        client.select_folder("INBOX")
        uids = sorted(client.search("ALL"))
        start, got = time.perf_counter(), 0
        for part in chunks(uids, batch):
            data = client.fetch(part, [b"BODY.PEEK[]"])
            got += sum(len(v[b"BODY[]"]) for v in data.values())
        return time.perf_counter() - start, len(uids)
    finally:
        client.logout()


async def send(host: str, port: int, replies: list[tuple[str, str, bytes]]) -> float:
    import aiosmtplib

    smtp = aiosmtplib.SMTP(hostname=host, port=port, timeout=60, start_tls=False)
    await smtp.connect()
    start = time.perf_counter()
    for sender, recipient, data in replies:
        await smtp.sendmail(sender, [recipient], data)
    took = time.perf_counter() - start
    await smtp.quit()
    return took


def append(account: Account, messages: list[bytes], batch: int) -> float:
    client = imap_login(account)
    try:
        if not client.folder_exists("Sent"):
            client.create_folder("Sent")
        start = time.perf_counter()
        for part in chunks(messages, batch):
            if len(part) > 1:
                client.multiappend("Sent", [{"msg": m, "flags": (b"\\Seen",)} for m in part])
            else:
                client.append("Sent", part[0], flags=(b"\\Seen",))
        return time.perf_counter() - start
    finally:
        client.logout()


def move(account: Account, batch: int) -> float:
    client = imap_login(account)
    try:
        if not client.folder_exists("Processed"):
            client.create_folder("Processed")
        client.select_folder("INBOX")
        uids = sorted(client.search("ALL"))
        start = time.perf_counter()
        for part in chunks(uids, batch):
            client.move(part, "Processed")
        return time.perf_counter() - start
    finally:
        client.logout()


def main() -> int:
    job = json.loads(Path(sys.argv[1]).read_text())
    account = Account(**job["account"])
    replies = pickle.loads(Path(job["replies"]).read_bytes())
    result: dict[str, float | int] = {}
    result["fetch"], result["fetched"] = fetch(account, job["batch"])
    result["send"] = asyncio.run(send(job["smtp_host"], job["smtp_port"], replies))
    result["append"] = append(account, [data for _, _, data in replies], job["append_batch"])
    result["move"] = move(account, job["batch"])
    result["sent"] = len(replies)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

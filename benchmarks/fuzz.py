"""Fuzz the parser with mutated real-shaped texts: tracebacks, spans outside the text, worst time per KB.

    python benchmarks/fuzz.py                           # 10,000 texts from raw/ and tests/genre/raw/
    python benchmarks/fuzz.py --texts 20000 --from ../shared/corpus/seedlike --from ../shared/corpus/page

Each text is one or more seed texts (a few joined into one of up to 100 KB),
mutated by ``mutations.py``, encoded to UTF-8 and parsed as ``build`` parses a
file (``decode_raw`` then ``parse_text``). A ``RawTextError`` is the parser
refusing bad input with a reason, as it should; any other exception is a
traceback. Every claim's sentence span must lie inside the text. No text may
take more than ``--limit`` seconds (0.5: the linear-time goal; counted, with
the seeds of the slowest); one that runs past ``--budget`` seconds is stopped
by an alarm and counted as stuck.
Mutated texts stay in memory: nothing is written, so third-party seeds never
leave the folder they came from. Prints one JSON object (and a Markdown line
with ``--markdown``).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from mutations import mutate  # noqa: E402

MAX_BYTES = 100_000


class _Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: Any) -> None:
    raise _Timeout


def _seeds(folders: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8") for f in folders for p in sorted(f.glob("*.txt"))]


def make_text(seeds: list[str], rng: random.Random) -> tuple[str, list[str]]:
    """One fuzz text: one seed (nine in ten) or several joined, then mutated; at most 100 KB."""
    if rng.random() < 0.9:
        base = rng.choice(seeds)
    else:
        base = "\n\n".join(rng.choice(seeds) for _ in range(rng.randrange(2, 60)))
    text, names = mutate(base, rng)
    data = text.encode("utf-8")
    if len(data) > MAX_BYTES:
        text = data[:MAX_BYTES].decode("utf-8", errors="ignore")
    return text, names


def _check(args: tuple[list[str], int, int, float, float]) -> dict[str, Any]:
    from roundtables.errors import RawTextError
    from roundtables.parse import parse_text
    from roundtables.parse.rawtext import decode_raw

    seeds, first, count, budget, limit = args
    signal.signal(signal.SIGALRM, _alarm)
    out: dict[str, Any] = {
        "texts": 0, "rejected": 0, "tracebacks": [], "outside": [], "timeouts": [],
        "worst_s_per_kb": 0.0, "worst_s": 0.0, "worst_kb": 0.0, "worst_seed": None, "bytes": 0,
        "claims": 0, "over_limit": [],
    }  # fmt: skip
    for seed in range(first, first + count):
        rng = random.Random(seed)
        text, names = make_text(seeds, rng)
        data = text.encode("utf-8")
        out["texts"] += 1
        out["bytes"] += len(data)
        signal.setitimer(signal.ITIMER_REAL, budget)
        start = time.perf_counter()
        try:
            decoded = decode_raw(data, path="fuzz.txt")
            parsed = parse_text(decoded, event_id="fuzz", source_file="fuzz.txt", source_sha256="0" * 64)
        except RawTextError:
            out["rejected"] += 1
            parsed = None
        except _Timeout:
            out["timeouts"].append({"seed": seed, "mutations": names, "kb": len(data) / 1000})
            parsed = None
        except Exception as err:
            tb = traceback.format_exception(err)[-3:]
            out["tracebacks"].append({"seed": seed, "mutations": names, "error": "".join(tb)})
            parsed = None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        seconds = time.perf_counter() - start
        if seconds > limit:
            out["over_limit"].append({"seed": seed, "mutations": names, "kb": len(data) / 1000, "s": seconds})
        kb = max(len(data) / 1000, 0.001)
        if seconds > out["worst_s"]:
            out["worst_s"], out["worst_kb"], out["worst_seed"] = seconds, kb, seed
        if len(data) >= 1000:
            out["worst_s_per_kb"] = max(out["worst_s_per_kb"], seconds / kb)
        if parsed is not None:
            out["claims"] += len(parsed.claims)
            for c in parsed.claims:
                if not 0 <= c.sentence_start <= c.sentence_end <= len(parsed.text):
                    out["outside"].append({"seed": seed, "claim": c.claim_id})
    return out


def run(folders: list[Path], texts: int, jobs: int, budget: float, limit: float = 0.5) -> dict[str, Any]:
    """Parse ``texts`` mutated texts over ``jobs`` processes; the merged findings."""
    seeds = _seeds(folders)
    if not seeds:
        raise SystemExit("no seed texts found")
    step = -(-texts // (jobs * 8))
    chunks = [(seeds, s, min(step, texts - s), budget, limit) for s in range(0, texts, step)]
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        parts = pool.map(_check, chunks)
    total: dict[str, Any] = {
        "seed_texts": len(seeds),
        "texts": sum(p["texts"] for p in parts),
        "rejected_with_reason": sum(p["rejected"] for p in parts),
        "tracebacks": sum(len(p["tracebacks"]) for p in parts),
        "spans_outside": sum(len(p["outside"]) for p in parts),
        "limit_s": limit,
        "over_limit": sum(len(p["over_limit"]) for p in parts),
        "over_budget": sum(len(p["timeouts"]) for p in parts),
        "claims": sum(p["claims"] for p in parts),
        "mb": sum(p["bytes"] for p in parts) / 1e6,
        "worst_s_per_kb": max(p["worst_s_per_kb"] for p in parts),
        "worst_s": max(p["worst_s"] for p in parts),
        "seconds": time.perf_counter() - start,
    }
    worst = max(parts, key=lambda p: p["worst_s"])
    total["worst_kb"], total["worst_seed"] = worst["worst_kb"], worst["worst_seed"]
    total["examples"] = [x for p in parts for x in p["tracebacks"] + p["outside"] + p["timeouts"]][:5]
    total["slowest"] = sorted((x for p in parts for x in p["over_limit"]), key=lambda x: -x["s"])[:5]
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--budget", type=float, default=5.0, help="seconds before a text counts as stuck")
    parser.add_argument("--limit", type=float, default=0.5, help="seconds a text may take (counted above)")
    parser.add_argument("--from", dest="folders", type=Path, action="append", help="seed folder (repeatable)")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    folders = args.folders or [ROOT / "raw", ROOT / "tests" / "genre" / "raw"]
    result = run(folders, args.texts, args.jobs, args.budget, args.limit)
    print(json.dumps(result, indent=2))
    if args.markdown:
        print(
            f"| {result['texts']:,} | {result['mb']:.1f} MB | {result['tracebacks']} "
            f"| {result['spans_outside']} | {result['over_budget']} | {result['worst_s']:.3f} s "
            f"({result['worst_kb']:.0f} KB) | {result['worst_s_per_kb'] * 1000:.1f} ms/KB |"
        )


if __name__ == "__main__":
    main()

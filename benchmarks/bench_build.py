"""Benchmark ``roundtables build`` on a synthetic corpus: events/s, MB/s of raw text, peak memory.

    python benchmarks/bench_build.py                 # 1,000 and 10,000 events
    python benchmarks/bench_build.py --events 200    # any sizes

For each size it writes a synthetic corpus (``synthetic.py``) into a temporary
folder, builds it in a fresh Python process (so the peak resident set size
is that build's alone: ``ru_maxrss``), and prints a Markdown table. Nothing is
written into the repository; the temporary folders are removed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import write_corpus  # noqa: E402


def _maxrss_mib() -> float:
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def child(raw: Path, out: Path) -> None:
    """Run one build in this process and print its figures as JSON."""
    from roundtables.release import build_release
    from roundtables.schema import arrow_schema

    for table in ("events", "panels", "people", "claims"):
        arrow_schema(table)
    baseline = _maxrss_mib()
    os.chdir(raw.parent)
    start = time.perf_counter()
    summary = build_release(raw, out, "0.0.1")
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "seconds": seconds,
                "baseline_mib": baseline,
                "peak_mib": _maxrss_mib(),
                "records": summary.records,
                "rejected": len(summary.rejected),
            }
        )
    )


def run(events: int) -> dict[str, float | int]:
    """Generate ``events`` synthetic texts, build them in a child process, return the figures."""
    work = Path(tempfile.mkdtemp(prefix="roundtables-bench-"))
    try:
        raw_bytes = write_corpus(work / "raw", events)
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(work / "raw"), str(work / "out")],
            check=True,
            capture_output=True,
            text=True,
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    seconds = figures["seconds"]
    return {
        "events": events,
        "claims": figures["records"]["claims"],
        "rejected": figures["rejected"],
        "raw_mb": raw_bytes / 1e6,
        "seconds": seconds,
        "events_per_s": events / seconds,
        "mb_per_s": raw_bytes / 1e6 / seconds,
        "baseline_mib": figures["baseline_mib"],
        "peak_mib": figures["peak_mib"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    print("| events | claims | raw text | time | events/s | MB/s of raw text | peak RSS (after imports) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for events in args.events:
        r = run(events)
        print(
            f"| {r['events']:,} | {r['claims']:,} | {r['raw_mb']:.1f} MB | {r['seconds']:.1f} s "
            f"| {r['events_per_s']:.0f} | {r['mb_per_s']:.2f} "
            f"| {r['peak_mib']:.0f} MiB ({r['baseline_mib']:.0f} MiB) |",
            flush=True,
        )
        if r["rejected"]:
            print(f"  note: {r['rejected']} synthetic texts were rejected by the parser", file=sys.stderr)


if __name__ == "__main__":
    main()

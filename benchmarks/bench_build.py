"""Benchmark ``roundtables build`` and loading; write the README's "Speed and memory" section.

    python benchmarks/bench_build.py                    # everything, printed as Markdown
    python benchmarks/bench_build.py --readme README.md # ... and the README section rewritten
    python benchmarks/bench_build.py --events 200 --no-real --fuzz 0   # a quick look

Corpora, each generated into a temporary folder and removed (never into
``raw/`` or ``dist-data/``): synthetic texts (``synthetic.py``) of 1,000 and
10,000 events, and, when ``../shared/corpus`` is there, a real-shaped corpus:
the seeds and the development texts in both shapes, copied 60 times under new
ids. Each build runs in a fresh process (``roundtables build`` as the CLI
runs it, all cores), so its peak RSS is its own. Beside each build: the
one-pass floor (one process reads, hashes and decodes every file and runs one
reporting-verb search per sentence) and read + decode + hash alone. Loading:
a cold process importing the package and reading the shipped claims table, and
a synthetic release of 1,000,000 claims read as an Arrow table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(HERE))

from synthetic import write_corpus  # noqa: E402

BEGIN, END = "<!-- speed table: begin -->", "<!-- speed table: end -->"


def _maxrss_mib(who: int = resource.RUSAGE_SELF) -> float:
    scale = 1 if sys.platform == "darwin" else 1024  # Linux: KiB, macOS: bytes
    return resource.getrusage(who).ru_maxrss * scale / 2**20


def child(raw: Path, out: Path) -> None:
    """One build in this process, all cores, as the CLI runs it; its figures as JSON."""
    from roundtables.release import build_release

    os.chdir(raw.parent)
    start = time.perf_counter()
    summary = build_release(raw, out, "0.0.1")
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - start,
                "stages": summary.seconds,
                "peak_mib": _maxrss_mib(),
                "records": summary.records,
                "rejected": len(summary.rejected),
            }
        )
    )


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_CUE = re.compile(r"\b(?:said|says|argued|added|noted|explained|stated|agreed|warned|suggested)\b")


def floors(raw: Path) -> dict[str, float]:
    """Seconds for read + decode + hash alone, and for that plus one cue search per sentence."""
    files = sorted(raw.glob("*.txt"))
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        data.decode("utf-8").replace("\r\n", "\n")
    read = time.perf_counter() - start
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        text = data.decode("utf-8")
        for m in _SENTENCE.finditer(text):
            _CUE.search(m.group())
    return {"read_decode_hash": read, "one_pass": time.perf_counter() - start}


def real_corpus(folder: Path, copies: int = 60) -> int:
    """The seeds and the development texts in both shapes, ``copies`` times under new ids."""
    folder.mkdir(parents=True)
    total = 0
    sources = [("s", SHARED / "seedlike"), ("p", SHARED / "page"), ("r", ROOT / "raw")]
    for copy in range(copies):
        for tag, src in sources:
            for path in sorted(src.glob("*.txt")):
                data = path.read_bytes()
                (folder / f"c{copy:02d}_{tag}_{path.stem}.txt").write_bytes(data)
                total += len(data)
    return total


def run(name: str, make: Any) -> dict[str, Any]:
    """Make a corpus with ``make(folder) -> bytes``, build it in a child process, measure the floors."""
    work = Path(tempfile.mkdtemp(prefix="roundtables-bench-"))
    try:
        raw_bytes = make(work / "raw")
        events = len(list((work / "raw").glob("*.txt")))
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(work / "raw"), str(work / "out")],
            check=True,
            capture_output=True,
            text=True,
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        figures.update(floors(work / "raw"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    seconds = figures["seconds"]
    return {"corpus": name, "events": events, "mb": raw_bytes / 1e6, **figures,
            "events_per_s": events / seconds, "mb_per_s": raw_bytes / 1e6 / seconds}  # fmt: skip


def _cold(code: str, repeats: int = 5) -> float:
    """Best wall time of a fresh interpreter running ``code``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
    return best


def load_times(claims: int = 1_000_000) -> dict[str, float]:
    """Cold load of the shipped claims table, and of a synthetic release of ``claims`` claims."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from roundtables.release.writer import PARQUET_SETTINGS

    shipped = _cold("import roundtables; roundtables.table('claims')")
    work = Path(tempfile.mkdtemp(prefix="roundtables-load-"))
    try:
        with pq.ParquetFile(ROOT / "dist-data" / "v1.0.0" / "claims.parquet") as handle:
            base = handle.read()
        rows = base.take([i % base.num_rows for i in range(claims)])
        ids = pa.array([f"syn_{i // 40:06d}/c{i % 40:03d}" for i in range(claims)])
        rows = rows.set_column(rows.schema.get_field_index("claim_id"), "claim_id", ids)
        release = work / "v0.0.1"
        release.mkdir()
        pq.write_table(rows, release / "claims.parquet", row_group_size=4096, **PARQUET_SETTINGS)
        # readers with path= check each file against its folder's datapackage.json: timed with the check
        digest = hashlib.sha256((release / "claims.parquet").read_bytes()).hexdigest()
        resource = {"path": "claims.parquet", "hash": f"sha256:{digest}"}
        (release / "datapackage.json").write_text(json.dumps({"resources": [resource]}), encoding="utf-8")
        code = f"import roundtables; assert roundtables.table('claims', path={str(release)!r}).num_rows"
        million = _cold(code, repeats=3)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"shipped_claims_s": shipped, "million_claims_s": million, "million_rows": claims}


def markdown(
    builds: list[dict[str, Any]],
    load: dict[str, float] | None,
    fuzz: dict[str, Any] | None,
    worst: dict[str, dict[str, float]] | None = None,
) -> str:
    """The README's "Speed and memory" body."""
    cores = os.cpu_count()
    out = [
        f"`python benchmarks/bench_build.py --readme README.md` wrote this section on a {cores}-core "
        "machine (the project's reference machine; other work on it can slow a run). Each build is "
        "`roundtables build` in a fresh process, all cores; corpora are generated in temporary folders.",
        "",
        "| corpus | events | raw text | build | events/s | MB/s | one-pass floor | read+decode+hash "
        "| parse | check | write | peak RSS (builder) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for b in builds:
        st = b["stages"]
        out.append(
            f"| {b['corpus']} | {b['events']:,} | {b['mb']:.1f} MB | {b['seconds']:.1f} s "
            f"| {b['events_per_s']:.0f} | {b['mb_per_s']:.2f} | {b['mb'] / b['one_pass']:.1f} MB/s "
            f"| {b['read_decode_hash']:.2f} s | {st['parse']:.1f} s | {st['check']:.1f} s "
            f"| {st['write']:.1f} s "
            f"| {b['peak_mib']:.0f} MiB |"
        )
    out += [
        "",
        "Parse and check are CPU seconds summed over the workers (parse includes reading, decoding "
        "and hashing, also shown alone); write is the builder's own time (JSONL, Parquet, people). "
        "The one-pass floor reads, hashes and decodes every file and runs one reporting-verb search "
        "per sentence in one process.",
    ]
    syn = sorted((b for b in builds if b["corpus"].startswith("synthetic")), key=lambda b: b["events"])
    if len(syn) >= 2:
        small, big = syn[0], syn[-1]
        out += [
            "",
            f"Memory: {big['events']:,} events peak at {big['peak_mib']:.0f} MiB in the builder, "
            f"{small['events']:,} at {small['peak_mib']:.0f} MiB: "
            f"{(big['peak_mib'] / small['peak_mib'] - 1) * 100:+.0f}% for ten times the corpus. Parquet "
            "row groups of 4,096 rows bound the writer; the merged people spill to temporary files "
            "beyond 50,000 entries and the card's speaker counts hold one event at a time; "
            "workers (not counted here: they are the fork server's children) take ten files at a "
            "time and are replaced every 500 files.",
        ]
    if load:
        out += [
            "",
            f"Loading, cold process (import included): `roundtables.table('claims')` of the shipped "
            f"release {load['shipped_claims_s']:.2f} s; a synthetic release of "
            f"{load['million_rows']:,} claims {load['million_claims_s']:.2f} s.",
        ]
    if fuzz:
        out += [
            "",
            f"Fuzzing (`benchmarks/fuzz.py`): {fuzz['texts']:,} mutated real-shaped texts "
            f"({fuzz['mb']:.1f} MB, up to 100 KB each): {fuzz['tracebacks']} tracebacks, "
            f"{fuzz['spans_outside']} claim spans outside the text, {fuzz['over_limit']} over "
            f"{fuzz['limit_s']} s, {fuzz['rejected_with_reason']} refused with a reason; slowest text "
            f"{fuzz['worst_s']:.2f} s ({fuzz['worst_kb']:.0f} KB), worst "
            f"{fuzz['worst_s_per_kb'] * 1000:.1f} ms per KB.",
        ]
    if worst:
        shapes = "; ".join(
            f"{name} ({w['kb']:.0f} KB, {w['claims']:,} claims) {w['seconds']:.2f} s"
            for name, w in worst.items()
        )
        out += ["", f"Hand-made worst shapes (`benchmarks/adversarial.py`, one process): {shapes}."]
    return "\n".join(out) + "\n"


def rewrite_readme(path: Path, body: str) -> None:
    """Replace the text between the speed-table markers of ``path``."""
    text = path.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{path}: no {BEGIN} ... {END} markers")
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    path.write_text(f"{head}{BEGIN}\n{body}{END}{tail}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--no-real", action="store_true", help="skip the real-shaped corpus")
    parser.add_argument("--fuzz", type=int, default=10_000, help="fuzz texts (0: none)")
    parser.add_argument("--readme", type=Path, help="rewrite this README's speed section")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--render", type=Path, help="only render figures saved with --json")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    if args.render:
        saved = json.loads(args.render.read_text())
        body = markdown(saved["builds"], saved["load"], saved["fuzz"], saved.get("worst"))
        print(body)
        if args.readme:
            rewrite_readme(args.readme, body)
        return
    builds = [run(f"synthetic {n:,}", lambda f, n=n: write_corpus(f, n)) for n in args.events]
    if not args.no_real and SHARED.is_dir():
        builds.append(run("real-shaped (×60)", real_corpus))
    load = load_times()
    fuzz = None
    if args.fuzz:
        from fuzz import run as fuzz_run

        seeds = [ROOT / "raw", ROOT / "tests" / "genre" / "raw"]
        seeds += [SHARED / s for s in ("seedlike", "page", "others") if (SHARED / s).is_dir()]
        fuzz = fuzz_run(seeds, args.fuzz, os.cpu_count() or 1, 5.0)
    from adversarial import run as adversarial_run

    worst = adversarial_run()
    body = markdown(builds, load, fuzz, worst)
    print(body)
    if args.json:
        args.json.write_text(
            json.dumps({"builds": builds, "load": load, "fuzz": fuzz, "worst": worst}, indent=2) + "\n"
        )
    if args.readme:
        rewrite_readme(args.readme, body)


if __name__ == "__main__":
    main()

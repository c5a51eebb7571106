"""Score a release against hand annotations: how well the parser read the texts.

The rules are the data contract's "Evaluation" section (the same as the
evaluation's ``score.py``, which a test holds this module to):

- A gold claim is *found* when a claim of the same event with the same
  ``attribution`` (explicit or continued) has a sentence span covering the
  gold quote (its first occurrence in the raw text). Pairing is one to one,
  greedy over all candidate pairs of an event, best first: same cue, then the
  shortest span, then the most words shared with the quote, then text order.
  The cue does not decide whether a claim is found; it is scored on its own on
  the found explicit claims (a phrasal verb equals its bare verb: ``point out``
  == ``point``; ``point out`` != ``point to``).
- Attribution, on found claims: a named gold speaker (key ``N-<slug>``) is
  right when the kind matches and ``speaker.person_id`` is the slug (case,
  accents and punctuation aside); an anonymous one when kind, nationality and
  role match, role compared by its last word (``vice president`` ==
  ``executive vice president``). Kind, nationality, role, section and topic
  are also scored one by one.
- Speaker clustering: pairwise over found individual claims, and B-cubed over
  all found claims (a claim without a system key is a cluster of its own).
- People by normalized name (and their roles), represented places and event
  fields, per annotated event.
- Claims F1, attribution accuracy and people F1 carry 95% bootstrap intervals:
  1,000 resamples of the scored events with replacement (``random.Random(0)``),
  percentiles 2.5 and 97.5 with linear interpolation.

Gold files are ``<event_id>.json``, one per annotated raw text, in the format
documented in ``docs/evaluation.md``. A bad gold file is an
:class:`~roundtables.errors.InputError` (``bad-gold``) naming the file.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roundtables.errors import InputError, ReleaseError
from roundtables.release.read import read_table

CODE = "bad-gold"
EVENT_FIELDS = ("date", "title", "location", "host_organization", "format", "off_the_record", "sections")
LOOSE_EVENT_FIELDS = ("title", "location", "host_organization")
RESAMPLES = 1000
SEED = 0
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


# --- comparing labels ---------------------------------------------------------------------------


def loose(text: object) -> str | None:
    """A label compared loosely: Unicode form, curly quotes, dashes, spacing, a final colon, case."""
    if text is None:
        return None
    folded = unicodedata.normalize("NFKC", str(text)).translate(_QUOTES)
    folded = " ".join(folded.split()).strip().strip(":").strip().strip('"').strip()
    return folded.lower()


def content_words(text: str | None) -> set[str]:
    """Words of three letters or more, for telling two candidate claims apart."""
    return {w for w in re.findall(r"\w+", loose(text) or "") if len(w) > 2}


def same_cue(gold: str | None, system: str | None) -> bool:
    """Same reporting verb; a phrasal verb equals its bare verb, not another phrasal verb."""
    if gold is None or system is None:
        return gold is system
    a = (loose(gold) or "").replace("-", " ").replace("_", " ").split()
    b = (loose(system) or "").replace("-", " ").replace("_", " ").split()
    if not a or not b:
        return a == b
    return a == b or (a[0] == b[0] and min(len(a), len(b)) == 1)


def same_speaker_field(name: str, system: object, gold: object) -> bool:
    """Exact, except a role, which is compared by its last word."""
    if name != "role" or system is None or gold is None:
        return system == gold
    return (loose(system) or "").replace("-", " ").split()[-1:] == (loose(gold) or "").replace(
        "-", " "
    ).split()[-1:]


def slug_folded(text: object) -> str:
    """A person slug with case, accents and punctuation left out."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", "", plain.casefold())


def prf(tp: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; nothing predicted of nothing is perfect, nothing predicted of something is 0."""
    precision = tp / system if system else (0.0 if gold else 1.0)
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _prf_json(tp: int, system: int, gold: int) -> dict[str, Any]:
    p, r, f = prf(tp, system, gold)
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "system": system,
        "gold": gold,
    }


def quantile(ordered: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile of sorted values, interpolating linearly between ranks."""
    if not ordered:
        return 0.0
    position = pct / 100 * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# --- gold files ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEvent:
    """One annotated raw text."""

    event_id: str
    event: dict[str, Any]
    represented: list[str]
    people: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    path: Path


def _need(obj: Any, key: str, kind: type | tuple[type, ...], path: Path, where: str) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise InputError(f"{where}: no {key!r}", path=path, code=CODE)
    value = obj[key]
    if not isinstance(value, kind):
        raise InputError(f"{where}.{key}: wrong type ({type(value).__name__})", path=path, code=CODE)
    return value


def read_gold(path: Path) -> GoldEvent:
    """One gold file, checked for the keys the scoring reads."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 ({err.reason})", path=path, code=CODE) from None
    except json.JSONDecodeError as err:
        raise InputError(f"not JSON: {err.msg}", path=path, line=err.lineno, code=CODE) from None
    event_id = _need(data, "event_id", str, path, "file")
    if event_id != path.stem:
        raise InputError(f"event_id {event_id!r} is not the file's stem {path.stem!r}", path=path, code=CODE)
    event = _need(data, "event", dict, path, "file")
    for name in EVENT_FIELDS:
        _need(event, name, (str, bool, list, type(None)), path, "event")
    people = _need(data, "people", list, path, "file")
    for i, person in enumerate(people):
        _need(person, "name", str, path, f"people[{i}]")
        _need(person, "role", str, path, f"people[{i}]")
    claims = _need(data, "claims", list, path, "file")
    optional = (str, type(None))
    for i, claim in enumerate(claims):
        where = f"claims[{i}]"
        _need(claim, "quote", str, path, where)
        _need(claim, "cue", optional, path, where)
        if _need(claim, "attribution", str, path, where) not in ("explicit", "continued"):
            raise InputError(f"{where}.attribution: not explicit or continued", path=path, code=CODE)
        speaker = _need(claim, "speaker", dict, path, where)
        _need(speaker, "key", str, path, f"{where}.speaker")
        _need(speaker, "kind", str, path, f"{where}.speaker")
        _need(speaker, "nationality", optional, path, f"{where}.speaker")
        _need(speaker, "role", optional, path, f"{where}.speaker")
        _need(claim, "section", optional, path, where)
        _need(claim, "topic", optional, path, where)
    represented = _need(data, "represented", list, path, "file")
    return GoldEvent(event_id, event, represented, people, claims, path)


def load_gold(folder: Path) -> list[GoldEvent]:
    """Every ``*.json`` of a gold folder, in name order."""
    if not folder.is_dir():
        raise InputError("gold folder not found", path=folder, code=CODE)
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise InputError("no gold files (*.json) here", path=folder, code=CODE)
    return [read_gold(p) for p in paths]


# --- scoring ------------------------------------------------------------------------------------


def _span(claim: dict[str, Any]) -> tuple[int, int] | None:
    start, end = claim.get("sentence_start"), claim.get("sentence_end")
    if type(start) is int and type(end) is int:
        return start, end
    return None


def pair_claims(text: str, gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(gold index, system index) of the found claims of one event, in gold order."""
    candidates = []
    for gi, wanted in enumerate(gold):
        start = text.index(wanted["quote"])
        end = start + len(wanted["quote"])
        quote_words = content_words(wanted["quote"])
        for si, claim in enumerate(system):
            span = _span(claim)
            if span is None or span[0] > start or end > span[1]:
                continue
            if claim.get("attribution") != wanted["attribution"]:
                continue
            rank = (
                not same_cue(wanted["cue"], claim.get("cue")),
                span[1] - span[0],
                -len(quote_words & content_words(claim.get("text"))),
                gi,
                si,
            )
            candidates.append(rank)
    taken_gold: set[int] = set()
    taken_system: set[int] = set()
    pairs = []
    for *_, gi, si in sorted(candidates):
        if gi not in taken_gold and si not in taken_system:
            taken_gold.add(gi)
            taken_system.add(si)
            pairs.append((gi, si))
    return sorted(pairs)


def b_cubed_sums(labels: list[tuple[object, object]]) -> tuple[float, float]:
    """Sums over items of B-cubed precision and recall, for (gold cluster, system cluster) labels."""
    precision = recall = 0.0
    for gold, system in labels:
        same_system = [g for g, s in labels if s == system]
        overlap = sum(1 for g in same_system if g == gold)
        precision += overlap / len(same_system)
        recall += overlap / sum(1 for g, _ in labels if g == gold)
    return precision, recall


@dataclass
class _Totals:
    found: int = 0
    system: int = 0
    gold: int = 0
    found_explicit: int = 0
    system_explicit: int = 0
    gold_explicit: int = 0
    cue_right: int = 0
    cue_scored: int = 0
    attribution_right: int = 0
    named: list[int] = field(default_factory=lambda: [0, 0])
    anonymous: list[int] = field(default_factory=lambda: [0, 0])
    fields: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("kind", "nationality", "role", "section", "topic"), 0)
    )
    pairs_tp: int = 0
    pairs_system: int = 0
    pairs_gold: int = 0
    b3_precision: float = 0.0
    b3_recall: float = 0.0
    b3_items: int = 0
    people_found: int = 0
    people_system: int = 0
    people_gold: int = 0
    roles_right: int = 0
    event_fields_right: int = 0
    event_fields: int = 0
    represented_right: int = 0


def _bootstrap(rows: list[dict[str, int]]) -> dict[str, list[float]]:
    statistics: dict[str, Callable[[dict[str, int]], float]] = {
        "claims_f1": lambda t: prf(t["claims_found"], t["claims_system"], t["claims_gold"])[2],
        "attribution_accuracy": lambda t: t["attribution_correct"] / max(t["attribution_n"], 1),
        "people_f1": lambda t: prf(t["people_found"], t["people_system"], t["people_gold"])[2],
    }
    draws: dict[str, list[float]] = {name: [] for name in statistics}
    rng = random.Random(SEED)
    for _ in range(RESAMPLES if rows else 0):
        sample = rng.choices(rows, k=len(rows))
        total = {key: sum(row[key] for row in sample) for key in rows[0]}
        for name, statistic in statistics.items():
            draws[name].append(statistic(total))
    return {
        name: [round(quantile(sorted(v), 2.5), 4), round(quantile(sorted(v), 97.5), 4)]
        for name, v in draws.items()
    }


@dataclass(frozen=True)
class Evaluation:
    """The figures of one release against one gold set, with the details behind them."""

    figures: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return self.figures

    def summary(self) -> dict[str, Any]:
        """The headline figures a release records in its metadata."""
        f = self.figures
        return {
            "events_scored": f["events_scored"],
            "claims": {k: f["claims"][k] for k in ("precision", "recall", "f1", "gold")},
            "claims_f1_ci95": f["ci95"]["claims_f1"],
            "cue_accuracy": f["cue_accuracy"],
            "attribution_accuracy": f["attribution_accuracy"],
            "attribution_accuracy_ci95": f["ci95"]["attribution_accuracy"],
            "speaker_pairs_f1": f["speaker_pairs"]["f1"],
            "b_cubed_f1": f["b_cubed"]["f1"],
            "people_f1": f["people"]["f1"],
            "people_f1_ci95": f["ci95"]["people_f1"],
            "role_accuracy": f["role_accuracy"],
            "event_fields_accuracy": f["event_fields_accuracy"],
            "represented_accuracy": f["represented_accuracy"],
            "bootstrap": f["bootstrap"],
        }

    def lines(self, details: bool = False) -> list[str]:
        """A readable report: the figures, then (with ``details``) every miss, extra and wrong field."""
        f = self.figures

        def ci(name: str) -> str:
            low, high = f["ci95"][name]
            return f" [95% CI {low:.3f}-{high:.3f}]"

        out = []
        if details:
            out += [f"{kind}: {row}" for kind, rows in f["details"].items() for row in rows]
        c, b3 = f["claims"], f["b_cubed"]
        out += [
            f"events scored {f['events_scored']}; integrity errors {f['integrity_errors']}; "
            f"95% CI: bootstrap over events, {RESAMPLES} resamples, seed {SEED}",
            f"claims P/R/F1 {c['precision']:.3f}/{c['recall']:.3f}/{c['f1']:.3f}{ci('claims_f1')} "
            f"({c['tp']} found of {c['gold']} annotated, {c['system']} extracted); "
            f"explicit F1 {f['explicit_claims']['f1']:.3f}",
            f"cue accuracy {f['cue_accuracy']:.3f}; attribution accuracy "
            f"{f['attribution_accuracy']:.3f}{ci('attribution_accuracy')}",
            f"speaker pairs F1 {f['speaker_pairs']['f1']:.3f}; speaker B3 P/R/F1 "
            f"{b3['precision']:.3f}/{b3['recall']:.3f}/{b3['f1']:.3f}",
            f"people F1 {f['people']['f1']:.3f}{ci('people_f1')}; roles {f['role_accuracy']:.3f}; "
            f"event fields {f['event_fields_accuracy']:.3f}; represented {f['represented_accuracy']:.3f}",
        ]
        return out


def evaluate(release: Path, gold: Path, raw: Path) -> Evaluation:
    """Score the release folder ``release`` against the gold files in ``gold`` (raw texts in ``raw``)."""
    if not release.is_dir():
        raise ReleaseError("release folder not found", path=release)
    golds = load_gold(gold)
    events = {e["event_id"]: e for e in read_table(release, "events")}
    panels = list(read_table(release, "panels"))
    names = {p["person_id"]: p.get("name") for p in read_table(release, "people")}
    claims_by_event: dict[object, list[dict[str, Any]]] = {}
    for claim in read_table(release, "claims"):
        claims_by_event.setdefault(claim.get("event_id"), []).append(claim)

    t = _Totals()
    missed: list[str] = []
    extra: list[str] = []
    wrong: list[str] = []
    cue_wrong: list[str] = []
    integrity: list[str] = []
    per_event: dict[str, dict[str, int]] = {}
    for g in golds:
        eid = g.event_id
        raw_path = raw / f"{eid}.txt"
        if not raw_path.is_file():
            raise InputError(f"the raw text {raw_path} is missing", path=g.path, code=CODE)
        text = raw_path.read_text(encoding="utf-8")
        for i, wanted in enumerate(g.claims):
            if wanted["quote"] not in text:
                raise InputError(f"claims[{i}]: the quote is not in {raw_path}", path=g.path, code=CODE)
        system = claims_by_event.get(eid, [])
        if eid not in events:
            missed.append(f"{eid}: no event record")

        for claim in system:
            span = _span(claim)
            if span is None or not 0 <= span[0] < span[1] <= len(text):
                integrity.append(f"{claim.get('claim_id')}: span outside the text")
                continue
            lost = content_words(claim.get("text") or "") - content_words(text[span[0] : span[1]])
            if lost:
                integrity.append(
                    f"{claim.get('claim_id')}: text words not in its sentence: {sorted(lost)[:5]}"
                )

        pairs = pair_claims(text, g.claims, system)
        found = [(g.claims[gi], system[si]) for gi, si in pairs]
        for gi, wanted in enumerate(g.claims):
            if gi not in {p[0] for p in pairs}:
                missed.append(f"{eid}: missed [{wanted['cue']}] {wanted['quote']!r}")
        for si, claim in enumerate(system):
            if si not in {p[1] for p in pairs}:
                extra.append(f"{eid}: extra [{claim.get('cue')}] {(claim.get('text') or '')[:70]!r}")
        t.found += len(found)
        t.system += len(system)
        t.gold += len(g.claims)
        t.found_explicit += sum(1 for w, _ in found if w["attribution"] == "explicit")
        t.system_explicit += sum(1 for c in system if c.get("attribution") == "explicit")
        t.gold_explicit += sum(1 for w in g.claims if w["attribution"] == "explicit")

        right_here = 0
        for wanted, claim in found:
            if wanted["attribution"] == "explicit":
                t.cue_scored += 1
                if same_cue(wanted["cue"], claim.get("cue")):
                    t.cue_right += 1
                else:
                    cue_wrong.append(f"{eid}: {wanted['cue']} != {claim.get('cue')} for '{wanted['quote']}'")
            said = claim.get("speaker") or {}
            want = wanted["speaker"]
            for name in ("kind", "nationality", "role"):
                if same_speaker_field(name, said.get(name), want[name]):
                    t.fields[name] += 1
                else:
                    wrong.append(
                        f"{eid}: {name} {said.get(name)!r} != {want[name]!r} for {wanted['quote']!r}"
                    )
            for name in ("section", "topic"):
                if loose(claim.get(name)) == loose(wanted[name]):
                    t.fields[name] += 1
                else:
                    wrong.append(
                        f"{eid}: {name} {claim.get(name)!r} != {wanted[name]!r} for {wanted['quote']!r}"
                    )
            if want["key"].startswith("N-"):
                person = said.get("person_id")
                named_ok = person is not None and slug_folded(person) == slug_folded(want["key"][2:])
                if not named_ok:
                    wrong.append(
                        f"{eid}: person_id {person!r} != {want['key'][2:]!r} for {wanted['quote']!r}"
                    )
                right = said.get("kind") == want["kind"] and named_ok
                bucket = t.named
            else:
                right = all(
                    same_speaker_field(n, said.get(n), want[n]) for n in ("kind", "nationality", "role")
                )
                bucket = t.anonymous
            bucket[0] += right
            bucket[1] += 1
            right_here += right
        t.attribution_right += right_here

        individuals = [(w, c) for w, c in found if w["speaker"]["kind"] == "individual"]
        for (w1, c1), (w2, c2) in itertools.combinations(individuals, 2):
            same_gold = w1["speaker"]["key"] == w2["speaker"]["key"]
            same_system = (c1.get("speaker") or {}).get("key") == (c2.get("speaker") or {}).get("key")
            t.pairs_gold += same_gold
            t.pairs_system += same_system
            t.pairs_tp += same_gold and same_system
        labels: list[tuple[object, object]] = []
        for n, (wanted, claim) in enumerate(found):
            key = (claim.get("speaker") or {}).get("key")
            labels.append((wanted["speaker"]["key"], ("key", key) if key is not None else ("none", n)))
        b3_p, b3_r = b_cubed_sums(labels)
        t.b3_precision += b3_p
        t.b3_recall += b3_r
        t.b3_items += len(labels)

        system_roles: dict[str | None, set[str]] = {}
        for panel in panels:
            if panel.get("event_id") == eid:
                for member in panel.get("members", []):
                    person = loose(names.get(member.get("person_id")))
                    system_roles.setdefault(person, set()).add(member.get("role"))
        gold_roles = {loose(p["name"]): p["role"] for p in g.people}
        both = set(system_roles) & set(gold_roles)
        t.people_found += len(both)
        t.people_system += len(system_roles)
        t.people_gold += len(gold_roles)
        for person in sorted(both, key=str):
            if system_roles[person] == {gold_roles[person]}:
                t.roles_right += 1
            else:
                have = sorted(system_roles[person], key=str)
                wrong.append(f"{eid}: role of {person} {have} != {gold_roles[person]!r}")
        missed += [
            f"{eid}: missed person {n} ({gold_roles[n]})"
            for n in sorted(set(gold_roles) - set(system_roles), key=str)
        ]
        extra += [f"{eid}: extra person {n}" for n in sorted(set(system_roles) - set(gold_roles), key=str)]

        represented = sorted(
            {code for p in panels if p.get("event_id") == eid for code in p.get("represented", [])}
        )
        if represented == sorted(g.represented):
            t.represented_right += 1
        else:
            wrong.append(f"{eid}: represented {represented} != {g.represented}")
        record = events.get(eid) or {}
        for name in EVENT_FIELDS:
            want_value, value = g.event[name], record.get(name)
            if name == "sections":
                same = [loose(x) for x in value or []] == [loose(x) for x in want_value]
            elif name in LOOSE_EVENT_FIELDS:
                same = loose(value) == loose(want_value)
            else:
                same = value == want_value
            t.event_fields_right += same
            t.event_fields += 1
            if not same:
                wrong.append(f"{eid}: event.{name} {value!r} != {want_value!r}")
        per_event[eid] = {
            "claims_found": len(found),
            "claims_gold": len(g.claims),
            "claims_system": len(system),
            "attribution_correct": right_here,
            "attribution_n": len(found),
            "people_found": len(both),
            "people_gold": len(gold_roles),
            "people_system": len(system_roles),
        }

    scored = max(t.found, 1)
    b3_p = t.b3_precision / t.b3_items if t.b3_items else 0.0
    b3_r = t.b3_recall / t.b3_items if t.b3_items else 0.0
    b3_f = 2 * b3_p * b3_r / (b3_p + b3_r) if b3_p + b3_r else 0.0
    figures = {
        "events_scored": len(golds),
        "claims": _prf_json(t.found, t.system, t.gold),
        "explicit_claims": _prf_json(t.found_explicit, t.system_explicit, t.gold_explicit),
        "cue_accuracy": round(t.cue_right / max(t.cue_scored, 1), 4),
        "cue": {"correct": t.cue_right, "found_explicit": t.cue_scored},
        "attribution_accuracy": round(t.attribution_right / scored, 4),
        "attribution": {
            kind: {"correct": right, "found": n, "accuracy": round(right / max(n, 1), 4)}
            for kind, (right, n) in (("named", t.named), ("anonymous", t.anonymous))
        },
        "field_accuracy": {name: round(n / scored, 4) for name, n in t.fields.items()},
        "speaker_pairs": _prf_json(t.pairs_tp, t.pairs_system, t.pairs_gold),
        "b_cubed": {
            "precision": round(b3_p, 4),
            "recall": round(b3_r, 4),
            "f1": round(b3_f, 4),
            "claims": t.b3_items,
        },
        "people": _prf_json(t.people_found, t.people_system, t.people_gold),
        "role_accuracy": round(t.roles_right / max(t.people_found, 1), 4),
        "event_fields_accuracy": round(t.event_fields_right / max(t.event_fields, 1), 4),
        "represented_accuracy": round(t.represented_right / len(golds), 4),
        "integrity_errors": len(integrity),
        "ci95": _bootstrap([per_event[k] for k in sorted(per_event)]),
        "bootstrap": {
            "resamples": RESAMPLES,
            "seed": SEED,
            "unit": "event",
            "interval": "percentile 2.5-97.5",
        },
        "per_event": per_event,
        "details": {
            "missed": missed,
            "extra": extra,
            "wrong": wrong,
            "cue": cue_wrong,
            "integrity": integrity,
        },
    }
    return Evaluation(figures)


def evaluate_default(
    release: Path | None = None, gold: Path | None = None, raw: Path | None = None
) -> Evaluation:
    """:func:`evaluate` with defaults: the shipped release, the shipped gold set, the gold folder's parent.

    A corpus keeps its annotations in ``<raw>/gold/`` (as ``raw/gold/`` here), so the
    raw texts default to the folder above the gold files.
    """
    from roundtables.readers import release_dir, shipped_raw

    if gold is None:
        shipped = shipped_raw()
        if shipped is None or not (shipped / "gold").is_dir():
            raise InputError("this installation carries no gold set; give one with --gold", code=CODE)
        gold = shipped / "gold"
    return evaluate(
        release if release is not None else release_dir(), gold, raw if raw is not None else gold.parent
    )

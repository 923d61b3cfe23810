"""Precision and recall of opt-out detection over a labelled set of replies written for this
purpose (tests/fixtures/replies/replies.jsonl): English, German, French and Spanish, most with
the original mailing and its unsubscribe footer quoted below, tricky negatives, tricky
positives and automatic replies. Each reply goes through the same path as a real one: a MIME
message, parsed, classified.

The set was written in three rounds: "development" (the rules were shaped on it), then
"holdout-1" and "holdout-2", each written before the rules saw it; BENCHMARKS.md records the
figures each holdout had when first measured.
"""

from __future__ import annotations

import json
from collections import Counter
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from contactweb.services.mailing import replies
from contactweb.services.mailing.reply_language import opt_out_phrase

FIXTURE = Path(__file__).parent.parent / "fixtures" / "replies" / "replies.jsonl"
FOOTER_WORDS = 'To stop receiving these emails, reply with the word "unsubscribe"'


def _rows() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _message(row: dict) -> bytes:
    message = EmailMessage(policy=default)
    message["From"] = f"{row['id']}@example.org"
    message["To"] = "news@lindenhof.example"
    message["Subject"] = row["subject"]
    for name, value in row["headers"].items():
        message[name] = value
    message.set_content(row["text"])
    return message.as_bytes()


def _scores(rows: list[dict], kinds: dict[str, str]) -> tuple[float, float, int, int, int]:
    tp = sum(1 for r in rows if r["label"] == "opt_out" and kinds[r["id"]] == "opt_out")
    fp = sum(1 for r in rows if r["label"] != "opt_out" and kinds[r["id"]] == "opt_out")
    fn = sum(1 for r in rows if r["label"] == "opt_out" and kinds[r["id"]] != "opt_out")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


@pytest.fixture(scope="module")
def labelled() -> tuple[list[dict], dict[str, str]]:
    rows = _rows()
    kinds = {r["id"]: replies.classify(replies.parse(_message(r))).kind for r in rows}
    return rows, kinds


def test_the_set_is_large_varied_and_mostly_quoted() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["label"] for r in rows} == {"opt_out", "other", "automatic"}
    by_language = Counter(r["language"] for r in rows)
    assert set(by_language) == {"en", "de", "fr", "es"} and min(by_language.values()) >= 30
    quoted = sum(1 for r in rows if FOOTER_WORDS in r["text"])
    assert quoted / len(rows) > 0.6


def test_the_quoted_footer_would_ask_if_it_were_read() -> None:
    """Without leaving out the quote, the mailing's own footer reads as a request: the set
    tests quote handling, not only phrases."""
    praise = [r for r in _rows() if r["label"] == "other" and FOOTER_WORDS in r["text"]]
    misread = [r for r in praise if opt_out_phrase("", r["text"].splitlines())]
    assert len(praise) >= 40 and len(misread) / len(praise) > 0.8


def test_opt_out_precision_and_recall(labelled: tuple[list[dict], dict[str, str]]) -> None:
    rows, kinds = labelled
    lines = []
    for name, subset in [("all", rows)] + [
            (f"set {s}", [r for r in rows if r["set"] == s])
            for s in ("development", "holdout-1", "holdout-2")] + [
            (f"language {lang}", [r for r in rows if r["language"] == lang])
            for lang in ("en", "de", "fr", "es")]:
        precision, recall, tp, fp, fn = _scores(subset, kinds)
        lines.append(f"{name:<22} n={len(subset):>3}  precision {precision:.3f}  "
                     f"recall {recall:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    wrong = [f"{r['id']}: labelled {r['label']}, read as {kinds[r['id']]}"
             for r in rows if kinds[r["id"]] != r["label"]]
    print("\nReply opt-out detection\n" + "\n".join(lines) + "\nmisread:\n  "
          + "\n  ".join(wrong or ["none"]))
    precision, recall, *_ = _scores(rows, kinds)
    assert recall >= 0.97, wrong
    assert precision >= 0.95, wrong


def test_automatic_replies_are_recognised(labelled: tuple[list[dict], dict[str, str]]) -> None:
    rows, kinds = labelled
    automatic = [r["id"] for r in rows if r["label"] == "automatic"]
    assert len(automatic) >= 30
    assert [i for i in automatic if kinds[i] != "automatic"] == []
    assert [r["id"] for r in rows if r["label"] != "automatic" and kinds[r["id"]] == "automatic"] \
        == []

#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
"""Scores the peers of run-peers.sh on the same images (standard library only).

  score.py list CORPUS              image paths, one a line: warm-up images first
  score.py report CORPUS RESULTS    Markdown tables on stdout (and --out FILE)

CORPUS holds qr-photos/<folder>/<name>.png|jpg with <name>.txt (the expected text) and
synthetic-public/manifest.jsonl (file, text, scene, distortions). RESULTS holds one
<peer>.jsonl per peer: an optional header {"peer","version",...} and one
{"file","texts","ms"} line per image; when an image appears more than once (warm-up,
rounds), the last line gives the texts and the least time counts. An image counts as read when one of its texts equals the expected one,
CRLF folded to LF as in scan_corpus (the .txt files use LF where some codes hold CRLF).
"""
import argparse
import json
import os
import sys

PEERS = [
    ("certdesk", "CertDesk"),
    ("zxing-cpp", "ZXing-C++"),
    ("zbar", "zbar"),
    ("wechat", "wechat_qrcode"),
    ("zxing-wasm", "zxing-wasm"),
]
SCENE_ORDER = ["webcam720", "webcam1080", "scan150", "scan300"]
WARM_UP_FOLDER = "zxing-qrcode-1"


def folded(text):
    return text.replace("\r\n", "\n")


def key(path):
    return os.path.realpath(path)


def photo_samples(corpus):
    """qr-photos, found as scan_corpus finds them: *.png and *.jpg in each folder."""
    samples = []
    root = os.path.join(corpus, "qr-photos")
    if not os.path.isdir(root):
        return samples
    for folder in sorted(os.listdir(root)):
        directory = os.path.join(root, folder)
        if not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            stem, extension = os.path.splitext(name)
            if extension not in (".png", ".jpg"):
                continue
            text_path = os.path.join(directory, stem + ".txt")
            expected = None  # no .txt: a code-free image, where any text is a false positive
            if os.path.exists(text_path):
                with open(text_path, encoding="utf-8", errors="replace", newline="") as text:
                    expected = text.read()
            samples.append({"path": os.path.join(directory, name), "corpus": "qr-photos", "group": folder,
                            "kinds": [], "expected": expected})
    return samples


def synthetic_samples(corpus):
    samples = []
    manifest = os.path.join(corpus, "synthetic-public", "manifest.jsonl")
    if not os.path.exists(manifest):
        return samples
    with open(manifest, encoding="utf-8") as rows:
        for line in rows:
            if not line.strip():
                continue
            row = json.loads(line)
            samples.append({"path": os.path.join(os.path.dirname(manifest), row["file"]),
                            "corpus": "synthetic-public", "group": row.get("scene", "?"),
                            "kinds": row.get("distortions") or ["none"], "expected": row.get("text")})
    return samples


def percentile(values, share):
    """Nearest rank, rounded as in scan_corpus."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1) + 0.5)]


def load_results(path):
    header, lines = {}, {}
    with open(path, encoding="utf-8", errors="replace") as results:
        for line in results:
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if "file" in row:
                # The last line gives the texts; the time is the least over rounds, the one
                # least disturbed by other work (a warm-up line is a cold, slower round).
                earlier = lines.get(key(row["file"]))
                if earlier is not None and not earlier.get("error") and not row.get("error"):
                    row["ms"] = min(float(earlier.get("ms", 0.0)), float(row.get("ms", 0.0)))
                lines[key(row["file"])] = row
            elif "peer" in row:
                header = row
    return header, lines


def tally(samples, results):
    t = {"images": 0, "codes": 0, "read": 0, "other": 0, "wrong": 0, "fp": 0, "negatives": 0,
         "missing": 0, "errors": 0, "ms": []}
    for sample in samples:
        t["images"] += 1
        row = results.get(key(sample["path"]))
        if row is None:
            t["missing"] += 1
            t["codes"] += sample["expected"] is not None
            continue
        if row.get("error"):
            t["errors"] += 1
        else:
            t["ms"].append(float(row.get("ms", 0.0)))
        texts = [folded(text) for text in row.get("texts", [])]
        if sample["expected"] is None:
            t["negatives"] += 1
            t["fp"] += bool(texts)
            continue
        t["codes"] += 1
        expected = folded(sample["expected"])
        read = expected in texts
        t["read"] += read
        t["other"] += any(text != expected for text in texts)
        t["wrong"] += bool(texts) and not read
    return t


def milliseconds(value):
    if value is None:
        return "–"
    return "%.0f" % value if value >= 100 else "%.1f" % value


def share(t):
    return "%.1f %%" % (100.0 * t["read"] / t["codes"]) if t["codes"] else "–"


def groups(samples):
    """(section, label, samples) rows: per corpus, per folder or scene, per distortion."""
    rows = []
    photos = [s for s in samples if s["corpus"] == "qr-photos"]
    synthetic = [s for s in samples if s["corpus"] == "synthetic-public"]
    if photos:
        rows.append(("qr-photos", "qr-photos: all", photos))
        for folder in sorted({s["group"] for s in photos}):
            rows.append(("qr-photos", folder, [s for s in photos if s["group"] == folder]))
    if synthetic:
        rows.append(("synthetic by scene", "synthetic: all", synthetic))
        scenes = sorted({s["group"] for s in synthetic},
                        key=lambda g: (SCENE_ORDER.index(g) if g in SCENE_ORDER else len(SCENE_ORDER), g))
        for scene in scenes:
            rows.append(("synthetic by scene", scene, [s for s in synthetic if s["group"] == scene]))
        kinds = sorted({k for s in synthetic for k in s["kinds"]}, key=lambda k: (k != "none", k))
        for kind in kinds:
            rows.append(("synthetic by distortion", kind, [s for s in synthetic if kind in s["kinds"]]))
    return rows


def command_list(arguments):
    samples = photo_samples(arguments.corpus) + synthetic_samples(arguments.corpus)
    warm_up = [s for s in samples if s["group"] == WARM_UP_FOLDER]
    for sample in warm_up + samples:
        print(sample["path"])


def report(corpus, results_dir):
    samples = photo_samples(corpus) + synthetic_samples(corpus)
    peers = []
    for name, label in PEERS:
        path = os.path.join(results_dir, name + ".jsonl")
        if os.path.exists(path):
            header, results = load_results(path)
            peers.append((name, label, header, results))
    if not peers:
        sys.exit("score.py: no <peer>.jsonl in " + results_dir)
    out = []
    rows = groups(samples)
    tallies = {(section, label, name): tally(group, results) for section, label, group in rows
               for name, _, _, results in peers}
    any_negatives = any(t["negatives"] for t in tallies.values())

    out.append("# QR decoder peers: share of codes read, misreads and time per image\n")
    out.append("Same images for every peer, one process per peer pinned to one core, decode call timed "
               "(image loading excluded). *other text*: images where a peer returned a text other than the "
               "expected one (including a second code in the image); *wrong only*: images where every text "
               "returned was wrong. FP: texts on code-free images (" +
               ("counted" if any_negatives else "none in these corpora, so not measurable") + ").\n")

    out.append("## Side by side: share read (images with another text)\n")
    out.append("| set | " + " | ".join(peer_label(p) for p in peers) + " |")
    out.append("|---|" + "---:|" * len(peers))
    for section, label, group in rows:
        cells = []
        for name, _, _, _ in peers:
            t = tallies[(section, label, name)]
            cells.append(share(t) + (" (%d)" % t["other"] if t["other"] else ""))
        shown = "distortion: " + label if section == "synthetic by distortion" else label
        out.append("| %s (%d) | %s |" % (shown, len(group), " | ".join(cells)))
    out.append("")

    for section in ("qr-photos", "synthetic by scene", "synthetic by distortion"):
        section_rows = [r for r in rows if r[0] == section]
        if not section_rows:
            continue
        out.append("## %s\n" % section)
        out.append("| set | peer | read | share | other text | wrong only | FP | median ms | p95 ms |")
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for _, label, _ in section_rows:
            for peer in peers:
                t = tallies[(section, label, peer[0])]
                fp = "%d/%d" % (t["fp"], t["negatives"]) if t["negatives"] else "–"
                read = "%d/%d" % (t["read"], t["codes"])
                if t["missing"]:
                    read += " (%d not run)" % t["missing"]
                out.append("| %s | %s | %s | %s | %d | %d | %s | %s | %s |" % (
                    label, peer_label(peer), read, share(t), t["other"], t["wrong"], fp,
                    milliseconds(percentile(t["ms"], 0.5)), milliseconds(percentile(t["ms"], 0.95))))
        out.append("")

    out.append("## Peers\n")
    for name, label, header, results in peers:
        details = {k: v for k, v in header.items() if k not in ("peer", "options")}
        if "options" in header:
            details["options"] = json.dumps(header["options"], separators=(",", ":"))
        errors = sum(1 for r in results.values() if r.get("error"))
        out.append("- %s: %s%s" % (label, ", ".join("%s %s" % (k, v) for k, v in details.items()) or "?",
                                   "; %d images with an error" % errors if errors else ""))
    out.append("")

    misreads = []
    for sample in samples:
        for name, label, _, results in peers:
            row = results.get(key(sample["path"]))
            if row is None or sample["expected"] is None:
                continue
            expected = folded(sample["expected"])
            for text in row.get("texts", []):
                if folded(text) != expected:
                    shown = folded(text).replace("\n", "⏎")
                    misreads.append("- %s: %s/%s returned %r%s (expected %d chars%s)" % (
                        label, sample["group"], os.path.basename(sample["path"]),
                        shown[:60], "…" if len(shown) > 60 else "", len(expected),
                        ", also read it" if expected in map(folded, row.get("texts", [])) else ""))
    if misreads:
        out.append("## Texts other than the expected one\n")
        out.extend(misreads[:60])
        if len(misreads) > 60:
            out.append("- … and %d more" % (len(misreads) - 60))
        out.append("")
    return "\n".join(out)


def peer_label(peer):
    name, label, header, _ = peer
    version = header.get("version", "")
    return "%s %s" % (label, version.split(" ")[0]) if version else label


def append_file(out, path, title):
    if path and os.path.exists(path):
        with open(path, encoding="utf-8", errors="replace") as extra:
            out.append("## %s\n\n%s" % (title, extra.read().rstrip() + "\n"))


def command_report(arguments):
    parts = [report(arguments.corpus, arguments.results)]
    append_file(parts, arguments.run_info, "Run")
    text = "\n".join(parts)
    print(text)
    if arguments.out:
        with open(arguments.out, "w", encoding="utf-8") as out:
            out.write(text + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list")
    listing.add_argument("corpus")
    listing.set_defaults(run=command_list)
    scoring = commands.add_parser("report")
    scoring.add_argument("corpus")
    scoring.add_argument("results")
    scoring.add_argument("--out")
    scoring.add_argument("--run-info", help="a Markdown file appended as the Run section")
    scoring.set_defaults(run=command_report)
    arguments = parser.parse_args()
    arguments.run(arguments)


if __name__ == "__main__":
    main()

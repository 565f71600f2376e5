#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
"""Seed corpora for the libFuzzer targets, made from ../shared/conformance (read,
never copied into the repository): QR texts, Base45 bodies, zlib streams, COSE
structures, CWT claims and trust files.

    tests/fuzz/make-seeds.py SHARED_DIR OUT_DIR
"""
import base64
import glob
import hashlib
import json
import os
import sys
import zlib

B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def b45decode(text):
    out = bytearray()
    vals = [B45.index(c) for c in text]
    for i in range(0, len(vals), 3):
        c = vals[i:i + 3]
        n = c[0] + c[1] * 45 + (c[2] * 2025 if len(c) == 3 else 0)
        out += n.to_bytes(2 if len(c) == 3 else 1, "big")
    return bytes(out)


def cbor_item_end(data, pos):
    """Offset just past the CBOR item at pos (definite lengths only)."""
    ib = data[pos]
    major, ai = ib >> 5, ib & 31
    pos += 1
    if ai < 24:
        val = ai
    elif ai in (24, 25, 26, 27):
        n = 1 << (ai - 24)
        val = int.from_bytes(data[pos:pos + n], "big")
        pos += n
    else:
        raise ValueError("indefinite")
    if major in (0, 1, 7):
        return pos
    if major in (2, 3):
        return pos + val
    if major == 4:
        for _ in range(val):
            pos = cbor_item_end(data, pos)
        return pos
    if major == 5:
        for _ in range(2 * val):
            pos = cbor_item_end(data, pos)
        return pos
    return cbor_item_end(data, pos)  # tag


def header(data, pos):
    """(offset after the item's head, its argument)."""
    ai = data[pos] & 31
    if ai < 24:
        return pos + 1, ai
    n = 1 << (ai - 24)
    return pos + 1 + n, int.from_bytes(data[pos + 1:pos + 1 + n], "big")


def cose_payload(cose):
    """The payload bstr of a (tagged) COSE_Sign1."""
    pos = 0
    while cose[pos] >> 5 == 6:  # skip tags
        pos, _ = header(cose, pos)
    pos, _ = header(cose, pos)  # the array
    pos = cbor_item_end(cose, pos)  # protected
    pos = cbor_item_end(cose, pos)  # unprotected
    start, length = header(cose, pos)
    return cose[start:start + length]


def write(folder, data):
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as fh:
        fh.write(data)


def main():
    shared, out = sys.argv[1], sys.argv[2]
    texts = []
    for line in open(os.path.join(shared, "conformance/ithc/manifest.jsonl"), encoding="utf-8"):
        case = json.loads(line)
        if isinstance(case.get("payload"), str):
            texts.append(case["payload"])
    for path in glob.glob(os.path.join(shared, "conformance/dcc/**/*.json"), recursive=True):
        try:
            doc = json.load(open(path, encoding="utf-8-sig"))
        except (ValueError, UnicodeDecodeError):
            continue
        if not isinstance(doc, dict):
            continue
        if isinstance(doc.get("PREFIX"), str):
            texts.append(doc["PREFIX"])
        for field, target in (("CBOR", "dccpayload"), ("COSE", "cose"), ("COMPRESSED", "inflate")):
            value = doc.get(field)
            if isinstance(value, str):
                try:
                    write(os.path.join(out, target), bytes.fromhex(value))
                except ValueError:
                    pass
    for text in texts:
        write(os.path.join(out, "verify"), text)
        write(os.path.join(out, "textinput"), text + "\r\n\n" + text[:40] + "\n")
        body = text.split(":", 1)[-1]
        write(os.path.join(out, "base45"), body)
        try:
            compressed = b45decode(body)
            cose = zlib.decompress(compressed)
        except (ValueError, OverflowError, IndexError, zlib.error):
            continue
        write(os.path.join(out, "inflate"), compressed)
        write(os.path.join(out, "cose"), cose)
        write(os.path.join(out, "cbor"), cose)
        try:
            payload = cose_payload(cose)
            write(os.path.join(out, "ithcpayload" if text.startswith("ITHC1:") else "dccpayload"), payload)
            write(os.path.join(out, "cbor"), payload)
        except (ValueError, IndexError):
            pass
    for path in glob.glob(os.path.join(shared, "conformance/ithc/keys/*.pem")):
        data = open(path, "rb").read()
        write(os.path.join(out, "trustloader"), data)
        pem = b"".join(l for l in data.splitlines() if not l.startswith(b"-----"))
        der = base64.b64decode(pem)
        write(os.path.join(out, "trustloader"), der)
        write(os.path.join(out, "trustloader"), json.dumps([{"kid": "", "country": "XX", "certificateType": "DSC",
                                                             "rawData": base64.b64encode(der).decode()}]))
    # The German list is 2.8 MB: a few-entry slice keeps the seed small.
    listing = open(os.path.join(shared, "conformance/dcc-qa/trustlist/de-test-dscg-dsc-list.txt"), "rb").read()
    sig, body = listing.split(b"\n", 1)
    certs = json.loads(body)["certificates"][:3]
    write(os.path.join(out, "trustloader"), sig + b"\n" + json.dumps({"certificates": certs}).encode())
    # Images: the ITHC-1 suite's PNGs and a few corpus photos (small ones: libFuzzer's
    # max_len bounds what it mutates).
    for path in sorted(glob.glob(os.path.join(shared, "conformance/ithc/png/*.png")))[:10] + \
            sorted(glob.glob(os.path.join(shared, "corpus/qr-photos/zxing-qrcode-5/*.png")))[:5]:
        data = open(path, "rb").read()
        if len(data) <= 65536:
            write(os.path.join(out, "image"), data)
    shc = [t for t in texts if t.startswith("shc:/")]
    write(os.path.join(out, "shcjoiner"), "shc:/1/2/5676290952432060346029243740\nshc:/2/2/5676290952432060346029243740\n")
    for target in ("base45", "inflate", "cbor", "cose", "ithcpayload", "dccpayload", "trustloader", "textinput", "verify",
                   "image", "shcjoiner"):
        print("%-12s %d seeds" % (target, len(os.listdir(os.path.join(out, target)))))


if __name__ == "__main__":
    main()

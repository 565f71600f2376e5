#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
"""Makes the DIVOC test vectors with an implementation independent of CertDesk's C++.

Needs Debian's python3-pyld (the reference JSON-LD / URDNA2015 implementation in Python) and
python3-cryptography; run it with /usr/bin/python3 from this folder. The tests never run it: they
read what it wrote.

  jsonld/NAME.jsonld  ->  jsonld/NAME.nq          canonical N-Quads (URDNA2015) by pyld
  credentials/*.json  ->  NAME.bin (+ keys)       DIVOC ZIPs signed here (PS256 / EdDSA)

Contexts are served from ../../../resources/divoc only (no network).
"""
import base64
import copy
import glob
import hashlib
import io
import json
import os
import sys
import zipfile

from pyld import jsonld
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, '..', '..', '..', 'resources', 'divoc')
CONTEXTS = {
    'https://www.w3.org/2018/credentials/v1': 'credentials-v1.json',
    'https://w3id.org/security/v1': 'security-v1.json',
    'https://w3id.org/security/v2': 'security-v2.json',
    'https://cowin.gov.in/credentials/vaccination/v1': 'vaccination-v1.json',
}


def loader(url, options=None):
    if url not in CONTEXTS:
        raise jsonld.JsonLdError('unknown context', 'jsonld.LoadDocumentError', {'url': url},
                                 code='loading document failed')
    with open(os.path.join(RESOURCES, CONTEXTS[url]), encoding='utf-8') as f:
        return {'contextUrl': None, 'documentUrl': url, 'document': json.load(f)}


def canonize(document):
    return jsonld.normalize(document, {'algorithm': 'URDNA2015', 'format': 'application/n-quads',
                                       'documentLoader': loader, 'base': None})


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode('ascii')


def verify_data(credential, proof):
    """jsonld-signatures createVerifyData: sha256(c14n proof options) || sha256(c14n document)."""
    options = {'@context': credential['@context'], **proof}
    for key in ('jws', 'signatureValue', 'proofValue'):
        options.pop(key, None)
    document = {k: v for k, v in credential.items() if k != 'proof'}
    return hashlib.sha256(canonize(options).encode()).digest() + hashlib.sha256(canonize(document).encode()).digest()


def sign(credential, proof, alg, private_key):
    header = b64url(json.dumps({'alg': alg, 'b64': False, 'crit': ['b64']}, separators=(',', ':')).encode())
    signing_input = header.encode() + b'.' + verify_data(credential, proof)
    if alg == 'PS256':
        signature = private_key.sign(signing_input, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                                     hashes.SHA256())
    else:
        signature = private_key.sign(signing_input)
    signed = copy.deepcopy(credential)
    signed['proof'] = {**proof, 'jws': header + '..' + b64url(signature)}
    return signed


def zip_bytes(certificate):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr('certificate.json', json.dumps(certificate, indent=2, ensure_ascii=False).encode())
    return out.getvalue()


def write_public(name, key):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(key.public_key().public_bytes(serialization.Encoding.PEM,
                                              serialization.PublicFormat.SubjectPublicKeyInfo))


def make_jsonld_vectors():
    for path in sorted(glob.glob(os.path.join(HERE, 'jsonld', '*.jsonld'))):
        with open(path, encoding='utf-8') as f:
            document = json.load(f)
        try:
            canonical = canonize(document)
        except jsonld.JsonLdError as error:
            # pyld refuses the document: the C++ must refuse it too (NAME.error holds pyld's message).
            cause = error
            while getattr(cause, 'cause', None) is not None:
                cause = cause.cause
            with open(path[:-len('.jsonld')] + '.error', 'w', encoding='utf-8') as f:
                f.write(str(getattr(cause, 'code', None) or cause.args[0]) + '\n')
            continue
        with open(path[:-len('.jsonld')] + '.nq', 'w', encoding='utf-8', newline='') as f:
            f.write(canonical)


def make_signed_vectors():
    with open(os.path.join(HERE, 'credentials', 'vaccination.json'), encoding='utf-8') as f:
        credential = json.load(f)
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ed_key = ed25519.Ed25519PrivateKey.generate()
    other_rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    write_public('did-certdesk-rsa.pem', rsa_key)
    write_public('did-certdesk-ed25519.pem', ed_key)
    write_public('did-certdesk-other.pem', other_rsa)  # bound to did:certdesk:other
    write_public('unbound-other-rsa.pem', other_rsa)   # bound to no verificationMethod
    rsa_proof = {'type': 'RsaSignature2018', 'created': '2021-07-16T19:40:00Z',
                 'verificationMethod': 'did:certdesk:rsa', 'proofPurpose': 'assertionMethod'}
    ed_proof = {'type': 'Ed25519Signature2018', 'created': '2021-07-16T19:40:00Z',
                'verificationMethod': 'did:certdesk:ed25519', 'proofPurpose': 'assertionMethod'}
    outputs = {
        'signed-rsa.bin': sign(credential, rsa_proof, 'PS256', rsa_key),
        'signed-ed25519.bin': sign(credential, ed_proof, 'EdDSA', ed_key),
    }
    # The holder's id as DIVOC writes it ("did:Aadhaar Card:…" has a space, so it is no IRI):
    # the signature verifies but the holder's data lies outside the signed dataset.
    aadhaar = copy.deepcopy(credential)
    aadhaar['credentialSubject']['id'] = 'did:Aadhaar Card:********1234'
    outputs['signed-rsa-aadhaar-id.bin'] = sign(aadhaar, rsa_proof, 'PS256', rsa_key)
    # An expiring one, for expired / not_yet_valid.
    expiring = copy.deepcopy(credential)
    expiring['expirationDate'] = '2022-07-16T19:40:00.000Z'
    outputs['signed-ed25519-expiring.bin'] = sign(expiring, ed_proof, 'EdDSA', ed_key)
    for name, signed in outputs.items():
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(zip_bytes(signed))
        with open(os.path.join(HERE, name[:-4] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(signed, f, indent=2, ensure_ascii=False)
            f.write('\n')


if __name__ == '__main__':
    make_jsonld_vectors()
    if '--jsonld-only' not in sys.argv:
        make_signed_vectors()

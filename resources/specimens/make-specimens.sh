#!/bin/sh
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# Makes the SPECIMEN signing keys and certificates under resources/specimens with the
# openssl command line (OpenSSL 3.0 or later). Run once; the output is committed. Running
# it again makes NEW keys, which invalidates every specimen issued with the old ones.
#
#   keys/   private keys (PEM, PKCS#8), public on purpose: anyone may sign with them
#   trust/  the document-signer certificates a station trusts for the demo (and only those)
#   csca/   the specimen DCC country signing CA that issued the DCC document signer
#
# Every certificate is valid from 2026-01-01 to 2036-01-01 (fixed dates via `openssl ca`,
# because `openssl req -x509` in 3.0 always starts at "now").
set -eu
cd "$(dirname "$0")"
mkdir -p keys trust csca
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=20260101000000Z
end=20360101000000Z

# A minimal CA configuration: `openssl ca` is the only 3.0 command that takes fixed dates.
cat > "$work/ca.cnf" <<CNF
[ ca ]
default_ca = specimen
[ specimen ]
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
policy = anything
unique_subject = no
copy_extensions = none
[ anything ]
countryName = optional
organizationName = optional
commonName = supplied
[ signer ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
[ dcc_signer ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
# HCERT §5.1.1: may sign test (1), vaccination (2) and recovery (3) certificates.
extendedKeyUsage = 1.3.6.1.4.1.1847.2021.1.1, 1.3.6.1.4.1.1847.2021.1.2, 1.3.6.1.4.1.1847.2021.1.3
[ csca ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
CNF
: > "$work/index.txt"

# $1 key file, $2 certificate file, $3 subject, $4 extensions section, $5 digest,
# $6 issuer key (empty: self-signed), $7 issuer certificate, further: extra `openssl ca` options.
certify() {
    key=$1 cert=$2 subject=$3 extensions=$4 digest=$5 issuerKey=$6 issuerCert=$7
    shift 7
    # `openssl req` takes -sigopt but not -vfyopt.
    reqOptions=$(echo "$@" | sed 's/-vfyopt [^ ]*//')
    openssl rand -hex 8 > "$work/serial"
    openssl req -new -key "$key" -subj "$subject" -"$digest" -out "$work/request.csr" $reqOptions
    if [ -z "$issuerKey" ]; then
        openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile "$key" -in "$work/request.csr" \
            -startdate $start -enddate $end -extensions "$extensions" -md "$digest" -notext -out "$cert" "$@"
    else
        openssl ca -batch -config "$work/ca.cnf" -keyfile "$issuerKey" -cert "$issuerCert" -in "$work/request.csr" \
            -startdate $start -enddate $end -extensions "$extensions" -md "$digest" -notext -out "$cert" "$@"
    fi
}

# ITHC-1 issuer, ES256 (ECDSA P-256).
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out keys/ithc-specimen-es256.key.pem
certify keys/ithc-specimen-es256.key.pem trust/ithc-specimen-es256.cert.pem \
    "/C=XS/O=SPECIMEN Health Authority/CN=SPECIMEN ITHC-1 issuer ES256 - not for production" signer sha256 "" ""

# ITHC-1 issuer, SM2-SM3, its certificate signed SM2-with-SM3 with the GM/T 0009 identity (ITHC-1 §2).
openssl genpkey -algorithm SM2 -out keys/ithc-specimen-sm2.key.pem
certify keys/ithc-specimen-sm2.key.pem trust/ithc-specimen-sm2.cert.pem \
    "/C=XS/O=SPECIMEN Health Authority/CN=SPECIMEN ITHC-1 issuer SM2 - not for production" signer sm3 "" "" \
    -sigopt distid:1234567812345678 -vfyopt distid:1234567812345678

# DCC: a specimen country signing CA and the document signer (DSC) it issues.
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out csca/dcc-specimen-csca.key.pem
certify csca/dcc-specimen-csca.key.pem csca/dcc-specimen-csca.cert.pem \
    "/C=XS/O=SPECIMEN Health Authority/CN=SPECIMEN DCC CSCA - not for production" csca sha256 "" ""
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out keys/dcc-specimen-dsc.key.pem
certify keys/dcc-specimen-dsc.key.pem trust/dcc-specimen-dsc.cert.pem \
    "/C=XS/O=SPECIMEN Health Authority/CN=SPECIMEN DCC document signer - not for production" dcc_signer sha256 \
    csca/dcc-specimen-csca.key.pem csca/dcc-specimen-csca.cert.pem

for cert in trust/*.pem csca/*.cert.pem; do
    openssl x509 -in "$cert" -noout -subject -startdate -enddate
done

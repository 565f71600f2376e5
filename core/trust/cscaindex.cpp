// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cscaindex.h"

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QCryptographicHash>

namespace CertDesk {

namespace {

// Signer certificates whose chain check is remembered; a station sees a few per issuer.
constexpr qsizetype kMaxRemembered = 4096;

unsigned long nameHash(const X509_NAME *name)
{
    int ok = 0;
    // SHA-1 over the canonical encoding, as OpenSSL's own lookups by name use; equality is
    // confirmed with X509_NAME_cmp.
    const unsigned long hash = X509_NAME_hash_ex(name, nullptr, nullptr, &ok);
    return ok ? hash : 0;
}

} // namespace

CscaIndex::CscaIndex(const QList<SignerPtr> &signers)
{
    for (const SignerPtr &signer : signers) {
        if (!signer || !signer->certificate || !isCsca(*signer))
            continue;
        m_bySubjectHash[nameHash(X509_get_subject_name(signer->certificate.get()))].append(signer);
        ++m_count;
    }
}

bool CscaIndex::isCsca(const TrustedSigner &signer)
{
    if (signer.sourceKind == TrustSourceKind::CscaMasterList)
        return true;
    // Doc 9303-12 §7.1.1: a CSCA certificate has basicConstraints cA = TRUE. Keys from DCC trust
    // lists are document signers, never authorities.
    return signer.sourceKind == TrustSourceKind::CertificateFile && signer.certificate
        && X509_check_ca(signer.certificate.get()) == 1;
}

QList<CscaIndex::SignerPtr> CscaIndex::issuersOf(X509 *certificate) const
{
    QList<SignerPtr> out;
    const X509_NAME *issuer = X509_get_issuer_name(certificate);
    const ASN1_OCTET_STRING *authorityKeyId = X509_get0_authority_key_id(certificate);
    for (const SignerPtr &csca : m_bySubjectHash.value(nameHash(issuer))) {
        if (X509_NAME_cmp(X509_get_subject_name(csca->certificate.get()), issuer) != 0)
            continue;
        const ASN1_OCTET_STRING *subjectKeyId = X509_get0_subject_key_id(csca->certificate.get());
        if (authorityKeyId && subjectKeyId && ASN1_OCTET_STRING_cmp(authorityKeyId, subjectKeyId) != 0)
            continue;
        out.append(csca);
    }
    return out;
}

bool CscaIndex::hasVerified(const QByteArray &signerDer, const TrustedSigner *csca) const
{
    const QByteArray key = QCryptographicHash::hash(signerDer, QCryptographicHash::Sha256);
    const std::lock_guard lock(m_verifiedMutex);
    return m_verified.value(key) == csca;
}

void CscaIndex::rememberVerified(const QByteArray &signerDer, const TrustedSigner *csca) const
{
    const QByteArray key = QCryptographicHash::hash(signerDer, QCryptographicHash::Sha256);
    const std::lock_guard lock(m_verifiedMutex);
    if (m_verified.size() >= kMaxRemembered)
        m_verified.clear();
    m_verified.insert(key, csca);
}

} // namespace CertDesk

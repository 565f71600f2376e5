// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "revocation.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace CertDesk::Revocation {

namespace {

const QString kStep = QStringLiteral("revocation");

bool isEcdsa(SignatureAlgorithm algorithm)
{
    return algorithm == SignatureAlgorithm::Es256 || algorithm == SignatureAlgorithm::Es384
        || algorithm == SignatureAlgorithm::Es512;
}

// Records the outcome: every hit in one reason (one check, one reason; CLI-CONTRACT.md).
void finish(
    const RevocationStore &store, VerificationReport &report, const QList<RevocationHit> &hits, const QString &checked)
{
    if (store.isEmpty()) {
        // Nothing to look in: say so rather than "passed" (REVOCATION.md, "No lists").
        report.checks.append({kStep, CheckStep::Outcome::NotChecked, QStringLiteral("no revocation lists loaded")});
        return;
    }
    if (!hits.isEmpty()) {
        QStringList details;
        for (const RevocationHit &hit : hits)
            details.append(hit.detail);
        report.fail(kStep, {ReasonCode::Revoked, details.join(QStringLiteral("; "))});
        return;
    }
    report.pass(kStep,
        QStringLiteral("%1 not on %2 list(s) of %3 entries")
            .arg(checked)
            .arg(store.sources().size())
            .arg(store.entryCount()));
}

void addHit(QList<RevocationHit> &hits, std::optional<RevocationHit> hit)
{
    if (hit)
        hits.append(std::move(*hit));
}

QStringList dccIdentifiers(const HealthCertificate &certificate)
{
    QStringList ids;
    auto add = [&ids](const QString &id) {
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    };
    for (const Vaccination &v : certificate.vaccinations)
        add(v.certificateId);
    for (const DccTest &t : certificate.tests)
        add(t.certificateId);
    for (const Recovery &r : certificate.recoveries)
        add(r.certificateId);
    add(certificate.certificateId);
    return ids;
}

} // namespace

RevocationHash hashOf(QByteArrayView data)
{
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    RevocationHash hash;
    std::copy_n(reinterpret_cast<const unsigned char *>(digest.constData()), kRevocationHashSize, hash.begin());
    return hash;
}

DccHashes dccHashes(
    const QString &uci, const QString &issuerCountry, QByteArrayView signature, SignatureAlgorithm algorithm)
{
    // EU DCC revocation (eHealth Network, "Revocation of DCC", hash types): the ECDSA
    // signature is hashed by its r value only, as s can be changed without breaking it.
    const QByteArrayView signed_ = isEcdsa(algorithm) ? signature.first(signature.size() / 2) : signature;
    return {hashOf(uci.toUtf8()), hashOf((issuerCountry + uci).toUtf8()), hashOf(signed_)};
}

RevocationHash ithcCiHash(const QString &certificateId)
{
    return hashOf(certificateId.toUtf8());
}

void checkCose(const RevocationStore &store, VerificationReport &report, const HealthCertificate &certificate,
    const QByteArray &kid, const QByteArray &signature, SignatureAlgorithm algorithm)
{
    QList<RevocationHit> hits;
    QString checked;
    if (report.format == CertificateFormat::Dcc) {
        const QStringList ids = dccIdentifiers(certificate);
        // The SIGNATURE hash needs no ci: it is checked even when the payload lacks one.
        const DccHashes signatureOnly = dccHashes(QString(), QString(), signature, algorithm);
        addHit(hits, store.findHash(RevocationKind::DccSignature, kid, signatureOnly.signature));
        for (const QString &id : ids) {
            const DccHashes hashes = dccHashes(id, certificate.issuerCountry, signature, algorithm);
            addHit(hits, store.findHash(RevocationKind::DccUci, kid, hashes.uci));
            if (!certificate.issuerCountry.isEmpty())
                addHit(hits, store.findHash(RevocationKind::DccCountryCodeUci, kid, hashes.countryCodeUci));
            addHit(hits, store.findBlocked(report.format, id));
        }
        checked
            = ids.isEmpty() ? QStringLiteral("signature") : QStringLiteral("%1 and its signature").arg(ids.join(u", "));
    } else {
        if (!certificate.certificateId.isEmpty()) {
            addHit(hits,
                store.findHash(
                    RevocationKind::IthcCi, certificate.issuerCountry.toUtf8(), ithcCiHash(certificate.certificateId)));
            addHit(hits, store.findBlocked(report.format, certificate.certificateId));
        }
        checked = certificate.certificateId.isEmpty() ? QStringLiteral("(no ci)") : certificate.certificateId;
    }
    finish(store, report, hits, checked);
}

void checkShc(const RevocationStore &store, VerificationReport &report, const HealthCertificate &certificate,
    const QByteArray &kid, const QString &rid, std::optional<Timestamp::Millis> notBefore)
{
    QList<RevocationHit> hits;
    std::optional<qint64> notBeforeSeconds;
    if (notBefore) // floor(nbf): the CRL's timestamps are whole seconds (REVOCATION.md)
        notBeforeSeconds = *notBefore >= 0 ? *notBefore / 1000 : -((-*notBefore + 999) / 1000);
    addHit(hits, store.findShc(kid, rid, notBeforeSeconds));
    addHit(hits, store.findBlocked(report.format, certificate.certificateId));
    if (!rid.isEmpty())
        addHit(hits, store.findBlocked(report.format, QStringLiteral("rid:") + rid));
    finish(store, report, hits, rid.isEmpty() ? QStringLiteral("card (no rid)") : QStringLiteral("rid ") + rid);
}

void checkBlocklist(const RevocationStore &store, VerificationReport &report, const HealthCertificate &certificate)
{
    QList<RevocationHit> hits;
    addHit(hits, store.findBlocked(report.format, certificate.certificateId));
    finish(store, report, hits,
        certificate.certificateId.isEmpty() ? QStringLiteral("(no certificate id)") : certificate.certificateId);
}

} // namespace CertDesk::Revocation

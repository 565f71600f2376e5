// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "barcodesigner.h"

#include "crypto/opensslpp.h"
#include "trust/cscaindex.h"
#include "trust/trustloader.h"

#include <ctime>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <QDate>
#include <QStringList>

namespace CertDesk::VdsNc {

namespace {

using PkupPtr = std::unique_ptr<PKEY_USAGE_PERIOD, OpenSsl::Deleter<PKEY_USAGE_PERIOD, PKEY_USAGE_PERIOD_free>>;

constexpr const char *kKnownCurves[]
    = {"prime256v1", "secp384r1", "secp521r1", "brainpoolP256r1", "brainpoolP384r1", "brainpoolP512r1"};
constexpr qint64 kJulianDayOfEpoch = 2440588;

std::optional<Timestamp::Millis> toMillis(const ASN1_TIME *time)
{
    std::tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return std::nullopt;
    const QDate date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
    if (!date.isValid())
        return std::nullopt;
    const qint64 days = date.toJulianDay() - kJulianDayOfEpoch;
    return (((days * 24 + parts.tm_hour) * 60 + parts.tm_min) * 60 + parts.tm_sec) * 1000;
}

QString pkeyString(EVP_PKEY *key, const char *parameter)
{
    char text[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, parameter, text, sizeof text, &length) != 1)
        return {};
    return QString::fromLatin1(text, qsizetype(length));
}

// Checks one CSCA candidate; std::nullopt when it vouches for @p certificate.
std::optional<QString> vouches(
    const CscaIndex &index, const TrustedSigner &csca, X509 *certificate, const TrustedSigner &signer)
{
    if (const auto problem = checkAuthorityKey(csca.publicKey))
        return problem;
    if (!index.hasVerified(signer.der, &csca)) {
        ERR_clear_error();
        const int verified = X509_verify(certificate, csca.publicKey);
        const QString errors = OpenSsl::takeErrors();
        if (verified != 1) {
            return QStringLiteral("the signature of %1 on the signer certificate does not verify%2")
                .arg(csca.subject, errors.isEmpty() ? QString() : QStringLiteral(": ") + errors);
        }
        index.rememberVerified(signer.der, &csca);
    }
    // Doc 9303-12 §7.1.1: a CSCA issues signers only while its own certificate is valid.
    if (!csca.isValidAt(signer.notBefore)) {
        return QStringLiteral("%1 (valid %2 to %3) was not valid when it issued the signer (%4)")
            .arg(csca.subject, Timestamp::formatRfc3339(csca.notBefore), Timestamp::formatRfc3339(csca.notAfter),
                Timestamp::formatRfc3339(signer.notBefore));
    }
    if (!csca.country.isEmpty() && !signer.country.isEmpty() && csca.country != signer.country)
        return QStringLiteral("the signer's country %1 is not its CSCA's %2").arg(signer.country, csca.country);
    return std::nullopt;
}

} // namespace

std::optional<QString> checkAuthorityKey(EVP_PKEY *key)
{
    if (!key)
        return QStringLiteral("the CSCA has no usable public key");
    if (!EVP_PKEY_is_a(key, "EC"))
        return std::nullopt;
    // With explicit parameters, OpenSSL names the group only when they equal a built-in curve.
    const QString group = pkeyString(key, OSSL_PKEY_PARAM_GROUP_NAME);
    for (const char *known : kKnownCurves) {
        if (group == QLatin1StringView(known))
            return std::nullopt;
    }
    return QStringLiteral("the CSCA's EC key is on %1, not a known curve")
        .arg(group.isEmpty() ? QStringLiteral("explicit parameters of no named curve") : group);
}

Result<BarcodeSigner> chainToCsca(const QByteArray &der, const TrustStore &trust)
{
    QString problem;
    std::optional<TrustedSigner> parsed
        = makeTrustedSigner(der, TrustSourceKind::CertificateFile, QStringLiteral("sig.cer"), &problem);
    if (!parsed)
        return Result<BarcodeSigner>(ReasonCode::Schema, QStringLiteral("sig.cer: %1").arg(problem));
    X509 *certificate = parsed->certificate.get();

    const std::shared_ptr<const CscaIndex> index = trust.cscaIndex();
    const QList<CscaIndex::SignerPtr> candidates = index->issuersOf(certificate);
    char issuerText[256] = {};
    X509_NAME_oneline(X509_get_issuer_name(certificate), issuerText, sizeof issuerText);
    if (candidates.isEmpty()) {
        return Result<BarcodeSigner>(ReasonCode::KeyUnknown,
            QStringLiteral("no trusted CSCA is the signer's issuer %1").arg(QString::fromUtf8(issuerText)));
    }
    BarcodeSigner chained;
    QStringList failures;
    for (const CscaIndex::SignerPtr &csca : candidates) {
        const std::optional<QString> failure = vouches(*index, *csca, certificate, *parsed);
        if (!failure) {
            chained.csca = csca;
            break;
        }
        failures.append(*failure);
    }
    if (!chained.csca)
        return Result<BarcodeSigner>(ReasonCode::TrustChain, failures.join(QStringLiteral("; ")));

    // RFC 5280 §4.2.1.3: when present, key usage must allow digital signatures.
    const uint32_t keyUsage = X509_get_key_usage(certificate);
    if (keyUsage != UINT32_MAX && !(keyUsage & KU_DIGITAL_SIGNATURE))
        return Result<BarcodeSigner>(
            ReasonCode::KeyUsage, QStringLiteral("the signer's key usage excludes signatures"));

    chained.usableFrom = parsed->notBefore;
    chained.usableUntil = parsed->notAfter;
    int critical = 0;
    const PkupPtr period(static_cast<PKEY_USAGE_PERIOD *>(
        X509_get_ext_d2i(certificate, NID_private_key_usage_period, &critical, nullptr)));
    if (!period && critical != -1)
        return Result<BarcodeSigner>(
            ReasonCode::Schema, QStringLiteral("the signer's private key usage period is malformed"));
    if (period) {
        if (const auto from = toMillis(period->notBefore))
            chained.usableFrom = std::max(chained.usableFrom, *from);
        if (const auto until = toMillis(period->notAfter))
            chained.usableUntil = std::min(chained.usableUntil, *until);
    }
    ERR_clear_error();
    parsed->sourceName = chained.csca->sourceName;
    chained.signer = std::make_shared<const TrustedSigner>(std::move(*parsed));
    return chained;
}

} // namespace CertDesk::VdsNc

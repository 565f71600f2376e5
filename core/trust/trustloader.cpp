// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "trustloader.h"

#include <algorithm>
#include <ctime>
#include <utility>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include "crypto/opensslpp.h"
#include "formats/divoc/divockey.h"
#include "masterlist.h"
#include "jwk.h"
#include "trustbundle.h"

namespace CertDesk {

namespace {

Q_LOGGING_CATEGORY(lcTrust, "certdesk.trust", QtInfoMsg)

// Carries the translation context of every message this file produces (STYLE.md §9).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CertDesk::TrustLoader)
};

/// Largest trust file read; the real German DSC list is under 3 MB.
constexpr qint64 kMaxTrustFileBytes = 64 * 1024 * 1024;
/// HCERT §3.3.1 / ITHC-1 §2: the kid is the first 8 bytes of SHA-256 over the DER certificate.
constexpr qsizetype kKidLength = 8;
/// Julian day number of 1970-01-01.
constexpr qint64 kJulianDayOfEpoch = 2440588;
/// One-line subject in RFC 2253 order, but with UTF-8 kept as text rather than escaped as \XX.
constexpr unsigned long kSubjectFlags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;

using BioPtr = std::unique_ptr<BIO, OpenSsl::Deleter<BIO, BIO_free_all>>;
using EkuPtr = std::unique_ptr<EXTENDED_KEY_USAGE, OpenSsl::Deleter<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free>>;

constexpr DccTypes kAllDccTypes = DccTypes(DccType::Test) | DccType::Vaccination | DccType::Recovery;

// HCERT §5.1.1: extended key usage OIDs that restrict a DSC to some DCC types. The second set has
// a stray ".0" arc; it is what the EU test signers actually carry, so the gateways accept both.
struct DccEkuOid
{
    const char *oid;
    DccType type;
};
constexpr DccEkuOid kDccEkuOids[] = {
    {"1.3.6.1.4.1.1847.2021.1.1", DccType::Test},
    {"1.3.6.1.4.1.1847.2021.1.2", DccType::Vaccination},
    {"1.3.6.1.4.1.1847.2021.1.3", DccType::Recovery},
    {"1.3.6.1.4.1.0.1847.2021.1.1", DccType::Test},
    {"1.3.6.1.4.1.0.1847.2021.1.2", DccType::Vaccination},
    {"1.3.6.1.4.1.0.1847.2021.1.3", DccType::Recovery},
};

TrustLoadError loadError(const QString &name, const QString &problem)
{
    return TrustLoadError{Tr::tr("%1: %2").arg(name, problem)};
}

std::optional<Timestamp::Millis> toMillis(const ASN1_TIME *time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return std::nullopt;
    const QDate date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
    if (!date.isValid())
        return std::nullopt;
    const qint64 days = date.toJulianDay() - kJulianDayOfEpoch;
    return (((days * 24 + parts.tm_hour) * 60 + parts.tm_min) * 60 + parts.tm_sec) * 1000;
}

QString oneLineName(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, kSubjectFlags) < 0)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, length);
}

QString subjectCountry(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_countryName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    return QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));
}

// The DCC types the extended key usage allows; std::nullopt when the extension is malformed or
// repeated, since then the signer's restrictions cannot be known.
std::optional<DccTypes> dccTypesFromEku(const X509 *certificate)
{
    int critical = 0;
    const EkuPtr eku(static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(certificate, NID_ext_key_usage, &critical, nullptr)));
    if (!eku)
        return critical == -1 ? std::optional<DccTypes>(kAllDccTypes) : std::nullopt;
    DccTypes found;
    char text[80];
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        const int length = OBJ_obj2txt(text, sizeof text, sk_ASN1_OBJECT_value(eku.get(), i), 1);
        if (length <= 0 || length >= int(sizeof text))
            continue;
        for (const DccEkuOid &known : kDccEkuOids) {
            if (qstrcmp(text, known.oid) == 0)
                found |= known.type;
        }
    }
    // An EKU without any DCC OID (e.g. only serverAuth) does not restrict the DCC types.
    return found ? found : kAllDccTypes;
}

enum class SignatureCheck {
    Verified,
    NotVerified,
    CouldNotCheck,
};

// ECDSA r||s (each as long as the field) as the DER ECDSA-Sig-Value that EVP_DigestVerify takes.
QByteArray rawEcdsaToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    OpenSsl::BignumPtr r(BN_bin2bn(bytes, half, nullptr));
    OpenSsl::BignumPtr s(BN_bin2bn(bytes + half, half, nullptr));
    OpenSsl::EcdsaSigPtr signature(ECDSA_SIG_new());
    // ECDSA_SIG_set0 fails only on null arguments, checked first; on success it owns r and s.
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.release(), s.release()) != 1)
        return {};
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    return i2d_ECDSA_SIG(signature.get(), &out) == length ? der : QByteArray();
}

// The German DSC list's first line signs the rest of the file: ECDSA with SHA-256 over the bytes after
// the first newline, encoded as raw r||s (64 bytes for P-256) in base64. A DER signature is accepted too.
SignatureCheck verifyListSignature(EVP_PKEY *key, const QByteArray &signature, QByteArrayView signedBytes,
                                   QString *problem)
{
    QByteArray der = signature;
    if (EVP_PKEY_is_a(key, "EC") && signature.size() == 2 * ((EVP_PKEY_get_bits(key) + 7) / 8)) {
        der = rawEcdsaToDer(signature);
        if (der.isEmpty()) {
            *problem = OpenSsl::takeErrors();
            return SignatureCheck::CouldNotCheck;
        }
    }
    OpenSsl::EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key) != 1) {
        *problem = OpenSsl::takeErrors();
        return SignatureCheck::CouldNotCheck;
    }
    const int result = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(der.constData()),
                                        size_t(der.size()),
                                        reinterpret_cast<const unsigned char *>(signedBytes.data()),
                                        size_t(signedBytes.size()));
    *problem = OpenSsl::takeErrors();
    if (result == 1)
        return SignatureCheck::Verified;
    return result == 0 ? SignatureCheck::NotVerified : SignatureCheck::CouldNotCheck;
}

enum class Kind {
    Pem,
    Der,
    EuTrustList,
    GermanDscList,
    ShcJwks,
    VciSnapshot,
    DivocKey,
    Unknown,
};

QByteArrayView skipBlank(QByteArrayView text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    while (!text.isEmpty() && QChar::isSpace(uchar(text.front())))
        text = text.sliced(1);
    return text;
}

bool isBase64Line(QByteArrayView line)
{
    return !line.isEmpty() && std::all_of(line.begin(), line.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
            || c == '=';
    });
}

// Decides from the content alone what a file holds; cheap (no parsing) so that a directory of
// unrelated files costs little.
Kind sniff(const QByteArray &data)
{
    // A certificate is always longer than 127 bytes, so its SEQUENCE has a long-form length.
    if (data.size() > 2 && uchar(data[0]) == 0x30 && uchar(data[1]) >= 0x81 && uchar(data[1]) <= 0x84)
        return Kind::Der;
    const QByteArrayView text = skipBlank(data);
    if (text.startsWith('['))
        return skipBlank(text.sliced(1)).startsWith(']') || data.contains("\"rawData\"") ? Kind::EuTrustList
                                                                                        : Kind::Unknown;
    // SMART Health Cards: a VCI directory snapshot or a JWKS (CLI-CONTRACT.md --trust).
    if (text.startsWith('{') && data.contains("\"issuerInfo\""))
        return Kind::VciSnapshot;
    if (text.startsWith('{') && data.contains("\"keys\"") && !data.contains("\"certificates\""))
        return Kind::ShcJwks;
    if (text.startsWith('{'))
        return data.contains("\"certificates\"") ? Kind::GermanDscList : Kind::Unknown;
    const qsizetype newline = text.indexOf('\n');
    if (newline > 0) {
        QByteArrayView line = text.first(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        if (isBase64Line(line) && skipBlank(text.sliced(newline + 1)).startsWith('{')
            && data.contains("\"certificates\""))
            return Kind::GermanDscList;
    }
    if (data.contains("-----BEGIN CERTIFICATE-----") || data.contains("-----BEGIN X509 CERTIFICATE-----"))
        return Kind::Pem;
    if (Divoc::looksLikePublicKeyPem(data))
        return Kind::DivocKey;
    return Kind::Unknown;
}

// What one path contributes. It reaches the store only when the whole path has loaded, so that a
// failing path adds nothing (TrustLoader::loadPath).
struct Batch
{
    QList<TrustStore::SignerPtr> signers;
    QList<std::pair<QByteArray, TrustStore::SignerPtr>> aliases;
    /// Certificates parsed on first lookup, with an alias kid (or empty).
    QList<std::pair<PendingCertificate, QByteArray>> pending;
    QStringList warnings;
    /// CSCAs from an ICAO master list: authorities only (TrustStore::addAuthority).
    QList<TrustStore::SignerPtr> authorities;

    void applyTo(TrustStore &store) const
    {
        for (const TrustStore::SignerPtr &authority : authorities)
            store.addAuthority(authority);
        for (const TrustStore::SignerPtr &signer : signers)
            store.add(signer);
        for (const auto &[kid, signer] : aliases)
            store.addAlias(kid, signer);
        for (const auto &[certificate, alias] : pending)
            store.addPending(certificate, alias);
    }
};

// Files with at most this many certificates are parsed while loading, so a broken
// certificate is reported at once; larger bundles and trust lists defer parsing to
// the first lookup (TrustStore, PendingCertificate) after a structural check.
constexpr int kEagerCertificateLimit = 16;

// A cheap check that @p der is one DER Certificate: SEQUENCE { SEQUENCE tbs,
// SEQUENCE algorithm, BIT STRING signature } spanning exactly the bytes given.
std::optional<QString> checkCertificateStructure(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *cursor = begin;
    long length = 0;
    int tag = 0;
    int xclass = 0;
    const long total = long(der.size());
    int result = ASN1_get_object(&cursor, &length, &tag, &xclass, total);
    if ((result & 0x80) || tag != V_ASN1_SEQUENCE || !(result & V_ASN1_CONSTRUCTED) || xclass != V_ASN1_UNIVERSAL)
        return Tr::tr("not an X.509 certificate");
    if (cursor + length != begin + total)
        return Tr::tr("%1 bytes after the end of the certificate").arg(total - long(cursor - begin) - length);
    const unsigned char *end = cursor + length;
    for (const int expected : {V_ASN1_SEQUENCE, V_ASN1_SEQUENCE, V_ASN1_BIT_STRING}) {
        result = ASN1_get_object(&cursor, &length, &tag, &xclass, long(end - cursor));
        if ((result & 0x80) || tag != expected || xclass != V_ASN1_UNIVERSAL || length > end - cursor)
            return Tr::tr("not an X.509 certificate");
        cursor += length;
    }
    if (cursor != end)
        return Tr::tr("not an X.509 certificate");
    ERR_clear_error();
    return std::nullopt;
}

// An ICAO CSCA master list (MasterList::read checks its CMS signature); a CSCA that does not
// parse is skipped with a warning, a list none of whose CSCAs parses is an error.
std::optional<TrustLoadError> loadMasterList(const QByteArray &data, const QString &name, Batch &batch)
{
    QString problem;
    const std::optional<MasterList::Contents> contents = MasterList::read(data, &problem);
    if (!contents)
        return loadError(name, problem);
    for (qsizetype i = 0; i < contents->certificates.size(); ++i) {
        std::optional<TrustedSigner> csca =
            makeTrustedSigner(contents->certificates.at(i), TrustSourceKind::CscaMasterList, name, &problem);
        if (!csca) {
            batch.warnings.append(Tr::tr("%1: CSCA %2 skipped: %3").arg(name, QString::number(i + 1), problem));
            continue;
        }
        batch.authorities.append(std::make_shared<const TrustedSigner>(std::move(*csca)));
    }
    if (batch.authorities.isEmpty())
        return loadError(name, Tr::tr("none of the master list's CSCAs could be read"));
    return std::nullopt;
}

std::optional<TrustLoadError> loadDer(const QByteArray &data, const QString &name, Batch &batch)
{
    if (MasterList::looksLikeSignedData(data))
        return loadMasterList(data, name, batch);
    QString problem;
    std::optional<TrustedSigner> signer = makeTrustedSigner(data, TrustSourceKind::CertificateFile, name, &problem);
    if (!signer)
        return loadError(name, problem);
    batch.signers.append(std::make_shared<const TrustedSigner>(std::move(*signer)));
    return std::nullopt;
}

// Every CERTIFICATE block of a PEM file; other blocks (keys, parameters) are skipped. The DER is
// taken from the base64 as written, never re-encoded, so that the kid matches the issuer's.
std::optional<TrustLoadError> loadPem(const QByteArray &data, const QString &name, Batch &batch)
{
    static constexpr QByteArrayView beginMarker("-----BEGIN ");
    static constexpr QByteArrayView dashes("-----");
    int certificates = 0;
    QList<QByteArray> ders;
    qsizetype position = 0;
    while ((position = data.indexOf(beginMarker, position)) >= 0) {
        const qsizetype labelStart = position + beginMarker.size();
        const qsizetype labelEnd = data.indexOf(dashes, labelStart);
        if (labelEnd < 0)
            return loadError(name, Tr::tr("unterminated PEM header"));
        const QByteArray label = data.mid(labelStart, labelEnd - labelStart);
        const QByteArray endMarker = QByteArrayLiteral("-----END ") + label + QByteArrayLiteral("-----");
        const qsizetype bodyStart = labelEnd + dashes.size();
        const qsizetype bodyEnd = data.indexOf(endMarker, bodyStart);
        if (bodyEnd < 0)
            return loadError(name, Tr::tr("PEM block \"%1\" has no END line").arg(QString::fromLatin1(label)));
        position = bodyEnd + endMarker.size();
        if (label != "CERTIFICATE" && label != "X509 CERTIFICATE")
            continue;
        ++certificates;
        QByteArray base64;
        base64.reserve(bodyEnd - bodyStart);
        for (qsizetype i = bodyStart; i < bodyEnd; ++i) {
            if (!QChar::isSpace(uchar(data[i])))
                base64.append(data[i]);
        }
        const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return loadError(name, Tr::tr("certificate %1 is not valid base64").arg(certificates));
        ders.append(*decoded);
    }
    if (certificates == 0)
        return loadError(name, Tr::tr("no certificate in the PEM file"));
    const bool eager = ders.size() <= kEagerCertificateLimit;
    for (qsizetype i = 0; i < ders.size(); ++i) {
        QString problem;
        if (eager) {
            std::optional<TrustedSigner> signer = makeTrustedSigner(ders.at(i), TrustSourceKind::CertificateFile, name, &problem);
            if (!signer)
                return loadError(name, Tr::tr("certificate %1: %2").arg(QString::number(i + 1), problem));
            batch.signers.append(std::make_shared<const TrustedSigner>(std::move(*signer)));
        } else {
            if (const auto structure = checkCertificateStructure(ders.at(i)))
                return loadError(name, Tr::tr("certificate %1: %2").arg(QString::number(i + 1), *structure));
            batch.pending.append({PendingCertificate{ders.at(i), TrustSourceKind::CertificateFile, name, {}}, {}});
        }
    }
    return std::nullopt;
}

// The entries of a DCC trust list, EU gateway or German DSC list alike:
// {"kid", "country", "certificateType", "rawData", ...}. Only DSC entries (or untyped ones) are
// signers. An unreadable entry is skipped with a warning; a list none of whose signers reads is an error.
std::optional<TrustLoadError> loadListEntries(const QJsonArray &entries, TrustSourceKind kind, const QString &name,
                                              Batch &batch)
{
    int candidates = 0;
    int loaded = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonValue type = entry.value(QLatin1StringView("certificateType"));
        if (!type.isUndefined() && !type.isNull() && type.toString() != QLatin1StringView("DSC"))
            continue;
        ++candidates;
        const QString declaredKid = entry.value(QLatin1StringView("kid")).toString();
        const QString label = Tr::tr("entry %1 (kid %2)").arg(QString::number(i), declaredKid);
        const auto der = QByteArray::fromBase64Encoding(entry.value(QLatin1StringView("rawData")).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
        if (!der || der.decoded.isEmpty()) {
            batch.warnings.append(Tr::tr("%1: %2 skipped: rawData is not base64").arg(name, label));
            continue;
        }
        if (const auto structure = checkCertificateStructure(*der)) {
            batch.warnings.append(Tr::tr("%1: %2 skipped: %3").arg(name, label, *structure));
            continue;
        }
        const QString country = entry.value(QLatin1StringView("country")).toString();
        const QByteArray computedKid = kidOf(*der);
        ++loaded;
        QByteArray alias;
        if (!declaredKid.isEmpty()) {
            const auto kid =
                QByteArray::fromBase64Encoding(declaredKid.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!kid) {
                batch.warnings.append(Tr::tr("%1: %2: the declared kid is not base64; using the computed kid %3")
                                          .arg(name, label, QString::fromLatin1(computedKid.toBase64())));
            } else if (*kid != computedKid) {
                // Verifiers look certificates up by the kid in the COSE header, which the issuer took from
                // the list; keep the certificate findable under both.
                alias = *kid;
                batch.warnings.append(
                    Tr::tr("%1: %2: the declared kid differs from the computed kid %3; trusted under both")
                        .arg(name, label, QString::fromLatin1(computedKid.toBase64())));
            }
        }
        batch.pending.append({PendingCertificate{*der, kind, name, country}, alias});
    }
    if (candidates > 0 && loaded == 0)
        return loadError(name, Tr::tr("none of the %1 signer entries could be read").arg(candidates));
    return std::nullopt;
}

std::optional<QJsonDocument> parseJson(const QByteArray &json, const QString &name,
                                       std::optional<TrustLoadError> *error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = loadError(name, Tr::tr("malformed JSON at offset %1: %2")
                                     .arg(QString::number(parseError.offset), parseError.errorString()));
        return std::nullopt;
    }
    return document;
}

std::optional<TrustLoadError> loadEuTrustList(const QByteArray &data, const QString &name, Batch &batch)
{
    std::optional<TrustLoadError> error;
    const std::optional<QJsonDocument> document = parseJson(data, name, &error);
    if (!document)
        return error;
    if (!document->isArray())
        return loadError(name, Tr::tr("a DCC trust list must be a JSON array"));
    return loadListEntries(document->array(), TrustSourceKind::DccTrustList, name, batch);
}

std::optional<TrustLoadError> loadGermanDscList(const QByteArray &data, const QString &name, EVP_PKEY *signingKey,
                                                Batch &batch)
{
    // The signature line, when present, ends at the first newline; it signs every byte after it.
    QByteArray signatureLine;
    QByteArray json = data;
    if (!skipBlank(data).startsWith('{')) {
        const qsizetype newline = data.indexOf('\n');
        if (newline < 0)
            return loadError(name, Tr::tr("the DSC list has no JSON after its signature line"));
        signatureLine = data.first(newline).trimmed();
        json = data.sliced(newline + 1);
    }
    if (signingKey) {
        if (signatureLine.isEmpty())
            return loadError(name, Tr::tr("the DSC list has no signature line"));
        const auto signature = QByteArray::fromBase64Encoding(signatureLine, QByteArray::AbortOnBase64DecodingErrors);
        if (!signature)
            return loadError(name, Tr::tr("the DSC list's signature line is not base64"));
        QString problem;
        switch (verifyListSignature(signingKey, *signature, json, &problem)) {
        case SignatureCheck::Verified:
            break;
        case SignatureCheck::NotVerified:
            return loadError(name, Tr::tr("the DSC list's signature does not verify with the list-signing key"));
        case SignatureCheck::CouldNotCheck:
            return loadError(name, Tr::tr("could not check the DSC list's signature: %1").arg(problem));
        }
    } else {
        batch.warnings.append(Tr::tr("%1: signature not checked (no list-signing key configured)").arg(name));
    }
    std::optional<TrustLoadError> error;
    const std::optional<QJsonDocument> document = parseJson(json, name, &error);
    if (!document)
        return error;
    const QJsonValue certificates = document->object().value(QLatin1StringView("certificates"));
    if (!certificates.isArray())
        return loadError(name, Tr::tr("the DSC list has no \"certificates\" array"));
    return loadListEntries(certificates.toArray(), TrustSourceKind::GermanDscList, name, batch);
}

std::optional<TrustLoadError> loadKind(Kind kind, const QByteArray &data, const QString &name, EVP_PKEY *signingKey,
                                       Batch &batch)
{
    switch (kind) {
    case Kind::Pem:
        return loadPem(data, name, batch);
    case Kind::Der:
        return loadDer(data, name, batch);
    case Kind::EuTrustList:
        return loadEuTrustList(data, name, batch);
    case Kind::GermanDscList:
        return loadGermanDscList(data, name, signingKey, batch);
    case Kind::ShcJwks:
    case Kind::VciSnapshot: {
        const auto error = kind == Kind::ShcJwks ? Jwk::loadJwks(data, name, batch.signers, batch.warnings)
                                                 : Jwk::loadVciSnapshot(data, name, batch.signers, batch.warnings);
        return error ? std::optional<TrustLoadError>(TrustLoadError{*error}) : std::nullopt;
    }
    case Kind::DivocKey: {
        QString problem;
        std::optional<TrustedSigner> signer = Divoc::signerFromPublicKeyPem(data, name, &problem);
        if (!signer)
            return loadError(name, problem);
        batch.signers.append(std::make_shared<const TrustedSigner>(std::move(*signer)));
        return std::nullopt;
    }
    case Kind::Unknown:
        break;
    }
    return loadError(name, Tr::tr("not trust material (expected a PEM or DER certificate, a DCC trust list or the "
                                  "German DSC list)"));
}

std::optional<TrustLoadError> readFile(const QString &path, QByteArray *data)
{
    QFile file(path);
    if (file.size() > TrustBundle::kMaxBundleBytes)
        return loadError(path, Tr::tr("too large (over %1 bytes)").arg(TrustBundle::kMaxBundleBytes));
    if (!file.open(QIODevice::ReadOnly))
        return loadError(path, Tr::tr("cannot read: %1").arg(file.errorString()));
    *data = file.readAll();
    return std::nullopt;
}

// Files under @p directory, recursively, in code-point order of their names so that the result does
// not depend on the file system or the locale. Hidden files and folders are left out (QDir::Hidden is
// not asked for); @p visited stops symbolic-link cycles.
void collectFiles(const QString &directory, QStringList &files, QSet<QString> &visited)
{
    const QString canonical = QFileInfo(directory).canonicalFilePath();
    if (canonical.isEmpty() || visited.contains(canonical))
        return;
    visited.insert(canonical);
    const QDir dir(directory);
    QStringList names = dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::NoSort);
    std::sort(names.begin(), names.end());
    for (const QString &entry : std::as_const(names)) {
        const QString path = dir.filePath(entry);
        if (QFileInfo(path).isDir())
            collectFiles(path, files, visited);
        else
            files.append(path);
    }
}

} // namespace

struct TrustLoader::Private
{
    OpenSsl::EvpPkeyPtr listSigningKey;
    QList<QByteArray> bundlePins;
    QList<TrustLoader::BundleContents> bundles;

    // Any trust file: a CertDesk trust bundle (TRUST-BUNDLES.md) is opened, its signature and
    // pin checked, and its trust entries loaded as if they were files; everything else by kind.
    std::optional<TrustLoadError> load(const QByteArray &data, const QString &name, Batch &batch, bool unknownIsError)
    {
        if (TrustBundle::looksLikeBundle(data))
            return loadBundle(data, name, batch);
        if (data.size() > kMaxTrustFileBytes)
            return loadError(name, Tr::tr("too large (over %1 bytes)").arg(kMaxTrustFileBytes));
        const Kind kind = sniff(data);
        if (kind == Kind::Unknown && !unknownIsError) {
            batch.warnings.append(Tr::tr("%1: skipped, not trust material").arg(name));
            return std::nullopt;
        }
        return loadKind(kind, data, name, listSigningKey.get(), batch);
    }

    std::optional<TrustLoadError> loadBundle(const QByteArray &data, const QString &name, Batch &batch)
    {
        auto opened = TrustBundle::open(data, bundlePins);
        if (!opened)
            return loadError(name, opened.error());
        const TrustBundle::Bundle &bundle = opened.value();
        if (bundlePins.isEmpty())
            batch.warnings.append(Tr::tr("%1: trust bundle signer %2 is not pinned on this station; only its own "
                                         "signature was checked")
                                      .arg(name, bundle.signerSubject));
        BundleContents contents;
        contents.summary.fromBundle = true;
        contents.summary.version = bundle.manifest.version;
        contents.summary.issued = bundle.manifest.issued;
        contents.summary.expires = bundle.manifest.expires;
        contents.summary.publisher = bundle.manifest.publisher;
        contents.summary.signerSubject = bundle.signerSubject;
        contents.summary.signerFingerprint = bundle.signerFingerprint;
        contents.summary.path = name;
        for (const TrustBundle::Entry &entry : bundle.manifest.entries) {
            if (entry.kind != TrustBundle::EntryKind::Trust) {
                contents.extras.append(entry);
                continue;
            }
            const QString entryName = QStringLiteral("bundle v%1: %2").arg(bundle.manifest.version).arg(entry.path);
            if (TrustBundle::looksLikeBundle(entry.data))
                return loadError(entryName, Tr::tr("a trust bundle inside a trust bundle is not allowed"));
            if (auto error = loadKind(sniff(entry.data), entry.data, entryName, listSigningKey.get(), batch))
                return error;
        }
        bundles.append(std::move(contents));
        return std::nullopt;
    }
};

TrustLoader::TrustLoader()
    : d(std::make_unique<Private>())
{
}

TrustLoader::~TrustLoader() = default;

std::optional<TrustLoadError> TrustLoader::setListSigningKey(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    OpenSsl::EvpPkeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key) {
        // A certificate of the list signer works as well as its bare public key.
        OpenSsl::takeErrors();
        bio.reset(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        const OpenSsl::X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
        if (certificate)
            key.reset(X509_get_pubkey(certificate.get()));
    }
    if (!key)
        return TrustLoadError{Tr::tr("the list-signing key is not a PEM public key: %1").arg(OpenSsl::takeErrors())};
    d->listSigningKey = std::move(key);
    return std::nullopt;
}

std::optional<TrustLoadError> TrustLoader::loadPath(const QString &path, TrustStore &store)
{
    const QFileInfo info(path);
    if (!info.exists())
        return loadError(path, Tr::tr("no such file or directory"));
    Batch batch;
    if (info.isDir()) {
        QStringList files;
        QSet<QString> visited;
        collectFiles(path, files, visited);
        for (const QString &file : std::as_const(files)) {
            QByteArray data;
            if (auto error = readFile(file, &data))
                return error;
            if (auto error = d->load(data, file, batch, false))
                return error;
        }
    } else {
        QByteArray data;
        if (auto error = readFile(path, &data))
            return error;
        if (auto error = d->load(data, path, batch, true))
            return error;
    }
    qCDebug(lcTrust) << "loaded" << batch.signers.size() + batch.pending.size() << "signers from" << path;
    batch.applyTo(store);
    m_warnings.append(batch.warnings);
    return std::nullopt;
}

std::optional<TrustLoadError> TrustLoader::loadBytes(const QByteArray &data, const QString &name, TrustStore &store)
{
    Batch batch;
    if (auto error = d->load(data, name, batch, true))
        return error;
    batch.applyTo(store);
    m_warnings.append(batch.warnings);
    return std::nullopt;
}

QString trustSourceKindName(TrustSourceKind kind)
{
    switch (kind) {
    case TrustSourceKind::CertificateFile:
        return QStringLiteral("certificate");
    case TrustSourceKind::DccTrustList:
        return QStringLiteral("dcc-trust-list");
    case TrustSourceKind::GermanDscList:
        return QStringLiteral("de-dsc-list");
    case TrustSourceKind::CscaMasterList:
        return QStringLiteral("icao-master-list");
    case TrustSourceKind::ShcJwks:
        return QStringLiteral("shc-jwks");
    case TrustSourceKind::VciDirectory:
        return QStringLiteral("vci-directory");
    case TrustSourceKind::DivocKey:
        return QStringLiteral("divoc-key");
    }
    return QStringLiteral("certificate");
}

void TrustLoader::setBundlePins(const QList<QByteArray> &pins)
{
    d->bundlePins = pins;
}

const QList<TrustLoader::BundleContents> &TrustLoader::bundles() const
{
    return d->bundles;
}

std::optional<TrustedSigner> makeTrustedSigner(const QByteArray &der, TrustSourceKind kind, const QString &sourceName,
                                               QString *error)
{
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *cursor = begin;
    OpenSsl::X509Ptr certificate(der.isEmpty() ? nullptr : d2i_X509(nullptr, &cursor, long(der.size())));
    if (!certificate)
        return fail(Tr::tr("not an X.509 certificate: %1").arg(OpenSsl::takeErrors()));
    if (cursor != begin + der.size())
        return fail(Tr::tr("%1 bytes after the end of the certificate").arg(der.size() - (cursor - begin)));
    EVP_PKEY *publicKey = X509_get0_pubkey(certificate.get());
    if (!publicKey)
        return fail(Tr::tr("the certificate has no usable public key: %1").arg(OpenSsl::takeErrors()));
    const std::optional<Timestamp::Millis> notBefore = toMillis(X509_get0_notBefore(certificate.get()));
    const std::optional<Timestamp::Millis> notAfter = toMillis(X509_get0_notAfter(certificate.get()));
    if (!notBefore || !notAfter)
        return fail(Tr::tr("the certificate's validity period cannot be read"));
    const std::optional<DccTypes> dccTypes = dccTypesFromEku(certificate.get());
    if (!dccTypes)
        return fail(Tr::tr("the certificate's extended key usage is malformed"));

    const X509_NAME *subject = X509_get_subject_name(certificate.get());
    TrustedSigner signer;
    signer.kid = kidOf(der);
    signer.der = der;
    signer.publicKey = publicKey;
    signer.country = subjectCountry(subject);
    signer.subject = oneLineName(subject);
    signer.notBefore = *notBefore;
    signer.notAfter = *notAfter;
    signer.allowedDccTypes = *dccTypes;
    signer.sourceKind = kind;
    signer.sourceName = sourceName;
    signer.certificate = OpenSsl::shareX509(std::move(certificate));
    return signer;
}

QByteArray kidOf(const QByteArray &der)
{
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256).first(kKidLength);
}

} // namespace CertDesk

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Revocation (core/trust/REVOCATION.md): the EU DCC hash types, ITHC-1 ci, SMART Health Cards
// rids (the spec's own example 03 and CRL), the local blocklist, the CertDesk binary list, and
// every way a list can be unreadable. Expected hashes are computed here from the spec's
// formulas with QCryptographicHash, not with the code under test.
#include "specimen.h"
#include "trust/revocation.h"
#include "trust/revocationtext.h"
#include "trust/revocationlistfile.h"
#include "trust/revocationloader.h"
#include "verify/verifier.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;

namespace {

constexpr qint64 kIat = 1710400000; // 2024-03-14T07:06:40Z
constexpr qint64 kExp = kIat + 14 * 86400;
constexpr Timestamp::Millis kAt = (kIat + 3600) * 1000;
const QString kUci = QStringLiteral("URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B");
const QString kIthcCi = QStringLiteral("URN:ITHC:CN:TEST0001");

QString shcDir()
{
    return QStringLiteral(CERTDESK_SHARED_DIR "/conformance/shc");
}

QByteArray sha256First16(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).left(16);
}

RevocationHash toHash(const QByteArray &bytes)
{
    RevocationHash hash {};
    std::copy_n(
        reinterpret_cast<const unsigned char *>(bytes.constData()), qMin<qsizetype>(bytes.size(), 16), hash.begin());
    return hash;
}

// A signed certificate and the parts the revocation hashes need.
struct Signed
{
    QByteArray qrText;
    QByteArray signature;
    QByteArray kid;
};

Signed sign(const SpecimenSigner &signer, qint64 alg, SignatureAlgorithm algorithm, const QCborMap &claims,
    const QByteArray &prefix)
{
    CoseBuilder builder;
    builder.protectedHeader = QCborMap {{1, alg}, {4, signer.kid()}};
    builder.payload = claims.toCborValue().toCbor();
    // Encoded once: ECDSA signatures differ on every signing.
    const QByteArray cose = builder.encode(signer, algorithm);
    const QByteArray signature = QCborValue::fromCbor(cose).taggedValue().toArray().at(3).toByteArray();
    return {prefix + Base45::encode(Inflate::deflate(cose)), signature, signer.kid()};
}

struct Fixture
{
    SpecimenSigner es256 = SpecimenSigner::make(KeyType::P256);
    SpecimenSigner rsa = SpecimenSigner::make(KeyType::Rsa2048);
    std::shared_ptr<TrustStore> store = std::make_shared<TrustStore>();
    Signed dcc;
    Signed dccRsa;
    Signed ithc;

    Fixture()
    {
        for (const SpecimenSigner *s : {&es256, &rsa}) {
            auto signer
                = makeTrustedSigner(s->certificateDer, TrustSourceKind::CertificateFile, QStringLiteral("test"));
            store->add(std::make_shared<const TrustedSigner>(*signer));
        }
        dcc = sign(es256, -7, SignatureAlgorithm::Es256, dccVaccinationClaims(kIat, kExp), "HC1:");
        dccRsa = sign(rsa, -37, SignatureAlgorithm::Ps256, dccVaccinationClaims(kIat, kExp), "HC1:");
        ithc = sign(es256, -7, SignatureAlgorithm::Es256, ithcClaims(kIat, kExp), "ITHC1:");
    }

    static Fixture &instance()
    {
        static Fixture fixture;
        return fixture;
    }
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One list in each file format the loader reads.
QByteArray listBytes(const QString &format, RevocationKind kind, const QByteArray &scope, const QByteArray &hash)
{
    const QString kindName = revocationKindName(kind);
    const QString scopeText = scope.isEmpty() ? QStringLiteral("*")
        : kind == RevocationKind::IthcCi      ? QString::fromUtf8(scope)
                                              : QString::fromLatin1(scope.toBase64());
    const QString hashText = QString::fromLatin1(hash.toBase64());
    if (format == u"binary") {
        std::vector<RevocationListFile::Section> sections;
        sections.push_back(
            {kind, scope, RevocationHashSet::fromUnsorted({toHash(hash), toHash(QByteArray(16, '\x7f'))})});
        return RevocationListFile::encode(sections);
    }
    if (format == u"eu-batch") {
        const QJsonObject batch {{u"country"_qs, u"XA"_qs}, {u"expires"_qs, u"2030-01-01T00:00:00Z"_qs},
            {u"kid"_qs, scopeText}, {u"hashType"_qs, kindName},
            {u"entries"_qs, QJsonArray {QJsonObject {{u"hash"_qs, hashText}}}}};
        return QJsonDocument(QJsonArray {batch}).toJson();
    }
    const QJsonObject compact {{scopeText, QJsonObject {{kindName, QJsonArray {hashText}}}}};
    return QJsonDocument(compact).toJson();
}

std::shared_ptr<const RevocationStore> storeFrom(const QByteArray &bytes, const QString &name = u"list"_qs)
{
    auto store = std::make_shared<RevocationStore>();
    const auto error = loadRevocationData(bytes, name, *store);
    if (error)
        qWarning("%s", qPrintable(*error));
    return error ? nullptr : store;
}

VerificationReport verifyWith(const std::shared_ptr<const TrustStore> &trust,
    const std::shared_ptr<const RevocationStore> &revocation, const QByteArray &qrText, Timestamp::Millis at)
{
    Verifier verifier(trust);
    verifier.setRevocation(revocation);
    return verifier.verify(qrText, at);
}

QStringList codes(const VerificationReport &report)
{
    QStringList list;
    for (const Reason &reason : report.reasons)
        list.append(reasonCodeName(reason.code));
    return list;
}

const CheckStep *step(const VerificationReport &report, const QString &id)
{
    for (const CheckStep &s : report.checks) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

std::shared_ptr<TrustStore> shcTrust()
{
    auto store = std::make_shared<TrustStore>();
    TrustLoader loader;
    if (loader.loadPath(shcDir() + u"/trust/spec-issuer.jwks.json"_qs, *store))
        return nullptr;
    return store;
}

QByteArray shcExample(const QString &set, int number)
{
    return readFile(QStringLiteral("%1/%2/example-%3-f-qr-code-numeric-value-0.txt")
                        .arg(shcDir(), set)
                        .arg(number, 2, 10, QLatin1Char('0')))
        .trimmed();
}

QByteArray shcCrl(const QStringList &rids, const QString &kid = u"3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s"_qs)
{
    return QJsonDocument(QJsonObject {{u"kid"_qs, kid}, {u"method"_qs, u"rid"_qs}, {u"ctr"_qs, 1},
                             {u"rids"_qs, QJsonArray::fromStringList(rids)}})
        .toJson();
}

} // namespace

class TestRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textLines()
    {
        using RevocationText::parseLine;
        QVERIFY(!parseLine(u"   # only a comment"));
        QVERIFY(!parseLine(u""));
        auto uci = parseLine(u"UCI URN:UVCI:01:XA:1 # note");
        QVERIFY(uci && *uci);
        QCOMPARE(uci->value().kind, RevocationKind::DccUci);
        QVERIFY(uci->value().hash == Revocation::hashOf("URN:UVCI:01:XA:1"));
        QVERIFY(uci->value().scope.isEmpty());
        auto country = parseLine(u"countrycodeuci XA URN:UVCI:01:XA:1");
        QVERIFY(country && *country);
        QVERIFY(country->value().hash == Revocation::hashOf("XAURN:UVCI:01:XA:1"));
        auto ithc = parseLine(u"ITHC-CI URN:ITHC:CN:1\tscope:CN");
        QVERIFY(ithc && *ithc);
        QCOMPARE(ithc->value().scope, QByteArray("CN"));
        auto hex = parseLine(u"SIGNATURE hash:00112233445566778899AABBCCDDEEFF scope:AAECAwQFBgc=");
        QVERIFY(hex && *hex);
        QCOMPARE(int(hex->value().hash[15]), 0xff);
        QCOMPARE(hex->value().scope, QByteArray::fromHex("0001020304050607"));
        for (const char16_t *bad : {u"FOO x", u"UCI", u"UCI a b", u"SIGNATURE hash:0011", u"SIGNATURE URN:x",
                                    u"UCI x scope:", u"COUNTRYCODEUCI URN:only"}) {
            const auto parsed = parseLine(QStringView(bad));
            QVERIFY2(parsed && !*parsed, qPrintable(QString::fromUtf16(bad)));
        }
    }

    void initTestCase() { Fixture::instance(); }

    // Each EU hash type, in each file format; lists for other kids or other hashes revoke nothing.
    void dcc_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("rsa");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("scope"); ///< "signer", "*" or "other"
        QTest::addColumn<bool>("listCertificate");
        QTest::addColumn<bool>("revoked");
        const int uci = int(RevocationKind::DccUci);
        const int countryUci = int(RevocationKind::DccCountryCodeUci);
        const int signature = int(RevocationKind::DccSignature);
        for (const QString &format : {u"binary"_qs, u"eu-batch"_qs, u"compact"_qs}) {
            auto row
                = [&](const char *name) -> QTestData & { return QTest::addRow("%s-%s", qPrintable(format), name); };
            row("uci") << format << false << uci << u"signer"_qs << true << true;
            row("countrycodeuci") << format << false << countryUci << u"signer"_qs << true << true;
            row("signature-ecdsa-r") << format << false << signature << u"signer"_qs << true << true;
            row("signature-rsa") << format << true << signature << u"signer"_qs << true << true;
            row("other-kid") << format << false << uci << u"other"_qs << true << false;
            row("not-listed") << format << false << uci << u"signer"_qs << false << false;
            if (format != u"eu-batch") // EU batches always name their kid
                row("any-kid") << format << false << countryUci << u"*"_qs << true << true;
        }
    }
    void dcc()
    {
        QFETCH(QString, format);
        QFETCH(bool, rsa);
        QFETCH(int, kind);
        QFETCH(QString, scope);
        QFETCH(bool, listCertificate);
        QFETCH(bool, revoked);
        Fixture &f = Fixture::instance();
        const Signed &dcc = rsa ? f.dccRsa : f.dcc;
        QByteArray hash;
        switch (RevocationKind(kind)) {
        case RevocationKind::DccUci:
            hash = sha256First16(kUci.toUtf8());
            break;
        case RevocationKind::DccCountryCodeUci: // the CWT iss ("AT") followed by the UCI
            hash = sha256First16("AT" + kUci.toUtf8());
            break;
        default: // ECDSA: r only (the first 32 of 64 bytes); RSA: the whole signature
            hash = sha256First16(rsa ? dcc.signature : dcc.signature.left(32));
            break;
        }
        if (!listCertificate)
            hash = sha256First16("URN:UVCI:01:AT:SOMEONE-ELSE");
        const QByteArray kid = scope == u"signer" ? dcc.kid
            : scope == u"other"                   ? QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08", 8)
                                                  : QByteArray();
        const auto revocation = storeFrom(listBytes(format, RevocationKind(kind), kid, hash));
        QVERIFY(revocation);
        const VerificationReport report = verifyWith(f.store, revocation, dcc.qrText, kAt);
        const CheckStep *revocationStep = step(report, u"revocation"_qs);
        QVERIFY(revocationStep);
        if (revoked) {
            QCOMPARE(codes(report), QStringList {u"revoked"_qs});
            QCOMPARE(revocationStep->outcome, CheckStep::Outcome::Failed);
            // The detail names the hash type and the list.
            QVERIFY2(report.reasons.first().detail.contains(revocationKindName(RevocationKind(kind))),
                qPrintable(report.reasons.first().detail));
            QVERIFY(report.reasons.first().detail.contains(u"list"_qs));
        } else {
            QVERIFY2(report.isValid(), qPrintable(codes(report).join(u' ')));
            QCOMPARE(revocationStep->outcome, CheckStep::Outcome::Passed);
        }
    }

    void ithcCi_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("ci");
        QTest::addColumn<QByteArray>("issuer");
        QTest::addColumn<bool>("revoked");
        for (const QString &format : {u"binary"_qs, u"compact"_qs}) {
            QTest::addRow("%s-issuer", qPrintable(format)) << format << kIthcCi << QByteArray("CN") << true;
            QTest::addRow("%s-any-issuer", qPrintable(format)) << format << kIthcCi << QByteArray() << true;
            QTest::addRow("%s-other-issuer", qPrintable(format)) << format << kIthcCi << QByteArray("XA") << false;
            QTest::addRow("%s-other-ci", qPrintable(format))
                << format << u"URN:ITHC:CN:TEST0002"_qs << QByteArray("CN") << false;
        }
    }
    void ithcCi()
    {
        QFETCH(QString, format);
        QFETCH(QString, ci);
        QFETCH(QByteArray, issuer);
        QFETCH(bool, revoked);
        Fixture &f = Fixture::instance();
        const auto revocation
            = storeFrom(listBytes(format, RevocationKind::IthcCi, issuer, sha256First16(ci.toUtf8())));
        QVERIFY(revocation);
        const VerificationReport report = verifyWith(f.store, revocation, f.ithc.qrText, kAt);
        QCOMPARE(codes(report), revoked ? QStringList {u"revoked"_qs} : QStringList {});
        if (revoked)
            QVERIFY(report.reasons.first().detail.contains(u"ITHC-CI"_qs));
    }

    // Revocation comes after the other checks and does not hide them (ITHC-1 §5 order).
    void revokedAndExpired()
    {
        Fixture &f = Fixture::instance();
        const auto revocation
            = storeFrom(listBytes(u"binary"_qs, RevocationKind::IthcCi, "CN", sha256First16(kIthcCi.toUtf8())));
        const VerificationReport report = verifyWith(f.store, revocation, f.ithc.qrText, (kExp + 10) * 1000);
        QCOMPARE(codes(report), (QStringList {u"expired"_qs, u"revoked"_qs}));
    }

    void noListsIsNotChecked()
    {
        Fixture &f = Fixture::instance();
        const VerificationReport report = verifyWith(f.store, std::make_shared<RevocationStore>(), f.dcc.qrText, kAt);
        QVERIFY(report.isValid());
        const CheckStep *revocationStep = step(report, u"revocation"_qs);
        QVERIFY(revocationStep);
        QCOMPARE(revocationStep->outcome, CheckStep::Outcome::NotChecked);
        // Without a store (callers that never asked for revocation) there is no step at all.
        QVERIFY(!step(Verifier(f.store).verify(f.dcc.qrText, kAt), u"revocation"_qs));
        // An empty list was consulted: passed.
        const auto empty = storeFrom(RevocationListFile::encode({}));
        QVERIFY(empty);
        QCOMPARE(
            step(verifyWith(f.store, empty, f.dcc.qrText, kAt), u"revocation"_qs)->outcome, CheckStep::Outcome::Passed);
    }

    // The spec's example 03 is revoked by "vwAjHdarZuc.1687450765" (nbf 1687450764.657).
    void shc_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("example");
        QTest::addColumn<QByteArray>("crl"); ///< empty: the issuer's published CRL of that set
        QTest::addColumn<bool>("revoked");
        QTest::newRow("example03-published-crl") << u"spec-examples"_qs << 3 << QByteArray() << true;
        QTest::newRow("example03-2023-floor-nbf") << u"spec-examples-2023-05-30"_qs << 3 << QByteArray() << true;
        QTest::newRow("example00-not-listed") << u"spec-examples"_qs << 0 << QByteArray() << false;
        QTest::newRow("rid-without-timestamp") << u"spec-examples"_qs << 3 << shcCrl({u"vwAjHdarZuc"_qs}) << true;
        QTest::newRow("timestamp-before-nbf")
            << u"spec-examples"_qs << 3 << shcCrl({u"vwAjHdarZuc.1687450763"_qs}) << false;
        QTest::newRow("timestamp-after-nbf")
            << u"spec-examples"_qs << 3 << shcCrl({u"vwAjHdarZuc.1700000000"_qs}) << true;
        QTest::newRow("crl-of-other-kid")
            << u"spec-examples"_qs << 3
            << shcCrl({u"vwAjHdarZuc"_qs}, u"EBKOr72QQDcTBUuVzAzkfBTGew0ZA16GuWty64nS-sw"_qs) << false;
    }
    void shc()
    {
        QFETCH(QString, set);
        QFETCH(int, example);
        QFETCH(QByteArray, crl);
        QFETCH(bool, revoked);
        if (!QFileInfo::exists(shcDir()))
            QSKIP("the shared SHC conformance data is missing");
        const auto trust = shcTrust();
        QVERIFY(trust);
        const QByteArray card = shcExample(set, example);
        QVERIFY(card.startsWith("shc:/"));
        const QByteArray crlBytes = crl.isEmpty()
            ? readFile(QStringLiteral("%1/%2/issuer/.well-known/crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json")
                           .arg(shcDir(), set))
            : crl;
        const auto revocation = storeFrom(crlBytes, u"crl.json"_qs);
        QVERIFY(revocation);
        // Two days after nbf: before example 03's exp, so revocation is the only failure.
        const Timestamp::Millis at = (set == u"spec-examples" ? 1687450764LL : 1685487703LL) * 1000 + 2 * 86400000LL;
        const VerificationReport report = verifyWith(trust, revocation, card, at);
        QCOMPARE(codes(report), revoked ? QStringList {u"revoked"_qs} : QStringList {});
        if (revoked)
            QVERIFY2(report.reasons.first().detail.contains(u"rid vwAjHdarZuc"_qs),
                qPrintable(report.reasons.first().detail));
    }

    // The validation SDK's malformed CRLs are refused; a repeated rid only warns.
    void shcBadCrl_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("loads");
        QTest::newRow("invalid-method") << u"invalid-method"_qs << false;
        QTest::newRow("non-base64url-rid") << u"non-base64url-rid"_qs << false;
        QTest::newRow("too-long-rid") << u"too-long-rid"_qs << false;
        QTest::newRow("duplicate-rid") << u"duplicate-rid"_qs << true;
    }
    void shcBadCrl()
    {
        QFETCH(QString, name);
        QFETCH(bool, loads);
        const QString path = QStringLiteral(
            "%1/validation-sdk/badcrl/%2/.well-known/crl/hrvC0uzB16UXK83BnPo7Glg685b1D6iYOyJd5hpRaAA.json")
                                 .arg(shcDir(), name);
        if (!QFileInfo::exists(path))
            QSKIP("the shared SHC conformance data is missing");
        const LoadedRevocation loaded = loadRevocation({path});
        QCOMPARE(loaded.errors.isEmpty(), loads);
        if (loads) {
            QCOMPARE(loaded.warnings.size(), 2); // XkNHp2Iyk0Y three times
            // The widest entry wins: no timestamp revokes every card with that rid.
            QVERIFY(
                loaded.store->findShc("hrvC0uzB16UXK83BnPo7Glg685b1D6iYOyJd5hpRaAA", u"XkNHp2Iyk0Y"_qs, 1900000000LL));
        } else {
            QVERIFY(loaded.errors.first().startsWith(path));
        }
    }

    void blocklist()
    {
        Fixture &f = Fixture::instance();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"blocklist.json"_qs);
        auto list = RevocationBlocklist::load(path);
        QVERIFY(list);
        QVERIFY(list->entries().isEmpty());
        const BlocklistEntry entry {u"ithc"_qs, kIthcCi, u"reported stolen"_qs, u"officer 17"_qs, kAt};
        QCOMPARE(list->add(entry), std::nullopt);
        QVERIFY(list->add(entry)); // the same certificate twice
        QVERIFY(list->add({u"ithc"_qs, u"URN:ITHC:CN:X"_qs, QString(), u"officer 17"_qs, kAt})); // no reason
        QVERIFY(list->add({u"ithc"_qs, u"URN:ITHC:CN:X"_qs, u"why"_qs, QString(), kAt})); // nobody added it
        QVERIFY(list->add({u"paper"_qs, u"URN:ITHC:CN:X"_qs, u"why"_qs, u"me"_qs, kAt})); // no such format
        QCOMPARE(list->add({u"dcc"_qs, kUci, u"duplicate issued"_qs, u"officer 9"_qs, kAt}), std::nullopt);
        QCOMPARE(list->save(), std::nullopt);

        const auto reloaded = RevocationBlocklist::load(path);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->entries(), list->entries());

        const LoadedRevocation loaded = loadRevocation({path});
        QVERIFY(loaded.errors.isEmpty());
        for (const Signed *certificate : {&f.ithc, &f.dcc}) {
            const VerificationReport report = verifyWith(f.store, loaded.store, certificate->qrText, kAt);
            QCOMPARE(codes(report), QStringList {u"revoked"_qs});
            QVERIFY2(report.reasons.first().detail.contains(u"local blocklist"_qs),
                qPrintable(report.reasons.first().detail));
            QVERIFY(report.reasons.first().detail.contains(u"officer"_qs));
        }
        // The checked-in example loads too; it blocks another ci.
        const LoadedRevocation example
            = loadRevocation({QStringLiteral(CERTDESK_TEST_DATA_DIR "/revocation/blocklist.json")});
        QVERIFY(example.errors.isEmpty());
        QVERIFY(example.store->findBlocked(CertificateFormat::Ithc, u"URN:ITHC:CN:BLOCKED0001"_qs));
        QVERIFY(verifyWith(f.store, example.store, f.ithc.qrText, kAt).isValid());
    }

    void checkedInLists()
    {
        const QString dir = QStringLiteral(CERTDESK_TEST_DATA_DIR "/revocation/");
        const QByteArray kid = QByteArray::fromBase64("AAECAwQFBgc=");
        const LoadedRevocation batch = loadRevocation({dir + u"eu-dcc-batch.json"_qs});
        QVERIFY(batch.errors.isEmpty());
        QVERIFY(batch.store->findHash(
            RevocationKind::DccUci, kid, toHash(QByteArray::fromBase64("q83vEjRWeJCrze8SNFZ4kA=="))));
        QVERIFY(!batch.store->findHash(
            RevocationKind::DccUci, "other", toHash(QByteArray::fromBase64("q83vEjRWeJCrze8SNFZ4kA=="))));
        QVERIFY(!batch.store->findHash(
            RevocationKind::DccSignature, kid, toHash(QByteArray::fromBase64("q83vEjRWeJCrze8SNFZ4kA=="))));
        const LoadedRevocation compact = loadRevocation({dir + u"dcc-hashes-by-kid.json"_qs});
        QVERIFY(compact.errors.isEmpty());
        QVERIFY(compact.store->findHash(RevocationKind::DccSignature, kid, toHash(QByteArray(16, '\x11'))));
        QVERIFY(compact.store->findHash(RevocationKind::DccCountryCodeUci, "any kid", toHash(QByteArray(16, '\x22'))));
        QCOMPARE(compact.store->entryCount(), 3);
        // Written from the format's description alone (README.md there), so reader and document agree.
        const LoadedRevocation binary = loadRevocation({dir + u"ithc-and-dcc.cdrl"_qs});
        QVERIFY(binary.errors.isEmpty());
        QCOMPARE(binary.store->entryCount(), 6);
        QVERIFY(binary.store->findHash(RevocationKind::IthcCi, "CN", toHash(sha256First16(kIthcCi.toUtf8()))));
        QVERIFY(binary.store->findHash(RevocationKind::DccSignature, kid, toHash(sha256First16(QByteArray(1, '\x04')))));
        QVERIFY(!binary.store->findHash(RevocationKind::DccSignature, kid, toHash(sha256First16(QByteArray(1, '\x05')))));
    }

    // A list that cannot be read is an error naming the file, never an empty list.
    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        std::vector<RevocationHash> hashes;
        for (int i = 0; i < 100; ++i)
            hashes.push_back(toHash(sha256First16(QByteArray::number(i))));
        std::vector<RevocationListFile::Section> sections;
        sections.push_back({RevocationKind::DccUci, "kid12345", RevocationHashSet::fromUnsorted(hashes)});
        const QByteArray good = RevocationListFile::encode(sections);
        QVERIFY(storeFrom(good));

        QTest::newRow("truncated") << good.left(good.size() - 5) << u"truncated"_qs;
        QTest::newRow("header-only") << good.left(32) << u"truncated"_qs;
        QTest::newRow("shorter-than-header") << good.left(20) << u"truncated"_qs;
        QByteArray flipped = good;
        flipped[good.size() - 3] = char(flipped.at(good.size() - 3) ^ 0x40);
        QTest::newRow("bit-flip") << flipped << u"CRC-32"_qs;
        QTest::newRow("trailing-bytes") << good + QByteArray(16, '\0') << u"after the last section"_qs;
        QByteArray version = good;
        version[8] = 2;
        QTest::newRow("future-version") << version << u"version 2"_qs;
        QTest::newRow("empty-file") << QByteArray() << u"not a revocation list"_qs;
        QTest::newRow("not-json") << QByteArray("{\"kid\": ") << u"JSON"_qs;
        QTest::newRow("other-json") << QByteArray("{\"keys\": []}") << u"not a revocation list"_qs;
        QTest::newRow("eu-bad-hash") << readFile(
            QStringLiteral(CERTDESK_TEST_DATA_DIR "/revocation/eu-dcc-batch-bad-hash.json"))
                                     << u"entry 2"_qs;
        QTest::newRow("eu-unknown-hash-type")
            << QByteArray(R"({"kid":"AAECAwQFBgc=","hashType":"NAME","entries":[]})") << u"hashType"_qs;
        QTest::newRow("eu-short-hash") << QByteArray(
            R"([{"kid":"AAECAwQFBgc=","hashType":"UCI","entries":[{"hash":"AAAA"}]}])")
                                       << u"16 bytes"_qs;
        QTest::newRow("compact-not-array")
            << QByteArray(R"({"*": {"UCI": "q83vEjRWeJCrze8SNFZ4kA=="}})") << u"array"_qs;
        QTest::newRow("shc-ctr-missing") << QByteArray(R"({"kid":"abc","method":"rid","rids":[]})") << u"ctr"_qs;
        QTest::newRow("shc-bad-timestamp") << shcCrl({u"vwAjHdarZuc.soon"_qs}) << u"timestamp"_qs;
        QTest::newRow("blocklist-missing-reason") << QByteArray(
            R"({"type":"certdesk-blocklist","version":1,"entries":[{"format":"dcc","key":"x","addedBy":"a","addedAt":"2026-01-01T00:00:00Z"}]})")
                                                  << u"reason"_qs;
        QTest::newRow("blocklist-version")
            << QByteArray(R"({"type":"certdesk-blocklist","version":7,"entries":[]})") << u"version"_qs;
    }
    void unreadable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.bin"_qs);
        QVERIFY(writeFile(path, bytes));
        const LoadedRevocation loaded = loadRevocation({path});
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY2(loaded.errors.first().startsWith(path) && loaded.errors.first().contains(message),
            qPrintable(loaded.errors.first()));
        QVERIFY(loaded.store->isEmpty()); // nothing half-loaded
    }

    void paths()
    {
        QTemporaryDir dir;
        const LoadedRevocation missing = loadRevocation({dir.filePath(u"nothing.json"_qs)});
        QCOMPARE(missing.errors.size(), 1);
        // A folder: lists are read recursively (.well-known too); other files are skipped with a warning.
        QVERIFY(QDir(dir.path()).mkpath(u"issuer/.well-known/crl"_qs));
        QVERIFY(writeFile(dir.filePath(u"issuer/.well-known/crl/k.json"_qs), shcCrl({u"abc"_qs}, u"k"_qs)));
        QVERIFY(writeFile(dir.filePath(u"issuer/.well-known/jwks.json"_qs), "{\"keys\": []}"));
        QVERIFY(writeFile(
            dir.filePath(u"ithc.cdrl"_qs), listBytes(u"binary"_qs, RevocationKind::IthcCi, "CN", sha256First16("x"))));
        const LoadedRevocation folder = loadRevocation({dir.path()});
        QVERIFY2(folder.errors.isEmpty(), qPrintable(folder.errors.join(u'\n')));
        QCOMPARE(folder.warnings.size(), 1);
        QVERIFY(folder.warnings.first().contains(u"jwks.json"_qs));
        QCOMPARE(folder.store->sources().size(), 2);
        QVERIFY(folder.store->findShc("k", u"abc"_qs, std::nullopt));
        // A broken list inside a folder is still an error.
        QVERIFY(writeFile(dir.filePath(u"broken.json"_qs), shcCrl({u"$$"_qs}, u"k2"_qs)));
        QCOMPARE(loadRevocation({dir.path()}).errors.size(), 1);
    }

    // The binary list: every present hash found, absent ones not, through the prefix index.
    void largeList()
    {
        std::vector<RevocationHash> hashes;
        QRandomGenerator random(20260301);
        for (int i = 0; i < 200000; ++i) {
            RevocationHash hash;
            random.fillRange(reinterpret_cast<quint32 *>(hash.data()), 4);
            hashes.push_back(hash);
        }
        std::vector<RevocationListFile::Section> sections;
        sections.push_back({RevocationKind::DccSignature, {}, RevocationHashSet::fromUnsorted(hashes)});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.cdrl"_qs);
        QCOMPARE(RevocationListFile::save(path, sections), std::nullopt);
        const LoadedRevocation loaded = loadRevocation({path});
        QVERIFY(loaded.errors.isEmpty());
        QCOMPARE(loaded.store->entryCount(), 200000);
        for (const RevocationHash &hash : hashes)
            QVERIFY(loaded.store->findHash(RevocationKind::DccSignature, "kid", hash));
        int falsePositives = 0;
        for (int i = 0; i < 200000; ++i) {
            RevocationHash hash = hashes[size_t(i)];
            hash[15] ^= 0x01; // a neighbour in sort order
            if (loaded.store->findHash(RevocationKind::DccSignature, "kid", hash))
                ++falsePositives;
        }
        QCOMPARE(falsePositives, 0);
        QVERIFY(!loaded.store->findHash(RevocationKind::DccUci, "kid", hashes.front()));
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_revocation.moc"

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// DIVOC: the bounded ZIP reader, the linked-data signature over vectors signed by an independent
// implementation (tests/data/divoc/make-vectors.py: pyld + python3-cryptography), every reason code
// the format gives, the real KHC sample (../shared) and the CLI with a B64: line.
#include <zlib.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "codec/inflate.h"
#include "formats/divoc/divockey.h"
#include "formats/divoc/divoczip.h"
#include "time/timestamp.h"
#include "trust/trustloader.h"
#include "verify/verifier.h"

using namespace CertDesk;

namespace {

const QString kData = QStringLiteral(CERTDESK_TEST_DATA_DIR "/divoc/");
const QString kShared = QStringLiteral(CERTDESK_SHARED_DIR "/conformance/khc/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Timestamp::Millis at(const char *text)
{
    return *Timestamp::parseRfc3339(QString::fromLatin1(text));
}

void appendLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

// One entry of a hand-built archive, with knobs for every way an archive can be wrong.
struct ZipEntry
{
    QByteArray name = "certificate.json";
    QByteArray content;
    bool deflate = true;
    quint16 flags = 0;
    quint16 localFlags = 0xFFFF; ///< 0xFFFF: same as flags
    quint16 method = 0xFFFF;     ///< 0xFFFF: 0 or 8 from deflate
    qint64 crcDelta = 0;
    qint64 uncompressedDelta = 0;
    QByteArray localName;        ///< empty: same as name
    QByteArray extra;
    QByteArray data;             ///< empty: computed from content
};

QByteArray buildZip(const QList<ZipEntry> &entries)
{
    QByteArray zip;
    QByteArray directory;
    for (const ZipEntry &entry : entries) {
        const QByteArray data = !entry.data.isEmpty() ? entry.data
            : entry.deflate ? Inflate::deflate(entry.content, 9, Inflate::Container::Raw)
                            : entry.content;
        const quint32 crc =
            quint32(crc32(0, reinterpret_cast<const Bytef *>(entry.content.constData()), uInt(entry.content.size())) + entry.crcDelta);
        const quint16 method = entry.method != 0xFFFF ? entry.method : (entry.deflate ? 8 : 0);
        const quint32 uncompressed = quint32(entry.content.size() + entry.uncompressedDelta);
        const QByteArray localName = entry.localName.isEmpty() ? entry.name : entry.localName;
        const quint16 localFlags = entry.localFlags != 0xFFFF ? entry.localFlags : entry.flags;
        const quint32 offset = quint32(zip.size());
        const bool deferred = localFlags & 0x0008;
        appendLe(zip, 0x04034b50, 4);
        appendLe(zip, 20, 2);
        appendLe(zip, localFlags, 2);
        appendLe(zip, method, 2);
        appendLe(zip, 0, 4);
        appendLe(zip, deferred ? 0 : crc, 4);
        appendLe(zip, deferred ? 0 : quint32(data.size()), 4);
        appendLe(zip, deferred ? 0 : uncompressed, 4);
        appendLe(zip, quint32(localName.size()), 2);
        appendLe(zip, quint32(entry.extra.size()), 2);
        zip += localName + entry.extra + data;
        appendLe(directory, 0x02014b50, 4);
        appendLe(directory, 20, 2);
        appendLe(directory, 20, 2);
        appendLe(directory, entry.flags, 2);
        appendLe(directory, method, 2);
        appendLe(directory, 0, 4);
        appendLe(directory, crc, 4);
        appendLe(directory, quint32(data.size()), 4);
        appendLe(directory, uncompressed, 4);
        appendLe(directory, quint32(entry.name.size()), 2);
        appendLe(directory, quint32(entry.extra.size()), 2);
        appendLe(directory, 0, 2);
        appendLe(directory, 0, 2);
        appendLe(directory, 0, 2);
        appendLe(directory, 0, 4);
        appendLe(directory, offset, 4);
        directory += entry.name + entry.extra;
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip += directory;
    appendLe(zip, 0x06054b50, 4);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 2);
    appendLe(zip, quint32(entries.size()), 2);
    appendLe(zip, quint32(entries.size()), 2);
    appendLe(zip, quint32(directory.size()), 4);
    appendLe(zip, directoryOffset, 4);
    appendLe(zip, 0, 2);
    return zip;
}

ZipEntry entryOf(const QByteArray &content, const QByteArray &name = "certificate.json", bool deflate = true)
{
    ZipEntry entry;
    entry.name = name;
    entry.content = content;
    entry.deflate = deflate;
    return entry;
}

QByteArray zipJson(const QJsonObject &credential)
{
    return buildZip({entryOf(QJsonDocument(credential).toJson(QJsonDocument::Compact))});
}

QJsonObject signedCredential(const QString &name)
{
    return QJsonDocument::fromJson(readFile(kData + name + QStringLiteral(".json"))).object();
}

std::shared_ptr<TrustStore> trust(const QStringList &files)
{
    auto store = std::make_shared<TrustStore>();
    TrustLoader loader;
    for (const QString &file : files) {
        const auto error = loader.loadPath(file.startsWith(u'/') ? file : kData + file, *store);
        if (error)
            qWarning() << error->message;
    }
    return store;
}

QStringList codes(const VerificationReport &report)
{
    QStringList list;
    for (const Reason &reason : report.reasons)
        list.append(reasonCodeName(reason.code));
    return list;
}

QJsonObject withSubject(QJsonObject credential, const QString &key, const QJsonValue &value)
{
    QJsonObject subject = credential.value(QLatin1StringView("credentialSubject")).toObject();
    subject.insert(key, value);
    credential.insert(QStringLiteral("credentialSubject"), subject);
    return credential;
}

QJsonObject withProof(QJsonObject credential, const QString &key, const QJsonValue &value)
{
    QJsonObject proof = credential.value(QLatin1StringView("proof")).toObject();
    if (value.isUndefined())
        proof.remove(key);
    else
        proof.insert(key, value);
    credential.insert(QStringLiteral("proof"), proof);
    return credential;
}

QJsonObject withEvidence(QJsonObject credential, const QString &key, const QJsonValue &value)
{
    QJsonArray evidence = credential.value(QLatin1StringView("evidence")).toArray();
    QJsonObject first = evidence.first().toObject();
    first.insert(key, value);
    evidence.replace(0, first);
    credential.insert(QStringLiteral("evidence"), evidence);
    return credential;
}

QByteArray nested(int depth)
{
    QByteArray json = "{\"a\":1";
    for (int i = 0; i < depth; ++i)
        json = "{\"a\":" + json + "}";
    return json + "}";
}

} // namespace

class TestDivoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zipBounds_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<int>("expected"); // -1: readable
        const QByteArray json = readFile(kData + QStringLiteral("credentials/vaccination.json"));
        QVERIFY(!json.isEmpty());
        const ZipEntry good = entryOf(json);
        auto row = [](const char *name, const QByteArray &archive, int expected) {
            QTest::newRow(name) << archive << expected;
        };
        constexpr int kOk = -1;
        const int tooLarge = int(ReasonCode::TooLarge);
        const int malformed = int(ReasonCode::DecodeCompression);
        row("deflate", buildZip({good}), kOk);
        ZipEntry stored = good;
        stored.deflate = false;
        row("stored", buildZip({stored}), kOk);
        ZipEntry other = good;
        other.name = "other.txt";
        row("with another entry", buildZip({other, good}), kOk);
        ZipEntry deferred = good;
        deferred.flags = 0x0008;
        row("data descriptor, sizes in the directory", buildZip({deferred}), kOk);
        QByteArray big = buildZip({stored});
        big += QByteArray(Divoc::ZipLimits::kMaxArchiveBytes, 'x');
        row("archive over the QR capacity", big, tooLarge);
        ZipEntry huge = good;
        huge.content = QByteArray(70000, ' ');
        row("entry over 64 KiB", buildZip({huge}), tooLarge);
        ZipEntry lying = good;
        lying.uncompressedDelta = -qint64(json.size()) + 10;
        row("entry larger than declared", buildZip({lying}), malformed);
        QList<ZipEntry> many;
        for (int i = 0; i < Divoc::ZipLimits::kMaxEntries; ++i) {
            ZipEntry filler = other;
            filler.name = "f" + QByteArray::number(i);
            filler.content = "x";
            many.append(filler);
        }
        many.append(good);
        row("too many entries", buildZip(many), tooLarge);
        many.removeFirst();
        row("the most entries", buildZip(many), kOk);
        ZipEntry encrypted = good;
        encrypted.flags = 0x0001;
        row("encrypted", buildZip({encrypted}), malformed);
        ZipEntry descriptorMismatch = good;
        descriptorMismatch.localFlags = 0x0008;
        row("flags differ between headers", buildZip({descriptorMismatch}), malformed);
        ZipEntry zip64 = good;
        zip64.extra = QByteArray("\x01\x00\x10\x00", 4) + QByteArray(16, '\0');
        row("zip64 extra field", buildZip({zip64}), malformed);
        for (const char *name : {"../certificate.json", "/etc/passwd", "a\\b", "c:/x"}) {
            ZipEntry trick = other;
            trick.name = name;
            row(qPrintable(QStringLiteral("unsafe name %1").arg(QString::fromLatin1(name))), buildZip({trick, good}), malformed);
        }
        row("certificate.json twice", buildZip({good, good}), malformed);
        row("no certificate.json", buildZip({other}), int(ReasonCode::NotACertificate));
        ZipEntry badCrc = good;
        badCrc.crcDelta = 1;
        row("CRC mismatch", buildZip({badCrc}), malformed);
        row("truncated", buildZip({good}).chopped(10), malformed);
        ZipEntry badDeflate = good;
        badDeflate.data = QByteArray("\xff\xff\xff\xff", 4);
        row("bad deflate stream", buildZip({badDeflate}), malformed);
        ZipEntry bzip2 = good;
        bzip2.method = 12;
        row("unknown method", buildZip({bzip2}), malformed);
        ZipEntry renamed = good;
        renamed.localName = "certificate.jsoN";
        row("local name differs", buildZip({renamed}), malformed);
        row("garbage after the PK signature", QByteArray("PK\x03\x04garbage", 11), malformed);
    }

    void zipBounds()
    {
        QFETCH(QByteArray, archive);
        QFETCH(int, expected);
        const Result<QByteArray> entry = Divoc::readCertificateEntry(archive);
        if (expected < 0) {
            QVERIFY2(entry, qPrintable(entry ? QString() : entry.reason().detail));
            QVERIFY(entry->startsWith('{'));
        } else {
            QVERIFY(!entry);
            QCOMPARE(reasonCodeName(entry.reason().code), reasonCodeName(ReasonCode(expected)));
        }
    }

    void realKhcSample()
    {
        const QString bin = kShared + QStringLiteral("autotests/data/divoc/partial-vaccination.bin");
        if (!QFile::exists(bin))
            QSKIP("../shared/conformance/khc is not present: the real DIVOC sample cannot be checked");
        const Verifier verifier(trust({kShared + QStringLiteral("trust/divoc/did-india.pem")}));
        const VerificationReport report = verifier.verify(readFile(bin), at("2021-08-01T00:00:00Z"));
        QCOMPARE(report.format, CertificateFormat::Divoc);
        QCOMPARE(report.verdict(), Verdict::Invalid);
        QCOMPARE(codes(report), QStringList{QStringLiteral("signature_invalid")});
        QCOMPARE(report.kid, QByteArray("did:india"));
        QVERIFY(!report.certificate);
    }

    void signedVectors_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<QString>("key");
        QTest::newRow("RsaSignature2018") << QStringLiteral("signed-rsa") << QStringLiteral("did-certdesk-rsa.pem");
        QTest::newRow("Ed25519Signature2018") << QStringLiteral("signed-ed25519") << QStringLiteral("did-certdesk-ed25519.pem");
    }

    void signedVectors()
    {
        QFETCH(QString, vector);
        QFETCH(QString, key);
        const Verifier verifier(trust({key}));
        const VerificationReport report = verifier.verify(readFile(kData + vector + QStringLiteral(".bin")), at("2021-08-01T00:00:00Z"));
        QVERIFY2(report.isValid(), qPrintable(codes(report).join(u' ') + u' '
                                              + (report.reasons.isEmpty() ? QString() : report.reasons.first().detail)));
        QCOMPARE(report.format, CertificateFormat::Divoc);
        QVERIFY(report.signer && report.signer->isDivocKey());
        QVERIFY(report.certificate);
        const HealthCertificate &certificate = *report.certificate;
        QCOMPARE(certificate.holder.familyName, QStringLiteral("Priya Specimen"));
        QCOMPARE(certificate.holder.sex, QStringLiteral("F"));
        QCOMPARE(certificate.holder.age, QStringLiteral("25"));
        QCOMPARE(certificate.holder.nationality, QStringLiteral("Indian"));
        QCOMPARE(certificate.issuerCountry, QStringLiteral("https://cowin.gov.in/"));
        QCOMPARE(certificate.certificateId, QStringLiteral("111122223333"));
        QCOMPARE(certificate.issuedAt, std::optional(at("2021-07-16T19:40:00Z")));
        QCOMPARE(certificate.vaccinations.size(), 1);
        const Vaccination &vaccination = certificate.vaccinations.first();
        QCOMPARE(vaccination.product.code, QStringLiteral("COVISHIELD"));
        QCOMPARE(vaccination.manufacturer.code, QStringLiteral("Serum Institute of India"));
        QCOMPARE(vaccination.doseNumber, 1);
        QCOMPARE(vaccination.totalDoses, 2);
        QCOMPARE(vaccination.date, QDate(2021, 7, 16));
        QCOMPARE(vaccination.batch, QStringLiteral("1234Z001"));
        QCOMPARE(vaccination.country, QStringLiteral("IN"));
    }

    // Every reason the format gives, each from one change to a signed vector (or its trust).
    void reasons_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("expected");
        const QStringList rsaKey{QStringLiteral("did-certdesk-rsa.pem")};
        const QStringList edKey{QStringLiteral("did-certdesk-ed25519.pem")};
        const QString when = QStringLiteral("2021-08-01T00:00:00Z");
        const QJsonObject rsa = signedCredential(QStringLiteral("signed-rsa"));
        const QJsonObject ed = signedCredential(QStringLiteral("signed-ed25519"));
        QVERIFY(!rsa.isEmpty() && !ed.isEmpty());
        auto row = [&](const char *name, const QByteArray &input, const QStringList &keys, const QString &time,
                       const char *code) { QTest::newRow(name) << input << keys << time << QString::fromLatin1(code); };

        row("valid when re-zipped (stored)", zipJson(rsa), rsaKey, when, "");
        row("tampered name", zipJson(withSubject(rsa, QStringLiteral("name"), QStringLiteral("Mallory"))), rsaKey, when,
            "signature_invalid");
        row("tampered dose", zipJson(withEvidence(ed, QStringLiteral("dose"), 2)), edKey, when, "signature_invalid");
        row("tampered proof options", zipJson(withProof(rsa, QStringLiteral("created"), QStringLiteral("2021-07-17T00:00:00Z"))),
            rsaKey, when, "signature_invalid");
        row("wrong key: bound to another method", readFile(kData + QStringLiteral("signed-rsa.bin")),
            {QStringLiteral("did-certdesk-other.pem")}, when, "key_unknown");
        row("wrong key: unbound", readFile(kData + QStringLiteral("signed-rsa.bin")),
            {QStringLiteral("unbound-other-rsa.pem")}, when, "signature_invalid");
        row("Ed25519 proof, only the RSA key", readFile(kData + QStringLiteral("signed-ed25519.bin")), rsaKey, when,
            "key_unknown");
        row("no trust", readFile(kData + QStringLiteral("signed-rsa.bin")), {}, when, "key_unknown");
        row("undefined term added: not signed, not shown", zipJson(withSubject(rsa, QStringLiteral("remark"), QStringLiteral("x"))),
            rsaKey, when, "");
        // dose and totalDoses are both schema:doseValue: a swap keeps the signature but is refused.
        QJsonObject swapped = withEvidence(rsa, QStringLiteral("dose"), 2);
        swapped = withEvidence(swapped, QStringLiteral("totalDoses"), 1);
        row("dose and total swapped", zipJson(swapped), rsaKey, when, "schema");
        row("holder id not an IRI", readFile(kData + QStringLiteral("signed-rsa-aadhaar-id.bin")), rsaKey, when, "schema");
        QJsonObject unknownContext = rsa;
        QJsonArray contexts = rsa.value(QLatin1StringView("@context")).toArray();
        contexts.append(QStringLiteral("https://example.org/unknown/v1"));
        unknownContext.insert(QStringLiteral("@context"), contexts);
        row("unknown context", zipJson(unknownContext), rsaKey, when, "schema");
        row("no proof", zipJson([&] { QJsonObject c = rsa; c.remove(QStringLiteral("proof")); return c; }()), rsaKey, when,
            "schema");
        row("jws not detached", zipJson(withProof(rsa, QStringLiteral("jws"), QStringLiteral("a.b.c"))), rsaKey, when,
            "decode_jws");
        const QString rsaJws = rsa.value(QLatin1StringView("proof")).toObject().value(QLatin1StringView("jws")).toString();
        const QString edJws = ed.value(QLatin1StringView("proof")).toObject().value(QLatin1StringView("jws")).toString();
        row("jws header b64 true",
            zipJson(withProof(rsa, QStringLiteral("jws"),
                              QJsonValue(QString::fromLatin1(QByteArray(R"({"alg":"PS256","b64":true,"crit":["b64"]})")
                                                                 .toBase64(QByteArray::Base64UrlEncoding
                                                                           | QByteArray::OmitTrailingEquals))
                                         + rsaJws.sliced(rsaJws.indexOf(u'.'))))),
            rsaKey, when, "decode_jws");
        row("suite and algorithm differ", zipJson(withProof(rsa, QStringLiteral("jws"), edJws)), rsaKey, when,
            "algorithm_unsupported");
        row("unknown proof type", zipJson(withProof(rsa, QStringLiteral("type"), QStringLiteral("JsonWebSignature2020"))),
            rsaKey, when, "algorithm_unsupported");
        row("not yet valid", readFile(kData + QStringLiteral("signed-ed25519-expiring.bin")), edKey,
            QStringLiteral("2021-07-01T00:00:00Z"), "not_yet_valid");
        row("expired", readFile(kData + QStringLiteral("signed-ed25519-expiring.bin")), edKey,
            QStringLiteral("2022-07-16T19:40:00Z"), "expired");
        row("just before expiry", readFile(kData + QStringLiteral("signed-ed25519-expiring.bin")), edKey,
            QStringLiteral("2022-07-16T19:39:59Z"), "");
        row("malformed JSON", buildZip({entryOf("{\"@context\": [")}), rsaKey, when, "decode_json");
        row("JSON too deep", buildZip({entryOf(nested(20))}), rsaKey, when, "too_large");
        row("archive too large", buildZip({entryOf(QByteArray(4000, ' ') + "{}", "certificate.json", false)}), rsaKey,
            when, "too_large");
        row("corrupt archive", readFile(kData + QStringLiteral("signed-rsa.bin")).chopped(5), rsaKey, when,
            "decode_compression");
        row("no certificate.json", buildZip({entryOf("{}", "cert.json")}), rsaKey, when,
            "not_a_certificate");
    }

    void reasons()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, keys);
        QFETCH(QString, at);
        QFETCH(QString, expected);
        QVERIFY(!input.isEmpty());
        const Verifier verifier(trust(keys));
        const VerificationReport report = verifier.verify(input, *Timestamp::parseRfc3339(at));
        const QStringList found = codes(report);
        if (expected.isEmpty()) {
            QVERIFY2(report.isValid(), qPrintable(found.join(u' ') + u' '
                                                  + (report.reasons.isEmpty() ? QString() : report.reasons.first().detail)));
            return;
        }
        QVERIFY2(!found.isEmpty() && found.first() == expected,
                 qPrintable(found.join(u' ') + u' ' + (report.reasons.isEmpty() ? QString() : report.reasons.first().detail)));
        QVERIFY(report.format == CertificateFormat::Divoc || expected == u"not_a_certificate");
        // A certificate is shown only once its signature verified, and never when the signature
        // leaves some of its values uncovered (a holder id that is not an IRI drops the holder).
        if (QTest::currentDataTag() == QByteArrayView("holder id not an IRI"))
            QVERIFY(report.signer && !report.certificate);
        else
            QCOMPARE(bool(report.certificate), report.signer != nullptr);
    }

    // A key bound to the proof's verificationMethod that does not fit its suite.
    void keyOfAnotherType()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("did-certdesk-rsa.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(readFile(kData + QStringLiteral("did-certdesk-ed25519.pem")));
        file.close();
        const Verifier verifier(trust({path}));
        const VerificationReport report =
            verifier.verify(readFile(kData + QStringLiteral("signed-rsa.bin")), at("2021-08-01T00:00:00Z"));
        QCOMPARE(codes(report), QStringList{QStringLiteral("algorithm_unsupported")});
    }

    void keyBinding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("method");
        QTest::newRow("did-india.pem") << QStringLiteral("/x/did-india.pem") << QStringLiteral("did:india");
        QTest::newRow("did-web-example.com.pem") << QStringLiteral("did-web-example.com.pem") << QStringLiteral("did:web:example.com");
        QTest::newRow("issuer.pem") << QStringLiteral("issuer.pem") << QString();
        QTest::newRow("did-Bad.pem") << QStringLiteral("did-Bad.pem") << QString();
    }

    void keyBinding()
    {
        QFETCH(QString, file);
        QFETCH(QString, method);
        QCOMPARE(Divoc::verificationMethodForFile(file), method);
    }

    // DIVOC keys and certificates stay apart: each signs its own formats only.
    void keyIsolation()
    {
        const auto store = trust({QStringLiteral("did-certdesk-rsa.pem")});
        const QList<TrustStore::SignerPtr> signers = store->find("did:certdesk:rsa");
        QCOMPARE(signers.size(), 1);
        QVERIFY(signers.first()->isDivocKey());
        QVERIFY(!signers.first()->maySignIthc());
        QVERIFY(!signers.first()->isShcKey());
        // A COSE text whose kid names the DIVOC key must not find it as a signer.
        const Verifier verifier(store);
        const QString certificates = kShared + QStringLiteral("autotests/data/eu-dgc");
        const QStringList ders = QDir(certificates).entryList({QStringLiteral("*.der")}, QDir::Files);
        if (ders.isEmpty())
            QSKIP("../shared is not present: the certificate half of the isolation test needs its DSCs");
        const Verifier certificateOnly(trust({certificates + u'/' + ders.first()}));
        const VerificationReport report =
            certificateOnly.verify(readFile(kData + QStringLiteral("signed-rsa.bin")), at("2021-08-01T00:00:00Z"));
        QCOMPARE(codes(report), QStringList{QStringLiteral("key_unknown")});
    }

    void cliB64Line()
    {
        const QByteArray bin = readFile(kData + QStringLiteral("signed-rsa.bin"));
        QVERIFY(!bin.isEmpty());
        QProcess cli;
        cli.start(QStringLiteral(CERTDESK_CLI_PATH),
                  {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--trust"),
                   kData + QStringLiteral("did-certdesk-rsa.pem"), QStringLiteral("--at"),
                   QStringLiteral("2021-08-01T00:00:00Z"), QStringLiteral("-")});
        QVERIFY(cli.waitForStarted());
        cli.write("B64:" + bin.toBase64() + "\nB64:" + bin.chopped(3).toBase64() + "\n");
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(60000));
        const QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject valid = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(valid.value(QLatin1StringView("format")).toString(), QStringLiteral("divoc"));
        QCOMPARE(valid.value(QLatin1StringView("verdict")).toString(), QStringLiteral("valid"));
        QCOMPARE(valid.value(QLatin1StringView("certificate_id")).toString(), QStringLiteral("111122223333"));
        const QJsonObject broken = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(broken.value(QLatin1StringView("verdict")).toString(), QStringLiteral("unreadable"));
        QCOMPARE(broken.value(QLatin1StringView("reasons")).toArray().first().toObject().value(QLatin1StringView("code")).toString(),
                 QStringLiteral("decode_compression"));
        QCOMPARE(cli.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDivoc)
#include "tst_divoc.moc"

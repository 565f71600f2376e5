// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The specimen issuer: every kind it issues verifies with CertDesk's own verifier against
// the specimen trust, with the right COSE headers, and spoiled ones fail for the right reason.
#include "cose/cosesign1.h"
#include "codec/base45.h"
#include "codec/inflate.h"
#include "demo/specimens.h"
#include "issue/claims.h"
#include "issue/issuer.h"
#include "issue/issuerequest.h"
#include "station/stationconfig.h"
#include "trust/trustloader.h"
#include "verify/verifier.h"

#include <QCborValue>
#include <QFile>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Issue;
using Demo::Specimens::Signer;
using namespace Qt::StringLiterals;

namespace {

const Timestamp::Millis kAt = *Timestamp::parseRfc3339(u"2026-06-01T10:00:00Z");
constexpr Timestamp::Millis kHour = 3600 * 1000;
constexpr Timestamp::Millis kDay = 24 * kHour;

std::shared_ptr<TrustStore> trustOf(const QString &path)
{
    const LoadedTrust loaded = loadTrust({path}, {});
    return loaded.errors.isEmpty() ? loaded.store : nullptr;
}

IssueRequest request(CertificateFormat format, Kind kind, bool positive = false)
{
    IssueRequest r;
    r.format = format;
    r.kind = kind;
    r.positive = positive;
    r.issuedAt = kAt - 2 * kHour;
    r.expiresAt = kAt + 14 * kDay;
    return r;
}

QList<ReasonCode> codes(const VerificationReport &report)
{
    QList<ReasonCode> list;
    for (const Reason &reason : report.reasons)
        list.append(reason.code);
    return list;
}

} // namespace

class TestIssuer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specimenTrustLoadsFromResources()
    {
        const auto store = trustOf(Demo::Specimens::trustDirectory());
        QVERIFY(store);
        QCOMPARE(store->size(), 3);
        for (const Signer signer : {Signer::IthcEs256, Signer::IthcSm2, Signer::DccEs256}) {
            const auto key = Demo::Specimens::signingKey(signer);
            QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
            QVERIFY(key->subject().contains(u"SPECIMEN"_s));
        }
    }

    void issuesVerifiableCertificates_data()
    {
        QTest::addColumn<int>("signer");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("positive");
        const auto ithc = int(CertificateFormat::Ithc);
        const auto dcc = int(CertificateFormat::Dcc);
        QTest::newRow("ithc es256 vaccination") << int(Signer::IthcEs256) << ithc << int(Kind::Vaccination) << false;
        QTest::newRow("ithc es256 nat") << int(Signer::IthcEs256) << ithc << int(Kind::NucleicAcidTest) << false;
        QTest::newRow("ithc es256 igm") << int(Signer::IthcEs256) << ithc << int(Kind::IgmTest) << false;
        QTest::newRow("ithc es256 both positive") << int(Signer::IthcEs256) << ithc << int(Kind::BothTests) << true;
        QTest::newRow("ithc sm2 both") << int(Signer::IthcSm2) << ithc << int(Kind::BothTests) << false;
        QTest::newRow("ithc sm2 vaccination") << int(Signer::IthcSm2) << ithc << int(Kind::Vaccination) << false;
        QTest::newRow("dcc vaccination") << int(Signer::DccEs256) << dcc << int(Kind::Vaccination) << false;
        QTest::newRow("dcc test negative") << int(Signer::DccEs256) << dcc << int(Kind::Test) << false;
        QTest::newRow("dcc test positive") << int(Signer::DccEs256) << dcc << int(Kind::Test) << true;
        QTest::newRow("dcc recovery") << int(Signer::DccEs256) << dcc << int(Kind::Recovery) << false;
    }

    void issuesVerifiableCertificates()
    {
        QFETCH(int, signer);
        QFETCH(int, format);
        QFETCH(int, kind);
        QFETCH(bool, positive);
        const auto key = Demo::Specimens::signingKey(Signer(signer));
        QVERIFY(key);
        const IssueRequest r = request(CertificateFormat(format), Kind(kind), positive);
        const auto issued = Issuer(*key).issue(r.certificate());
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));

        // COSE: tag 18, alg and kid in the protected header, the unprotected one empty (ITHC-1 §2).
        QVERIFY(issued->qrText.startsWith(format == int(CertificateFormat::Ithc) ? "ITHC1:" : "HC1:"));
        const auto cose = parseCoseSign1(issued->cose, CoseHeaderRule::ProtectedOnly);
        QVERIFY(cose);
        QCOMPARE(cose->algorithm, std::optional<qint64>(key->coseAlgorithm()));
        QCOMPARE(cose->kid, kidOf(key->certificateDer()));
        QCOMPARE(cose->kid.size(), 8);
        QVERIFY(cose->unprotectedHeader.isEmpty());
        QCOMPARE(QCborValue::fromCbor(cose->payload).toMap(), issued->claims);
        // The QR text is the COSE, deflated and Base45-encoded behind the prefix.
        const qsizetype prefix = issued->qrText.indexOf(':') + 1;
        const auto compressed = Base45::decode(issued->qrText.mid(prefix));
        QVERIFY(compressed);
        const auto inflated = Inflate::inflate(*compressed, 64 * 1024);
        QVERIFY(inflated);
        QCOMPARE(*inflated, issued->cose);

        const auto store = trustOf(Demo::Specimens::certificatePath(Signer(signer)));
        QVERIFY(store);
        const VerificationReport report = Verifier(store).verify(issued->qrText, kAt);
        QVERIFY2(report.isValid(), qPrintable(report.reasons.isEmpty() ? QString() : report.reasons.first().detail));
        QVERIFY(report.certificate);
        const HealthCertificate &read = *report.certificate;
        const HealthCertificate &sent = issued->certificate;
        QCOMPARE(read.certificateId, sent.certificateId);
        QCOMPARE(read.issuerCountry, sent.issuerCountry);
        QCOMPARE(read.issuedAt, sent.issuedAt);
        QCOMPARE(read.expiresAt, sent.expiresAt);
        QCOMPARE(read.holder.familyNameLatin, sent.holder.familyNameLatin);
        QCOMPARE(read.holder.givenName, sent.holder.givenName);
        QCOMPARE(read.holder.dateOfBirth, sent.holder.dateOfBirth);
        QCOMPARE(read.holder.document, sent.holder.document);
        QCOMPARE(read.nucleicAcidTests, sent.nucleicAcidTests);
        QCOMPARE(read.antibodyTests, sent.antibodyTests);
        QCOMPARE(read.vaccinations.size(), sent.vaccinations.size());
        for (qsizetype i = 0; i < read.vaccinations.size(); ++i) {
            QCOMPARE(read.vaccinations.at(i).product.code, sent.vaccinations.at(i).product.code);
            QCOMPARE(read.vaccinations.at(i).date, sent.vaccinations.at(i).date);
            QCOMPARE(read.vaccinations.at(i).doseNumber, 2);
        }
        QCOMPARE(read.tests.size(), sent.tests.size());
        for (qsizetype i = 0; i < read.tests.size(); ++i) {
            QCOMPARE(read.tests.at(i).result.code, positive ? u"260373001"_s : u"260415000"_s);
            QCOMPARE(read.tests.at(i).sampleCollected, sent.tests.at(i).sampleCollected);
        }
        QCOMPARE(read.recoveries.size(), sent.recoveries.size());
        const QString result = positive ? u"positive"_s : u"negative"_s;
        for (const NucleicAcidTest &t : read.nucleicAcidTests)
            QCOMPARE(t.result, result);
        for (const AntibodyTest &t : read.antibodyTests)
            QCOMPARE(t.result, result);
    }

    void spoiledCertificatesFail_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QList<ReasonCode>>("expected");
        QTest::newRow("expired") << u"expired"_s << QList<ReasonCode>{ReasonCode::Expired};
        QTest::newRow("not yet valid") << u"future"_s << QList<ReasonCode>{ReasonCode::NotYetValid};
        QTest::newRow("tampered") << u"tampered"_s << QList<ReasonCode>{ReasonCode::SignatureInvalid};
        QTest::newRow("other trust") << u"other-trust"_s << QList<ReasonCode>{ReasonCode::KeyUnknown};
    }

    void spoiledCertificatesFail()
    {
        QFETCH(QString, what);
        QFETCH(QList<ReasonCode>, expected);
        const auto key = Demo::Specimens::signingKey(Signer::IthcEs256);
        QVERIFY(key);
        IssueRequest r = request(CertificateFormat::Ithc, Kind::BothTests);
        if (what == u"expired") {
            r.issuedAt = kAt - 20 * kDay;
            r.expiresAt = kAt - kDay;
        } else if (what == u"future") {
            r.issuedAt = kAt + kDay;
            r.expiresAt = kAt + 10 * kDay;
        }
        const auto issued = Issuer(*key).issue(r.certificate(), what == u"tampered" ? Tamper::PayloadAfterSigning
                                                                                    : Tamper::None);
        QVERIFY(issued);
        const Signer trusted = what == u"other-trust" ? Signer::IthcSm2 : Signer::IthcEs256;
        const auto store = trustOf(Demo::Specimens::certificatePath(trusted));
        QVERIFY(store);
        QCOMPARE(codes(Verifier(store).verify(issued->qrText, kAt)), expected);
    }

    void refusesWhatCannotBeIssued()
    {
        const auto sm2 = Demo::Specimens::signingKey(Signer::IthcSm2);
        const auto es256 = Demo::Specimens::signingKey(Signer::IthcEs256);
        QVERIFY(sm2 && es256);
        // SM2 is not an HCERT algorithm.
        QVERIFY(!Issuer(*sm2).issue(request(CertificateFormat::Dcc, Kind::Vaccination).certificate()));
        HealthCertificate unknown = request(CertificateFormat::Ithc, Kind::BothTests).certificate();
        unknown.format = CertificateFormat::Shc;
        QVERIFY(!Issuer(*es256).issue(unknown));
        HealthCertificate noExpiry = request(CertificateFormat::Ithc, Kind::BothTests).certificate();
        noExpiry.expiresAt.reset();
        QVERIFY(!Issuer(*es256).issue(noExpiry));
    }

    void signingKeyChecksItsInputs()
    {
        QFile es256Key(Demo::Specimens::keyPath(Signer::IthcEs256));
        QFile sm2Certificate(Demo::Specimens::certificatePath(Signer::IthcSm2));
        QFile es256Certificate(Demo::Specimens::certificatePath(Signer::IthcEs256));
        QVERIFY(es256Key.open(QIODevice::ReadOnly) && sm2Certificate.open(QIODevice::ReadOnly)
                && es256Certificate.open(QIODevice::ReadOnly));
        const QByteArray key = es256Key.readAll();
        const QByteArray certificate = es256Certificate.readAll();
        const auto mismatch = SigningKey::fromPem(key, sm2Certificate.readAll());
        QVERIFY(!mismatch);
        QVERIFY(mismatch.error().message.contains(u"not for this private key"_s));
        QVERIFY(!SigningKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", certificate));
        QVERIFY(!SigningKey::fromPem(key, "not a certificate"));
        QVERIFY(!SigningKey::load(u"/nonexistent/key.pem"_s, u"/nonexistent/cert.pem"_s));
        // DER certificates are accepted as well as PEM.
        const auto fromPem = SigningKey::fromPem(key, certificate);
        QVERIFY(fromPem);
        const auto fromDer = SigningKey::fromPem(key, fromPem->certificateDer());
        QVERIFY(fromDer);
        QCOMPARE(fromDer->kid(), fromPem->kid());
        QCOMPARE(fromPem->algorithm(), SignatureAlgorithm::Es256);
    }

    void kindNamesRoundTrip()
    {
        for (const Kind kind : {Kind::Vaccination, Kind::NucleicAcidTest, Kind::IgmTest, Kind::BothTests}) {
            QCOMPARE(kindFromName(kindName(kind), CertificateFormat::Ithc), std::optional<Kind>(kind));
        }
        for (const Kind kind : {Kind::Vaccination, Kind::Test, Kind::Recovery})
            QCOMPARE(kindFromName(kindName(kind), CertificateFormat::Dcc), std::optional<Kind>(kind));
        QCOMPARE(kindFromName(u"test", CertificateFormat::Ithc), std::nullopt);
        QCOMPARE(kindFromName(u"nat-test", CertificateFormat::Dcc), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestIssuer)
#include "tst_issuer.moc"

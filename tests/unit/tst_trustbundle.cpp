// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Signed trust bundles (core/trust/TRUST-BUNDLES.md): making, opening, installing (pin,
// rollback, expiry, clock, atomic replacement, last good kept), loading into the trust
// store, and the trust-age rules applied to verdicts.
#include "../support/specimen.h"

#include "issue/signingkey.h"
#include "station/stationconfig.h"
#include "trust/bundlestore.h"
#include "trust/trustage.h"
#include "trust/trustbundle.h"
#include "verify/verifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;
using namespace CertDesk::TrustBundle;

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kNow = 1790000000; // 2026-09-21, seconds

struct BundleSigner
{
    SpecimenSigner specimen;
    Issue::SigningKey key;
    QByteArray fingerprint;
};

BundleSigner makeSigner(qint64 notBefore = kNow - 365 * kDay, qint64 notAfter = kNow + 365 * kDay)
{
    SpecimenSigner specimen = SpecimenSigner::make(KeyType::P256, notBefore, notAfter);
    auto key = Issue::SigningKey::fromPem(privateKeyPem(specimen.key.get()), specimen.certificateDer);
    if (!key)
        qFatal("signing key: %s", qPrintable(key.error().message));
    return {specimen, key.value(), QCryptographicHash::hash(specimen.certificateDer, QCryptographicHash::Sha256)};
}

// The ITHC-1 signer whose certificate the bundles carry as trust.
struct Issuer
{
    SpecimenSigner signer = SpecimenSigner::make(KeyType::P256);
    QByteArray qrText(qint64 iat) const
    {
        CoseBuilder builder;
        builder.protectedHeader = QCborMap{{1, -7}, {4, signer.kid()}};
        builder.payload = ithcClaims(iat, iat + 14 * kDay).toCborValue().toCbor();
        return builder.qrText("ITHC1:", signer, SignatureAlgorithm::Es256);
    }
};

Manifest manifest(quint64 version, const QByteArray &trustedCertificate, qint64 issued = kNow - kDay)
{
    Manifest m;
    m.version = version;
    m.issued = issued * 1000;
    m.expires = (issued + 30 * kDay) * 1000;
    m.publisher = QStringLiteral("CertDesk test publisher");
    m.entries.append({EntryKind::Trust, QStringLiteral("trust/ithc.der"), trustedCertificate});
    m.entries.append({EntryKind::Policy, QStringLiteral("policies/no-rules.json"), QByteArray("[]")});
    return m;
}

QByteArray make(const Manifest &m, const BundleSigner &signer)
{
    auto bundle = create(m, signer.key);
    if (!bundle)
        qFatal("create: %s", qPrintable(bundle.error()));
    return bundle.value();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTrustBundle : public QObject
{
    Q_OBJECT

private:
    BundleSigner m_signer = makeSigner();
    Issuer m_issuer;

private Q_SLOTS:
    void roundTrip()
    {
        const QByteArray data = make(manifest(7, m_issuer.signer.certificateDer), m_signer);
        QVERIFY(looksLikeBundle(data));
        const auto bundle = open(data, {m_signer.fingerprint});
        QVERIFY2(bundle, qPrintable(bundle.ok() ? QString() : bundle.error()));
        QCOMPARE(bundle->manifest.version, 7u);
        QCOMPARE(bundle->manifest.issued, (kNow - kDay) * 1000);
        QCOMPARE(bundle->manifest.entries.size(), 2);
        QCOMPARE(bundle->manifest.entries.at(0).data, m_issuer.signer.certificateDer);
        QCOMPARE(bundle->signerFingerprint, m_signer.fingerprint);
        QCOMPARE(bundle->algorithm, QStringLiteral("ES256"));
        QVERIFY(!checkTime(bundle.value(), kNow * 1000));
    }

    void tamperedByteRefused()
    {
        const QByteArray data = make(manifest(7, m_issuer.signer.certificateDer), m_signer);
        // Change one letter of the signed manifest (the publisher): the signature must fail.
        QByteArray tampered = data;
        const qsizetype at = tampered.indexOf("test publisher");
        QVERIFY(at > 0);
        tampered[at] = char(tampered.at(at) ^ 0x01);
        const auto bundle = open(tampered, {m_signer.fingerprint});
        QVERIFY(!bundle);
        QVERIFY2(bundle.error().contains(u"signature"), qPrintable(bundle.error()));
        // A truncated file and random bytes are refused with a message, never a crash.
        QVERIFY(!open(data.left(data.size() / 2), {}));
        QVERIFY(!open(QByteArray(1000, '\xd2'), {}));
    }

    void wrongPinRefused()
    {
        const BundleSigner other = makeSigner();
        const QByteArray data = make(manifest(7, m_issuer.signer.certificateDer), other);
        const auto bundle = open(data, {m_signer.fingerprint});
        QVERIFY(!bundle);
        QVERIFY2(bundle.error().contains(u"not pinned"), qPrintable(bundle.error()));
        // The same bundle opens when its signer is pinned.
        QVERIFY(open(data, {m_signer.fingerprint, other.fingerprint}));
    }

    void swappedSignerCertificateRefused()
    {
        // A forger re-signs the manifest with their key but keeps the pinned certificate in
        // x5chain: the signature does not verify against the pinned certificate's key.
        const BundleSigner forger = makeSigner();
        const QCborValue signedByForger = QCborValue::fromCbor(make(manifest(9, m_issuer.signer.certificateDer), forger));
        QCborArray array = signedByForger.taggedValue().toArray();
        QCborMap unprotectedHeader = array.at(1).toMap();
        unprotectedHeader.insert(33, m_signer.specimen.certificateDer);
        array[1] = unprotectedHeader;
        const QByteArray forged = QCborValue(QCborKnownTags::COSE_Sign1, array).toCbor();
        QVERIFY(!open(forged, {m_signer.fingerprint}));
    }

    void timeChecks()
    {
        const auto bundle = open(make(manifest(7, m_issuer.signer.certificateDer), m_signer), {});
        QVERIFY(bundle);
        const Timestamp::Millis issued = bundle->manifest.issued;
        // A clock before the issue time (beyond 5 min of skew) is a wrong clock.
        const auto early = checkTime(bundle.value(), issued - 3600 * 1000);
        QVERIFY(early);
        QCOMPARE(early->kind, TimeProblem::Kind::ClockWrong);
        QVERIFY(!checkTime(bundle.value(), issued - 60 * 1000));
        const auto late = checkTime(bundle.value(), bundle->manifest.expires);
        QVERIFY(late);
        QCOMPARE(late->kind, TimeProblem::Kind::Expired);
        // A signer whose certificate was not valid when the bundle was issued.
        const BundleSigner young = makeSigner(kNow, kNow + 365 * kDay);
        const auto early2 = open(make(manifest(7, m_issuer.signer.certificateDer, kNow - 10 * kDay), young), {});
        QVERIFY(early2);
        const auto problem = checkTime(early2.value(), kNow * 1000);
        QVERIFY(problem);
        QCOMPARE(problem->kind, TimeProblem::Kind::SignerNotValid);
    }

    void unsafeEntriesRefused()
    {
        Manifest m = manifest(7, m_issuer.signer.certificateDer);
        m.entries.append({EntryKind::Trust, QStringLiteral("../etc/passwd"), QByteArray("x")});
        QVERIFY(!create(m, m_signer.key));
        m = manifest(7, m_issuer.signer.certificateDer);
        m.entries.append(m.entries.first());
        QVERIFY(!create(m, m_signer.key));
        m = manifest(0, m_issuer.signer.certificateDer);
        QVERIFY(!create(m, m_signer.key));
    }

    void installRollbackAndLastGood()
    {
        QTemporaryDir dir;
        BundleStore store(dir.path());
        const QList<QByteArray> pins{m_signer.fingerprint};
        const Timestamp::Millis now = kNow * 1000;
        const QByteArray v5 = make(manifest(5, m_issuer.signer.certificateDer), m_signer);
        const QByteArray v6 = make(manifest(6, m_issuer.signer.certificateDer), m_signer);
        const QByteArray v4 = make(manifest(4, m_issuer.signer.certificateDer), m_signer);

        // No pin: refused.
        QVERIFY(!store.install(v5, {}, now, QStringLiteral("test")));
        QVERIFY(!store.hasCurrent());
        auto installed = store.install(v5, pins, now, QStringLiteral("test"));
        QVERIFY2(installed, qPrintable(installed.ok() ? QString() : installed.error()));
        QCOMPARE(installed->replacedVersion, 0u);
        QCOMPARE(readAll(store.currentPath()), v5);

        // The same version again and an older one: refused, nothing changes.
        auto again = store.install(v5, pins, now, QStringLiteral("test"));
        QVERIFY(!again);
        QVERIFY(again.error().contains(u"already installed"));
        auto older = store.install(v4, pins, now, QStringLiteral("test"));
        QVERIFY(!older);
        QVERIFY2(older.error().contains(u"rollback"), qPrintable(older.error()));
        QCOMPARE(readAll(store.currentPath()), v5);

        // A newer one: installed, the old one kept as the last good.
        installed = store.install(v6, pins, now, QStringLiteral("test"));
        QVERIFY(installed);
        QCOMPARE(installed->replacedVersion, 5u);
        QCOMPARE(readAll(store.currentPath()), v6);
        QCOMPARE(readAll(store.previousPath()), v5);

        // A newer but broken one (an entry that is not trust material): refused, v6 stays.
        Manifest broken = manifest(7, m_issuer.signer.certificateDer);
        broken.entries.append({EntryKind::Trust, QStringLiteral("trust/garbage.pem"), QByteArray("not a certificate")});
        QVERIFY(!store.install(make(broken, m_signer), pins, now, QStringLiteral("test")));
        QCOMPARE(readAll(store.currentPath()), v6);
        // Expired and clock-wrong bundles are refused too.
        QVERIFY(!store.install(make(manifest(8, m_issuer.signer.certificateDer, kNow - 40 * kDay), m_signer), pins, now,
                               QStringLiteral("test")));
        const auto future = store.install(make(manifest(8, m_issuer.signer.certificateDer, kNow + kDay), m_signer), pins,
                                          now, QStringLiteral("test"));
        QVERIFY(!future);
        QVERIFY2(future.error().contains(u"clock is wrong"), qPrintable(future.error()));
        QCOMPARE(readAll(store.currentPath()), v6);

        // The current file damaged on disk: loading falls back to the last good one.
        QFile current(store.currentPath());
        QVERIFY(current.open(QIODevice::WriteOnly | QIODevice::Truncate));
        current.write(v6.left(100));
        current.close();
        const BundleStore::Loaded loaded = store.load(pins);
        QVERIFY(loaded.bundle);
        QVERIFY(loaded.fallback);
        QCOMPARE(loaded.bundle->manifest.version, 5u);
        QVERIFY(!loaded.warnings.isEmpty());
    }

    void loadTrustFromBundle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.cdtb"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(make(manifest(3, m_issuer.signer.certificateDer), m_signer));
        file.close();

        const LoadedTrust trust = loadTrust({path}, {}, {m_signer.fingerprint});
        QVERIFY2(trust.errors.isEmpty(), qPrintable(trust.errors.join(u'\n')));
        QCOMPARE(trust.store->size(), 1);
        QVERIFY(trust.summary.fromBundle);
        QCOMPARE(trust.summary.version, 3u);
        QCOMPARE(trust.bundleExtras.size(), 1);
        QCOMPARE(trust.bundleExtras.first().kind, EntryKind::Policy);
        QVERIFY(trust.store->signers().first()->sourceName.contains(u"bundle v3: trust/ithc.der"));

        // Pinned to another signer: an error, and nothing trusted from it.
        const LoadedTrust wrong = loadTrust({path}, {}, {QByteArray(32, 'x')});
        QVERIFY(!wrong.errors.isEmpty());
        QCOMPARE(wrong.store->size(), 0);

        // The bundle's key verifies a certificate; the age rules then decide the verdict.
        const Verifier verifier(trust.store);
        const QByteArray qr = m_issuer.qrText(kNow - 3600);
        VerificationReport report = verifier.verify(qr, kNow * 1000);
        QVERIFY(report.isValid());
        const TrustAgeLimits limits;
        applyTrustAge(report, trust.summary, assessTrustAge(trust.summary, kNow * 1000, limits));
        QVERIFY(report.isValid());
        QCOMPARE(report.trust->status, QStringLiteral("current"));
    }

    void trustAgeBoundaries_data()
    {
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("1 day") << kDay << "current" << "";
        QTest::newRow("exactly 7 days") << 7 * kDay << "current" << "";
        QTest::newRow("7 days + 1 s") << 7 * kDay + 1 << "aging" << "";
        QTest::newRow("exactly 30 days") << 30 * kDay << "aging" << "";
        QTest::newRow("30 days + 1 s") << 30 * kDay + 1 << "outdated" << "trust_outdated";
        QTest::newRow("clock 1 h early") << -3600LL << "clock_wrong" << "clock_wrong";
        QTest::newRow("clock 4 min early (skew)") << -240LL << "current" << "";
    }

    void trustAgeBoundaries()
    {
        QFETCH(qint64, ageSeconds);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        TrustSummary summary;
        summary.fromBundle = true;
        summary.version = 12;
        summary.issued = kNow * 1000;
        summary.expires = (kNow + 90 * kDay) * 1000;
        const TrustAge age = assessTrustAge(summary, (kNow + ageSeconds) * 1000, TrustAgeLimits{});
        QCOMPARE(trustAgeStatusName(age.status), status);

        const Verifier verifier(std::make_shared<TrustStore>());
        VerificationReport report = verifier.verify(m_issuer.qrText(kNow - 3600), kNow * 1000);
        report.reasons.clear(); // stand for a certificate that passed every other check
        applyTrustAge(report, summary, age);
        QCOMPARE(report.trust->status, status);
        if (reason.isEmpty()) {
            QVERIFY(report.isValid());
        } else {
            QCOMPARE(report.reasons.size(), 1);
            QCOMPARE(reasonCodeName(report.reasons.first().code), reason);
            QCOMPARE(report.verdict(), Verdict::Invalid);
        }
    }

    void expiredBundleRefusesVerdicts()
    {
        TrustSummary summary;
        summary.fromBundle = true;
        summary.version = 2;
        summary.issued = kNow * 1000;
        summary.expires = (kNow + 3 * kDay) * 1000;
        const TrustAge age = assessTrustAge(summary, (kNow + 3 * kDay) * 1000, TrustAgeLimits{});
        QCOMPARE(age.status, TrustAgeStatus::Expired);
        VerificationReport report;
        report.format = CertificateFormat::Ithc;
        applyTrustAge(report, summary, age);
        QCOMPARE(report.reasons.size(), 1);
        QCOMPARE(report.reasons.first().code, ReasonCode::TrustOutdated);
        // Loose files have no age: nothing is added.
        VerificationReport loose;
        applyTrustAge(loose, TrustSummary{}, assessTrustAge(TrustSummary{}, kNow * 1000, TrustAgeLimits{}));
        QVERIFY(loose.isValid());
        QCOMPARE(loose.trust->status, QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestTrustBundle)
#include "tst_trustbundle.moc"

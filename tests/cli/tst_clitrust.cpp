// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// certdesk-cli trust bundle|pin|update|list|import, end to end through the real program, in
// a station of its own (XDG folders in a temporary directory): the pin, rollback, tampering,
// the last good bundle, and what the installed bundle's age does to verdicts.
#include "../support/clirun.h"
#include "../support/specimen.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;

namespace {

constexpr qint64 kDay = 86400;

using Run = CliRun;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString rfc3339(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

class TestCliTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_home;
    QString m_bundleKey;
    QString m_bundleCert;
    QString m_otherKey;
    QString m_otherCert;
    QString m_folder;
    QByteArray m_qr;
    qint64 m_now = QDateTime::currentSecsSinceEpoch();

    Run cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runCli(arguments, input, stationEnvironment(m_home), 60000);
    }

    // Makes bundle @p version issued @p issuedOffset seconds from now, valid @p validDays.
    QString bundle(int version, qint64 issuedOffset = -3600, int validDays = 30, bool other = false)
    {
        const QString out = m_dir.filePath(QStringLiteral("bundle-%1-%2%3.cdtb").arg(version).arg(issuedOffset).arg(other ? u"-other"_qs : QString()));
        const Run run = cli({u"trust"_qs, u"bundle"_qs, u"--key"_qs, other ? m_otherKey : m_bundleKey, u"--cert"_qs,
                             other ? m_otherCert : m_bundleCert, u"--version"_qs, QString::number(version),
                             u"--issued"_qs, rfc3339(m_now + issuedOffset), u"--valid-days"_qs, QString::number(validDays),
                             u"--publisher"_qs, u"CertDesk test ministry"_qs, u"--out"_qs, out, m_folder});
        if (run.exitCode != 0)
            qWarning("bundle: %s", run.err.constData());
        return run.exitCode == 0 ? out : QString();
    }

    Run verifyWithStationTrust(const QStringList &extra = {}) const
    {
        return cli(QStringList{u"verify"_qs, u"--json"_qs} + extra + QStringList{u"-"_qs}, m_qr + '\n');
    }

    void freshStation()
    {
        QDir(m_home).removeRecursively();
        QDir().mkpath(m_home);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(QStringLiteral("home"));
        const SpecimenSigner publisher = SpecimenSigner::make(KeyType::P256, m_now - 365 * kDay, m_now + 365 * kDay);
        const SpecimenSigner other = SpecimenSigner::make(KeyType::P256, m_now - 365 * kDay, m_now + 365 * kDay);
        m_bundleKey = m_dir.filePath(QStringLiteral("publisher.key"));
        m_bundleCert = m_dir.filePath(QStringLiteral("publisher.der"));
        m_otherKey = m_dir.filePath(QStringLiteral("other.key"));
        m_otherCert = m_dir.filePath(QStringLiteral("other.der"));
        QVERIFY(writeFile(m_bundleKey, privateKeyPem(publisher.key.get())));
        QVERIFY(writeFile(m_bundleCert, publisher.certificateDer));
        QVERIFY(writeFile(m_otherKey, privateKeyPem(other.key.get())));
        QVERIFY(writeFile(m_otherCert, other.certificateDer));

        // The bundle's content: one ITHC-1 issuer and one entry policy in CertLogic.
        const SpecimenSigner issuer = SpecimenSigner::make(KeyType::P256);
        m_folder = m_dir.filePath(QStringLiteral("content"));
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/trust")));
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/policies")));
        QVERIFY(writeFile(m_folder + QStringLiteral("/trust/ithc-issuer.der"), issuer.certificateDer));
        QVERIFY(writeFile(m_folder + QStringLiteral("/policies/never.json"),
                          R"([{"Identifier":"GR-XA-0001","Version":"1.0.0","CertificateType":"General","Country":"XA",
                               "ValidFrom":"2020-01-01T00:00:00Z","ValidTo":"2099-01-01T00:00:00Z",
                               "Description":[{"lang":"en","desc":"Never admitted"}],"Logic":false}])"));
        CoseBuilder builder;
        builder.protectedHeader = QCborMap{{1, -7}, {4, issuer.kid()}};
        builder.payload = ithcClaims(m_now - 3600, m_now + 14 * kDay).toCborValue().toCbor();
        m_qr = builder.qrText("ITHC1:", issuer, SignatureAlgorithm::Es256);
    }

    void init() { freshStation(); }

    void installNeedsThePin()
    {
        const QString v1 = bundle(1);
        QVERIFY(!v1.isEmpty());
        Run run = cli({u"trust"_qs, u"update"_qs, v1});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("pin"), run.err.constData());
        // Without the bundle the station trusts nothing: key_unknown.
        QCOMPARE(verifyWithStationTrust().first().value(u"verdict").toString(), u"invalid"_qs);

        run = cli({u"trust"_qs, u"update"_qs, v1, u"--pin"_qs, m_bundleCert});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("installed trust bundle version 1"), run.out.constData());
        const QJsonObject report = verifyWithStationTrust().first();
        QCOMPARE(report.value(u"verdict").toString(), u"valid"_qs);
        QCOMPARE(report.value(u"trust").toObject().value(u"status").toString(), u"current"_qs);
        QCOMPARE(report.value(u"trust").toObject().value(u"bundle_version").toInt(), 1);

        // A bundle from a signer the station has not pinned is refused.
        const QString foreign = bundle(2, -3600, 30, true);
        run = cli({u"trust"_qs, u"update"_qs, foreign});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not pinned"), run.err.constData());
    }

    void rollbackTamperingAndLastGood()
    {
        QCOMPARE(cli({u"trust"_qs, u"pin"_qs, m_bundleCert}).exitCode, 0);
        const QString v2 = bundle(2);
        const QString v3 = bundle(3);
        QCOMPARE(cli({u"trust"_qs, u"update"_qs, v3}).exitCode, 0);
        Run run = cli({u"trust"_qs, u"update"_qs, v2});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("rollback"), run.err.constData());
        // A tampered v4: refused, v3 stays.
        QFile file(bundle(4));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("test ministry");
        QVERIFY(at > 0);
        bytes[at] = 'T';
        file.seek(0);
        file.write(bytes);
        file.close();
        run = cli({u"trust"_qs, u"update"_qs, file.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("signature"), run.err.constData());
        const QJsonObject listed = QJsonDocument::fromJson(cli({u"trust"_qs, u"list"_qs, u"--json"_qs}).out).object();
        QCOMPARE(listed.value(u"bundle").toObject().value(u"version").toInt(), 3);
        QCOMPARE(listed.value(u"keys").toArray().size(), 1);
        // An https URL that cannot be reached and plain http: errors, nothing changes.
        QCOMPARE(cli({u"trust"_qs, u"update"_qs, u"http://example.invalid/bundle.cdtb"_qs}).exitCode, 2);
    }

    void updateFromTheConfiguredSource()
    {
        // No source given: the setting trust/bundleSource names it (here a file; an https URL
        // the same way). Without the setting, a usage error.
        QCOMPARE(cli({u"trust"_qs, u"update"_qs}).exitCode, 2);
        const QString v5 = bundle(5);
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/config/CertDesk")));
        QVERIFY(writeFile(m_home + QStringLiteral("/config/CertDesk/certdesk.conf"),
                          "[trust]\nbundleSource=" + v5.toUtf8() + "\n"));
        QCOMPARE(cli({u"trust"_qs, u"pin"_qs, m_bundleCert}).exitCode, 0);
        const Run run = cli({u"trust"_qs, u"update"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("version 5"), run.out.constData());
    }

    void policyFromTheBundle()
    {
        QCOMPARE(cli({u"trust"_qs, u"update"_qs, bundle(1), u"--pin"_qs, m_bundleCert}).exitCode, 0);
        const QJsonObject report = verifyWithStationTrust({u"--policy"_qs, u"never"_qs}).first();
        QCOMPARE(report.value(u"verdict").toString(), u"invalid"_qs);
        QCOMPARE(report.value(u"reasons").toArray().first().toObject().value(u"code").toString(), u"policy"_qs);
    }

    void ageOnEveryVerdict()
    {
        QCOMPARE(cli({u"trust"_qs, u"pin"_qs, m_bundleCert}).exitCode, 0);
        // 10 days old: valid, said.
        QCOMPARE(cli({u"trust"_qs, u"update"_qs, bundle(1, -10 * kDay, 60)}).exitCode, 0);
        QJsonObject report = verifyWithStationTrust().first();
        QCOMPARE(report.value(u"verdict").toString(), u"valid"_qs);
        QCOMPARE(report.value(u"trust").toObject().value(u"status").toString(), u"aging"_qs);
        // 31 days old (not expired): every verdict refused.
        freshStation();
        QCOMPARE(cli({u"trust"_qs, u"pin"_qs, m_bundleCert}).exitCode, 0);
        QCOMPARE(cli({u"trust"_qs, u"update"_qs, bundle(1, -31 * kDay, 60)}).exitCode, 0);
        const Run run = verifyWithStationTrust();
        QCOMPARE(run.exitCode, 1);
        report = run.first();
        QCOMPARE(report.value(u"verdict").toString(), u"invalid"_qs);
        QCOMPARE(report.value(u"reasons").toArray().last().toObject().value(u"code").toString(), u"trust_outdated"_qs);
    }

    void clockEarlierThanTheBundle()
    {
        QCOMPARE(cli({u"trust"_qs, u"pin"_qs, m_bundleCert}).exitCode, 0);
        const QString future = bundle(1, 2 * kDay);
        Run run = cli({u"trust"_qs, u"update"_qs, future});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("clock is wrong"), run.err.constData());
        // Given with --trust, the bundle loads, and every verdict says the clock is wrong.
        run = verifyWithStationTrust({u"--trust"_qs, future});
        const QJsonObject report = run.first();
        QCOMPARE(report.value(u"verdict").toString(), u"invalid"_qs);
        QCOMPARE(report.value(u"reasons").toArray().last().toObject().value(u"code").toString(), u"clock_wrong"_qs);
    }

    void revocationListBuiltAndUsed()
    {
        // A publisher's text list → a CertDesk binary list → the certificate refused as revoked.
        const QString text = m_dir.filePath(u"revoked.txt"_qs);
        QVERIFY(writeFile(text, "# revoked by the issuer\nITHC-CI URN:ITHC:CN:TEST0001 scope:CN\nUCI URN:UVCI:01:XA:OTHER\n"));
        const QString list = m_dir.filePath(u"revoked.cdrl"_qs);
        Run run = cli({u"revocation"_qs, u"build"_qs, u"--out"_qs, list, text});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("2 entries"), run.out.constData());
        const QString trust = m_folder + QStringLiteral("/trust/ithc-issuer.der");
        QCOMPARE(verifyWithStationTrust({u"--trust"_qs, trust}).first().value(u"verdict").toString(), u"valid"_qs);
        run = verifyWithStationTrust({u"--trust"_qs, trust, u"--revocation"_qs, list});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.first();
        QCOMPARE(report.value(u"reasons").toArray().first().toObject().value(u"code").toString(), u"revoked"_qs);
        // Scoped to another issuing country: not revoked.
        QVERIFY(writeFile(text, "ITHC-CI URN:ITHC:CN:TEST0001 scope:XA\n"));
        QCOMPARE(cli({u"revocation"_qs, u"build"_qs, u"--out"_qs, list, text}).exitCode, 0);
        QCOMPARE(verifyWithStationTrust({u"--trust"_qs, trust, u"--revocation"_qs, list}).first().value(u"verdict").toString(),
                 u"valid"_qs);
        // A damaged list stops the run (exit 2): never "not revoked".
        QFile damaged(list);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.resize(damaged.size() - 3);
        damaged.close();
        QCOMPARE(verifyWithStationTrust({u"--trust"_qs, trust, u"--revocation"_qs, list}).exitCode, 2);
        // A line the tool does not understand is an error naming the line.
        QVERIFY(writeFile(text, "UCI\n"));
        run = cli({u"revocation"_qs, u"build"_qs, u"--out"_qs, list, text});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("revoked.txt:1"), run.err.constData());
    }

    void importKeepsProvenance()
    {
        const QString certificate = m_folder + QStringLiteral("/trust/ithc-issuer.der");
        Run run = cli({u"trust"_qs, u"import"_qs, certificate});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject listed = QJsonDocument::fromJson(cli({u"trust"_qs, u"list"_qs, u"--json"_qs}).out).object();
        const QJsonArray sources = listed.value(u"sources").toArray();
        QCOMPARE(sources.size(), 1);
        const QJsonObject provenance = sources.first().toObject().value(u"provenance").toObject();
        QCOMPARE(provenance.value(u"from").toString(), QFileInfo(certificate).absoluteFilePath());
        QVERIFY(!provenance.value(u"imported").toString().isEmpty());
        QCOMPARE(verifyWithStationTrust().first().value(u"verdict").toString(), u"valid"_qs);
        // Something that is not trust material is refused, and nothing is copied.
        QVERIFY(writeFile(m_dir.filePath(u"junk.pem"_qs), "not a certificate"));
        run = cli({u"trust"_qs, u"import"_qs, m_dir.filePath(u"junk.pem"_qs)});
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_clitrust.moc"

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The ICAO VDS-NC cases of ../shared/conformance/khc/manifest.jsonl (KDE
// KHealthCertificate test data: Japan's seal under its explicit-parameter CSCA, the
// ICAO "Utopia" seals), through the same core entry point as certdesk-cli, judged
// by the suite's own pass rule.
#include "trust/trustloader.h"
#include "verify/verifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CertDesk;

class TestKhcConformance : public QObject
{
    Q_OBJECT

private:
    QString m_suite = QStringLiteral(CERTDESK_SHARED_DIR "/conformance/khc");

private Q_SLOTS:
    void vdsnc_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        QFile file(m_suite + QStringLiteral("/manifest.jsonl"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/conformance/khc is not here: the VDS-NC conformance cases are skipped");
        int count = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject testCase = QJsonDocument::fromJson(line).object();
            const QString id = testCase.value(u"id").toString();
            if (!id.startsWith(u"vdsnc_"))
                continue;
            QTest::newRow(id.toUtf8().constData()) << testCase;
            ++count;
        }
        QCOMPARE(count, 5);
    }
    void vdsnc()
    {
        QFETCH(QJsonObject, testCase);
        auto store = std::make_shared<TrustStore>();
        TrustLoader loader;
        for (const QJsonValue &trust : testCase.value(u"trust").toArray())
            QVERIFY(!loader.loadPath(m_suite + u'/' + trust.toString(), *store).has_value());
        const auto at = Timestamp::parseRfc3339(testCase.value(u"at").toString());
        QVERIFY(at);
        const VerificationReport report = Verifier(store).verify(testCase.value(u"payload").toString().toUtf8(), *at);
        QCOMPARE(report.format, CertificateFormat::VdsNc);

        const QJsonObject expect = testCase.value(u"expect").toObject();
        QStringList verdicts;
        for (const QJsonValue &v : expect.value(u"verdict_any").toArray())
            verdicts.append(v.toString());
        if (verdicts.isEmpty())
            verdicts.append(expect.value(u"verdict").toString());
        QStringList codes;
        for (const Reason &reason : report.reasons)
            codes.append(reasonCodeName(reason.code) + u" (" + reason.detail + u')');
        const QString got = verdictName(report.verdict()) + u": " + codes.join(u", ");
        QVERIFY2(verdicts.contains(verdictName(report.verdict())), qPrintable(got));
        const QJsonArray wanted = expect.value(u"reasons_any").toArray();
        if (report.verdict() != Verdict::Valid && !wanted.isEmpty()) {
            bool found = false;
            for (const Reason &reason : report.reasons)
                found = found || wanted.contains(reasonCodeName(reason.code));
            QVERIFY2(found, qPrintable(got));
        }
        // The valid Japanese seal: its content reaches the common model.
        if (report.verdict() == Verdict::Valid) {
            QVERIFY(report.certificate);
            QCOMPARE(report.certificate->holder.familyName, u"MIYAKE SHOTA"_qs);
            QCOMPARE(report.certificate->holder.dateOfBirth, u"1991-02-18"_qs);
            QCOMPARE(report.certificate->vaccinations.size(), 3);
            QCOMPARE(report.certificate->vaccinations.last().doseNumber, 3);
            QCOMPARE(report.certificate->vaccinations.last().date, QDate(2021, 12, 1));
        }
    }
};

QTEST_APPLESS_MAIN(TestKhcConformance)
#include "tst_khcconformance.moc"

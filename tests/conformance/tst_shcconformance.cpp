// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Every case of ../shared/conformance/shc/manifest.jsonl (and the SHC case of the KHC suite),
// through the same core entry point as certdesk-cli, judged by the suite's own pass rule.
#include "trust/trustloader.h"
#include "verify/verifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CertDesk;

class TestShcConformance : public QObject
{
    Q_OBJECT

private:
    const QString m_shared = QStringLiteral(CERTDESK_SHARED_DIR "/conformance");

    void addRows(const QString &suite, int expectedCount, bool shcOnly)
    {
        QFile file(m_shared + u'/' + suite + QStringLiteral("/manifest.jsonl"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(QStringLiteral("../shared/conformance/%1 is not here: the suite is skipped").arg(suite)));
        int count = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject testCase = QJsonDocument::fromJson(line).object();
            if (shcOnly && !testCase.value(u"payload").toString().startsWith(u"shc:/"))
                continue;
            const QString id = suite + u'/' + testCase.value(u"id").toString();
            QTest::newRow(id.toUtf8().constData()) << suite << testCase;
            ++count;
        }
        QCOMPARE(count, expectedCount);
    }

    void check(const QString &suite, const QJsonObject &testCase)
    {
        auto store = std::make_shared<TrustStore>();
        TrustLoader loader;
        for (const QJsonValue &trust : testCase.value(u"trust").toArray()) {
            const auto error = loader.loadPath(m_shared + u'/' + suite + u'/' + trust.toString(), *store);
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
        }
        const auto at = Timestamp::parseRfc3339(testCase.value(u"at").toString());
        QVERIFY(at);
        const VerificationReport report = Verifier(store).verify(testCase.value(u"payload").toString().toUtf8(), *at);

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
        // Text without the shc:/ prefix is no SMART Health Card at all.
        const bool notACard = !report.reasons.isEmpty() && report.reasons.first().code == ReasonCode::NotACertificate;
        QCOMPARE(report.format, notACard ? CertificateFormat::Unknown : CertificateFormat::Shc);
        const QJsonArray wanted = expect.value(u"reasons_any").toArray();
        if (report.verdict() != Verdict::Valid && !wanted.isEmpty()) {
            bool found = false;
            for (const Reason &reason : report.reasons)
                found = found || wanted.contains(reasonCodeName(reason.code));
            QVERIFY2(found, qPrintable(got));
        }
        if (report.verdict() == Verdict::Valid) {
            // A valid card shows its holder and at least one vaccination or test.
            QVERIFY(report.certificate);
            QVERIFY(!report.certificate->holder.familyName.isEmpty() || !report.certificate->holder.givenName.isEmpty());
            QVERIFY(!report.certificate->vaccinations.isEmpty() || !report.certificate->tests.isEmpty());
        }
    }

private Q_SLOTS:
    void shc_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::addColumn<QJsonObject>("testCase");
        addRows(QStringLiteral("shc"), 42, false);
    }
    void shc()
    {
        QFETCH(QString, suite);
        QFETCH(QJsonObject, testCase);
        check(suite, testCase);
    }

    void khc_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::addColumn<QJsonObject>("testCase");
        addRows(QStringLiteral("khc"), 1, true);
    }
    void khc()
    {
        QFETCH(QString, suite);
        QFETCH(QJsonObject, testCase);
        check(suite, testCase);
    }
};

QTEST_APPLESS_MAIN(TestShcConformance)
#include "tst_shcconformance.moc"

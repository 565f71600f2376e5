// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Every case of ../shared/conformance/ithc/manifest.jsonl, through the same
// core entry point as certdesk-cli, judged by the suite's own pass rule.
#include "trust/trustloader.h"
#include "verify/verifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CertDesk;

class TestIthcConformance : public QObject
{
    Q_OBJECT

private:
    QString m_suite = QStringLiteral(CERTDESK_SHARED_DIR "/conformance/ithc");

private Q_SLOTS:
    void manifest_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        QFile file(m_suite + QStringLiteral("/manifest.jsonl"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/conformance/ithc is not here: the ITHC-1 conformance suite is skipped");
        int count = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject testCase = QJsonDocument::fromJson(line).object();
            QTest::newRow(testCase.value(u"id").toString().toUtf8().constData()) << testCase;
            ++count;
        }
        QCOMPARE(count, 87);
    }
    void manifest()
    {
        QFETCH(QJsonObject, testCase);
        auto store = std::make_shared<TrustStore>();
        TrustLoader loader;
        for (const QJsonValue &trust : testCase.value(u"trust").toArray())
            QVERIFY(!loader.loadPath(m_suite + u'/' + trust.toString(), *store).has_value());
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
        const QJsonArray wanted = expect.value(u"reasons_any").toArray();
        if (report.verdict() != Verdict::Valid && !wanted.isEmpty()) {
            bool found = false;
            for (const Reason &reason : report.reasons)
                found = found || wanted.contains(reasonCodeName(reason.code));
            QVERIFY2(found, qPrintable(got));
        }
    }
};

QTEST_APPLESS_MAIN(TestIthcConformance)
#include "tst_ithcconformance.moc"

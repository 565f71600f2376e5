// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "verify/reason.h"
#include "verify/verificationreport.h"

#include <QSet>
#include <QTest>

using namespace CertDesk;

class TestReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QSet<QString> names;
        for (ReasonCode code : allReasonCodes()) {
            const QString name = reasonCodeName(code);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(reasonCodeFromName(name), code);
        }
        QVERIFY(!reasonCodeFromName(u"no_such_code"));
    }

    void contractCodes_data()
    {
        QTest::addColumn<QString>("name");
        // Every code of CLI-CONTRACT.md "Reason codes" exists with its exact spelling.
        for (const char *name : {"not_a_certificate", "decode_base45", "decode_compression", "too_large", "decode_cbor",
                                 "decode_cose", "decode_jws", "decode_json", "algorithm_unsupported", "key_unknown",
                                 "signature_invalid", "key_expired", "key_usage", "trust_chain", "not_yet_valid",
                                 "expired", "incomplete", "schema", "revoked", "policy"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void contractCodes()
    {
        QFETCH(QString, name);
        QVERIFY(reasonCodeFromName(name).has_value());
    }

    void verdictFollowsReasons_data()
    {
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<int>("verdict");
        QTest::newRow("none") << QList<int>{} << int(Verdict::Valid);
        QTest::newRow("decode-first") << QList<int>{int(ReasonCode::DecodeCbor)} << int(Verdict::Unreadable);
        QTest::newRow("too-large") << QList<int>{int(ReasonCode::TooLarge)} << int(Verdict::Unreadable);
        QTest::newRow("not-a-certificate") << QList<int>{int(ReasonCode::NotACertificate)} << int(Verdict::Unreadable);
        QTest::newRow("signature") << QList<int>{int(ReasonCode::SignatureInvalid)} << int(Verdict::Invalid);
        QTest::newRow("expired-then-schema") << QList<int>{int(ReasonCode::Expired), int(ReasonCode::Schema)} << int(Verdict::Invalid);
        QTest::newRow("uncheckable") << QList<int>{int(ReasonCode::SignatureUncheckable)} << int(Verdict::Invalid);
    }
    void verdictFollowsReasons()
    {
        QFETCH(QList<int>, codes);
        QFETCH(int, verdict);
        VerificationReport report;
        for (int code : codes)
            report.fail(QStringLiteral("step"), {ReasonCode(code), QString()});
        QCOMPARE(int(report.verdict()), verdict);
    }
};

QTEST_APPLESS_MAIN(TestReason)
#include "tst_reason.moc"

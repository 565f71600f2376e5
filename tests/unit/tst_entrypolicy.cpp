// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "policy/entrypolicy.h"
#include "specimen.h"
#include "trust/trustloader.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Policy;

namespace {

constexpr Timestamp::Millis kHour = 3'600'000;
constexpr Timestamp::Millis kDay = 24 * kHour;
// 2026-03-10T12:00:00Z
constexpr Timestamp::Millis kNow = 1773144000000;

HealthCertificate ithc(Timestamp::Millis natSample, const QString &natResult, Timestamp::Millis igmSample,
                       const QString &igmResult)
{
    HealthCertificate c;
    c.format = CertificateFormat::Ithc;
    c.nucleicAcidTests.append(NucleicAcidTest{natSample, {}, QStringLiteral("RT-PCR"), natResult, {}, {}});
    c.antibodyTests.append(AntibodyTest{igmSample, {}, igmResult, {}, {}});
    return c;
}

HealthCertificate dccVaccination(QDate date, int dose, int of)
{
    HealthCertificate c;
    c.format = CertificateFormat::Dcc;
    Vaccination v;
    v.date = date;
    v.doseNumber = dose;
    v.totalDoses = of;
    c.vaccinations.append(v);
    return c;
}

HealthCertificate dccTest(const QString &type, Timestamp::Millis sample, const QString &result)
{
    HealthCertificate c;
    c.format = CertificateFormat::Dcc;
    DccTest t;
    t.testType.code = type;
    t.sampleCollected = sample;
    t.result.code = result;
    c.tests.append(t);
    return c;
}

HealthCertificate dccRecovery(QDate firstPositive)
{
    HealthCertificate c;
    c.format = CertificateFormat::Dcc;
    Recovery r;
    r.firstPositive = firstPositive;
    c.recoveries.append(r);
    return c;
}

QDate daysBefore(int days)
{
    return QDateTime::fromMSecsSinceEpoch(kNow - qint64(days) * kDay, Qt::UTC).date();
}

PolicyOutcome apply(const char *name, const HealthCertificate &certificate, Timestamp::Millis at = kNow)
{
    PolicyContext context;
    context.at = at;
    return EntryPolicy::builtIn(QString::fromLatin1(name))->apply(certificate, context);
}

} // namespace

class TestEntryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ithcEntryAtTheBoundaries_data()
    {
        QTest::addColumn<qint64>("natAge");
        QTest::addColumn<QString>("natResult");
        QTest::addColumn<qint64>("igmAge");
        QTest::addColumn<bool>("natMet");
        QTest::addColumn<bool>("igmMet");
        QTest::newRow("20 h, both negative") << 20 * kHour << "negative" << 20 * kHour << true << true;
        QTest::newRow("exactly 48 h") << 48 * kHour << "negative" << 48 * kHour << true << true;
        QTest::newRow("48 h + 1 ms") << 48 * kHour + 1 << "negative" << 48 * kHour + 1 << false << false;
        QTest::newRow("NAT positive") << 2 * kHour << "positive" << 2 * kHour << false << true;
        QTest::newRow("IgM too old") << 2 * kHour << "negative" << 53 * kHour << true << false;
        QTest::newRow("sample after verification") << -kHour << "negative" << 2 * kHour << false << true;
    }

    void ithcEntryAtTheBoundaries()
    {
        QFETCH(qint64, natAge);
        QFETCH(QString, natResult);
        QFETCH(qint64, igmAge);
        QFETCH(bool, natMet);
        QFETCH(bool, igmMet);
        const PolicyOutcome outcome
            = apply("ithc-entry", ithc(kNow - natAge, natResult, kNow - igmAge, QStringLiteral("negative")));
        QCOMPARE(outcome.rules.size(), 2);
        QCOMPARE(outcome.rules.at(0).id, QStringLiteral("nat-negative-48h"));
        QCOMPARE(outcome.rules.at(1).id, QStringLiteral("igm-negative-48h"));
        QCOMPARE(outcome.rules.at(0).met, natMet);
        QCOMPARE(outcome.rules.at(1).met, igmMet);
        QCOMPARE(outcome.met, natMet && igmMet);
        QVERIFY(!outcome.rules.at(0).detail.isEmpty());
    }

    void ithcEntryTakesTheMostRecentTest()
    {
        HealthCertificate c = ithc(kNow - 100 * kHour, QStringLiteral("negative"), kNow - kHour, QStringLiteral("negative"));
        c.nucleicAcidTests.prepend(NucleicAcidTest{kNow - 5 * kHour, {}, QStringLiteral("RT-PCR"), QStringLiteral("negative"), {}, {}});
        const PolicyOutcome outcome = apply("ithc-entry", c);
        QVERIFY(outcome.met);
        QCOMPARE(outcome.rules.at(0).detail, QStringLiteral("nucleic-acid test negative, sample taken 5 h before (at most 48 h)"));
        // The detail says why in words when the rule fails.
        const PolicyOutcome old = apply("ithc-entry", ithc(kNow - 53 * kHour, QStringLiteral("negative"), kNow, QStringLiteral("negative")));
        QCOMPARE(old.firstFailure()->detail,
                 QStringLiteral("nucleic-acid test negative, but sample taken 53 h before; the policy allows 48 h"));
    }

    void euVaccination_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<int>("dose");
        QTest::addColumn<int>("of");
        QTest::addColumn<bool>("met");
        QTest::newRow("13 days after completing") << 13 << 2 << 2 << false;
        QTest::newRow("exactly 14 days") << 14 << 2 << 2 << true;
        QTest::newRow("exactly 270 days") << 270 << 2 << 2 << true;
        QTest::newRow("271 days") << 271 << 2 << 2 << false;
        QTest::newRow("incomplete") << 30 << 1 << 2 << false;
        QTest::newRow("booster today") << 0 << 3 << 3 << true;
        QTest::newRow("booster 3/2, 400 days") << 400 << 3 << 2 << true;
        QTest::newRow("one-dose series, 14 days") << 14 << 1 << 1 << true;
    }

    void euVaccination()
    {
        QFETCH(int, daysAgo);
        QFETCH(int, dose);
        QFETCH(int, of);
        QFETCH(bool, met);
        // 12:00 UTC "now" and a date at 00:00 UTC: exactly N days means verifying at 00:00.
        const Timestamp::Millis at = kNow - 12 * kHour;
        const PolicyOutcome outcome = apply("eu-travel-2022", dccVaccination(daysBefore(daysAgo), dose, of), at);
        QCOMPARE(outcome.rules.size(), 1);
        QCOMPARE(outcome.rules.first().id, QStringLiteral("vaccination"));
        QCOMPARE(outcome.met, met);
    }

    void euTest_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<QString>("result");
        QTest::addColumn<bool>("met");
        QTest::newRow("NAAT exactly 72 h") << "LP6464-4" << 72 * kHour << "260415000" << true;
        QTest::newRow("NAAT 72 h + 1 ms") << "LP6464-4" << 72 * kHour + 1 << "260415000" << false;
        QTest::newRow("RAT exactly 48 h") << "LP217198-3" << 48 * kHour << "260415000" << true;
        QTest::newRow("RAT 49 h") << "LP217198-3" << 49 * kHour << "260415000" << false;
        QTest::newRow("detected") << "LP6464-4" << kHour << "260373001" << false;
        QTest::newRow("future sample") << "LP6464-4" << -kHour << "260415000" << false;
    }

    void euTest()
    {
        QFETCH(QString, type);
        QFETCH(qint64, age);
        QFETCH(QString, result);
        QFETCH(bool, met);
        const PolicyOutcome outcome = apply("eu-travel-2022", dccTest(type, kNow - age, result));
        QCOMPARE(outcome.rules.first().id, QStringLiteral("test"));
        QCOMPARE(outcome.met, met);
    }

    void euRecovery()
    {
        const Timestamp::Millis midnight = kNow - 12 * kHour;
        QVERIFY(!apply("eu-travel-2022", dccRecovery(daysBefore(10)), midnight).met);
        QVERIFY(apply("eu-travel-2022", dccRecovery(daysBefore(11)), midnight).met);
        QVERIFY(apply("eu-travel-2022", dccRecovery(daysBefore(180)), midnight).met);
        QVERIFY(!apply("eu-travel-2022", dccRecovery(daysBefore(181)), midnight).met);
    }

    void aProfileOnAnotherFormatIsNotMet()
    {
        const PolicyOutcome eu = apply("eu-travel-2022", ithc(kNow, QStringLiteral("negative"), kNow, QStringLiteral("negative")));
        QVERIFY(!eu.met);
        QCOMPARE(eu.rules.first().id, QStringLiteral("format"));
        const PolicyOutcome ithcOnDcc = apply("ithc-entry", dccRecovery(daysBefore(20)));
        QVERIFY(!ithcOnDcc.met);
        QCOMPARE(ithcOnDcc.rules.first().id, QStringLiteral("format"));
        QVERIFY(apply("signature-only", dccRecovery(daysBefore(1))).met);
        // A WHO DDCC in an HCERT reports format dcc, but it is not an EU DCC: its dose counts
        // and codes do not follow the EU rules, so the EU profile does not cover it.
        HealthCertificate ddcc = dccVaccination(daysBefore(30), 2, 2);
        ddcc.scheme = QStringLiteral("WHO DDCC:VS");
        const PolicyOutcome euOnDdcc = apply("eu-travel-2022", ddcc);
        QVERIFY(!euOnDdcc.met);
        QCOMPARE(euOnDdcc.rules.first().id, QStringLiteral("format"));
        QVERIFY(euOnDdcc.rules.first().detail.contains(u"WHO DDCC:VS"));
        ddcc.scheme = QStringLiteral("EU DCC + WHO DDCC:VS");
        QVERIFY(apply("eu-travel-2022", ddcc).met);
    }

    void businessRules()
    {
        // Two versions of one rule (the newer wins while valid), a General rule, a rule for
        // tests only (not applied to a vaccination), a rule outside its validity window.
        const QByteArray json = R"([
          {"Identifier": "VR-XX-0001", "Version": "1.0.0", "CertificateType": "Vaccination",
           "ValidFrom": "2021-01-01T00:00:00Z", "ValidTo": "2030-01-01T00:00:00Z",
           "Description": [{"lang": "en", "desc": "old version: always fails"}], "Logic": false},
          {"Identifier": "VR-XX-0001", "Version": "1.1.0", "CertificateType": "Vaccination",
           "ValidFrom": "2021-01-01T00:00:00Z", "ValidTo": "2030-01-01T00:00:00Z",
           "Description": [{"lang": "en", "desc": "complete series"}],
           "Logic": {"!": [{"<": [{"var": "payload.v.0.dn"}, {"var": "payload.v.0.sd"}]}]}},
          {"Identifier": "GR-XX-0001", "Version": "1.0.0", "CertificateType": "General",
           "ValidFrom": "2021-01-01T00:00:00Z", "ValidTo": "2030-01-01T00:00:00Z",
           "Description": [{"lang": "en", "desc": "checked before expiry"}],
           "Logic": {"not-after": [{"plusTime": [{"var": "external.validationClock"}, 0, "day"]}, {"plusTime": [{"var": "external.exp"}, 0, "day"]}]}},
          {"Identifier": "TR-XX-0001", "Version": "1.0.0", "CertificateType": "Test",
           "ValidFrom": "2021-01-01T00:00:00Z", "ValidTo": "2030-01-01T00:00:00Z", "Logic": false},
          {"Identifier": "VR-XX-0002", "Version": "1.0.0", "CertificateType": "Vaccination",
           "ValidFrom": "2027-01-01T00:00:00Z", "ValidTo": "2030-01-01T00:00:00Z", "Logic": false}
        ])";
        const Expected<EntryPolicy, QString> policy = EntryPolicy::fromBusinessRules(json, QStringLiteral("rules.json"));
        QVERIFY2(policy, policy ? "" : qPrintable(policy.error()));
        PolicyContext context;
        context.at = kNow;
        context.expiresAt = kNow + 30 * kDay;
        context.dccPayload = QJsonDocument::fromJson(R"({"v": [{"dn": 2, "sd": 2}]})").object();
        PolicyOutcome outcome = policy->apply(dccVaccination(daysBefore(30), 2, 2), context);
        QCOMPARE(outcome.rules.size(), 2);
        QVERIFY(outcome.met);
        QCOMPARE(outcome.rules.at(0).id, QStringLiteral("GR-XX-0001"));
        QCOMPARE(outcome.rules.at(1).detail, QStringLiteral("complete series"));

        context.dccPayload = QJsonDocument::fromJson(R"({"v": [{"dn": 1, "sd": 2}]})").object();
        outcome = policy->apply(dccVaccination(daysBefore(30), 1, 2), context);
        QVERIFY(!outcome.met);
        QCOMPARE(outcome.firstFailure()->id, QStringLiteral("VR-XX-0001"));

        // A rule whose evaluation raises an error fails (here: no exp to compare with).
        context.expiresAt.reset();
        context.dccPayload = QJsonDocument::fromJson(R"({"v": [{"dn": 2, "sd": 2}]})").object();
        outcome = policy->apply(dccVaccination(daysBefore(30), 2, 2), context);
        QVERIFY(!outcome.met);
        QCOMPARE(outcome.firstFailure()->id, QStringLiteral("GR-XX-0001"));
        QVERIFY(outcome.firstFailure()->detail.contains(u"could not be evaluated"));
    }

    void appliedOnlyToOtherwiseValidCertificates()
    {
        using namespace CertDesk::Test;
        const SpecimenSigner signer = SpecimenSigner::make(KeyType::P256);
        auto store = std::make_shared<TrustStore>();
        store->add(std::make_shared<const TrustedSigner>(
            *makeTrustedSigner(signer.certificateDer, TrustSourceKind::CertificateFile, QStringLiteral("test"))));
        const Verifier verifier(store);
        // The specimen's nucleic-acid sample: 2024-03-14T00:00:00Z; no IgM test.
        CoseBuilder builder;
        builder.protectedHeader = QCborMap{{1, -7}, {4, signer.kid()}};
        const qint64 issued = 1710380000;
        builder.payload = ithcClaims(issued, issued + 30 * 86400).toCborValue().toCbor();
        const QByteArray text = builder.qrText("ITHC1:", signer, SignatureAlgorithm::Es256);
        const EntryPolicy policy = *EntryPolicy::builtIn(u"ithc-entry");

        VerificationReport report = verifier.verify(text, *Timestamp::parseRfc3339(u"2024-03-15T04:00:00Z"));
        QVERIFY(report.isValid());
        applyPolicy(policy, report);
        QVERIFY(report.policy.has_value());
        QVERIFY(!report.policy->met);
        QCOMPARE(report.reasons.size(), 1);
        QCOMPARE(report.reasons.first().code, ReasonCode::Policy);
        // NAT sample 28 h before: met; no IgM test: the rule that failed is named.
        QCOMPARE(report.reasons.first().detail, QStringLiteral("igm-negative-48h: no IgM antibody test"));
        QCOMPARE(report.verdict(), Verdict::Invalid);
        const QJsonObject json = reportToJson(report, QStringLiteral("-#1"));
        QCOMPARE(json.value(u"policy").toObject().value(u"outcome").toString(), QStringLiteral("not_met"));
        QCOMPARE(json.value(u"policy").toObject().value(u"rules").toArray().at(0).toObject().value(u"outcome").toString(),
                 QStringLiteral("met"));

        // A certificate that failed a check gets no policy object.
        VerificationReport expired = verifier.verify(text, *Timestamp::parseRfc3339(u"2025-01-01T00:00:00Z"));
        QVERIFY(!expired.isValid());
        applyPolicy(policy, expired);
        QVERIFY(!expired.policy);
        QVERIFY(!reportToJson(expired, QStringLiteral("-#1")).contains(u"policy"));
    }

    void badRuleFilesAreRefused()
    {
        QVERIFY(!EntryPolicy::fromBusinessRules("{", QStringLiteral("x")));
        QVERIFY(!EntryPolicy::fromBusinessRules("{}", QStringLiteral("x")));
        QVERIFY(!EntryPolicy::fromBusinessRules(R"([{"Identifier": "A"}])", QStringLiteral("x")));
        QVERIFY(!EntryPolicy::fromBusinessRules(R"([{"Identifier": "A", "Logic": {"map": []}}])", QStringLiteral("x")));
        QVERIFY(!EntryPolicy::load(QStringLiteral("no-such-policy")));
        QVERIFY(EntryPolicy::load(QStringLiteral("ithc-entry")));
    }
};

QTEST_GUILESS_MAIN(TestEntryPolicy)
#include "tst_entrypolicy.moc"

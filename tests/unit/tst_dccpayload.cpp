// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "formats/dcc/dccpayload.h"

using namespace CertDesk;

namespace {

constexpr qint64 kIssuedAt = 1'622'505'600;  // 2021-06-01T00:00:00Z
constexpr qint64 kExpiresAt = 1'654'041'600; // 2022-06-01T00:00:00Z
constexpr auto kVaccinationId = "URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B";

QCborValue text(const char *value)
{
    return QCborValue(QString::fromUtf8(value));
}

// A CBOR map from text keys, for DCC parts.
QCborMap map(std::initializer_list<std::pair<const char *, QCborValue>> members)
{
    QCborMap result;
    for (const auto &[name, value] : members)
        result.insert(QString::fromLatin1(name), value);
    return result;
}

QCborMap holderName()
{
    return map({{"fn", text("Musterfrau-Gößinger")},
                {"fnt", text("MUSTERFRAU<GOESSINGER")},
                {"gn", text("Gabriele")},
                {"gnt", text("GABRIELE")}});
}

QCborMap vaccinationEntry()
{
    return map({{"tg", text("840539006")},
                {"vp", text("1119349007")},
                {"mp", text("EU/1/20/1528")},
                {"ma", text("ORG-100030215")},
                {"dn", 2},
                {"sd", 2},
                {"dt", text("2021-05-20")},
                {"co", text("AT")},
                {"is", text("Ministry of Health, Austria")},
                {"ci", text(kVaccinationId)}});
}

// The sample time as CBOR tag 0 (RFC 8949 §3.4.1), as some issuers write it.
QCborValue taggedDateTime(const char *value)
{
    return QCborValue(QCborKnownTags::DateTimeString, text(value));
}

QCborMap testEntry()
{
    return map({{"tg", text("840539006")},
                {"tt", text("LP6464-4")},
                {"nm", text("Roche LightCycler qPCR")},
                {"sc", taggedDateTime("2021-05-30T12:34:56+02:00")},
                {"tr", text("260415000")},
                {"tc", text("Testing center Vienna 1")},
                {"co", text("AT")},
                {"is", text("Ministry of Health, Austria")},
                {"ci", text("URN:UVCI:01:AT:B5921A35D6A0D696421B3E2462178297#I")}});
}

QCborMap recoveryEntry()
{
    return map({{"tg", text("840539006")},
                {"fr", text("2021-02-20")},
                {"co", text("AT")},
                {"is", text("Ministry of Health, Austria")},
                {"df", text("2021-04-04")},
                {"du", text("2021-10-04")},
                {"ci", text("URN:UVCI:01:AT:858CC18CFCF5965EF82F60E493349AA5#K")}});
}

QCborMap dccWith(const char *group, const QCborValue &entries, const char *version = "1.3.0")
{
    QCborMap dcc = map({{"ver", text(version)}, {"nam", holderName()}, {"dob", text("1998-02-26")}});
    dcc.insert(QString::fromLatin1(group), entries);
    return dcc;
}

QCborMap dccWith(const char *group, const QCborMap &entry, const char *version = "1.3.0")
{
    return dccWith(group, QCborArray{entry}, version);
}

// CWT claims (RFC 8392) around @p hcert, the value of claim -260.
QCborMap claimsAround(const QCborValue &hcert, const QCborValue &issuedAt = kIssuedAt)
{
    QCborMap claims;
    claims.insert(1, text("AT"));
    claims.insert(4, kExpiresAt);
    claims.insert(6, issuedAt);
    if (!hcert.isUndefined())
        claims.insert(Dcc::kHcertClaimKey, hcert);
    return claims;
}

QCborMap claimsWith(const QCborMap &dcc)
{
    QCborMap hcert;
    hcert.insert(1, dcc);
    return claimsAround(hcert);
}

QCborMap withMember(QCborMap map, const char *member, const QCborValue &value)
{
    map.insert(QString::fromLatin1(member), value);
    return map;
}

QString details(const QList<Reason> &reasons)
{
    QStringList lines;
    for (const Reason &reason : reasons)
        lines.append(reason.detail);
    return lines.join(u'\n');
}

} // namespace

class TestDccPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schema_data();
    void schema();
    void mapsVaccination();
    void mapsTest();
    void mapsRecovery();
    void convertsToJson();
    void readsClaims_data();
    void readsClaims();
    void valueSetDisplay_data();
    void valueSetDisplay();
    void valueSetsFromDirectory();
};

void TestDccPayload::schema_data()
{
    QTest::addColumn<QCborMap>("claims");
    // Empty: no schema problem; otherwise a fragment of the first one.
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("types");

    const int vaccination = int(DccType::Vaccination);
    const int test = int(DccType::Test);
    const int recovery = int(DccType::Recovery);
    const QString valid;

    QTest::newRow("vaccination") << claimsWith(dccWith("v", vaccinationEntry())) << valid << vaccination;
    QTest::newRow("test, tag-0 sample time") << claimsWith(dccWith("t", testEntry())) << valid << test;
    QTest::newRow("recovery") << claimsWith(dccWith("r", recoveryEntry())) << valid << recovery;

    // HCERT §3.3.1 structure
    QTest::newRow("no -260 claim") << claimsAround(QCborValue()) << QStringLiteral("claim -260 (hcert) is missing")
                                   << 0;
    QTest::newRow("-260 not a map") << claimsAround(text("x")) << QStringLiteral("claim -260 (hcert) is not a map")
                                    << 0;
    QTest::newRow("no key 1") << claimsAround(QCborMap{{2, dccWith("v", vaccinationEntry())}})
                              << QStringLiteral("key 1 (eu_dgc_v1) is missing") << 0;
    QTest::newRow("key 1 not a map") << claimsAround(QCborMap{{1, QCborArray{1}}})
                                     << QStringLiteral("key 1 (eu_dgc_v1) is not a map") << 0;

    // Values JSON cannot hold
    QTest::newRow("byte string") << claimsWith(withMember(dccWith("v", vaccinationEntry()), "dob",
                                                          QCborValue(QByteArray("1998"))))
                                 << QStringLiteral("#/dob: a byte string") << vaccination;
    QCborMap integerKey = dccWith("v", vaccinationEntry());
    integerKey.insert(7, text("x"));
    QTest::newRow("integer key") << claimsWith(integerKey) << QStringLiteral("#: a map key is not a text string")
                                 << vaccination;
    QTest::newRow("unknown tag") << claimsWith(withMember(dccWith("v", vaccinationEntry()), "dob",
                                                          QCborValue(QCborTag(99), text("1998"))))
                                 << QStringLiteral("#/dob: CBOR tag 99 is not allowed") << vaccination;

    // The schema
    QTest::newRow("two kinds") << claimsWith(withMember(dccWith("v", vaccinationEntry()), "t",
                                                        QCborArray{testEntry()}))
                               << QStringLiteral("matches 2 of the oneOf alternatives") << (vaccination | test);
    QTest::newRow("missing ci") << claimsWith(dccWith("r", [] {
        QCborMap entry = recoveryEntry();
        entry.remove(QStringLiteral("ci"));
        return entry;
    }())) << QStringLiteral("#/r/0: the required property \"ci\" is missing")
                                << recovery;
    QTest::newRow("dose 0") << claimsWith(dccWith("v", withMember(vaccinationEntry(), "dn", 0)))
                            << QStringLiteral("#/v/0/dn: 0 is less than the minimum 1") << vaccination;
    QTest::newRow("dose as text") << claimsWith(dccWith("v", withMember(vaccinationEntry(), "dn", text("2"))))
                                  << QStringLiteral("#/v/0/dn: expected integer") << vaccination;
    QTest::newRow("empty country") << claimsWith(dccWith("r", withMember(recoveryEntry(), "co", text(""))))
                                   << QStringLiteral("#/r/0/co: does not match") << recovery;
    QTest::newRow("sample time without offset")
        << claimsWith(dccWith("t", withMember(testEntry(), "sc", text("2021-05-30T12:34:56"))))
        << QStringLiteral("#/t/0/sc: not an RFC 3339 date-time") << test;
    QTest::newRow("ci too long") << claimsWith(dccWith("r", withMember(recoveryEntry(), "ci",
                                                                         QString(81, u'A'))))
                                 << QStringLiteral("#/r/0/ci: longer than 80") << recovery;
    QTest::newRow("lower-case fnt")
        << claimsWith(withMember(dccWith("v", vaccinationEntry()), "nam",
                                 withMember(holderName(), "fnt", text("Musterfrau"))))
        << QStringLiteral("#/nam/fnt: does not match") << vaccination;

    // Leniencies (dccpayload.cpp L1–L4)
    QTest::newRow("L1 vaccination date as date-time")
        << claimsWith(dccWith("v", withMember(vaccinationEntry(), "dt", text("2021-03-18T22:54:00+02:00")))) << valid
        << vaccination;
    QTest::newRow("L1 dob as local date-time")
        << claimsWith(withMember(dccWith("v", vaccinationEntry(), "1.0.0"), "dob", text("1978-01-26T00:00:00")))
        << valid << vaccination;
    QTest::newRow("L1 impossible date-time")
        << claimsWith(dccWith("r", withMember(recoveryEntry(), "du", text("2021-02-30T00:00:00Z"))))
        << QStringLiteral("#/r/0/du: not a date") << recovery;
    QTest::newRow("L2 null groups")
        << claimsWith(withMember(withMember(dccWith("v", vaccinationEntry(), "1.0.0"), "t", QCborValue(nullptr)),
                                 "r", QCborValue(nullptr)))
        << valid << vaccination;
    QTest::newRow("L3 two vaccinations in 1.2.1")
        << claimsWith(dccWith("v", QCborArray{vaccinationEntry(), vaccinationEntry()}, "1.2.1")) << valid
        << vaccination;
    QTest::newRow("L3 two vaccinations in 1.3.0")
        << claimsWith(dccWith("v", QCborArray{vaccinationEntry(), vaccinationEntry()}, "1.3.0"))
        << QStringLiteral("#/v: more than 1 items") << vaccination;
    QTest::newRow("L4 long testing centre")
        << claimsWith(dccWith("t", withMember(testEntry(), "tc", QString(100, u'x')))) << valid << test;
    QTest::newRow("L4 testing centre too long")
        << claimsWith(dccWith("t", withMember(testEntry(), "tc", QString(256, u'x'))))
        << QStringLiteral("#/t/0/tc: longer than 255") << test;

    // Checks beyond the schema (dccpayload.cpp C1–C3)
    QTest::newRow("C1 gn without gnt")
        << claimsWith(withMember(dccWith("r", recoveryEntry()), "nam", withMember(holderName(), "gnt", text(""))))
        << QStringLiteral("#/nam/gnt: gn is given without its standardised form") << recovery;
    QTest::newRow("C1 only a given name")
        << claimsWith(withMember(dccWith("r", recoveryEntry()), "nam",
                                 map({{"gn", text("Gabriele")}, {"gnt", text("GABRIELE")}})))
        << valid << recovery;
    QTest::newRow("C2 born after issuance")
        << claimsWith(withMember(dccWith("r", recoveryEntry()), "dob", text("2023-01-01")))
        << QStringLiteral("#/dob: the date of birth is after the certificate was issued") << recovery;
    QTest::newRow("C2 born in the year of issuance")
        << claimsWith(withMember(dccWith("r", recoveryEntry()), "dob", text("2021"))) << valid << recovery;
    QTest::newRow("C3 unknown country")
        << claimsWith(dccWith("r", withMember(recoveryEntry(), "co", text("XY"))))
        << QStringLiteral("#/r/0/co: \"XY\" is not a country code") << recovery;
}

void TestDccPayload::schema()
{
    QFETCH(QCborMap, claims);
    QFETCH(QString, problem);
    QFETCH(int, types);

    const Dcc::Payload payload = Dcc::readPayload(claims);
    QVERIFY2(payload.claims.problems.isEmpty(), qPrintable(details(payload.claims.problems)));
    if (problem.isEmpty()) {
        QVERIFY2(payload.schemaProblems.isEmpty(), qPrintable(details(payload.schemaProblems)));
    } else {
        QVERIFY2(!payload.schemaProblems.isEmpty(), "no schema problem reported");
        QCOMPARE(payload.schemaProblems.constFirst().code, ReasonCode::Schema);
        QVERIFY2(payload.schemaProblems.constFirst().detail.contains(problem),
                 qPrintable(details(payload.schemaProblems)));
    }
    QCOMPARE(int(payload.types), types);
    QCOMPARE(payload.certificate.format, CertificateFormat::Dcc);
}

void TestDccPayload::mapsVaccination()
{
    const Dcc::Payload payload = Dcc::readPayload(claimsWith(dccWith("v", vaccinationEntry())));
    QVERIFY(payload.schemaProblems.isEmpty());
    const HealthCertificate &certificate = payload.certificate;
    QCOMPARE(certificate.schemaVersion, QStringLiteral("1.3.0"));
    QCOMPARE(certificate.issuerCountry, QStringLiteral("AT"));
    QCOMPARE(certificate.issuedAt, std::optional<Timestamp::Millis>(kIssuedAt * 1000));
    QCOMPARE(certificate.expiresAt, std::optional<Timestamp::Millis>(kExpiresAt * 1000));
    QCOMPARE(certificate.certificateId, QString::fromLatin1(kVaccinationId));
    QCOMPARE(certificate.holder.familyName, QStringLiteral("Musterfrau-Gößinger"));
    QCOMPARE(certificate.holder.familyNameLatin, QStringLiteral("MUSTERFRAU<GOESSINGER"));
    QCOMPARE(certificate.holder.givenName, QStringLiteral("Gabriele"));
    QCOMPARE(certificate.holder.givenNameLatin, QStringLiteral("GABRIELE"));
    QCOMPARE(certificate.holder.dateOfBirth, QStringLiteral("1998-02-26"));
    QCOMPARE(certificate.vaccinations.size(), 1);
    QVERIFY(certificate.tests.isEmpty());
    QVERIFY(certificate.recoveries.isEmpty());

    const Vaccination &vaccination = certificate.vaccinations.constFirst();
    QCOMPARE(vaccination.disease, (CodedValue{QStringLiteral("840539006"), QStringLiteral("COVID-19")}));
    QCOMPARE(vaccination.vaccineType,
             (CodedValue{QStringLiteral("1119349007"), QStringLiteral("SARS-CoV-2 mRNA vaccine")}));
    QCOMPARE(vaccination.product, (CodedValue{QStringLiteral("EU/1/20/1528"), QStringLiteral("Comirnaty")}));
    QCOMPARE(vaccination.manufacturer,
             (CodedValue{QStringLiteral("ORG-100030215"), QStringLiteral("Biontech Manufacturing GmbH")}));
    QCOMPARE(vaccination.doseNumber, 2);
    QCOMPARE(vaccination.totalDoses, 2);
    QCOMPARE(vaccination.date, QDate(2021, 5, 20));
    QCOMPARE(vaccination.country, QStringLiteral("AT"));
    QCOMPARE(vaccination.issuer, QStringLiteral("Ministry of Health, Austria"));
    QCOMPARE(vaccination.certificateId, QString::fromLatin1(kVaccinationId));
}

void TestDccPayload::mapsTest()
{
    QCborMap entry = testEntry();
    entry.insert(QStringLiteral("ma"), text("1232"));
    const Dcc::Payload payload = Dcc::readPayload(claimsWith(dccWith("t", entry)));
    QVERIFY2(payload.schemaProblems.isEmpty(), qPrintable(details(payload.schemaProblems)));
    QCOMPARE(payload.certificate.tests.size(), 1);
    const DccTest &test = payload.certificate.tests.constFirst();
    QCOMPARE(test.testType.display, QStringLiteral("Nucleic acid amplification with probe detection"));
    QCOMPARE(test.testName, QStringLiteral("Roche LightCycler qPCR"));
    QCOMPARE(test.device.display, QStringLiteral("Abbott Rapid Diagnostics, Panbio COVID-19 Ag Rapid Test"));
    // The tag-0 text is kept as written, offset included.
    QCOMPARE(test.sampleCollectedText, QStringLiteral("2021-05-30T12:34:56+02:00"));
    QCOMPARE(test.sampleCollected, Timestamp::Millis(1'622'370'896'000)); // 2021-05-30T10:34:56Z
    QCOMPARE(test.result, (CodedValue{QStringLiteral("260415000"), QStringLiteral("Not detected")}));
    QCOMPARE(test.testingCentre, QStringLiteral("Testing center Vienna 1"));
    QCOMPARE(payload.certificate.certificateId, test.certificateId);
    QCOMPARE(payload.types, DccTypes(DccType::Test));
}

void TestDccPayload::mapsRecovery()
{
    const Dcc::Payload payload = Dcc::readPayload(claimsWith(dccWith("r", recoveryEntry())));
    QCOMPARE(payload.certificate.recoveries.size(), 1);
    const Recovery &recovery = payload.certificate.recoveries.constFirst();
    QCOMPARE(recovery.disease.text(), QStringLiteral("COVID-19"));
    QCOMPARE(recovery.firstPositive, QDate(2021, 2, 20));
    QCOMPARE(recovery.validFrom, QDate(2021, 4, 4));
    QCOMPARE(recovery.validUntil, QDate(2021, 10, 4));
    QCOMPARE(recovery.country, QStringLiteral("AT"));
    QCOMPARE(payload.certificate.certificateId, QStringLiteral("URN:UVCI:01:AT:858CC18CFCF5965EF82F60E493349AA5#K"));
}

void TestDccPayload::convertsToJson()
{
    QCborMap dcc = dccWith("t", testEntry());
    dcc.insert(QStringLiteral("dob"), QCborValue(QCborTag(1004), text("1964-08-12"))); // RFC 8943 full-date
    QCborMap entry = testEntry();
    entry.insert(QStringLiteral("dr"), QCborValue(QCborKnownTags::UnixTime_t, 1'622'370'896)); // tag 1
    dcc.insert(QStringLiteral("t"), QCborArray{entry});
    dcc.insert(QStringLiteral("x"), QCborMap{{QStringLiteral("f"), 1.5}, {QStringLiteral("b"), true}});
    const Dcc::Payload payload = Dcc::readPayload(claimsWith(dcc));
    QVERIFY2(payload.schemaProblems.isEmpty(), qPrintable(details(payload.schemaProblems)));

    QCOMPARE(payload.json.value(QLatin1StringView("dob")).toString(), QStringLiteral("1964-08-12"));
    QCOMPARE(payload.certificate.holder.dateOfBirth, QStringLiteral("1964-08-12"));
    const QJsonObject test = payload.json.value(QLatin1StringView("t")).toArray().at(0).toObject();
    QCOMPARE(test.value(QLatin1StringView("sc")).toString(), QStringLiteral("2021-05-30T12:34:56+02:00"));
    QCOMPARE(test.value(QLatin1StringView("dr")).toString(), QStringLiteral("2021-05-30T10:34:56Z"));
    const QJsonObject extra = payload.json.value(QLatin1StringView("x")).toObject();
    QCOMPARE(extra.value(QLatin1StringView("f")).toDouble(), 1.5);
    QCOMPARE(extra.value(QLatin1StringView("b")).toBool(), true);

    // Fractional seconds in a tag-0 date-time are kept.
    const QCborMap fractional = withMember(testEntry(), "sc", taggedDateTime("2021-05-30T12:34:56.250Z"));
    const Dcc::Payload withFraction = Dcc::readPayload(claimsWith(dccWith("t", fractional)));
    const DccTest &test250 = withFraction.certificate.tests.constFirst();
    QCOMPARE(test250.sampleCollectedText, QStringLiteral("2021-05-30T12:34:56.250Z"));
    QCOMPARE(test250.sampleCollected, Timestamp::Millis(1'622'378'096'250));
}

void TestDccPayload::readsClaims_data()
{
    QTest::addColumn<QCborValue>("issuedAt");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("problem");

    QTest::newRow("integer iat") << QCborValue(kIssuedAt) << kIssuedAt * 1000 << false;
    QTest::newRow("float iat") << QCborValue(1622505600.5) << kIssuedAt * 1000 + 500 << false;
    QTest::newRow("text iat") << text("1622505600") << qint64(0) << true;
}

void TestDccPayload::readsClaims()
{
    QFETCH(QCborValue, issuedAt);
    QFETCH(qint64, expected);
    QFETCH(bool, problem);

    QCborMap hcert;
    hcert.insert(1, dccWith("v", vaccinationEntry()));
    const Dcc::Payload payload = Dcc::readPayload(claimsAround(hcert, issuedAt));
    QCOMPARE(payload.claims.problems.isEmpty(), !problem);
    if (!problem) {
        QCOMPARE(payload.claims.issuedAt, std::optional<Timestamp::Millis>(expected));
        QCOMPARE(payload.certificate.issuedAt, std::optional<Timestamp::Millis>(expected));
    }
    QVERIFY2(payload.schemaProblems.isEmpty(), qPrintable(details(payload.schemaProblems)));
}

void TestDccPayload::valueSetDisplay_data()
{
    QTest::addColumn<QString>("valueSetId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("display");

    QTest::newRow("vaccine product") << ValueSetId::kVaccineProduct << QStringLiteral("EU/1/20/1528")
                                     << QStringLiteral("Comirnaty");
    QTest::newRow("disease") << ValueSetId::kDisease << QStringLiteral("840539006") << QStringLiteral("COVID-19");
    QTest::newRow("test result") << ValueSetId::kTestResult << QStringLiteral("260373001")
                                 << QStringLiteral("Detected");
    QTest::newRow("country") << ValueSetId::kCountry << QStringLiteral("AT") << QStringLiteral("Austria");
    QTest::newRow("unknown code") << ValueSetId::kVaccineProduct << QStringLiteral("CoronaVac-X") << QString();
    QTest::newRow("unknown value set") << QStringLiteral("no-such-set") << QStringLiteral("AT") << QString();
}

void TestDccPayload::valueSetDisplay()
{
    QFETCH(QString, valueSetId);
    QFETCH(QString, code);
    QFETCH(QString, display);

    const ValueSets &sets = ValueSets::builtIn();
    QCOMPARE(sets.display(valueSetId, code), display);
    QCOMPARE(sets.coded(valueSetId, code), (CodedValue{code, display}));
    QCOMPARE(sets.contains(valueSetId, code), !display.isEmpty());
}

void TestDccPayload::valueSetsFromDirectory()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QFile valueSet(directory.filePath(QStringLiteral("colours.json")));
    QVERIFY(valueSet.open(QIODevice::WriteOnly));
    valueSet.write(R"({"valueSetId": "colours", "valueSetValues": {"R": {"display": "Red"}, "G": {}}})");
    valueSet.close();
    QFile broken(directory.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{");
    broken.close();

    const ValueSets sets = ValueSets::fromDirectory(directory.path());
    QCOMPARE(sets.valueSetIds(), QStringList{QStringLiteral("colours")});
    QCOMPARE(sets.codes(QStringLiteral("colours")), (QStringList{QStringLiteral("G"), QStringLiteral("R")}));
    QCOMPARE(sets.display(QStringLiteral("colours"), QStringLiteral("R")), QStringLiteral("Red"));
    QCOMPARE(sets.display(QStringLiteral("colours"), QStringLiteral("G")), QString());

    // Every value set the DCC fields name is built in.
    for (const QString &id : {ValueSetId::kDisease, ValueSetId::kVaccineProphylaxis, ValueSetId::kVaccineProduct,
                              ValueSetId::kVaccineManufacturer, ValueSetId::kTestType, ValueSetId::kTestManufacturer,
                              ValueSetId::kTestResult, ValueSetId::kCountry})
        QVERIFY2(ValueSets::builtIn().hasValueSet(id), qPrintable(id));
}

QTEST_GUILESS_MAIN(TestDccPayload)
#include "tst_dccpayload.moc"

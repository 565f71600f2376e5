// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "claims.h"

#include "formats/dcc/dccpayload.h"
#include "formats/ithc/ithcpayload.h"

#include <QCborArray>

namespace CertDesk::Issue::Claims {

namespace {

using namespace Qt::StringLiterals;

// CWT claim keys (RFC 8392 §3.1).
constexpr qint64 kIss = 1;
constexpr qint64 kExp = 4;
constexpr qint64 kIat = 6;

void insertIfSet(QCborMap &map, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        map.insert(key, value);
}

// The issuer's clock is in milliseconds; CWT NumericDate is whole seconds (ITHC-1 §3: integers).
qint64 seconds(const std::optional<Timestamp::Millis> &instant)
{
    return instant ? *instant / 1000 : 0;
}

QString sampleTime(const QString &text, Timestamp::Millis instant)
{
    return text.isEmpty() ? Timestamp::formatRfc3339(instant) : text;
}

QCborMap cwt(const HealthCertificate &certificate, qint64 healthClaimKey, const QCborMap &content)
{
    return QCborMap{{kIss, certificate.issuerCountry},
                    {kIat, seconds(certificate.issuedAt)},
                    {kExp, seconds(certificate.expiresAt)},
                    {healthClaimKey, QCborMap{{1, content}}}};
}

QCborMap names(const Holder &holder)
{
    QCborMap nam;
    insertIfSet(nam, u"fn"_s, holder.familyName);
    insertIfSet(nam, u"fnt"_s, holder.familyNameLatin);
    insertIfSet(nam, u"gn"_s, holder.givenName);
    insertIfSet(nam, u"gnt"_s, holder.givenNameLatin);
    return nam;
}

QCborArray ithcNucleicAcidTests(const QList<NucleicAcidTest> &tests)
{
    QCborArray array;
    for (const NucleicAcidTest &test : tests) {
        QCborMap entry{{u"sc"_s, sampleTime(test.sampleCollectedText, test.sampleCollected)},
                       {u"m"_s, test.method},
                       {u"r"_s, test.result},
                       {u"co"_s, test.country}};
        insertIfSet(entry, u"lab"_s, test.laboratory);
        array.append(entry);
    }
    return array;
}

QCborArray ithcAntibodyTests(const QList<AntibodyTest> &tests)
{
    QCborArray array;
    for (const AntibodyTest &test : tests) {
        QCborMap entry{{u"sc"_s, sampleTime(test.sampleCollectedText, test.sampleCollected)},
                       {u"r"_s, test.result},
                       {u"co"_s, test.country}};
        insertIfSet(entry, u"lab"_s, test.laboratory);
        array.append(entry);
    }
    return array;
}

QCborArray ithcVaccinations(const QList<Vaccination> &vaccinations)
{
    QCborArray array;
    for (const Vaccination &vaccination : vaccinations) {
        QCborMap entry{{u"mp"_s, vaccination.product.code},
                       {u"dn"_s, vaccination.doseNumber},
                       {u"sd"_s, vaccination.totalDoses},
                       {u"dt"_s, vaccination.date.toString(Qt::ISODate)},
                       {u"co"_s, vaccination.country}};
        insertIfSet(entry, u"ma"_s, vaccination.manufacturer.code);
        array.append(entry);
    }
    return array;
}

// The fields every DCC statement ends with (EU DCC schema 1.3.0: co, is, ci).
void insertStatementTail(QCborMap &entry, const QString &country, const QString &issuer, const QString &id,
                         const QString &fallbackId)
{
    entry.insert(u"co"_s, country);
    entry.insert(u"is"_s, issuer);
    entry.insert(u"ci"_s, id.isEmpty() ? fallbackId : id);
}

} // namespace

QCborMap ithc(const HealthCertificate &certificate)
{
    const Holder &holder = certificate.holder;
    QCborMap content{{u"v"_s, certificate.schemaVersion.isEmpty() ? u"1.0"_s : certificate.schemaVersion},
                     {u"ci"_s, certificate.certificateId},
                     {u"nam"_s, names(holder)},
                     {u"dob"_s, holder.dateOfBirth}};
    insertIfSet(content, u"sex"_s, holder.sex);
    if (holder.document) {
        content.insert(u"doc"_s, QCborMap{{u"t"_s, holder.document->type},
                                          {u"n"_s, holder.document->number},
                                          {u"co"_s, holder.document->country}});
    }
    if (!certificate.nucleicAcidTests.isEmpty())
        content.insert(u"nat"_s, ithcNucleicAcidTests(certificate.nucleicAcidTests));
    if (!certificate.antibodyTests.isEmpty())
        content.insert(u"igm"_s, ithcAntibodyTests(certificate.antibodyTests));
    if (!certificate.vaccinations.isEmpty())
        content.insert(u"vac"_s, ithcVaccinations(certificate.vaccinations));
    return cwt(certificate, Ithc::kIthcClaimKey, content);
}

QCborMap dcc(const HealthCertificate &certificate)
{
    const QString &id = certificate.certificateId;
    QCborMap content{{u"ver"_s, certificate.schemaVersion.isEmpty() ? u"1.3.0"_s : certificate.schemaVersion},
                     {u"nam"_s, names(certificate.holder)},
                     {u"dob"_s, certificate.holder.dateOfBirth}};
    if (!certificate.vaccinations.isEmpty()) {
        QCborArray array;
        for (const Vaccination &v : certificate.vaccinations) {
            QCborMap entry{{u"tg"_s, v.disease.code},      {u"vp"_s, v.vaccineType.code},
                           {u"mp"_s, v.product.code},      {u"ma"_s, v.manufacturer.code},
                           {u"dn"_s, v.doseNumber},        {u"sd"_s, v.totalDoses},
                           {u"dt"_s, v.date.toString(Qt::ISODate)}};
            insertStatementTail(entry, v.country, v.issuer, v.certificateId, id);
            array.append(entry);
        }
        content.insert(u"v"_s, array);
    }
    if (!certificate.tests.isEmpty()) {
        QCborArray array;
        for (const DccTest &t : certificate.tests) {
            QCborMap entry{{u"tg"_s, t.disease.code},
                           {u"tt"_s, t.testType.code},
                           {u"sc"_s, sampleTime(t.sampleCollectedText, t.sampleCollected)},
                           {u"tr"_s, t.result.code}};
            // NAAT tests name the test (nm), rapid antigen tests the device (ma).
            insertIfSet(entry, u"nm"_s, t.testName);
            insertIfSet(entry, u"ma"_s, t.device.code);
            insertIfSet(entry, u"tc"_s, t.testingCentre);
            insertStatementTail(entry, t.country, t.issuer, t.certificateId, id);
            array.append(entry);
        }
        content.insert(u"t"_s, array);
    }
    if (!certificate.recoveries.isEmpty()) {
        QCborArray array;
        for (const Recovery &r : certificate.recoveries) {
            QCborMap entry{{u"tg"_s, r.disease.code},
                           {u"fr"_s, r.firstPositive.toString(Qt::ISODate)},
                           {u"df"_s, r.validFrom.toString(Qt::ISODate)},
                           {u"du"_s, r.validUntil.toString(Qt::ISODate)}};
            insertStatementTail(entry, r.country, r.issuer, r.certificateId, id);
            array.append(entry);
        }
        content.insert(u"r"_s, array);
    }
    return cwt(certificate, Dcc::kHcertClaimKey, content);
}

} // namespace CertDesk::Issue::Claims

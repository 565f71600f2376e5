// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The EU dgc-testdata cases under ../shared/conformance/dcc, each judged only on
// the verification stages it asserts (the rule of ../shared/tools/conformance.py).
// Cases we judge wrong in the data are listed, with the reason, in
// dcc-known-disagreements.txt: they are expected to fail, and a listed case that
// starts passing fails the test so the list stays true.
#include "trust/trustloader.h"
#include "verify/verifier.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace CertDesk;

namespace {

using CodeSet = QSet<QString>;

// The stages of dgc-testdata's EXPECTEDRESULTS and the reason codes of each.
const QList<QPair<QString, CodeSet>> &stageCodes()
{
    static const QList<QPair<QString, CodeSet>> stages{
        {u"EXPECTEDUNPREFIX"_qs, {u"not_a_certificate"_qs}},
        {u"EXPECTEDB45DECODE"_qs, {u"decode_base45"_qs}},
        {u"EXPECTEDCOMPRESSION"_qs, {u"decode_compression"_qs, u"too_large"_qs}},
        {u"EXPECTEDDECODE"_qs, {u"decode_cbor"_qs, u"decode_cose"_qs}},
        {u"EXPECTEDVERIFY"_qs, {u"signature_invalid"_qs, u"key_unknown"_qs, u"algorithm_unsupported"_qs, u"key_usage"_qs,
                                u"key_expired"_qs, u"trust_chain"_qs}},
        {u"EXPECTEDEXPIRATIONCHECK"_qs, {u"expired"_qs, u"not_yet_valid"_qs, u"key_expired"_qs}},
        {u"EXPECTEDSCHEMAVALIDATION"_qs, {u"schema"_qs, u"decode_cbor"_qs}},
        {u"EXPECTEDVALIDJSON"_qs, {u"schema"_qs, u"decode_cbor"_qs}},
        {u"EXPECTEDVALIDOBJECT"_qs, {u"schema"_qs, u"decode_cbor"_qs}},
        {u"EXPECTEDKEYUSAGE"_qs, {u"key_usage"_qs}},
    };
    return stages;
}

const QStringList kDecodeOrder{u"EXPECTEDUNPREFIX"_qs, u"EXPECTEDB45DECODE"_qs, u"EXPECTEDCOMPRESSION"_qs,
                               u"EXPECTEDDECODE"_qs};

CodeSet codesOf(const QString &stage)
{
    for (const auto &[name, codes] : stageCodes()) {
        if (name == stage)
            return codes;
    }
    return {};
}

// Returns "" when the report satisfies the case's expectations, else why not.
QString judge(const QJsonObject &expected, const VerificationReport &report)
{
    CodeSet trueCodes, falseCodes, givenCodes, accept;
    QStringList falseStages;
    for (const auto &[stage, codes] : stageCodes()) {
        const QJsonValue value = expected.value(stage);
        if (!value.isBool())
            continue;
        givenCodes += codes;
        (value.toBool() ? trueCodes : falseCodes) += codes;
        if (!value.toBool())
            falseStages.append(stage);
    }
    const CodeSet forbidden = trueCodes - falseCodes;
    for (const QString &stage : std::as_const(falseStages)) {
        accept += codesOf(stage);
        if (stage == u"EXPECTEDDECODE")
            accept.insert(u"schema"_qs);
        const qsizetype index = kDecodeOrder.indexOf(stage);
        const QStringList before = index >= 0 ? kDecodeOrder.first(index) : kDecodeOrder;
        for (const QString &earlier : before) {
            if (expected.value(earlier) != QJsonValue(true))
                accept += codesOf(earlier);
        }
    }
    CodeSet codes;
    for (const Reason &reason : report.reasons)
        codes.insert(reasonCodeName(reason.code));
    const bool valid = report.verdict() == Verdict::Valid;
    if (const CodeSet bad = codes & forbidden; !bad.isEmpty())
        return u"reasons contradict stages expected true"_qs;
    if (!falseStages.isEmpty()) {
        if (valid)
            return u"valid, but a stage is expected to fail"_qs;
        if ((codes & accept).isEmpty())
            return u"no reason of the failing stage"_qs;
    } else if (expected.value(u"EXPECTEDVERIFY") == QJsonValue(true) && !valid) {
        // Reasons only of stages the case does not test are tolerated (as the tool does).
        if ((codes - givenCodes) != codes)
            return u"expected valid"_qs;
    }
    return {};
}

QString describe(const VerificationReport &report)
{
    QStringList parts;
    for (const Reason &reason : report.reasons)
        parts.append(reasonCodeName(reason.code) + u" (" + reason.detail + u')');
    return verdictName(report.verdict()) + u": " + parts.join(u", ");
}

} // namespace

class TestDccConformance : public QObject
{
    Q_OBJECT

private:
    QString m_root = QStringLiteral(CERTDESK_SHARED_DIR "/conformance/dcc");
    QHash<QString, QString> m_knownDisagreements;
    int m_cases = 0;
    int m_passed = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QFile list(QStringLiteral(CERTDESK_DCC_KNOWN_DISAGREEMENTS));
        QVERIFY(list.open(QIODevice::ReadOnly));
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            m_knownDisagreements.insert(line.section(u' ', 0, 0), line.section(u' ', 1).trimmed());
        }
    }

    void testData_data()
    {
        QTest::addColumn<QString>("path");
        if (!QFileInfo::exists(m_root))
            QSKIP("../shared/conformance/dcc is not here: the EU DCC test data is skipped");
        QStringList files;
        QDirIterator it(m_root, {u"*.json"_qs}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
            const QJsonObject expected = doc.value(u"EXPECTEDRESULTS").toObject();
            bool hasStage = false;
            for (const auto &stage : stageCodes())
                hasStage = hasStage || expected.value(stage.first).isBool();
            if (!hasStage || doc.value(u"PREFIX").toString().isEmpty())
                continue;
            const QString relative = QDir(m_root).relativeFilePath(file);
            QTest::newRow(relative.toUtf8().constData()) << file;
        }
    }
    void testData()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject expected = doc.value(u"EXPECTEDRESULTS").toObject();
        const QJsonObject context = doc.value(u"TESTCTX").toObject();
        const QString prefix = doc.value(u"PREFIX").toString();

        auto store = std::make_shared<TrustStore>();
        const QByteArray der = QByteArray::fromBase64(context.value(u"CERTIFICATE").toString().toLatin1());
        if (auto signer = makeTrustedSigner(der, TrustSourceKind::CertificateFile, u"TESTCTX"_qs))
            store->add(std::make_shared<const TrustedSigner>(*signer));
        const Verifier verifier(store);

        QString clock = context.value(u"VALIDATIONCLOCK").toString().trimmed();
        std::optional<Timestamp::Millis> at;
        if (!clock.isEmpty()) {
            clock.replace(u' ', u'T');
            at = Timestamp::parseRfc3339(clock);
            if (!at)
                at = Timestamp::parseRfc3339(QString(clock + u'Z'));
        }
        if (!at) {
            // Without a clock the case is judged at its own iat, as the tool does.
            const VerificationReport probe = verifier.verify(prefix.toUtf8(), 0);
            at = probe.certificate && probe.certificate->issuedAt ? *probe.certificate->issuedAt : 0;
        }
        const VerificationReport report = verifier.verify(prefix.toUtf8(), *at);
        const QString problem = judge(expected, report);
        const QString id = QDir(m_root).relativeFilePath(path);
        ++m_cases;
        if (problem.isEmpty())
            ++m_passed;
        if (m_knownDisagreements.contains(id))
            QEXPECT_FAIL("", qPrintable(m_knownDisagreements.value(id)), Continue);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u" — got " + describe(report)));
    }

    void cleanupTestCase()
    {
        if (m_cases == 0)
            return;
        const double share = double(m_passed) / m_cases;
        qInfo("dgc-testdata: %d/%d cases pass (%.1f%%)", m_passed, m_cases, 100.0 * share);
        QVERIFY2(share >= 0.95, "fewer than 95% of the EU test cases pass");
    }
};

QTEST_APPLESS_MAIN(TestDccConformance)
#include "tst_dccconformance.moc"

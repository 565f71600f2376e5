// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "crypto/opensslpp.h"
#include "trust/trustloader.h"

#ifndef CERTDESK_SHARED_DIR
#define CERTDESK_SHARED_DIR ""
#endif

// Rows that read ../shared (CERTDESK_SHARED_DIR) are skipped, with the reason, when it is absent.
#define REQUIRE_SHARED()                                                                                               \
    do {                                                                                                               \
        if (!haveShared())                                                                                             \
            QSKIP(m_skipReason.constData());                                                                           \
    } while (false)

using namespace CertDesk;

namespace {

constexpr DccTypes kAllTypes = DccTypes(DccType::Test) | DccType::Vaccination | DccType::Recovery;
constexpr auto kGermanList = "conformance/dcc-qa/trustlist/de-test-dscg-dsc-list.txt";
constexpr auto kGermanListKey = "conformance/dcc-qa/trustlist/de-test-dscg-dsc-list-signing-key.pem";

const unsigned char *text(const char *value)
{
    return reinterpret_cast<const unsigned char *>(value);
}

OpenSsl::EvpPkeyPtr generateKey()
{
    OpenSsl::EvpPkeyPtr key(EVP_EC_gen("P-256"));
    Q_ASSERT(key);
    return key;
}

QByteArray pemOf(EVP_PKEY *key, bool privateKey)
{
    std::unique_ptr<BIO, OpenSsl::Deleter<BIO, BIO_free_all>> bio(BIO_new(BIO_s_mem()));
    if (privateKey)
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    else
        PEM_write_bio_PUBKEY(bio.get(), key);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, length);
}

// A self-signed test certificate; @p eku is an OpenSSL extension value such as "serverAuth,1.2.3", or
// nullptr for a certificate without extended key usage.
QByteArray makeCertificate(EVP_PKEY *key, const char *commonName, const char *eku = nullptr,
                           time_t notBefore = 1'600'000'000, time_t notAfter = 1'700'000'000)
{
    OpenSsl::X509Ptr certificate(X509_new());
    X509_set_version(certificate.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, text("XA"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, text(commonName), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    ASN1_TIME_set(X509_getm_notBefore(certificate.get()), notBefore);
    ASN1_TIME_set(X509_getm_notAfter(certificate.get()), notAfter);
    X509_set_pubkey(certificate.get(), key);
    if (eku) {
        X509_EXTENSION *extension = X509V3_EXT_nconf_nid(nullptr, nullptr, NID_ext_key_usage, eku);
        Q_ASSERT(extension);
        X509_add_ext(certificate.get(), extension, -1);
        X509_EXTENSION_free(extension);
    }
    X509_sign(certificate.get(), key, EVP_sha256());
    const int length = i2d_X509(certificate.get(), nullptr);
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate.get(), &out);
    return der;
}

QByteArray derFromPem(const QByteArray &pem)
{
    const qsizetype begin = pem.indexOf('\n', pem.indexOf("-----BEGIN CERTIFICATE-----")) + 1;
    const qsizetype end = pem.indexOf("-----END CERTIFICATE-----");
    return QByteArray::fromBase64(pem.mid(begin, end - begin));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(data);
}

} // namespace

class TestTrustLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadPath_data();
    void loadPath();
    void euTrustList();
    void germanList_data();
    void germanList();
    void ekuParsing_data();
    void ekuParsing();
    void signerFields_data();
    void signerFields();
    void kidComputation_data();
    void kidComputation();
    void multipleSignersPerKid();
    void sm2Certificate();

private:
    QString shared(const char *relative) const { return m_sharedDir + u'/' + QString::fromUtf8(relative); }
    QString resolve(const QString &path) const;
    void put(const char *relative, const QByteArray &data) const
    {
        writeFile(m_temp.filePath(QString::fromUtf8(relative)), data);
    }
    bool haveShared() const { return QFileInfo::exists(shared("conformance/ithc/keys/ithc-dsc-es256.pem")); }

    QString m_sharedDir = QString::fromUtf8(CERTDESK_SHARED_DIR);
    QByteArray m_skipReason = "shared test data not found under CERTDESK_SHARED_DIR=" + m_sharedDir.toUtf8();
    QTemporaryDir m_temp;
};

QString TestTrustLoader::resolve(const QString &path) const
{
    if (path.startsWith(QLatin1StringView("tmp:")))
        return m_temp.filePath(path.mid(4));
    if (path.startsWith(QLatin1StringView("shared:")))
        return m_sharedDir + u'/' + path.mid(7);
    return path;
}

// Files that need no shared data are written always; the others only when ../shared is there.
void TestTrustLoader::initTestCase()
{
    QVERIFY(m_temp.isValid());
    const OpenSsl::EvpPkeyPtr key = generateKey();
    QDir(m_temp.path()).mkpath(QStringLiteral("empty"));
    put("garbage.bin", QByteArrayLiteral("hello\x01\x02\x03 not a certificate"));
    put("README.md", QByteArrayLiteral("# Trust anchors\n"));
    put("key-only.pem", pemOf(key.get(), true));
    put("corrupt.pem", QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMII!!notbase64\n-----END CERTIFICATE-----\n"));
    put("malformed.json", QByteArrayLiteral("[{\"kid\": \"x\", \"rawData\": \"MII"));
    const QByteArray generated = makeCertificate(key.get(), "Generated DSC");
    put("generated.der", generated);
    put("trailing.der", generated + QByteArrayLiteral("\0\0"));
    if (!haveShared())
        return;

    const auto ithc = [this](const char *name) {
        return readAll(shared("conformance/ithc/keys/") + QString::fromUtf8(name) + QStringLiteral(".pem"));
    };
    put("bundle.pem", QByteArrayLiteral("Signers for the test station\n") + ithc("ithc-dsc-es256")
                          + pemOf(key.get(), true) + ithc("ithc-dsc-sm2") + pemOf(key.get(), false)
                          + ithc("ithc-dsc-es256-short"));
    put("es256.der", derFromPem(ithc("ithc-dsc-es256")));
    put("tree/a/one.pem", ithc("ithc-dsc-es256"));
    put("tree/a/b/two.der", derFromPem(ithc("ithc-dsc-sm2")));
    put("tree/README.md", QByteArrayLiteral("# Trust anchors\n"));
    put("tree/.hidden.pem", ithc("ithc-dsc-es256-future"));
    put("tree/.git/old.pem", ithc("ithc-dsc-es256-retired"));
    put("broken-tree/good.pem", ithc("ithc-dsc-es256"));
    put("broken-tree/zz-bad.pem", readAll(m_temp.filePath(QStringLiteral("corrupt.pem"))));

    // An EU gateway list: a DSC with its kid, a DSC without certificateType under a wrong kid,
    // a CSCA (not a signer) and a DSC whose rawData is not base64.
    const QByteArray es256 = derFromPem(ithc("ithc-dsc-es256"));
    const QByteArray sm2 = derFromPem(ithc("ithc-dsc-sm2"));
    const QByteArray csca = derFromPem(ithc("ithc-csca-p256"));
    const QByteArray euList = "[{\"kid\": \"" + kidOf(es256).toBase64() + "\", \"country\": \"XB\", "
        "\"certificateType\": \"DSC\", \"rawData\": \"" + es256.toBase64() + "\"},\n"
        "{\"kid\": \"AAAAAAAAAAA=\", \"country\": \"XC\", \"rawData\": \"" + sm2.toBase64() + "\"},\n"
        "{\"kid\": \"" + kidOf(csca).toBase64() + "\", \"country\": \"XD\", \"certificateType\": \"CSCA\", "
        "\"rawData\": \"" + csca.toBase64() + "\"},\n"
        "{\"kid\": \"AQIDBAUGBwg=\", \"country\": \"XE\", \"certificateType\": \"DSC\", \"rawData\": \"!!\"}]\n";
    put("eu-trust-list.json", euList);

    // The German list with one JSON byte changed (still well-formed), and with its signature changed.
    QByteArray german = readAll(shared(kGermanList));
    const qsizetype country = german.indexOf("\"country\": \"CH\"");
    QVERIFY(country > 0);
    german[country + 13] = 'X'; // "CH" becomes "CX"
    put("german-tampered.txt", german);
    german = readAll(shared(kGermanList));
    german[5] = german[5] == 'A' ? 'B' : 'A';
    put("german-bad-signature.txt", german);
}

void TestTrustLoader::loadPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<QString>("warning");

    QTest::newRow("pem single") << QStringLiteral("shared:conformance/ithc/keys/ithc-dsc-es256.pem") << 1 << false
                                << QString();
    QTest::newRow("pem bundle with keys and text") << QStringLiteral("tmp:bundle.pem") << 3 << false << QString();
    QTest::newRow("der") << QStringLiteral("tmp:es256.der") << 1 << false << QString();
    QTest::newRow("der generated") << QStringLiteral("tmp:generated.der") << 1 << false << QString();
    QTest::newRow("directory recursive, hidden and README skipped")
        << QStringLiteral("tmp:tree") << 2 << false << QStringLiteral("README.md: skipped");
    QTest::newRow("empty directory") << QStringLiteral("tmp:empty") << 0 << false << QString();
    QTest::newRow("eu trust list") << QStringLiteral("tmp:eu-trust-list.json") << 2 << false
                                   << QStringLiteral("entry 3 (kid AQIDBAUGBwg=) skipped");
    QTest::newRow("german list without key") << QString::fromUtf8(QByteArray("shared:") + kGermanList) << 610 << false
                                             << QStringLiteral("signature not checked");
    QTest::newRow("garbage file") << QStringLiteral("tmp:garbage.bin") << 0 << true << QString();
    QTest::newRow("README given directly") << QStringLiteral("tmp:README.md") << 0 << true << QString();
    QTest::newRow("pem with a key only") << QStringLiteral("tmp:key-only.pem") << 0 << true << QString();
    QTest::newRow("pem with bad base64") << QStringLiteral("tmp:corrupt.pem") << 0 << true << QString();
    QTest::newRow("der with trailing bytes") << QStringLiteral("tmp:trailing.der") << 0 << true << QString();
    QTest::newRow("malformed json") << QStringLiteral("tmp:malformed.json") << 0 << true << QString();
    QTest::newRow("directory with a corrupt file adds nothing") << QStringLiteral("tmp:broken-tree") << 0 << true
                                                                << QString();
    QTest::newRow("missing path") << QStringLiteral("tmp:does-not-exist.pem") << 0 << true << QString();
}

void TestTrustLoader::loadPath()
{
    QFETCH(QString, path);
    QFETCH(int, count);
    QFETCH(bool, fails);
    QFETCH(QString, warning);
    const QString file = resolve(path);
    if (!QFileInfo::exists(file) && !path.contains(QLatin1StringView("does-not-exist")))
        REQUIRE_SHARED();

    TrustLoader loader;
    TrustStore store;
    const std::optional<TrustLoadError> error = loader.loadPath(file, store);
    QCOMPARE(error.has_value(), fails);
    if (error)
        QVERIFY2(error->message.contains(QFileInfo(file).fileName()), qPrintable(error->message));
    QCOMPARE(store.size(), count);
    if (!warning.isEmpty())
        QVERIFY2(loader.warnings().join(u'\n').contains(warning), qPrintable(loader.warnings().join(u'\n')));
}

void TestTrustLoader::euTrustList()
{
    REQUIRE_SHARED();
    TrustLoader loader;
    TrustStore store;
    QVERIFY(!loader.loadPath(m_temp.filePath(QStringLiteral("eu-trust-list.json")), store));
    QCOMPARE(store.size(), 2);
    for (const TrustStore::SignerPtr &signer : store.signers())
        QCOMPARE(signer->sourceKind, TrustSourceKind::DccTrustList);
    QCOMPARE(store.signers().at(0)->country, QStringLiteral("XB"));
    // The declared kid differs from the computed one: the signer is found under both.
    const TrustStore::SignerPtr sm2 = store.signers().at(1);
    QCOMPARE(store.find(QByteArray::fromBase64("AAAAAAAAAAA=")), QList<TrustStore::SignerPtr>{sm2});
    QCOMPARE(store.find(sm2->kid), QList<TrustStore::SignerPtr>{sm2});
    QCOMPARE(sm2->country, QStringLiteral("XC"));
    QVERIFY(loader.warnings().join(u'\n').contains(QLatin1StringView("declared kid differs")));
}

void TestTrustLoader::germanList_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("fails");

    const QString original = QString::fromUtf8(QByteArray("shared:") + kGermanList);
    const QString rightKey = QString::fromUtf8(QByteArray("shared:") + kGermanListKey);
    QTest::newRow("correct key") << original << rightKey << false;
    QTest::newRow("wrong key") << original << QStringLiteral("generated") << true;
    QTest::newRow("tampered content") << QStringLiteral("tmp:german-tampered.txt") << rightKey << true;
    QTest::newRow("tampered signature") << QStringLiteral("tmp:german-bad-signature.txt") << rightKey << true;
    QTest::newRow("no key") << original << QString() << false;
}

void TestTrustLoader::germanList()
{
    QFETCH(QString, list);
    QFETCH(QString, key);
    QFETCH(bool, fails);
    REQUIRE_SHARED();

    TrustLoader loader;
    if (key == QLatin1StringView("generated")) {
        const OpenSsl::EvpPkeyPtr other = generateKey();
        QVERIFY(!loader.setListSigningKey(pemOf(other.get(), false)));
    } else if (!key.isEmpty()) {
        QVERIFY(!loader.setListSigningKey(readAll(resolve(key))));
    }
    TrustStore store;
    const std::optional<TrustLoadError> error = loader.loadPath(resolve(list), store);
    QCOMPARE(error.has_value(), fails);
    const bool unchecked = loader.warnings().join(u'\n').contains(QLatin1StringView("signature not checked"));
    QCOMPARE(unchecked, !fails && key.isEmpty());
    if (fails) {
        QVERIFY2(error->message.contains(QFileInfo(resolve(list)).fileName()), qPrintable(error->message));
        QCOMPARE(store.size(), 0);
        return;
    }
    QVERIFY(store.size() > 0);
    QCOMPARE(store.signers().first()->sourceKind, TrustSourceKind::GermanDscList);
    QCOMPARE(store.signers().first()->country, QStringLiteral("CH"));
    QVERIFY(!store.find(QByteArray::fromBase64("++TReQ3yT7E=")).isEmpty());
}

void TestTrustLoader::ekuParsing_data()
{
    QTest::addColumn<QByteArray>("eku");
    QTest::addColumn<int>("types");

    const int test = int(DccType::Test);
    const int vaccination = int(DccType::Vaccination);
    const int recovery = int(DccType::Recovery);
    QTest::newRow("no eku") << QByteArray() << int(kAllTypes);
    QTest::newRow("serverAuth only") << QByteArray("serverAuth") << int(kAllTypes);
    QTest::newRow("test") << QByteArray("1.3.6.1.4.1.1847.2021.1.1") << test;
    QTest::newRow("vaccination and recovery")
        << QByteArray("1.3.6.1.4.1.1847.2021.1.2,1.3.6.1.4.1.1847.2021.1.3") << (vaccination | recovery);
    QTest::newRow("mistyped vaccination") << QByteArray("1.3.6.1.4.1.0.1847.2021.1.2") << vaccination;
    QTest::newRow("mistyped all three")
        << QByteArray("1.3.6.1.4.1.0.1847.2021.1.1,1.3.6.1.4.1.0.1847.2021.1.2,1.3.6.1.4.1.0.1847.2021.1.3")
        << int(kAllTypes);
    QTest::newRow("serverAuth and recovery") << QByteArray("serverAuth,1.3.6.1.4.1.1847.2021.1.3") << recovery;
    QTest::newRow("correct test, mistyped recovery")
        << QByteArray("1.3.6.1.4.1.1847.2021.1.1,1.3.6.1.4.1.0.1847.2021.1.3") << (test | recovery);
    QTest::newRow("similar but other arc") << QByteArray("1.3.6.1.4.1.1847.2021.1.4") << int(kAllTypes);
}

void TestTrustLoader::ekuParsing()
{
    QFETCH(QByteArray, eku);
    QFETCH(int, types);
    const OpenSsl::EvpPkeyPtr key = generateKey();
    const QByteArray der = makeCertificate(key.get(), "EKU test", eku.isEmpty() ? nullptr : eku.constData());
    QString problem;
    const std::optional<TrustedSigner> signer =
        makeTrustedSigner(der, TrustSourceKind::CertificateFile, QStringLiteral("eku"), &problem);
    QVERIFY2(signer, qPrintable(problem));
    QCOMPARE(signer->allowedDccTypes.toInt(), types);
}

void TestTrustLoader::signerFields_data()
{
    QTest::addColumn<QByteArray>("commonName");
    QTest::addColumn<qint64>("notBefore");
    QTest::addColumn<qint64>("notAfter");

    QTest::newRow("utc time") << QByteArray("Station DSC") << qint64(1'600'000'000) << qint64(1'700'000'000);
    QTest::newRow("generalized time after 2049") << QByteArray("Long DSC") << qint64(1'600'000'000)
                                                 << qint64(2'600'000'000);
    QTest::newRow("utf-8 subject") << QByteArray("Prüfstelle Köln") << qint64(0) << qint64(86'400);
}

void TestTrustLoader::signerFields()
{
    QFETCH(QByteArray, commonName);
    QFETCH(qint64, notBefore);
    QFETCH(qint64, notAfter);
    const OpenSsl::EvpPkeyPtr key = generateKey();
    const QByteArray der = makeCertificate(key.get(), commonName.constData(), nullptr, notBefore, notAfter);
    const std::optional<TrustedSigner> signer =
        makeTrustedSigner(der, TrustSourceKind::DccTrustList, QStringLiteral("fields"));
    QVERIFY(signer);
    QCOMPARE(signer->der, der);
    QCOMPARE(signer->country, QStringLiteral("XA"));
    QCOMPARE(signer->subject, QStringLiteral("CN=%1,C=XA").arg(QString::fromUtf8(commonName)));
    QCOMPARE(signer->notBefore, notBefore * 1000);
    QCOMPARE(signer->notAfter, notAfter * 1000);
    QCOMPARE(signer->sourceKind, TrustSourceKind::DccTrustList);
    QCOMPARE(signer->sourceName, QStringLiteral("fields"));
    QVERIFY(signer->publicKey);
    QCOMPARE(EVP_PKEY_eq(signer->publicKey, key.get()), 1);
    QVERIFY(!signer->maySignIthc());
}

void TestTrustLoader::kidComputation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("kid");

    // Expected values: openssl x509 -outform DER | openssl dgst -sha256 -binary | head -c 8 | base64
    QTest::newRow("es256") << QStringLiteral("ithc-dsc-es256.pem") << QByteArray("92/MVBx3rTg=");
    QTest::newRow("sm2") << QStringLiteral("ithc-dsc-sm2.pem") << QByteArray("B6SY1Xd1cU0=");
    QTest::newRow("csca p256") << QStringLiteral("ithc-csca-p256.pem") << QByteArray("8pRGOdAuagg=");
}

void TestTrustLoader::kidComputation()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, kid);
    REQUIRE_SHARED();
    const QString path = shared("conformance/ithc/keys/") + file;
    const QByteArray expected = QByteArray::fromBase64(kid);
    QCOMPARE(kidOf(derFromPem(readAll(path))), expected);
    TrustLoader loader;
    TrustStore store;
    QVERIFY(!loader.loadPath(path, store));
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.signers().first()->kid, expected);
    QCOMPARE(store.find(expected).size(), 1);
}

void TestTrustLoader::multipleSignersPerKid()
{
    const OpenSsl::EvpPkeyPtr key = generateKey();
    const QString source = QStringLiteral("generated");
    auto first = makeTrustedSigner(makeCertificate(key.get(), "First"), TrustSourceKind::CertificateFile, source);
    auto second = makeTrustedSigner(makeCertificate(key.get(), "Second"), TrustSourceKind::CertificateFile, source);
    QVERIFY(first && second);
    QVERIFY(first->kid != second->kid);
    second->kid = first->kid; // as if the two kids collided
    const auto firstPtr = std::make_shared<const TrustedSigner>(*first);
    const auto secondPtr = std::make_shared<const TrustedSigner>(*second);

    TrustStore store;
    store.add(firstPtr);
    store.add(secondPtr);
    store.add(std::make_shared<const TrustedSigner>(*first)); // same DER under the same kid: not added
    QCOMPARE(store.size(), 2);
    QCOMPARE(store.find(first->kid), (QList<TrustStore::SignerPtr>{firstPtr, secondPtr}));

    const QByteArray alias = QByteArrayLiteral("aliaskid");
    store.addAlias(alias, secondPtr);
    store.addAlias(alias, secondPtr);
    QCOMPARE(store.size(), 2);
    QCOMPARE(store.find(alias), QList<TrustStore::SignerPtr>{secondPtr});
    QVERIFY(store.find(QByteArrayLiteral("unknown!")).isEmpty());

    // Loading the same file twice does not duplicate its certificate.
    TrustLoader loader;
    const QString der = m_temp.filePath(QStringLiteral("generated.der"));
    QVERIFY(!loader.loadPath(der, store));
    QVERIFY(!loader.loadPath(der, store));
    QCOMPARE(store.size(), 3);
}

void TestTrustLoader::sm2Certificate()
{
    REQUIRE_SHARED();
    TrustLoader loader;
    TrustStore store;
    QVERIFY(!loader.loadPath(shared("conformance/ithc/keys/ithc-dsc-sm2.pem"), store));
    QVERIFY(!loader.loadPath(shared("conformance/ithc/keys/ithc-csca-sm2.pem"), store));
    QCOMPARE(store.size(), 2);
    const TrustStore::SignerPtr dsc = store.signers().at(0);
    const TrustStore::SignerPtr csca = store.signers().at(1);
    QVERIFY(EVP_PKEY_is_a(dsc->publicKey, "SM2"));
    QCOMPARE(EVP_PKEY_get_bits(dsc->publicKey), 256);
    QCOMPARE(dsc->country, QStringLiteral("CN"));
    QVERIFY(dsc->maySignIthc());

    // The loaded CSCA key verifies the DSC's SM2-with-SM3 signature under the GM/T 0009 default
    // identity (ITHC-1 §2), which OpenSSL 3.0 needs to be told.
    const auto *bytes = reinterpret_cast<const unsigned char *>(dsc->der.constData());
    OpenSsl::X509Ptr copy(d2i_X509(nullptr, &bytes, long(dsc->der.size())));
    QVERIFY(copy);
    ASN1_OCTET_STRING *identity = ASN1_OCTET_STRING_new();
    ASN1_OCTET_STRING_set(identity, text("1234567812345678"), 16);
    X509_set0_distinguishing_id(copy.get(), identity);
    QCOMPARE(X509_verify(copy.get(), csca->publicKey), 1);
}

QTEST_GUILESS_MAIN(TestTrustLoader)
#include "tst_trustloader.moc"

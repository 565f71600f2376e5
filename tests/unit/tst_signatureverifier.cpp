// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/signatureverifier.h"
#include "specimen.h"

#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::addColumn<int>("signAlgorithm");
        QTest::addColumn<int>("verifyAlgorithm");
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<int>("expected");
        const int p256 = int(KeyType::P256), sm2 = int(KeyType::Sm2), rsa = int(KeyType::Rsa2048);
        const int es256 = int(SignatureAlgorithm::Es256), ps256 = int(SignatureAlgorithm::Ps256), sm3 = int(SignatureAlgorithm::Sm2Sm3);
        const int ok = int(SignatureCheck::Verified), bad = int(SignatureCheck::NotVerified), mismatch = int(SignatureCheck::KeyMismatch);
        QTest::newRow("es256") << p256 << es256 << es256 << QString() << ok;
        QTest::newRow("es256-data-tampered") << p256 << es256 << es256 << QStringLiteral("data") << bad;
        QTest::newRow("es256-signature-bit") << p256 << es256 << es256 << QStringLiteral("signature") << bad;
        QTest::newRow("es256-der-signature") << p256 << es256 << es256 << QStringLiteral("der") << bad;
        QTest::newRow("es256-short") << p256 << es256 << es256 << QStringLiteral("short") << bad;
        QTest::newRow("es256-zero") << p256 << es256 << es256 << QStringLiteral("zero") << bad;
        QTest::newRow("es256-all-ff") << p256 << es256 << es256 << QStringLiteral("ff") << bad;
        QTest::newRow("ps256") << rsa << ps256 << ps256 << QString() << ok;
        QTest::newRow("ps256-tampered") << rsa << ps256 << ps256 << QStringLiteral("data") << bad;
        QTest::newRow("ps256-short") << rsa << ps256 << ps256 << QStringLiteral("short") << bad;
        QTest::newRow("ps256-all-ff") << rsa << ps256 << ps256 << QStringLiteral("ff") << bad;
        QTest::newRow("sm2") << sm2 << sm3 << sm3 << QString() << ok;
        QTest::newRow("sm2-tampered") << sm2 << sm3 << sm3 << QStringLiteral("data") << bad;
        QTest::newRow("sm2-zero") << sm2 << sm3 << sm3 << QStringLiteral("zero") << bad;
        QTest::newRow("es256-with-sm2-key") << sm2 << sm3 << es256 << QString() << mismatch;
        QTest::newRow("sm2-with-p256-key") << p256 << es256 << sm3 << QString() << mismatch;
        QTest::newRow("ps256-with-ec-key") << p256 << es256 << ps256 << QString() << mismatch;
        QTest::newRow("es256-with-rsa-key") << rsa << ps256 << es256 << QString() << mismatch;
    }
    void verify()
    {
        QFETCH(int, keyType);
        QFETCH(int, signAlgorithm);
        QFETCH(int, verifyAlgorithm);
        QFETCH(QString, tamper);
        QFETCH(int, expected);
        const auto key = generateKey(KeyType(keyType));
        QVERIFY(key);
        QByteArray data("the Sig_structure bytes");
        QByteArray signature = signData(key.get(), SignatureAlgorithm(signAlgorithm), data);
        QVERIFY(!signature.isEmpty());
        if (tamper == u"data")
            data[0] = 'T';
        else if (tamper == u"signature")
            signature[10] = char(signature.at(10) ^ 0x01);
        else if (tamper == u"der")
            signature = QByteArray::fromHex("3006020101020101") + signature.left(signature.size() - 8);
        else if (tamper == u"short")
            signature.chop(1);
        else if (tamper == u"zero")
            signature.fill('\0');
        else if (tamper == u"ff")
            signature.fill('\xff');
        QString detail;
        const auto result = verifySignature(key.get(), SignatureAlgorithm(verifyAlgorithm), data, signature, &detail);
        QCOMPARE(int(result), expected);
        if (result != SignatureCheck::Verified)
            QVERIFY(!detail.isEmpty());
    }

    void sm2NeedsItsIdentity()
    {
        // A signature made with another SM2 identity must not verify (ITHC-1 §2).
        const auto key = generateKey(KeyType::Sm2);
        const QByteArray data("payload");
        OpenSsl::EvpMdCtxPtr md(EVP_MD_CTX_new());
        EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(key.get(), nullptr);
        EVP_PKEY_CTX_set1_id(pctx, "ALICE123@YAHOO.COM", 18);
        EVP_MD_CTX_set_pkey_ctx(md.get(), pctx);
        QCOMPARE(EVP_DigestSignInit(md.get(), nullptr, EVP_sm3(), nullptr, key.get()), 1);
        size_t length = 0;
        EVP_DigestSign(md.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
        QByteArray der(qsizetype(length), '\0');
        EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
        EVP_MD_CTX_set_pkey_ctx(md.get(), nullptr);
        EVP_PKEY_CTX_free(pctx);
        der.truncate(qsizetype(length));
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        OpenSsl::EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
        QByteArray raw(64, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char *>(raw.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
        QCOMPARE(verifySignature(key.get(), SignatureAlgorithm::Sm2Sm3, data, raw), SignatureCheck::NotVerified);
    }

    void noKeyIsAnError()
    {
        QCOMPARE(verifySignature(nullptr, SignatureAlgorithm::Es256, "x", QByteArray(64, '\1')), SignatureCheck::Error);
    }

    void coseAlgorithms()
    {
        QCOMPARE(signatureAlgorithmFromCose(-7), SignatureAlgorithm::Es256);
        QCOMPARE(signatureAlgorithmFromCose(-37), SignatureAlgorithm::Ps256);
        QCOMPARE(signatureAlgorithmFromCose(-65537), SignatureAlgorithm::Sm2Sm3);
        QVERIFY(!signatureAlgorithmFromCose(999));
    }
};

QTEST_APPLESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// ICAO CSCA master lists (CMS SignedData of a CscaMasterList) as VDS-NC trust: a list
// built here with OpenSSL's CMS API, its signature and its signer's anchor checked.
#include "vdsncspecimen.h"

#include "trust/cscaindex.h"
#include "trust/masterlist.h"
#include "trust/trustloader.h"
#include "verify/verifier.h"

#include <openssl/cms.h>

#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test::VdsNc;

namespace {

constexpr Timestamp::Millis kAt = 1654041600000; // 2022-06-01T00:00:00Z

QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray bytes;
    while (length > 0) {
        bytes.prepend(char(length & 0xff));
        length >>= 8;
    }
    return char(0x80 | bytes.size()) + bytes;
}

QByteArray tlv(char tag, const QByteArray &content)
{
    return tag + derLength(content.size()) + content;
}

// CscaMasterList ::= SEQUENCE { version INTEGER (0), certList SET OF Certificate }
QByteArray cscaMasterList(const QList<QByteArray> &certificates)
{
    QByteArray set;
    for (const QByteArray &certificate : certificates)
        set += certificate;
    return tlv(0x30, QByteArray("\x02\x01\x00", 3) + tlv(0x31, set));
}

// A CMS SignedData over @p content, content type id-icao-cscaMasterList, signed by @p key/@p certificate.
QByteArray signedMasterList(const QByteArray &content, EVP_PKEY *key, const QByteArray &certificate)
{
    const OpenSsl::X509Ptr signer = fromDer(certificate);
    std::unique_ptr<BIO, OpenSsl::Deleter<BIO, BIO_free_all>> in(
        BIO_new_mem_buf(content.constData(), int(content.size())));
    std::unique_ptr<CMS_ContentInfo, OpenSsl::Deleter<CMS_ContentInfo, CMS_ContentInfo_free>> cms(
        CMS_sign(signer.get(), key, nullptr, nullptr, CMS_BINARY | CMS_PARTIAL));
    std::unique_ptr<ASN1_OBJECT, OpenSsl::Deleter<ASN1_OBJECT, ASN1_OBJECT_free>> type(
        OBJ_txt2obj("2.23.136.1.1.2", 1));
    if (!cms || CMS_set1_eContentType(cms.get(), type.get()) != 1
        || CMS_final(cms.get(), in.get(), nullptr, CMS_BINARY) != 1)
        return {};
    unsigned char *out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &out);
    QByteArray der(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return der;
}

struct List
{
    KeyPtr cscaKey = ecKey("P-256");
    Authority csca = makeCsca(cscaKey, "Master CSCA", "UT");
    KeyPtr otherKey = ecKey("P-384", true);
    Authority other = makeCsca(otherKey, "Other CSCA", "UT");
    KeyPtr listSignerKey = ecKey("P-256");
    QByteArray listSigner = makeBarcodeSigner(listSignerKey.get(), csca, cscaKey.get());
    QByteArray content = cscaMasterList({csca.der, other.der});
};

} // namespace

class TestVdsNcMasterList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsCscas()
    {
        const List list;
        const QByteArray der = signedMasterList(list.content, list.listSignerKey.get(), list.listSigner);
        QVERIFY(!der.isEmpty());
        QVERIFY(MasterList::looksLikeSignedData(der));
        QString error;
        const auto contents = MasterList::read(der, &error);
        QVERIFY2(contents, qPrintable(error));
        QCOMPARE(contents->certificates, (QList<QByteArray> {list.csca.der, list.other.der}));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"ml.der"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(der);
        file.close();
        auto store = std::make_shared<TrustStore>();
        TrustLoader loader;
        const auto loadError = loader.loadPath(path, *store);
        QVERIFY2(!loadError, qPrintable(loadError ? loadError->message : QString()));
        QCOMPARE(store->size(), 2);
        QCOMPARE(store->cscaIndex()->size(), 2);
        // A CSCA is an authority only: never a document signer found by kid.
        QVERIFY(store->find(kidOf(list.csca.der)).isEmpty());

        // A seal whose signer the listed explicit-parameter CSCA issued verifies.
        const KeyPtr signerKey = ecKey("P-256");
        const QByteArray signer = makeBarcodeSigner(signerKey.get(), list.other, list.otherKey.get());
        const auto report = Verifier(store).verify(seal(testData(), signerKey.get(), signer), kAt);
        QVERIFY2(report.isValid(), qPrintable(report.reasons.isEmpty() ? QString() : report.reasons.first().detail));
        QCOMPARE(report.signer->sourceName, path);
    }

    void refusesBadLists_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<QString>("problem");
        const List list;
        const QByteArray good = signedMasterList(list.content, list.listSignerKey.get(), list.listSigner);
        QByteArray tampered = good;
        const qsizetype at = tampered.indexOf(list.other.der.mid(40, 16));
        tampered[at] = char(tampered[at] ^ 0x01);
        QTest::newRow("content changed") << tampered << u"signature"_qs;
        const KeyPtr strayKey = ecKey("P-256");
        const Authority stray = makeCsca(strayKey, "Stray CSCA", "UT");
        QTest::newRow("signer not issued by a listed CSCA") << signedMasterList(
            list.content, list.listSignerKey.get(), makeBarcodeSigner(list.listSignerKey.get(), stray, strayKey.get()))
                                                            << u"not issued by a CSCA in the list"_qs;
        QTest::newRow("not a CscaMasterList")
            << signedMasterList(QByteArray("\x04\x01\x00", 3), list.listSignerKey.get(), list.listSigner)
            << u"not a CscaMasterList"_qs;
    }
    void refusesBadLists()
    {
        QFETCH(QByteArray, der);
        QFETCH(QString, problem);
        QVERIFY(!der.isEmpty());
        QString error;
        QVERIFY(!MasterList::read(der, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        TrustStore store;
        TrustLoader loader;
        QVERIFY(loader.loadBytes(der, u"ml.der"_qs, store));
        QCOMPARE(store.size(), 0);
    }
};

QTEST_APPLESS_MAIN(TestVdsNcMasterList)
#include "tst_vdsncmasterlist.moc"

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The trust store's deferred parsing: large bundles keep DER and kid only and parse
// a certificate on its first lookup; a certificate that cannot be used then is left
// out of lookups and reported, never trusted.
#include "specimen.h"
#include "trust/trustloader.h"

#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace CertDesk;
using namespace CertDesk::Test;

namespace {

QByteArray pem(const QByteArray &der)
{
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END CERTIFICATE-----\n";
}

// A certificate whose ASN.1 structure is intact but whose EC point has no valid
// point encoding (0x04 → 0x05 is no encoding at all; 0x06/0x07 would be hybrid): OpenSSL parses
// the certificate, not its key.
QByteArray withBrokenKey(QByteArray der, const QByteArray &point)
{
    const qsizetype at = der.indexOf(point);
    Q_ASSERT(at > 0);
    der[at] = '\x05';
    return der;
}

QByteArray ecPoint(EVP_PKEY *key)
{
    unsigned char buffer[128];
    size_t length = 0;
    EVP_PKEY_get_octet_string_param(key, "encoded-pub-key", buffer, sizeof buffer, &length);
    return QByteArray(reinterpret_cast<const char *>(buffer), qsizetype(length));
}

} // namespace

class TestTrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deferredBundle_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("breakOne");
        QTest::newRow("small-eager") << 4 << false;
        QTest::newRow("large-deferred") << 40 << false;
        QTest::newRow("large-deferred-one-broken") << 40 << true;
    }
    void deferredBundle()
    {
        QFETCH(int, count);
        QFETCH(bool, breakOne);
        QList<SpecimenSigner> signers;
        QByteArray bundle;
        QByteArray brokenKid;
        for (int i = 0; i < count; ++i) {
            signers.append(SpecimenSigner::make(KeyType::P256));
            QByteArray der = signers.last().certificateDer;
            if (breakOne && i == count / 2) {
                der = withBrokenKey(der, ecPoint(signers.last().key.get()));
                brokenKid = kidOf(der);
            }
            bundle += pem(der);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bundle.pem"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bundle);
        file.close();

        TrustStore store;
        TrustLoader loader;
        const auto error = loader.loadPath(path, store);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(store.size(), qsizetype(count));
        for (int i = 0; i < count; ++i) {
            if (breakOne && i == count / 2)
                continue;
            const auto found = store.find(signers.at(i).kid());
            QCOMPARE(found.size(), 1);
            QVERIFY(found.first()->publicKey);
            QCOMPARE(EVP_PKEY_eq(found.first()->publicKey, signers.at(i).key.get()), 1);
            QCOMPARE(found.first()->sourceName, path);
        }
        if (breakOne) {
            QVERIFY(store.find(brokenKid).isEmpty());
            QCOMPARE(store.unreadable().size(), 1);
            QVERIFY(store.unreadable().first().contains(QString::fromLatin1(brokenKid.toBase64())));
            QCOMPARE(store.signers().size(), count - 1);
        } else {
            QVERIFY(store.unreadable().isEmpty());
            QCOMPARE(store.signers().size(), count);
        }
    }

    void brokenStructureInLargeBundleIsAnError()
    {
        QByteArray bundle;
        for (int i = 0; i < 20; ++i)
            bundle += pem(SpecimenSigner::make(KeyType::P256).certificateDer);
        bundle += pem(QByteArray("\x30\x03\x02\x01\x01", 5));
        TrustStore store;
        TrustLoader loader;
        QVERIFY(loader.loadBytes(bundle, u"bundle"_qs, store).has_value());
        QCOMPARE(store.size(), 0);
    }

    void concurrentFirstLookups()
    {
        // Two threads looking the same deferred certificate up at once get one parse.
        QByteArray bundle;
        QList<SpecimenSigner> signers;
        for (int i = 0; i < 20; ++i) {
            signers.append(SpecimenSigner::make(KeyType::P256));
            bundle += pem(signers.last().certificateDer);
        }
        TrustStore store;
        TrustLoader loader;
        QVERIFY(!loader.loadBytes(bundle, u"bundle"_qs, store));
        TrustStore::SignerPtr first;
        TrustStore::SignerPtr second;
        std::thread a([&] { first = store.find(signers.at(7).kid()).value(0); });
        std::thread b([&] { second = store.find(signers.at(7).kid()).value(0); });
        a.join();
        b.join();
        QVERIFY(first);
        QCOMPARE(first.get(), second.get());
    }

    void aliasesAndDuplicates()
    {
        const SpecimenSigner signer = SpecimenSigner::make(KeyType::P256);
        TrustStore store;
        store.addPending({signer.certificateDer, TrustSourceKind::DccTrustList, u"list"_qs, u"XX"_qs}, "declared");
        store.addPending({signer.certificateDer, TrustSourceKind::DccTrustList, u"list"_qs, u"XX"_qs});
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.find(signer.kid()).size(), 1);
        QCOMPARE(store.find("declared").size(), 1);
        QCOMPARE(store.find(signer.kid()).first()->country, u"XX"_qs);
        QCOMPARE(store.find(signer.kid()).first()->sourceKind, TrustSourceKind::DccTrustList);
        QVERIFY(store.find("other").isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"

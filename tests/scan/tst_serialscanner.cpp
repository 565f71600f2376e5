// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <QSignalSpy>
#include <QTest>

#include "scan/serialscanner.h"

using namespace CertDesk::Scan;
using namespace Qt::StringLiterals;

class TestSerialScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QStringList>("texts");

        QTest::newRow("CR") << QByteArrayList{"HC1:ABC\rHC1:DEF\r"} << QStringList{u"HC1:ABC"_s, u"HC1:DEF"_s};
        QTest::newRow("LF") << QByteArrayList{"HC1:ABC\nHC1:DEF\n"} << QStringList{u"HC1:ABC"_s, u"HC1:DEF"_s};
        QTest::newRow("CRLF") << QByteArrayList{"HC1:ABC\r\nHC1:DEF\r\n"} << QStringList{u"HC1:ABC"_s, u"HC1:DEF"_s};
        QTest::newRow("CRLF split across reads") << QByteArrayList{"HC1:A", "BC\r", "\nHC1:DEF\r", "\n"}
                                                 << QStringList{u"HC1:ABC"_s, u"HC1:DEF"_s};
        QTest::newRow("empty lines are skipped") << QByteArrayList{"\r\n\r\nX\n\n"} << QStringList{u"X"_s};
        QTest::newRow("no terminator yet") << QByteArrayList{"HC1:ABC"} << QStringList();
        QTest::newRow("UTF-8") << QByteArrayList{"Gr\xc3\xbc\xc3\x9f" "e\r"} << QStringList{u"Grüße"_s};
        QTest::newRow("Latin-1 fallback") << QByteArrayList{"Gr\xfc\xdf" "e\r"} << QStringList{u"Grüße"_s};
    }

    void lines()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(QStringList, texts);

        SerialScanner scanner;
        QSignalSpy received(&scanner, &SerialScanner::textReceived);
        for (const QByteArray &chunk : std::as_const(chunks))
            scanner.feed(chunk);
        QStringList actual;
        for (const QList<QVariant> &arguments : std::as_const(received))
            actual.append(arguments.at(0).toString());
        QCOMPARE(actual, texts);
    }

    void overlongLinesAreDropped()
    {
        SerialScanner scanner;
        QSignalSpy received(&scanner, &SerialScanner::textReceived);
        QSignalSpy errors(&scanner, &SerialScanner::errorOccurred);
        scanner.feed(QByteArray(SerialScanner::maxLineBytes + 10, '7'));
        scanner.feed("tail\rnext\r");
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toString(), u"next"_s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<SerialScannerError>(), SerialScannerError::LineTooLong);
    }

    void missingPort()
    {
        SerialScanner scanner;
        QCOMPARE(scanner.open(u"certdesk-no-such-port"_s), SerialScannerError::NotFound);
        QVERIFY(!scanner.isOpen());
        // Listing works without any port present.
        const QList<SerialPortDescription> ports = SerialScanner::availablePorts();
        for (const SerialPortDescription &port : ports)
            QVERIFY(!port.portName.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSerialScanner)
#include "tst_serialscanner.moc"

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "scan/cameralist.h"

using namespace CertDesk::Scan;
using namespace Qt::StringLiterals;

class TestCameraList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_sysfs;
    QList<CameraInfo> m_cameras{{0, u"HD Pro Webcam C920"_s, u"/dev/video0"_s},
                                {2, u"Document Camera"_s, u"/dev/video2"_s},
                                {4, u"Integrated Webcam"_s, u"/dev/video4"_s}};

    void addNode(const QString &node, const QString &name, const QString &index)
    {
        QDir root(m_sysfs.path());
        QVERIFY(root.mkpath(node));
        QFile nameFile(root.filePath(node + u"/name"_s));
        QVERIFY(nameFile.open(QIODevice::WriteOnly));
        nameFile.write(name.toUtf8() + '\n');
        if (index.isEmpty())
            return;
        QFile indexFile(root.filePath(node + u"/index"_s));
        QVERIFY(indexFile.open(QIODevice::WriteOnly));
        indexFile.write(index.toUtf8() + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sysfs.isValid());
        addNode(u"video0"_s, u"HD Pro Webcam C920"_s, u"0"_s);
        addNode(u"video1"_s, u"HD Pro Webcam C920"_s, u"1"_s); // the UVC metadata node
        addNode(u"video10"_s, u"Document Camera"_s, QString()); // old kernels: no index attribute
        addNode(u"v4l-subdev0"_s, u"sensor"_s, u"0"_s);
    }

    void listsSysfs()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("sysfs is Linux only");
#endif
        const QList<CameraInfo> cameras = CameraList::available(m_sysfs.path());
        const QList<CameraInfo> expected{{0, u"HD Pro Webcam C920"_s, u"/dev/video0"_s},
                                         {10, u"Document Camera"_s, u"/dev/video10"_s}};
        QCOMPARE(cameras, expected);
        QVERIFY(CameraList::available(m_sysfs.filePath(u"missing"_s)).isEmpty());
    }

    void find_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("index");

        QTest::newRow("index") << u"2"_s << 2;
        QTest::newRow("index not listed may still be tried") << u"7"_s << 7;
        QTest::newRow("negative index") << u"-1"_s << -1;
        QTest::newRow("exact name") << u"Document Camera"_s << 2;
        QTest::newRow("substring, any case") << u"c920"_s << 0;
        QTest::newRow("surrounding spaces") << u"  document "_s << 2;
        QTest::newRow("ambiguous substring") << u"webcam"_s << -1;
        QTest::newRow("no such camera") << u"Scanner"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void find()
    {
        QFETCH(QString, spec);
        QFETCH(int, index);
        const std::optional<CameraInfo> camera = CameraList::find(spec, m_cameras);
        QCOMPARE(camera ? camera->index : -1, index);
    }
};

QTEST_GUILESS_MAIN(TestCameraList)
#include "tst_cameralist.moc"

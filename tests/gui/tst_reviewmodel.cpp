// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "guitestsupport.h"

#include "review/reviewmodel.h"
#include "review/reviewwindow.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;
using namespace CertDesk::Ui;

class TestReviewModel : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_fixture;

    QString writeText(QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void modelIsConsistent()
    {
        ReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Verifier verifier(m_fixture.store);
        QList<ReviewRow> rows;
        for (const QByteArray &text : {m_fixture.valid(), m_fixture.expired(), m_fixture.forged()}) {
            ReviewRow row;
            row.file = QStringLiteral("/tmp/batch/a.txt");
            row.codeNumber = int(rows.size()) + 1;
            row.report = verifier.verify(text, GuiFixture::nowMs);
            rows.append(row);
        }
        ReviewRow unreadableFile;
        unreadableFile.file = QStringLiteral("/tmp/batch/b.png");
        unreadableFile.fileError = QStringLiteral("no QR code found");
        rows.append(unreadableFile);
        model.append(rows);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ReviewModel::ColumnCount));
        QCOMPARE(model.index(0, ReviewModel::VerdictColumn).data().toString(), QStringLiteral("VALID"));
        QCOMPARE(model.index(3, ReviewModel::VerdictColumn).data().toString(), QStringLiteral("NO CODE"));
        QCOMPARE(model.index(0, ReviewModel::FileColumn).data().toString(), QStringLiteral("a.txt"));
        QCOMPARE(model.index(0, ReviewModel::FileColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("/tmp/batch/a.txt"));
        const ReviewModel::Counts counts = model.counts();
        QCOMPARE(counts.valid, 1);
        QCOMPARE(counts.invalid, 2);
        QCOMPARE(counts.filesWithoutCode, 1);

        // Sorting by verdict through the proxy (raw values): valid, invalid, invalid, no code.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Qt::UserRole);
        proxy.sort(ReviewModel::VerdictColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ReviewModel::VerdictColumn).data().toString(), QStringLiteral("NO CODE"));
        QCOMPARE(proxy.index(3, ReviewModel::VerdictColumn).data().toString(), QStringLiteral("VALID"));

        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(model.writeCsv(csv));
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.at(0), QByteArray("file,code,format,issuer_country,verdict,reasons\r"));
        QCOMPARE(lines.at(1), QByteArray("/tmp/batch/a.txt,1,ithc,CN,valid,\r"));
        QCOMPARE(lines.at(2), QByteArray("/tmp/batch/a.txt,2,ithc,CN,invalid,expired\r"));
        QCOMPARE(lines.at(3), QByteArray("/tmp/batch/a.txt,3,ithc,,invalid,key_unknown\r"));
        QCOMPARE(lines.at(4), QByteArray("/tmp/batch/b.png,,,,no_code,no QR code found\r"));
        // No names or dates of birth in the export.
        QVERIFY(!csv.data().contains("ZHANG") && !csv.data().contains("1990"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void windowReadsManyFilesInTheBackground()
    {
        QTemporaryDir dir;
        const QString batch = writeText(dir, QStringLiteral("batch.txt"),
                                        m_fixture.valid() + "\n" + m_fixture.forged() + "\n" + m_fixture.expired() + "\n");
        const QString empty = writeText(dir, QStringLiteral("empty.txt"), "\n");
        const QString missing = dir.filePath(QStringLiteral("missing.png"));
        QVERIFY(!batch.isEmpty() && !empty.isEmpty());

        ReviewWindow window(m_fixture.store, [] { return GuiFixture::nowMs; });
        QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy idle(&window, &ReviewWindow::idle);
        window.addFiles({batch, empty, missing});
        QVERIFY(window.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 20000);
        QCOMPARE(window.model()->rowCount(), 5);
        const ReviewModel::Counts counts = window.model()->counts();
        QCOMPARE(counts.valid, 1);
        QCOMPARE(counts.invalid, 2);
        QCOMPARE(counts.filesWithoutCode, 2);
        // The missing file says why.
        bool sawMissing = false;
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            if (window.model()->row(row).file == missing) {
                sawMissing = true;
                QVERIFY(!window.model()->row(row).fileError.isEmpty());
            }
        }
        QVERIFY(sawMissing);

        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(window.exportCsv(csv));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().count('\n'), 6);
        QVERIFY(!window.exportCsv(dir.filePath(QStringLiteral("no/such/dir/out.csv"))));
    }
};

QTEST_MAIN(TestReviewModel)
#include "tst_reviewmodel.moc"

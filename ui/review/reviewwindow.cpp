// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "reviewwindow.h"

#include "inputreader.h"
#include "widgets/detailsview.h"
#include "widgets/verdictpanel.h"
#include "mainwindow/reasontext.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace CertDesk::Ui {

ReviewWindow::ReviewWindow(std::shared_ptr<const TrustStore> trust, std::function<Timestamp::Millis()> clock,
                           QWidget *parent)
    : QMainWindow(parent)
    , m_verifier(std::move(trust))
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("reviewWindow"));
    setWindowTitle(tr("CertDesk – Review files"));
    setAcceptDrops(true);
    m_model = new ReviewModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reviewTable"));
    m_view->setAccessibleName(tr("Reviewed certificates"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    setCentralWidget(m_view);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });

    QToolBar *toolbar = addToolBar(tr("Review"));
    toolbar->setObjectName(QStringLiteral("reviewToolbar"));
    QAction *add = toolbar->addAction(tr("&Add files…"));
    add->setShortcut(QKeySequence::Open);
    connect(add, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Certificates to review"), {},
            tr("Certificates (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf *.txt);;All files (*)"));
        addFiles(paths);
    });
    QAction *exportAction = toolbar->addAction(tr("&Export CSV…"));
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export review"), QStringLiteral("review.csv"),
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export review"), tr("The list could not be written to %1.").arg(path));
    });
    QAction *clear = toolbar->addAction(tr("&Clear"));
    connect(clear, &QAction::triggered, this, [this] {
        m_model->clear();
        updateSummary();
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    statusBar()->addWidget(m_summary, 1);
    updateSummary();
    resize(900, 520);
}

ReviewWindow::~ReviewWindow()
{
    m_cancelled->store(true);
    // The jthreads join here; queued rows for a deleted window are dropped by QPointer.
}

void ReviewWindow::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    ++m_pending;
    updateSummary();
    QPointer<ReviewWindow> self(this);
    // One worker per batch: files are read and verified in order; each file's rows are
    // handed to the GUI thread as soon as they are ready.
    m_workers.emplace_back([self, paths, verifier = m_verifier, clock = m_clock, cancelled = m_cancelled] {
        for (const QString &path : paths) {
            if (cancelled->load())
                return;
            QList<ReviewRow> rows;
            QString error;
            const std::optional<QList<Cli::PayloadItem>> items = Cli::InputReader::readFile(path, &error);
            if (!items || items->isEmpty()) {
                ReviewRow row;
                row.file = path;
                row.fileError = items ? ReviewModel::tr("no QR code found") : error;
                rows.append(row);
            } else {
                int number = 0;
                for (const Cli::PayloadItem &item : *items) {
                    ReviewRow row;
                    row.file = path;
                    row.codeNumber = ++number;
                    row.report = verifier.verify(item.text, clock());
                    rows.append(std::move(row));
                }
            }
            QMetaObject::invokeMethod(
                qApp, [self, rows] {
                    if (!self)
                        return;
                    self->m_model->append(rows);
                    self->updateSummary();
                },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            qApp, [self] {
                if (!self)
                    return;
                --self->m_pending;
                self->updateSummary();
                if (self->m_pending == 0)
                    Q_EMIT self->idle();
            },
            Qt::QueuedConnection);
    });
}

void ReviewWindow::openRow(int proxyRow)
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(proxyRow, 0));
    if (!source.isValid())
        return;
    const ReviewRow &row = m_model->row(source.row());
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("reviewDetailsDialog"));
    dialog->setWindowTitle(tr("%1 – code %2").arg(row.file).arg(row.codeNumber));
    auto *layout = new QVBoxLayout(dialog);
    auto *verdict = new VerdictPanel(dialog);
    auto *details = new DetailsView(dialog);
    if (row.codeNumber > 0) {
        verdict->showVerdict(row.report.verdict(), verdictReason(row.report, row.report.verifiedAt));
        details->showReport(row.report, row.report.verifiedAt);
    } else {
        verdict->showVerdict(Verdict::Unreadable, row.fileError);
    }
    layout->addWidget(verdict);
    layout->addWidget(details, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(760, 640);
    dialog->show();
}

bool ReviewWindow::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return m_model->writeCsv(file) && file.commit();
}

void ReviewWindow::updateSummary()
{
    const ReviewModel::Counts counts = m_model->counts();
    QString text = tr("%n code(s): ", nullptr, m_model->rowCount() - counts.filesWithoutCode)
        + tr("%1 valid, %2 invalid, %3 cannot read").arg(counts.valid).arg(counts.invalid).arg(counts.unreadable);
    if (counts.filesWithoutCode > 0)
        text += u"; " + tr("%n file(s) without a code", nullptr, counts.filesWithoutCode);
    if (m_pending > 0)
        text += u"; " + tr("reading…");
    m_summary->setText(text);
}

void ReviewWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ReviewWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace CertDesk::Ui

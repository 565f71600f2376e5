// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "journalwindow.h"

#include "journalmodel.h"
#include "mainwindow/reasontext.h"

#include "journal/journalexport.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace CertDesk::Ui {

namespace {

template <typename Widget>
Widget *named(Widget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

JournalWindow::JournalWindow(QString journalPath, QWidget *parent)
    : QMainWindow(parent)
    , m_path(std::move(journalPath))
{
    setObjectName(QStringLiteral("journalWindow"));
    setWindowTitle(tr("CertDesk – Journal"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *filters = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = named(new QDateTimeEdit(QDateTime(today, QTime(0, 0)), central), QStringLiteral("fromEdit"), tr("From"));
    m_to = named(new QDateTimeEdit(QDateTime(today.addDays(1), QTime(0, 0)), central), QStringLiteral("toEdit"), tr("To"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_verdict = named(new QComboBox(central), QStringLiteral("verdictFilter"), tr("Verdict"));
    m_verdict->addItem(tr("All verdicts"), -1);
    for (const Verdict verdict : {Verdict::Valid, Verdict::Invalid, Verdict::Unreadable})
        m_verdict->addItem(verdictTitle(verdict), int(verdict));
    m_format = named(new QComboBox(central), QStringLiteral("formatFilter"), tr("Format"));
    m_format->addItem(tr("All formats"), -1);
    for (const CertificateFormat format : {CertificateFormat::Ithc, CertificateFormat::Dcc, CertificateFormat::Shc,
                                           CertificateFormat::VdsNc, CertificateFormat::Divoc, CertificateFormat::Unknown})
        m_format->addItem(format == CertificateFormat::Unknown ? tr("unknown") : formatName(format).toUpper(), int(format));
    auto *fromLabel = new QLabel(tr("&From:"), central);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), central);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_verdict);
    filters->addWidget(m_format);
    auto *show = named(new QPushButton(tr("&Show"), central), QStringLiteral("showButton"), tr("Show"));
    filters->addWidget(show);
    filters->addStretch();
    layout->addLayout(filters);
    connect(show, &QPushButton::clicked, this, &JournalWindow::refresh);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    m_model = new JournalModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view = named(new QTableView(splitter), QStringLiteral("journalTable"), tr("Journal rows"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JournalModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_shifts = named(new QTableWidget(0, 5, splitter), QStringLiteral("shiftTable"), tr("Counts per shift"));
    m_shifts->setHorizontalHeaderLabels({tr("Shift"), tr("Verifications"), tr("Valid"), tr("Invalid"), tr("Cannot read")});
    m_shifts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shifts->verticalHeader()->hide();
    m_shifts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_shifts->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_view);
    splitter->addWidget(m_shifts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    QToolBar *toolbar = addToolBar(tr("Journal"));
    toolbar->setObjectName(QStringLiteral("journalToolbar"));
    QAction *exportCsv = toolbar->addAction(tr("Export &CSV…"));
    connect(exportCsv, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export journal"), QStringLiteral("journal.csv"),
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportTo(path, false))
            QMessageBox::warning(this, tr("Export journal"), statusText());
    });
    QAction *exportJson = toolbar->addAction(tr("Export &JSON…"));
    connect(exportJson, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export journal"), QStringLiteral("journal.json"),
                                                          tr("JSON (*.json)"));
        if (!path.isEmpty() && !exportTo(path, true))
            QMessageBox::warning(this, tr("Export journal"), statusText());
    });
    QAction *integrity = toolbar->addAction(tr("Check &integrity"));
    connect(integrity, &QAction::triggered, this, [this] { checkIntegrity(); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    statusBar()->addWidget(m_status, 1);
    resize(1000, 640);
}

void JournalWindow::setRange(const QDateTime &from, const QDateTime &to)
{
    m_from->setDateTime(from);
    m_to->setDateTime(to);
}

void JournalWindow::setVerdictFilter(std::optional<Verdict> verdict)
{
    m_verdict->setCurrentIndex(m_verdict->findData(verdict ? int(*verdict) : -1));
}

void JournalWindow::setFormatFilter(std::optional<CertificateFormat> format)
{
    m_format->setCurrentIndex(m_format->findData(format ? int(*format) : -1));
}

Journal::Filter JournalWindow::currentFilter() const
{
    Journal::Filter filter;
    filter.since = m_from->dateTime().toMSecsSinceEpoch();
    filter.until = m_to->dateTime().toMSecsSinceEpoch();
    if (const int verdict = m_verdict->currentData().toInt(); verdict >= 0)
        filter.verdict = Verdict(verdict);
    if (const int format = m_format->currentData().toInt(); format >= 0)
        filter.format = CertificateFormat(format);
    filter.newestFirst = true;
    return filter;
}

QString JournalWindow::statusText() const
{
    return m_status->text();
}

bool JournalWindow::ensureOpen()
{
    if (m_journal)
        return true;
    Journal::Journal::Options options;
    options.mode = Journal::Journal::Mode::ReadOnly;
    Journal::Outcome<Journal::Journal> opened = Journal::Journal::open(m_path, options);
    if (!opened) {
        m_status->setText(tr("The journal cannot be read: %1").arg(opened.error().message));
        return false;
    }
    m_journal.emplace(std::move(opened).value());
    return true;
}

bool JournalWindow::refresh()
{
    if (!ensureOpen())
        return false;
    Journal::Filter filter = currentFilter();
    filter.limit = maxRowsShown;
    Journal::Outcome<std::vector<Journal::JournalEntry>> rows = m_journal->query(filter);
    if (!rows) {
        m_status->setText(tr("The journal cannot be read: %1").arg(rows.error().message));
        return false;
    }
    const qint64 shown = qint64(rows->size());
    m_model->setEntries(std::move(rows).value());
    Journal::Outcome<Journal::VerdictCounts> counts = m_journal->countByVerdict(filter);
    if (counts) {
        QString text = tr("%n verification(s): ", nullptr, int(counts->total()))
            + tr("%1 valid, %2 invalid, %3 cannot read").arg(counts->valid).arg(counts->invalid).arg(counts->unreadable);
        if (counts->total() > shown)
            text += u' ' + tr("(the newest %1 shown)").arg(shown);
        m_status->setText(text);
    }
    updateShifts(filter);
    return true;
}

void JournalWindow::updateShifts(const Journal::Filter &base)
{
    m_shifts->setRowCount(0);
    const QDateTime from = m_from->dateTime();
    const QDateTime to = m_to->dateTime();
    // Shifts overlapping the range, at most a month of them.
    QDateTime start(from.date().addDays(-1), QTime(shiftStartHours[2], 0));
    int guard = 0;
    while (start < to && guard++ < 31 * 3 + 6) {
        const int hour = start.time().hour();
        const QDateTime end = hour == shiftStartHours[2] ? QDateTime(start.date().addDays(1), QTime(shiftStartHours[0], 0))
                                                         : start.addSecs(8 * 3600);
        if (end > from) {
            Journal::Filter filter = base;
            filter.since = std::max(start, from).toMSecsSinceEpoch();
            filter.until = std::min(end, to).toMSecsSinceEpoch();
            filter.verdict.reset();
            Journal::Outcome<Journal::VerdictCounts> counts = m_journal->countByVerdict(filter);
            if (counts && counts->total() > 0) {
                const int row = m_shifts->rowCount();
                m_shifts->insertRow(row);
                const QString label = QStringLiteral("%1 %2–%3")
                                          .arg(QLocale().toString(start.date(), QLocale::ShortFormat),
                                               start.time().toString(QStringLiteral("HH:mm")),
                                               end.time().toString(QStringLiteral("HH:mm")));
                const QStringList cells{label, QString::number(counts->total()), QString::number(counts->valid),
                                        QString::number(counts->invalid), QString::number(counts->unreadable)};
                for (int column = 0; column < cells.size(); ++column)
                    m_shifts->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
        }
        start = end;
    }
}

bool JournalWindow::exportTo(const QString &path, bool json)
{
    if (!ensureOpen())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_status->setText(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    const Journal::Filter filter = currentFilter();
    const Journal::Outcome<qint64> written = json ? Journal::exportJson(*m_journal, filter, file)
                                                  : Journal::exportCsv(*m_journal, filter, file);
    if (!written) {
        m_status->setText(written.error().message);
        return false;
    }
    if (!file.commit()) {
        m_status->setText(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("%n row(s) exported to %1.", nullptr, int(*written)).arg(path));
    return true;
}

std::optional<Journal::ChainReport> JournalWindow::checkIntegrity()
{
    if (!ensureOpen())
        return std::nullopt;
    Journal::Outcome<Journal::ChainReport> report = m_journal->verifyChain();
    if (!report) {
        m_status->setText(tr("The journal cannot be checked: %1").arg(report.error().message));
        m_status->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        return std::nullopt;
    }
    if (report->intact()) {
        m_status->setText(tr("Chain intact: %n row(s) checked.", nullptr, int(report->rowsChecked)));
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(tr("The journal has been tampered with: row %1 (%2).").arg(report->firstBadRow).arg(report->detail));
        m_status->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
    return std::move(report).value();
}

} // namespace CertDesk::Ui

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "journal/journal.h"

#include <QDateTime>
#include <QMainWindow>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace CertDesk::Ui {

class JournalModel;

/**
 * The station's journal for the supervisor: filter by time, verdict and format, counts per
 * shift, the chain's integrity, and export as CSV or JSON (the same files as
 * `certdesk-cli journal export`). It reads through a connection of its own, read-only, so
 * it never holds up the writer.
 */
class JournalWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Shifts: three of eight hours, starting at these local hours.
    static constexpr int shiftStartHours[] = {6, 14, 22};
    /// Rows shown at most (newest first); counts and exports cover every matching row.
    static constexpr qint64 maxRowsShown = 20000;

    explicit JournalWindow(QString journalPath, QWidget *parent = nullptr);

    /// Re-reads the journal with the current filter. False (and a message shown) on an error.
    bool refresh();
    void setRange(const QDateTime &from, const QDateTime &to);
    void setVerdictFilter(std::optional<Verdict> verdict);
    void setFormatFilter(std::optional<CertificateFormat> format);
    /// Writes every row matching the filter; @p json: a JSON array, else CSV.
    bool exportTo(const QString &path, bool json);
    /// Checks the chain; the outcome is shown and returned.
    std::optional<Journal::ChainReport> checkIntegrity();

    JournalModel *model() const { return m_model; }
    QTableWidget *shiftTable() const { return m_shifts; }
    QString statusText() const;
    Journal::Filter currentFilter() const;

private:
    bool ensureOpen();
    void updateShifts(const Journal::Filter &filter);

    QString m_path;
    std::optional<Journal::Journal> m_journal;
    JournalModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_verdict = nullptr;
    QComboBox *m_format = nullptr;
    QTableWidget *m_shifts = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace CertDesk::Ui

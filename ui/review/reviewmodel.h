// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/verificationreport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class QIODevice;

namespace CertDesk::Ui {

/// One code found in a reviewed file, or a file that could not be read.
struct ReviewRow
{
    QString file;       ///< the path as opened
    int codeNumber = 0; ///< 1 for the first code of the file; 0 when the file gave none
    VerificationReport report;
    QString fileError;  ///< why the file gave no code (cannot open, no code found)
};

/**
 * The consular officer's review list: one row per code of every file opened, sortable by
 * any column (through QSortFilterProxyModel, on the raw values of Qt::UserRole), each row
 * openable in the details view, the whole list exportable as CSV.
 */
class ReviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, CodeColumn, FormatColumn, CountryColumn, VerdictColumn, ReasonColumn, ColumnCount };

    explicit ReviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<ReviewRow> &rows);
    void clear();
    const ReviewRow &row(int row) const { return m_rows.at(row); }

    /// Counts of valid, invalid and unreadable codes, and files that gave no code.
    struct Counts
    {
        int valid = 0;
        int invalid = 0;
        int unreadable = 0;
        int filesWithoutCode = 0;
    };
    Counts counts() const;

    /// Writes the list as CSV (RFC 4180, UTF-8, a header row): file, code, format, issuer
    /// country, verdict, reason codes. No names or dates of birth. False on a write error.
    bool writeCsv(QIODevice &device) const;

private:
    QList<ReviewRow> m_rows;
};

} // namespace CertDesk::Ui

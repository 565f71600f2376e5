// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "journal/journalentry.h"

#include <QAbstractTableModel>

#include <vector>

namespace CertDesk::Ui {

/// Journal rows for the journal window: time (local), input, format, issuer, verdict, reasons,
/// station, operator. Read-only; Qt::UserRole gives raw values for sorting.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        InputColumn,
        FormatColumn,
        CountryColumn,
        VerdictColumn,
        ReasonsColumn,
        StationColumn,
        OperatorColumn,
        IdColumn,
        ColumnCount
    };

    explicit JournalModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(std::vector<Journal::JournalEntry> entries);
    const std::vector<Journal::JournalEntry> &entries() const { return m_entries; }

private:
    std::vector<Journal::JournalEntry> m_entries;
};

} // namespace CertDesk::Ui

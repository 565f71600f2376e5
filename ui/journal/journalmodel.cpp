// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "journalmodel.h"

#include "mainwindow/reasontext.h"
#include "widgets/verdictpanel.h"

#include <QDateTime>
#include <QLocale>

namespace CertDesk::Ui {

namespace {

QString inputText(Journal::InputKind kind)
{
    switch (kind) {
    case Journal::InputKind::Camera:
        return JournalModel::tr("camera");
    case Journal::InputKind::Scanner:
        return JournalModel::tr("scanner");
    case Journal::InputKind::File:
        return JournalModel::tr("file");
    case Journal::InputKind::Stdin:
        return JournalModel::tr("command line");
    case Journal::InputKind::Blocklist:
        return JournalModel::tr("blocked by the operator");
    case Journal::InputKind::Clipboard:
        break;
    }
    return JournalModel::tr("pasted");
}

} // namespace

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Journal::JournalEntry &entry = m_entries.at(size_t(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.time).toLocalTime(), QLocale::ShortFormat);
        case InputColumn:
            return inputText(entry.input);
        case FormatColumn:
            return formatName(entry.format).toUpper();
        case CountryColumn:
            return entry.issuerCountry;
        case VerdictColumn:
            return verdictTitle(entry.verdict);
        case ReasonsColumn:
            return entry.reasons.join(QStringLiteral(", "));
        case StationColumn:
            return entry.station;
        case OperatorColumn:
            return entry.operatorName;
        case IdColumn:
            return entry.id;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case TimeColumn:
            return entry.time;
        case VerdictColumn:
            return int(entry.verdict);
        case IdColumn:
            return entry.id;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn)
        return entry.verdict == Verdict::Unreadable ? QColor(0x6b, 0x4f, 0x00) : VerdictPanel::colourOf(entry.verdict);
    if (role == Qt::ToolTipRole && index.column() == ReasonsColumn && !entry.reasons.isEmpty()) {
        const std::optional<ReasonCode> code = reasonCodeFromName(entry.reasons.first());
        return code ? reasonSentence(*code) : entry.reasons.first();
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case InputColumn:
        return tr("Input");
    case FormatColumn:
        return tr("Format");
    case CountryColumn:
        return tr("Issuer");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonsColumn:
        return tr("Reasons");
    case StationColumn:
        return tr("Station");
    case OperatorColumn:
        return tr("Operator");
    case IdColumn:
        return tr("Row");
    default:
        return {};
    }
}

void JournalModel::setEntries(std::vector<Journal::JournalEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

} // namespace CertDesk::Ui

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "reviewmodel.h"

#include "journal/journalexport.h"

#include "mainwindow/reasontext.h"
#include "widgets/verdictpanel.h"

#include <QFileInfo>
#include <QIODevice>
#include <QStringList>

namespace CertDesk::Ui {

namespace {

QString reasonCodes(const VerificationReport &report)
{
    QStringList codes;
    for (const Reason &reason : report.reasons)
        codes.append(reasonCodeName(reason.code));
    return codes.join(u' ');
}

} // namespace

ReviewModel::ReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &row = m_rows.at(index.row());
    const bool noCode = row.codeNumber == 0;
    const Verdict verdict = row.report.verdict();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn:
            return role == Qt::ToolTipRole ? row.file : QFileInfo(row.file).fileName();
        case CodeColumn:
            return noCode ? QVariant() : QVariant(row.codeNumber);
        case FormatColumn:
            return noCode ? QString() : formatName(row.report.format).toUpper();
        case CountryColumn:
            return row.report.certificate ? row.report.certificate->issuerCountry : QString();
        case VerdictColumn:
            return noCode ? tr("NO CODE") : verdictTitle(verdict);
        case ReasonColumn:
            return noCode ? row.fileError : row.report.reasons.isEmpty() ? QString() : reasonSentence(row.report.reasons.first().code);
        default:
            return {};
        }
    case Qt::UserRole: // raw values for sorting
        switch (index.column()) {
        case FileColumn:
            return row.file;
        case CodeColumn:
            return row.codeNumber;
        case FormatColumn:
            return formatName(row.report.format);
        case CountryColumn:
            return row.report.certificate ? row.report.certificate->issuerCountry : QString();
        case VerdictColumn:
            return noCode ? 3 : int(verdict);
        case ReasonColumn:
            return noCode ? row.fileError : reasonCodes(row.report);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn && !noCode)
            return verdict == Verdict::Unreadable ? QColor(0x6b, 0x4f, 0x00) : VerdictPanel::colourOf(verdict);
        return {};
    default:
        return {};
    }
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case CodeColumn:
        return tr("Code");
    case FormatColumn:
        return tr("Format");
    case CountryColumn:
        return tr("Issuer");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

void ReviewModel::append(const QList<ReviewRow> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

void ReviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

ReviewModel::Counts ReviewModel::counts() const
{
    Counts counts;
    for (const ReviewRow &row : m_rows) {
        if (row.codeNumber == 0) {
            ++counts.filesWithoutCode;
            continue;
        }
        switch (row.report.verdict()) {
        case Verdict::Valid:
            ++counts.valid;
            break;
        case Verdict::Invalid:
            ++counts.invalid;
            break;
        case Verdict::Unreadable:
            ++counts.unreadable;
            break;
        }
    }
    return counts;
}

bool ReviewModel::writeCsv(QIODevice &device) const
{
    QByteArray out = Journal::csvRecord({QStringLiteral("file"), QStringLiteral("code"), QStringLiteral("format"),
                                         QStringLiteral("issuer_country"), QStringLiteral("verdict"), QStringLiteral("reasons")});
    for (const ReviewRow &row : m_rows) {
        const bool noCode = row.codeNumber == 0;
        out += Journal::csvRecord({
            row.file,
            noCode ? QString() : QString::number(row.codeNumber),
            noCode ? QString() : formatName(row.report.format),
            row.report.certificate ? row.report.certificate->issuerCountry : QString(),
            noCode ? QStringLiteral("no_code") : verdictName(row.report.verdict()),
            noCode ? row.fileError : reasonCodes(row.report),
        });
    }
    return device.write(out) == out.size();
}

} // namespace CertDesk::Ui

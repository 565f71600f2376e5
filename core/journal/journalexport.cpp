// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "journalexport.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace CertDesk::Journal {

namespace {

using namespace Qt::StringLiterals;

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. A field
// that a spreadsheet would take for a formula (=, +, -, @, tab, CR first: a file name in a review
// export, an officer's reason) gets a leading apostrophe, so opening the export runs nothing.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.isEmpty() && QByteArrayView("=+-@\t\r").contains(bytes.front()))
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

// Writes in 64 KiB blocks; false once the device refused a write.
class BlockWriter
{
public:
    explicit BlockWriter(QIODevice &out)
        : m_out(out)
    {
    }
    void add(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() > 64 * 1024)
            flush();
    }
    bool flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_out.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return m_ok;
    }
    bool ok() const { return m_ok; }

private:
    QIODevice &m_out;
    QByteArray m_buffer;
    bool m_ok = true;
};

Outcome<qint64> exportRows(const Journal &journal, const Filter &filter, QIODevice &out, bool json)
{
    BlockWriter writer(out);
    writer.add(json ? QByteArray("[") : csvHeader());
    qint64 rows = 0;
    const Outcome<Ok> read = journal.forEach(filter, [&](const JournalEntry &entry) {
        if (json)
            writer.add((rows == 0 ? "\n" : ",\n") + QJsonDocument(entryToJson(entry)).toJson(QJsonDocument::Compact));
        else
            writer.add(entryToCsv(entry));
        ++rows;
        return writer.ok();
    });
    if (!read)
        return read.error();
    if (json)
        writer.add(rows == 0 ? "]\n" : "\n]\n");
    if (!writer.flush())
        return Error{Error::Kind::Io, QStringLiteral("the export could not be written: %1").arg(out.errorString())};
    return rows;
}

} // namespace

QJsonObject entryToJson(const JournalEntry &entry)
{
    QJsonObject object{
        {u"id"_s, entry.id},
        {u"time"_s, Timestamp::formatRfc3339(entry.time)},
        {u"station"_s, entry.station},
        {u"operator"_s, entry.operatorName},
        {u"input"_s, inputKindName(entry.input)},
        {u"format"_s, formatName(entry.format)},
        {u"issuer"_s, entry.issuerCountry},
        {u"verdict"_s, verdictName(entry.verdict)},
        {u"reasons"_s, QJsonArray::fromStringList(entry.reasons)},
        {u"policy"_s, entry.policy},
        {u"trust_version"_s, entry.trustVersion},
        {u"certificate_hash"_s, QString::fromLatin1(entry.certificateHash.toHex())},
        {u"chain_hash"_s, QString::fromLatin1(entry.chainHash.toHex())},
    };
    if (entry.holderName || entry.holderDateOfBirth)
        object.insert(u"holder"_s, QJsonObject{{u"name"_s, entry.holderName.value_or(QString())},
                                               {u"date_of_birth"_s, entry.holderDateOfBirth.value_or(QString())}});
    return object;
}

QByteArray csvHeader()
{
    return "id,time,station,operator,input,format,issuer,verdict,reasons,policy,trust_version,"
           "certificate_hash,holder_name,holder_date_of_birth,chain_hash\r\n";
}

QByteArray entryToCsv(const JournalEntry &entry)
{
    const QStringList fields{QString::number(entry.id),
                             Timestamp::formatRfc3339(entry.time),
                             entry.station,
                             entry.operatorName,
                             inputKindName(entry.input),
                             formatName(entry.format),
                             entry.issuerCountry,
                             verdictName(entry.verdict),
                             entry.reasons.join(u' '),
                             entry.policy,
                             entry.trustVersion,
                             QString::fromLatin1(entry.certificateHash.toHex()),
                             entry.holderName.value_or(QString()),
                             entry.holderDateOfBirth.value_or(QString()),
                             QString::fromLatin1(entry.chainHash.toHex())};
    return csvRecord(fields);
}

QByteArray csvRecord(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i)
        line += (i ? "," : "") + csvField(fields.at(i));
    return line + "\r\n";
}

Outcome<qint64> exportCsv(const Journal &journal, const Filter &filter, QIODevice &out)
{
    return exportRows(journal, filter, out, false);
}

Outcome<qint64> exportJson(const Journal &journal, const Filter &filter, QIODevice &out)
{
    return exportRows(journal, filter, out, true);
}

} // namespace CertDesk::Journal

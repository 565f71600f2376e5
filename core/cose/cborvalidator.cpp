// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cborvalidator.h"

#include <QCborStreamReader>

#include <QVarLengthArray>

#include <algorithm>
#include <set>

namespace CertDesk::Cbor {

namespace {

constexpr qsizetype kLinearKeyScan = 16;

// Walks one data item with QCborStreamReader (Qt's maintained parser), counting
// depth and items, and collecting map keys to find duplicates. The value itself
// is built afterwards by QCborValue::fromCbor from the same bytes.
class Walker
{
public:
    Walker(const QByteArray &data, int maxDepth)
        : m_reader(data)
        , m_size(data.size())
        , m_maxDepth(maxDepth)
    {
    }

    Result<Ok> run()
    {
        if (!walk(0))
            return m_failure;
        if (m_reader.lastError() != QCborError::NoError)
            return fail(ReasonCode::DecodeCbor, m_reader.lastError().toString());
        return Ok{};
    }

    qint64 offset() const { return m_reader.currentOffset(); }

private:
    Result<Ok> fail(ReasonCode code, const QString &what)
    {
        m_failure = Reason{code, QStringLiteral("%1 at byte %2").arg(what).arg(m_reader.currentOffset())};
        return m_failure;
    }

    bool check()
    {
        if (m_reader.lastError() != QCborError::NoError) {
            fail(ReasonCode::DecodeCbor, m_reader.lastError().toString());
            return false;
        }
        return true;
    }

    // Reads a whole (possibly chunked) string; returns false on error.
    // Appends the raw bytes of the string at the reader (all its chunks) to @p into:
    // no UTF-16 conversion, since only the key bytes matter for duplicate detection
    // (QCborValue::fromCbor checks UTF-8 afterwards). A chunk longer than the bytes left
    // is refused before anything is allocated for it.
    bool readRawString(QByteArray *into)
    {
        while (true) {
            const qsizetype chunk = m_reader.currentStringChunkSize();
            if (chunk < 0 || chunk > m_size - m_reader.currentOffset()) {
                fail(ReasonCode::DecodeCbor, QStringLiteral("string longer than the data"));
                return false;
            }
            const qsizetype old = into->size();
            into->resize(old + chunk);
            const auto r = m_reader.readStringChunk(into->data() + old, chunk);
            if (r.status == QCborStreamReader::EndOfString) {
                into->resize(old);
                return check();
            }
            if (r.status != QCborStreamReader::Ok) {
                into->resize(old);
                return check() && false;
            }
            into->resize(old + r.data);
        }
    }

    // Walks the item at the reader. @p key, when not null, receives a canonical
    // encoding of the item for duplicate detection (only for the key of a map).
    bool walk(int depth, QByteArray *key = nullptr)
    {
        if (!check())
            return false;
        if (depth > m_maxDepth) {
            fail(ReasonCode::TooLarge, QStringLiteral("CBOR nesting deeper than %1 levels").arg(m_maxDepth));
            return false;
        }
        if (++m_items > Limits::kMaxCborItems) {
            fail(ReasonCode::TooLarge, QStringLiteral("more than %1 CBOR items").arg(Limits::kMaxCborItems));
            return false;
        }
        const auto type = m_reader.type();
        switch (type) {
        case QCborStreamReader::UnsignedInteger:
        case QCborStreamReader::NegativeInteger: {
            if (key) {
                // Same value → same key, whatever the encoding width.
                key->append(type == QCborStreamReader::UnsignedInteger ? 'u' : 'n');
                const quint64 raw = type == QCborStreamReader::UnsignedInteger
                                        ? m_reader.toUnsignedInteger()
                                        : quint64(m_reader.toNegativeInteger());
                key->append(QByteArray::number(raw));
            }
            m_reader.next();
            return check();
        }
        case QCborStreamReader::ByteArray:
        case QCborStreamReader::String: {
            if (!key) {
                // Not a map key: skip it. QCborValue::fromCbor reads it afterwards and
                // refuses bad UTF-8 or chunks of the wrong type.
                m_reader.next();
                return check();
            }
            key->append(type == QCborStreamReader::String ? 't' : 'b');
            // Chunks of an indefinite-length string must all be of its own type:
            // QCborStreamReader enforces that.
            const bool ok = readRawString(key);
            if (!ok && m_failure.ok())
                fail(ReasonCode::DecodeCbor, QStringLiteral("malformed string"));
            return ok;
        }
        case QCborStreamReader::Array:
        case QCborStreamReader::Map: {
            const bool isMap = type == QCborStreamReader::Map;
            if (key)
                key->append(isMap ? "{" : "[");
            if (!m_reader.enterContainer())
                return check() && false;
            QVarLengthArray<QByteArray, 16> keys;
            std::set<QByteArray> manyKeys;
            while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
                if (isMap) {
                    QByteArray thisKey;
                    if (!walk(depth + 1, &thisKey))
                        return false;
                    // Maps in certificates are small: a linear scan beats a tree; a large
                    // (hostile) map switches to one.
                    const bool duplicate = keys.size() < kLinearKeyScan
                                               ? std::find(keys.cbegin(), keys.cend(), thisKey) != keys.cend()
                                               : !manyKeys.insert(thisKey).second;
                    if (duplicate) {
                        fail(ReasonCode::DecodeCbor, QStringLiteral("duplicate map key"));
                        return false;
                    }
                    if (keys.size() < kLinearKeyScan) {
                        keys.append(thisKey);
                        if (keys.size() == kLinearKeyScan)
                            manyKeys.insert(keys.cbegin(), keys.cend());
                    }
                    if (key)
                        key->append(thisKey).append(':');
                }
                if (!walk(depth + 1, key))
                    return false;
                if (key)
                    key->append(',');
            }
            if (!check())
                return false;
            if (!m_reader.leaveContainer())
                return check() && false;
            if (key)
                key->append(isMap ? "}" : "]");
            return check();
        }
        case QCborStreamReader::Tag: {
            if (key)
                key->append('#').append(QByteArray::number(quint64(m_reader.toTag()))).append('(');
            m_reader.next();
            if (!check())
                return false;
            if (!m_reader.hasNext()) {
                fail(ReasonCode::DecodeCbor, QStringLiteral("tag without content"));
                return false;
            }
            const bool ok = walk(depth + 1, key);
            if (key)
                key->append(')');
            return ok;
        }
        case QCborStreamReader::SimpleType: // false, true, null, undefined and the rest
        case QCborStreamReader::Float16:
        case QCborStreamReader::Float:
        case QCborStreamReader::Double: {
            if (key) {
                key->append('s').append(QByteArray::number(int(type)));
                if (type == QCborStreamReader::SimpleType)
                    key->append(QByteArray::number(int(m_reader.toSimpleType())));
                else if (type == QCborStreamReader::Double)
                    key->append(QByteArray::number(m_reader.toDouble(), 'g', 17));
                else if (type == QCborStreamReader::Float)
                    key->append(QByteArray::number(double(m_reader.toFloat()), 'g', 17));
                else if (type == QCborStreamReader::Float16)
                    key->append(QByteArray::number(double(float(m_reader.toFloat16())), 'g', 17));
            }
            m_reader.next();
            return check();
        }
        case QCborStreamReader::Invalid:
            break;
        }
        if (m_reader.lastError() != QCborError::NoError)
            return check();
        fail(ReasonCode::DecodeCbor, QStringLiteral("not a CBOR data item"));
        return false;
    }

    QCborStreamReader m_reader;
    qsizetype m_size;
    int m_maxDepth;
    int m_items = 0;
    Result<Ok> m_failure = Ok{};
};

} // namespace

Result<QCborValue> parse(const QByteArray &data, int maxDepth)
{
    if (data.isEmpty())
        return Result<QCborValue>(ReasonCode::DecodeCbor, QStringLiteral("no CBOR data"));
    Walker walker(data, maxDepth);
    const auto walked = walker.run();
    if (!walked)
        return walked.reason();
    if (walker.offset() != data.size()) {
        return Result<QCborValue>(ReasonCode::DecodeCbor,
                                  QStringLiteral("%1 bytes follow the CBOR item").arg(data.size() - walker.offset()));
    }
    QCborParserError error;
    QCborValue value = QCborValue::fromCbor(data, &error);
    if (error.error != QCborError::NoError)
        return Result<QCborValue>(ReasonCode::DecodeCbor, error.errorString());
    return value;
}

} // namespace CertDesk::Cbor

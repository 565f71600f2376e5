// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "framesource.h"

#include <chrono>

#include "sourcelogging_p.h"

using namespace Qt::StringLiterals;

namespace CertDesk::Scan {

Q_LOGGING_CATEGORY(lcScanSource, "certdesk.scan.source", QtInfoMsg)

QString sourceStatusCode(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Ok:
        return u"ok"_s;
    case SourceStatus::NotOpen:
        return u"not_open"_s;
    case SourceStatus::NotFound:
        return u"not_found"_s;
    case SourceStatus::CannotOpen:
        return u"cannot_open"_s;
    case SourceStatus::Unsupported:
        return u"unsupported"_s;
    case SourceStatus::TooLarge:
        return u"too_large"_s;
    case SourceStatus::Unreadable:
        return u"unreadable"_s;
    case SourceStatus::EndOfStream:
        return u"end_of_stream"_s;
    case SourceStatus::Disconnected:
        return u"disconnected"_s;
    }
    return u"unknown"_s;
}

MonotonicClock steadyClock()
{
    return [] {
        const auto sinceEpoch = std::chrono::steady_clock::now().time_since_epoch();
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(sinceEpoch).count());
    };
}

FrameSource::~FrameSource() = default;

void FrameSource::setClock(MonotonicClock clock)
{
    m_clock = clock ? std::move(clock) : steadyClock();
}

qint64 FrameSource::now() const
{
    return m_clock();
}

} // namespace CertDesk::Scan

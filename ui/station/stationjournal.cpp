// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "stationjournal.h"

#include "stationcontroller.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>

namespace CertDesk::Ui {

Journal::InputKind journalInputOf(InputChannel channel)
{
    switch (channel) {
    case InputChannel::Camera:
        return Journal::InputKind::Camera;
    case InputChannel::Scanner:
    case InputChannel::Serial:
        return Journal::InputKind::Scanner;
    case InputChannel::File:
        return Journal::InputKind::File;
    case InputChannel::Paste:
        break;
    }
    return Journal::InputKind::Clipboard;
}

StationJournal::StationJournal(const QString &path, QString trustVersion, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_trustVersion(std::move(trustVersion))
{
    Journal::Outcome<std::unique_ptr<Journal::JournalWriter>> opened = Journal::JournalWriter::open(path);
    if (opened)
        m_writer = std::move(opened).value();
    else
        m_openError = opened.error().message;
}

StationJournal::~StationJournal()
{
    // The writer's destructor writes what is still queued; the controller's hook may hold the
    // last reference, in which case that happens when the controller is destroyed.
    flush();
}

void StationJournal::flush()
{
    if (m_writer)
        m_writer->flush();
}

Journal::Outcome<Journal::PurgeReport> StationJournal::applyRetention(int days, Timestamp::Millis now)
{
    if (!m_writer)
        return Journal::Error{Journal::Error::Kind::Closed, m_openError};
    flush();
    Journal::Outcome<Journal::Journal> journal = Journal::Journal::open(m_path);
    if (!journal)
        return journal.error();
    constexpr Timestamp::Millis day = 24LL * 3600 * 1000;
    return journal->purgeOlderThan(now - qint64(std::max(days, 1)) * day, now);
}

QString StationJournal::journalBlocklistAddition(const VerificationReport &report, const QString &reason,
                                                 const StationSettings &settings, Timestamp::Millis now)
{
    if (!m_writer)
        return m_openError.isEmpty() ? QCoreApplication::translate("StationJournal", "the journal is not open") : m_openError;
    Journal::JournalContext context;
    context.time = now;
    context.station = settings.stationName;
    context.operatorName = settings.operatorName;
    context.input = Journal::InputKind::Blocklist;
    context.policy = QStringLiteral("blocklist: %1").arg(reason);
    context.trustVersion = m_trustVersion;
    context.storeIdentities = settings.journalStoresIdentities;
    Journal::JournalEntry entry = Journal::makeEntry(report, context);
    // The row records the officer's decision: from now on this certificate is refused as revoked.
    entry.verdict = Verdict::Invalid;
    entry.reasons = QStringList{reasonCodeName(ReasonCode::Revoked)};
    auto stored = m_writer->append(std::move(entry)).get();
    return stored ? QString() : stored.error().message;
}

void StationJournal::attach(StationController *controller, const StationSettings &settings)
{
    QPointer<StationJournal> self(this);
    std::shared_ptr<Journal::JournalWriter> writer = m_writer;
    const QString trustVersion = m_trustVersion;
    controller->setJournalHook([self, writer, trustVersion, settings](const StationVerification &verification) {
        const quint64 sequence = verification.sequence;
        auto report = [self, sequence](bool ok, qint64 rowId, const QString &error) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, sequence, ok, rowId, error] {
                if (self)
                    Q_EMIT self->journaled(sequence, ok, rowId, error);
            });
        };
        if (!writer) {
            report(false, 0, QCoreApplication::translate("StationJournal", "the journal is not open"));
            return;
        }
        Journal::JournalContext context;
        context.time = verification.report.verifiedAt;
        context.station = settings.stationName;
        context.operatorName = settings.operatorName;
        context.input = journalInputOf(verification.input.channel);
        context.policy = settings.policy;
        context.trustVersion = trustVersion;
        context.storeIdentities = settings.journalStoresIdentities;
        writer->append(Journal::makeEntry(verification.report, context),
                       [report](const Journal::Outcome<Journal::JournalEntry> &stored) {
                           if (stored)
                               report(true, stored->id, QString());
                           else
                               report(false, 0, stored.error().message);
                       });
    });
}

} // namespace CertDesk::Ui

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "stationsettings.h"
#include "stationverification.h"

#include "journal/journalwriter.h"

#include <QObject>
#include <QString>

#include <memory>

namespace CertDesk::Ui {

class StationController;

/**
 * Writes every verification of a station to its journal: installs itself as the controller's
 * journal hook (called on the verification thread), fills the context the report cannot know
 * (station, operator, input, policy, trust version, whether identities are kept), and reports
 * each commit or failure back on the GUI thread. A journal that cannot be opened or written is
 * reported, never ignored: journaled() says which verification was not recorded.
 */
class StationJournal final : public QObject
{
    Q_OBJECT

public:
    /// Opens the journal at @p path; isOpen() and openError() tell how that went.
    StationJournal(const QString &path, QString trustVersion, QObject *parent = nullptr);
    ~StationJournal() override;

    bool isOpen() const { return m_writer != nullptr; }
    QString openError() const { return m_openError; }
    QString path() const { return m_path; }

    /// Journals every verification of @p controller from now on, with @p settings' station,
    /// operator, policy and identity choice.
    void attach(StationController *controller, const StationSettings &settings);
    /// Waits until every verification handed over so far has committed or failed.
    void flush();
    /// The retention: deletes the rows older than @p days before @p now through a connection of
    /// its own, recording the cut so that the chain still verifies (Journal::purgeOlderThan).
    Journal::Outcome<Journal::PurgeReport> applyRetention(int days, Timestamp::Millis now);
    /// Records that @p operatorName added the certificate of @p report to the local blocklist
    /// because of @p reason, at @p now; waits for the commit (an officer's action is rare and
    /// must not be lost). Returns the error, or an empty string once the row has committed.
    QString journalBlocklistAddition(const VerificationReport &report, const QString &reason, const StationSettings &settings,
                                     Timestamp::Millis now);

Q_SIGNALS:
    /// After each verification's row committed (@p ok, @p rowId) or failed (@p error).
    void journaled(quint64 sequence, bool ok, qint64 rowId, const QString &error);

private:
    QString m_path;
    QString m_trustVersion;
    QString m_openError;
    std::shared_ptr<Journal::JournalWriter> m_writer;
};

/// The journal's input kind for a station input channel.
Journal::InputKind journalInputOf(InputChannel channel);

} // namespace CertDesk::Ui

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "time/timestamp.h"
#include "trust/trustage.h"
#include "trust/truststore.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace CertDesk::Ui {

/// The station's trust at a glance (Station › Trust…): where it came from (the bundle, its
/// publisher and signer, or loose files), how old it is against the station's limits, how
/// many keys each source gave, and every key with its country, subject and validity.
class TrustWindow final : public QDialog
{
    Q_OBJECT

public:
    TrustWindow(std::shared_ptr<const TrustStore> trust, TrustSummary summary, TrustAgeLimits limits,
                std::function<Timestamp::Millis()> clock, QWidget *parent = nullptr);

    /// Re-reads the age (the window may stay open for days).
    void refresh();

    QTableWidget *sourcesTable() const { return m_sources; }
    QTableWidget *keysTable() const { return m_keys; }
    QLabel *ageLabel() const { return m_age; }

private:
    void fillTables();
    void applyFilter(const QString &text);

    std::shared_ptr<const TrustStore> m_trust;
    TrustSummary m_summary;
    TrustAgeLimits m_limits;
    std::function<Timestamp::Millis()> m_clock;
    QLabel *m_origin = nullptr;
    QLabel *m_age = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_sources = nullptr;
    QTableWidget *m_keys = nullptr;
};

/// The trust's age in words for the window's banner and the trust view ("Trust list 9 days
/// old: update it."), empty when there is nothing to say (current, or loose files).
QString trustAgeWarning(const TrustSummary &summary, const TrustAge &age);

} // namespace CertDesk::Ui

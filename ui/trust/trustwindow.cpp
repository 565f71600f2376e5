// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "trustwindow.h"

#include "trust/trustbundle.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CertDesk::Ui {

namespace {

QString kindText(TrustSourceKind kind)
{
    switch (kind) {
    case TrustSourceKind::CertificateFile:
        return TrustWindow::tr("Certificates");
    case TrustSourceKind::DccTrustList:
        return TrustWindow::tr("EU DCC trust list");
    case TrustSourceKind::GermanDscList:
        return TrustWindow::tr("German DSC list");
    case TrustSourceKind::CscaMasterList:
        return TrustWindow::tr("ICAO CSCA master list");
    case TrustSourceKind::ShcJwks:
        return TrustWindow::tr("SMART Health Cards keys");
    case TrustSourceKind::VciDirectory:
        return TrustWindow::tr("VCI directory");
    default:
        return TrustWindow::tr("Other keys");
    }
}

QString dateText(Timestamp::Millis instant)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC).date(), QLocale::ShortFormat);
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

QTableWidgetItem *numberItem(int value)
{
    auto *cell = new QTableWidgetItem;
    cell->setData(Qt::DisplayRole, value);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

} // namespace

QString trustAgeWarning(const TrustSummary &summary, const TrustAge &age)
{
    const int days = age.ageMs < 0 ? 0 : int(age.ageMs / (24 * 3600 * 1000LL));
    switch (age.status) {
    case TrustAgeStatus::Aging:
        return TrustWindow::tr("Trust list version %1 is %n day(s) old: update it soon.", nullptr, days).arg(summary.version);
    case TrustAgeStatus::Outdated:
        return TrustWindow::tr("Trust list version %1 is %n day(s) old: too old to rely on. Every certificate is refused "
                               "until the trust list is updated.",
                               nullptr, days)
            .arg(summary.version);
    case TrustAgeStatus::Expired:
        return TrustWindow::tr("Trust list version %1 has expired. Every certificate is refused until the trust list is "
                               "updated.")
            .arg(summary.version);
    case TrustAgeStatus::ClockWrong:
        return TrustWindow::tr("This station's clock is wrong: it is earlier than the trust list's issue time (%1). Every "
                               "certificate is refused until the clock is set.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(summary.issued, Qt::UTC), QLocale::ShortFormat));
    case TrustAgeStatus::Current:
    case TrustAgeStatus::Unknown:
        break;
    }
    return {};
}

TrustWindow::TrustWindow(std::shared_ptr<const TrustStore> trust, TrustSummary summary, TrustAgeLimits limits,
                         std::function<Timestamp::Millis()> clock, QWidget *parent)
    : QDialog(parent)
    , m_trust(std::move(trust))
    , m_summary(std::move(summary))
    , m_limits(limits)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("trustWindow"));
    setWindowTitle(tr("Trust"));
    auto *layout = new QVBoxLayout(this);

    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("trustOrigin"));
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_origin);
    m_age = new QLabel(this);
    m_age->setObjectName(QStringLiteral("trustAge"));
    m_age->setWordWrap(true);
    layout->addWidget(m_age);

    auto *sourcesTitle = new QLabel(tr("Sources"), this);
    sourcesTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(sourcesTitle);
    m_sources = new QTableWidget(0, 4, this);
    m_sources->setObjectName(QStringLiteral("trustSources"));
    m_sources->setAccessibleName(tr("Trust sources"));
    m_sources->setHorizontalHeaderLabels({tr("Source"), tr("Kind"), tr("Keys"), tr("Valid now")});
    m_sources->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sources->verticalHeader()->hide();
    m_sources->setSortingEnabled(true);
    layout->addWidget(m_sources, 1);

    auto *keysTitle = new QLabel(tr("Keys"), this);
    keysTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(keysTitle);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("trustFilter"));
    m_filter->setPlaceholderText(tr("Filter by country, issuer or key id"));
    m_filter->setAccessibleName(tr("Filter keys"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_keys = new QTableWidget(0, 6, this);
    m_keys->setObjectName(QStringLiteral("trustKeys"));
    m_keys->setAccessibleName(tr("Trusted keys"));
    m_keys->setHorizontalHeaderLabels({tr("Country"), tr("Issuer"), tr("Key id"), tr("Valid from"), tr("Valid until"), tr("Source")});
    m_keys->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_keys->verticalHeader()->hide();
    m_keys->setSortingEnabled(true);
    layout->addWidget(m_keys, 3);
    connect(m_filter, &QLineEdit::textChanged, this, &TrustWindow::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillTables();
    refresh();
    resize(960, 640);
}

void TrustWindow::refresh()
{
    const Timestamp::Millis now = m_clock();
    if (m_summary.fromBundle) {
        QString origin = tr("Trust bundle version %1 from %2, issued %3, expires %4. Signed by %5 (SHA-256 %6…).")
                             .arg(m_summary.version)
                             .arg(m_summary.publisher.isEmpty() ? tr("an unnamed publisher") : m_summary.publisher,
                                  dateText(m_summary.issued), dateText(m_summary.expires), m_summary.signerSubject,
                                  TrustBundle::fingerprintToHex(m_summary.signerFingerprint).left(16));
        if (m_summary.fallback)
            origin += u' ' + tr("The newest bundle could not be used; this is the last good one.");
        m_origin->setText(origin);
    } else {
        m_origin->setText(tr("Trust from files (no signed trust bundle): its age is not known."));
    }
    const TrustAge age = assessTrustAge(m_summary, now, m_limits);
    QString text = trustAgeWarning(m_summary, age);
    if (text.isEmpty() && m_summary.fromBundle) {
        const int days = int(qMax<qint64>(age.ageMs, 0) / (24 * 3600 * 1000LL));
        text = tr("Up to date: %n day(s) old (warning after %1 days, refused after %2).", nullptr, days)
                   .arg(m_limits.warnDays)
                   .arg(m_limits.refuseDays);
    }
    m_age->setText(text);
    const bool bad = age.status == TrustAgeStatus::Outdated || age.status == TrustAgeStatus::Expired
                     || age.status == TrustAgeStatus::ClockWrong;
    m_age->setStyleSheet(bad ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }")
                         : age.status == TrustAgeStatus::Aging ? QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }")
                                                                : QString());
}

void TrustWindow::fillTables()
{
    const Timestamp::Millis now = m_clock();
    struct Source
    {
        QString kind;
        int keys = 0;
        int valid = 0;
    };
    QMap<QString, Source> sources;
    const auto signers = m_trust ? m_trust->signers() : QList<TrustStore::SignerPtr>{};
    m_keys->setSortingEnabled(false);
    m_keys->setRowCount(int(signers.size()));
    int row = 0;
    for (const auto &signer : signers) {
        const bool hasValidity = signer->notAfter != 0;
        const bool valid = !hasValidity || signer->isValidAt(now);
        Source &source = sources[signer->sourceName];
        source.kind = kindText(signer->sourceKind);
        ++source.keys;
        source.valid += valid ? 1 : 0;
        m_keys->setItem(row, 0, item(signer->country));
        m_keys->setItem(row, 1, item(signer->subject.isEmpty() ? signer->shcIssuer : signer->subject));
        m_keys->setItem(row, 2, item(QString::fromLatin1(signer->kid.toBase64())));
        m_keys->setItem(row, 3, item(hasValidity ? dateText(signer->notBefore) : QString()));
        QTableWidgetItem *until = item(hasValidity ? dateText(signer->notAfter) : QString());
        if (!valid) {
            until->setForeground(QColor(0xb0, 0x00, 0x20));
            until->setToolTip(tr("Not valid now"));
        }
        m_keys->setItem(row, 4, until);
        m_keys->setItem(row, 5, item(signer->sourceName));
        ++row;
    }
    m_keys->setSortingEnabled(true);
    m_keys->sortByColumn(0, Qt::AscendingOrder);

    m_sources->setSortingEnabled(false);
    m_sources->setRowCount(int(sources.size()));
    row = 0;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it, ++row) {
        m_sources->setItem(row, 0, item(it.key()));
        m_sources->setItem(row, 1, item(it->kind));
        m_sources->setItem(row, 2, numberItem(it->keys));
        m_sources->setItem(row, 3, numberItem(it->valid));
    }
    m_sources->setSortingEnabled(true);
    m_sources->resizeColumnsToContents();
    m_keys->resizeColumnsToContents();
}

void TrustWindow::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_keys->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int column = 0; !match && column < m_keys->columnCount(); ++column) {
            const QTableWidgetItem *cell = m_keys->item(row, column);
            match = cell && cell->text().contains(needle, Qt::CaseInsensitive);
        }
        m_keys->setRowHidden(row, !match);
    }
}

} // namespace CertDesk::Ui

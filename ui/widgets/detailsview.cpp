// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "detailsview.h"

#include "mainwindow/reasontext.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace CertDesk::Ui {

namespace {

QString dateTimeText(Timestamp::Millis at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime(), QLocale::ShortFormat);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString daysSince(const QDate &date, Timestamp::Millis now)
{
    if (!date.isValid())
        return {};
    const qint64 days = date.daysTo(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date());
    return DetailsView::tr("%n day(s)", nullptr, int(days));
}

QString resultText(const QString &result)
{
    if (result == u"negative")
        return DetailsView::tr("negative");
    if (result == u"positive")
        return DetailsView::tr("POSITIVE");
    if (result == u"inconclusive")
        return DetailsView::tr("inconclusive");
    return result;
}

QString sexText(const QString &sex)
{
    if (sex == u"F")
        return DetailsView::tr("female");
    if (sex == u"M")
        return DetailsView::tr("male");
    if (sex == u"X")
        return DetailsView::tr("unspecified");
    return sex;
}

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

DetailsView::DetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);

    m_holderBox = new QGroupBox(tr("Holder"), m_content);
    auto *holder = new QFormLayout(m_holderBox);
    holder->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = valueLabel(m_holderBox, QStringLiteral("holderName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_nameLatin = valueLabel(m_holderBox, QStringLiteral("holderNameLatin"));
    m_birth = valueLabel(m_holderBox, QStringLiteral("holderBirth"));
    m_sex = valueLabel(m_holderBox, QStringLiteral("holderSex"));
    m_document = valueLabel(m_holderBox, QStringLiteral("holderDocument"));
    m_holderForm = holder;
    holder->addRow(tr("Name:"), m_name);
    holder->addRow(tr("Machine-readable name:"), m_nameLatin);
    holder->addRow(tr("Date of birth:"), m_birth);
    holder->addRow(tr("Sex:"), m_sex);
    holder->addRow(tr("Travel document:"), m_document);
    layout->addWidget(m_holderBox);

    m_natTable = addTable(QStringLiteral("natTable"), tr("Nucleic-acid tests (PCR)"),
                          {tr("Sample taken"), tr("Age"), tr("Method"), tr("Result"), tr("Laboratory"), tr("Country")}, 4);
    m_igmTable = addTable(QStringLiteral("igmTable"), tr("IgM antibody tests"),
                          {tr("Sample taken"), tr("Age"), tr("Result"), tr("Laboratory"), tr("Country")}, 3);
    m_vaccinationTable
        = addTable(QStringLiteral("vaccinationTable"), tr("Vaccinations"),
                   {tr("Dose"), tr("Product"), tr("Manufacturer"), tr("Date"), tr("Days since"), tr("Country")}, 2);
    m_testTable = addTable(QStringLiteral("testTable"), tr("Tests"),
                           {tr("Sample taken"), tr("Age"), tr("Type"), tr("Test"), tr("Result"), tr("Centre"),
                            tr("Country")},
                           5);
    m_recoveryTable = addTable(QStringLiteral("recoveryTable"), tr("Recoveries"),
                               {tr("First positive"), tr("Valid from"), tr("Valid until"), tr("Country")}, 3);
    for (QGroupBox *box : std::as_const(m_sectionBoxes))
        layout->addWidget(box);

    m_issuerBox = new QGroupBox(tr("Issuer and signature"), m_content);
    m_issuerForm = new QFormLayout(m_issuerBox);
    m_issuerForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(m_issuerBox);

    auto *explainBox = new QGroupBox(tr("Explain: every check, in order"), m_content);
    m_explainBox = explainBox;
    auto *explainLayout = new QVBoxLayout(explainBox);
    m_explain = new QTreeWidget(explainBox);
    m_explain->setObjectName(QStringLiteral("explainTree"));
    m_explain->setAccessibleName(tr("Checks"));
    m_explain->setRootIsDecorated(false);
    m_explain->setHeaderLabels({tr("Check"), tr("Outcome"), tr("Detail")});
    m_explain->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_explain->header()->setStretchLastSection(true);
    m_explain->setMinimumHeight(120);
    explainLayout->addWidget(m_explain);
    layout->addWidget(explainBox);
    layout->addStretch();
    clear();
}

QTableWidget *DetailsView::addTable(const QString &objectName, const QString &title, const QStringList &headers,
                                    int stretchColumn)
{
    auto *box = new QGroupBox(title, m_content);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(box);
    auto *table = new QTableWidget(0, int(headers.size()), box);
    table->setObjectName(objectName);
    table->setAccessibleName(title);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Short columns fit their contents; the one long text column (laboratory, manufacturer,
    // centre) takes the rest and elides, with the whole text in its tooltip: no sideways scrolling.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setProperty("stretchColumn", stretchColumn);
    table->setTextElideMode(Qt::ElideRight);
    table->setWordWrap(false);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(table);
    m_sectionBoxes.append(box);
    return table;
}

void DetailsView::setCompact(bool compact)
{
    m_compact = compact;
    // Laboratory / manufacturer / centre and country columns, per table.
    m_natTable->setColumnHidden(4, compact);
    m_natTable->setColumnHidden(5, compact);
    m_igmTable->setColumnHidden(3, compact);
    m_igmTable->setColumnHidden(4, compact);
    m_vaccinationTable->setColumnHidden(2, compact);
    m_vaccinationTable->setColumnHidden(5, compact);
    m_testTable->setColumnHidden(5, compact);
    m_testTable->setColumnHidden(6, compact);
    m_recoveryTable->setColumnHidden(3, compact);
    // The stretching column is hidden in compact mode: the last visible one stretches instead.
    for (QTableWidget *table : {m_natTable, m_igmTable, m_vaccinationTable, m_testTable, m_recoveryTable}) {
        const int stretch = table->property("stretchColumn").toInt();
        table->horizontalHeader()->setSectionResizeMode(stretch, compact ? QHeaderView::ResizeToContents
                                                                         : QHeaderView::Stretch);
    }
    m_explainBox->setVisible(!compact);
    m_issuerBox->setVisible(!compact && m_issuerForm->rowCount() > 0);
}

QTableWidget *DetailsView::table(const QString &objectName) const
{
    return m_content->findChild<QTableWidget *>(objectName);
}

void DetailsView::setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size() && column < table->columnCount(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        if (cells.at(column) == tr("POSITIVE")) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        table->setItem(row, column, item);
    }
}

void DetailsView::clear()
{
    m_showing = false;
    for (QLabel *label : {m_name, m_nameLatin, m_birth, m_sex, m_document})
        label->clear();
    for (QTableWidget *table : {m_natTable, m_igmTable, m_vaccinationTable, m_testTable, m_recoveryTable})
        table->setRowCount(0);
    for (QGroupBox *box : std::as_const(m_sectionBoxes))
        box->hide();
    m_holderBox->hide();
    while (m_issuerForm->rowCount() > 0)
        m_issuerForm->removeRow(0);
    m_issuerBox->hide();
    m_explain->clear();
}

void DetailsView::showReport(const VerificationReport &report, Timestamp::Millis now)
{
    clear();
    for (const CheckStep &step : report.checks) {
        auto *item = new QTreeWidgetItem(m_explain, {checkTitle(step.id), checkOutcomeText(step.outcome), step.detail});
        item->setToolTip(2, step.detail);
        item->setData(0, Qt::UserRole, step.id);
    }

    m_issuerForm->addRow(tr("Format:"), valueLabel(m_issuerBox, QStringLiteral("issuerFormat")));
    static_cast<QLabel *>(m_issuerForm->itemAt(0, QFormLayout::FieldRole)->widget())
        ->setText(report.certificate && !report.certificate->scheme.isEmpty()
                      ? QStringLiteral("%1 (%2)").arg(formatName(report.format).toUpper(), report.certificate->scheme)
                      : formatName(report.format).toUpper());
    const auto addIssuerRow = [this](const QString &label, const QString &name, const QString &value) {
        if (value.isEmpty())
            return;
        QLabel *field = valueLabel(m_issuerBox, name);
        field->setText(value);
        m_issuerForm->addRow(label, field);
    };
    if (!report.kid.isEmpty())
        addIssuerRow(tr("Key id:"), QStringLiteral("issuerKeyId"), QString::fromLatin1(report.kid.toBase64()));
    addIssuerRow(tr("Algorithm:"), QStringLiteral("issuerAlgorithm"), report.algorithm);
    if (report.signer) {
        addIssuerRow(tr("Signed by:"), QStringLiteral("issuerSigner"), report.signer->subject);
        addIssuerRow(tr("Trusted because:"), QStringLiteral("issuerTrustSource"),
                     tr("listed in %1").arg(report.signer->sourceName));
    }
    m_issuerBox->setVisible(!m_compact);

    if (!report.certificate)
        return;
    const HealthCertificate &certificate = *report.certificate;
    m_showing = true;
    addIssuerRow(tr("Issuer country:"), QStringLiteral("issuerCountry"), certificate.issuerCountry);
    addIssuerRow(tr("Certificate id:"), QStringLiteral("issuerCertificateId"), certificate.certificateId);
    if (certificate.issuedAt) {
        addIssuerRow(tr("Signed at:"), QStringLiteral("issuerSignedAt"),
                     QStringLiteral("%1 (%2)").arg(dateTimeText(*certificate.issuedAt), ageText(*certificate.issuedAt, now)));
    }
    if (certificate.expiresAt) {
        addIssuerRow(tr("Expires:"), QStringLiteral("issuerExpires"),
                     QStringLiteral("%1 (%2)").arg(dateTimeText(*certificate.expiresAt), ageText(*certificate.expiresAt, now)));
    }

    const Holder &holder = certificate.holder;
    m_name->setText(QStringList{holder.familyName, holder.givenName}.join(u' ').trimmed());
    m_nameLatin->setText(QStringList{holder.familyNameLatin, holder.givenNameLatin}.join(QStringLiteral("<<")));
    m_birth->setText(holder.dateOfBirth);
    m_sex->setText(sexText(holder.sex));
    if (holder.document) {
        m_document->setText(QStringLiteral("%1 %2 (%3)")
                                .arg(holder.document->type, holder.document->number, holder.document->country));
    }
    // Rows the certificate leaves empty (a DCC has no sex or travel document) are not shown.
    for (QLabel *label : {m_nameLatin, m_birth, m_sex, m_document})
        m_holderForm->setRowVisible(label, !label->text().isEmpty());
    m_holderBox->show();

    // Newest first, by the instant the sample was taken or the dose given.
    QList<NucleicAcidTest> nat = certificate.nucleicAcidTests;
    std::stable_sort(nat.begin(), nat.end(), [](const auto &a, const auto &b) { return a.sampleCollected > b.sampleCollected; });
    m_natTable->setRowCount(int(nat.size()));
    for (int row = 0; row < nat.size(); ++row) {
        const NucleicAcidTest &test = nat.at(row);
        setRow(m_natTable, row, {dateTimeText(test.sampleCollected), ageText(test.sampleCollected, now), test.method,
                                 resultText(test.result), test.laboratory, test.country});
    }
    QList<AntibodyTest> igm = certificate.antibodyTests;
    std::stable_sort(igm.begin(), igm.end(), [](const auto &a, const auto &b) { return a.sampleCollected > b.sampleCollected; });
    m_igmTable->setRowCount(int(igm.size()));
    for (int row = 0; row < igm.size(); ++row) {
        const AntibodyTest &test = igm.at(row);
        setRow(m_igmTable, row, {dateTimeText(test.sampleCollected), ageText(test.sampleCollected, now),
                                 resultText(test.result), test.laboratory, test.country});
    }
    QList<Vaccination> vaccinations = certificate.vaccinations;
    std::stable_sort(vaccinations.begin(), vaccinations.end(), [](const auto &a, const auto &b) { return a.date > b.date; });
    m_vaccinationTable->setRowCount(int(vaccinations.size()));
    for (int row = 0; row < vaccinations.size(); ++row) {
        const Vaccination &dose = vaccinations.at(row);
        const QString doses = dose.totalDoses > 0 ? tr("%1 of %2").arg(dose.doseNumber).arg(dose.totalDoses)
                                                  : QString::number(dose.doseNumber);
        setRow(m_vaccinationTable, row, {doses, dose.product.text(), dose.manufacturer.text(), dateText(dose.date),
                                         daysSince(dose.date, now), dose.country});
    }
    QList<DccTest> tests = certificate.tests;
    std::stable_sort(tests.begin(), tests.end(), [](const auto &a, const auto &b) { return a.sampleCollected > b.sampleCollected; });
    m_testTable->setRowCount(int(tests.size()));
    for (int row = 0; row < tests.size(); ++row) {
        const DccTest &test = tests.at(row);
        // A result without a sample time (a FHIR panel member) shows none rather than 1970.
        const bool dated = test.sampleCollected != 0;
        setRow(m_testTable, row, {dated ? dateTimeText(test.sampleCollected) : QString(),
                                  dated ? ageText(test.sampleCollected, now) : QString(),
                                  test.testType.text(), test.testName.isEmpty() ? test.device.text() : test.testName,
                                  test.result.text(), test.testingCentre, test.country});
    }
    QList<Recovery> recoveries = certificate.recoveries;
    std::stable_sort(recoveries.begin(), recoveries.end(), [](const auto &a, const auto &b) { return a.firstPositive > b.firstPositive; });
    m_recoveryTable->setRowCount(int(recoveries.size()));
    for (int row = 0; row < recoveries.size(); ++row) {
        const Recovery &recovery = recoveries.at(row);
        setRow(m_recoveryTable, row, {dateText(recovery.firstPositive), dateText(recovery.validFrom),
                                      dateText(recovery.validUntil), recovery.country});
    }
    const QList<QTableWidget *> tables{m_natTable, m_igmTable, m_vaccinationTable, m_testTable, m_recoveryTable};
    for (int i = 0; i < tables.size(); ++i) {
        QTableWidget *table = tables.at(i);
        m_sectionBoxes.at(i)->setVisible(table->rowCount() > 0);
        // Exactly as tall as its rows: the page scrolls, the tables do not.
        table->resizeRowsToContents();
        int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
        for (int row = 0; row < table->rowCount(); ++row)
            height += table->rowHeight(row);
        table->setFixedHeight(height);
    }
}

} // namespace CertDesk::Ui

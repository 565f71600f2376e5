// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/verificationreport.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace CertDesk::Ui {

/**
 * The holder and what the certificate says, for the officer; the issuer and every check,
 * for the supervisor ("Explain"). Tests, vaccinations and recoveries are tables, newest
 * first, with their ages at the verification time. Nothing is shown for a certificate whose
 * signature did not verify: its content is not to be believed.
 */
class DetailsView final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsView(QWidget *parent = nullptr);

    /// @p now: the verification instant the ages are counted to.
    void showReport(const VerificationReport &report, Timestamp::Millis now);
    void clear();
    bool isShowingCertificate() const { return m_showing; }
    /// Kiosk: only what the decision needs (holder, results, dates, doses) in large type; the
    /// issuer, the checks and the laboratory, manufacturer and country columns are left out.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    /// The section tables (for tests and accessibility): nucleic-acid, IgM, vaccinations, DCC tests, recoveries.
    QTableWidget *table(const QString &objectName) const;
    QTreeWidget *explainTree() const { return m_explain; }

private:
    QTableWidget *addTable(const QString &objectName, const QString &title, const QStringList &headers, int stretchColumn);
    void setRow(QTableWidget *table, int row, const QStringList &cells);

    QWidget *m_content = nullptr;
    QGroupBox *m_holderBox = nullptr;
    QFormLayout *m_holderForm = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_nameLatin = nullptr;
    QLabel *m_birth = nullptr;
    QLabel *m_sex = nullptr;
    QLabel *m_document = nullptr;
    QList<QGroupBox *> m_sectionBoxes;
    QTableWidget *m_natTable = nullptr;
    QTableWidget *m_igmTable = nullptr;
    QTableWidget *m_vaccinationTable = nullptr;
    QTableWidget *m_testTable = nullptr;
    QTableWidget *m_recoveryTable = nullptr;
    QGroupBox *m_issuerBox = nullptr;
    QFormLayout *m_issuerForm = nullptr;
    QTreeWidget *m_explain = nullptr;
    QGroupBox *m_explainBox = nullptr;
    bool m_showing = false;
    bool m_compact = false;
};

} // namespace CertDesk::Ui

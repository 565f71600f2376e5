// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/verificationreport.h"

#include <QWidget>

class QLabel;

namespace CertDesk::Ui {

/// The verdict, large and unmistakable and not by colour alone: a symbol (tick, cross,
/// question mark) drawn in its own shape, the word, and one line saying why in plain words.
class VerdictIcon final : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictIcon(QWidget *parent = nullptr);
    /// No verdict (ready to scan) when @p verdict is empty.
    void setVerdict(std::optional<Verdict> verdict);
    QSize sizeHint() const override { return {96, 96}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<Verdict> m_verdict;
};

class VerdictPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictPanel(QWidget *parent = nullptr);

    /// Shows @p verdict with @p reason (one translated line; empty for a valid certificate).
    void showVerdict(Verdict verdict, const QString &reason);
    /// Back to "Ready to scan".
    void clear();
    void setLarge(bool large);

    QString titleText() const;
    QString reasonText() const;

    static QColor colourOf(Verdict verdict);

private:
    VerdictIcon *m_icon = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    bool m_large = false;
};

} // namespace CertDesk::Ui

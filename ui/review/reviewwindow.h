// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reviewmodel.h"

#include "verify/verifier.h"

#include <QMainWindow>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace CertDesk::Ui {

/**
 * Review mode for consular officers: many scanned or photographed certificates at once.
 * Files are read and verified on a worker thread (the window stays responsive on a folder
 * of PDFs); each code becomes a row; a double-click opens it in the details view; the list
 * exports as CSV. Verification uses the station's trust and clock, as a camera scan would.
 */
class ReviewWindow final : public QMainWindow
{
    Q_OBJECT

public:
    ReviewWindow(std::shared_ptr<const TrustStore> trust, std::function<Timestamp::Millis()> clock,
                 QWidget *parent = nullptr);
    ~ReviewWindow() override;

    /// Reads and verifies @p paths in the background; rows arrive as each file is done.
    void addFiles(const QStringList &paths);
    /// True while files are being read.
    bool isBusy() const { return m_pending > 0; }
    ReviewModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    /// Opens the details of the row at @p proxyRow (of the sorted view).
    void openRow(int proxyRow);
    bool exportCsv(const QString &path);

Q_SIGNALS:
    /// All files given so far have been read.
    void idle();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateSummary();

    Verifier m_verifier;
    std::function<Timestamp::Millis()> m_clock;
    ReviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    int m_pending = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::vector<std::jthread> m_workers;
};

} // namespace CertDesk::Ui

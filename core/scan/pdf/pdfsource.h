// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QString>

#include "scan/framesource.h"

class QPdfDocument;

namespace CertDesk::Scan {

/**
 * The pages of a PDF as a finite source, one frame per page, rendered with Qt PDF at
 * Limits::dpi (300 by default: a QR code printed at 0.5 mm per module still gets six pixels
 * per module).
 *
 * Bounded: files above Limits::maxFileBytes and documents with more than Limits::maxPages
 * pages are refused (TooLarge: a certificate is a page or two, not a book); a page that would
 * exceed Limits::maxPixelsPerPage at the requested resolution is rendered at the largest
 * resolution that fits instead. Transparent page areas become white.
 *
 * Pages are time-stamped 1 ms apart (timestamp = page index), so a whole document is one
 * "view" for CodeTracker: the same code printed on several pages is reported once.
 *
 * Part of certdesk_scan_pdf, which needs Qt Gui (QPdfDocument renders to QImage). The
 * document object is created on the thread that calls open(), and has no thread affinity
 * afterwards, so the source may be closed or destroyed on another thread.
 */
class PdfSource final : public FrameSource
{
public:
    struct Limits
    {
        double dpi = 300.0;
        int maxPages = 20;
        /// 40 MP holds an A3 page at 300 dpi (17 MP) with room to spare.
        qint64 maxPixelsPerPage = 40'000'000;
        qint64 maxFileBytes = 64 * 1024 * 1024;
    };

    explicit PdfSource(QString path);
    PdfSource(QString path, Limits limits);
    ~PdfSource() override;

    /// Loads the document. Returns Ok, NotFound, TooLarge (bytes or pages), Unsupported
    /// (password-protected) or Unreadable (not a PDF, damaged).
    SourceStatus open() override;
    void close() override;
    bool isOpen() const override;
    /// The next page, then EndOfStream.
    FrameResult read() override;
    QString name() const override { return m_name; }
    bool isLive() const override { return false; }
    qint64 frameCount() const override;

    /// The resolution the last page was rendered at (lower than Limits::dpi only for huge pages).
    double lastPageDpi() const { return m_lastPageDpi; }

private:
    QString m_path;
    QString m_name;
    Limits m_limits;
    std::unique_ptr<QPdfDocument> m_document;
    int m_nextPage = 0;
    double m_lastPageDpi = 0;
};

} // namespace CertDesk::Scan

// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QSerialPort;

namespace CertDesk::Scan {

/// A serial port as QSerialPortInfo describes it.
struct SerialPortDescription
{
    QString portName;       ///< what SerialScanner::open() takes ("ttyACM0", "COM3")
    QString systemLocation; ///< "/dev/ttyACM0"
    QString description;
    QString manufacturer;
    QString serialNumber;
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;
};

/// Why a serial scanner stopped or could not start.
enum class SerialScannerError {
    None,
    NotFound,         ///< no such port
    PermissionDenied, ///< Linux: the user is not in the dialout group
    CannotOpen,       ///< busy, or refused the settings
    Disconnected,     ///< the device went away (USB unplugged)
    LineTooLong,      ///< a line exceeded maxLineBytes and was dropped; the port stays open
    ReadFailed,
};

/**
 * A serial or USB-CDC (virtual COM port) barcode scanner through Qt Serial Port.
 *
 * The scanner sends each code as a line ended by CR, LF or CRLF; every non-empty line is
 * emitted as textReceived(). Lines are decoded as UTF-8, falling back to Latin-1 when they
 * are not valid UTF-8 (older scanners send ISO 8859-1). Memory is bounded: a line longer
 * than maxLineBytes is dropped with LineTooLong.
 *
 * The object lives in one thread (the GUI's, usually): QSerialPort reads asynchronously.
 */
class SerialScanner final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint32 defaultBaudRate = 9600;
    /// SMART Health Cards reach about 4 kB of digits; no code CertDesk reads is longer than 16 KiB.
    static constexpr qsizetype maxLineBytes = 16 * 1024;

    explicit SerialScanner(QObject *parent = nullptr);
    ~SerialScanner() override;
    SerialScanner(const SerialScanner &) = delete;
    SerialScanner &operator=(const SerialScanner &) = delete;

    /// The serial ports of this machine.
    static QList<SerialPortDescription> availablePorts();

    /// Opens @p portName at @p baudRate, 8N1, no flow control. Returns None when open.
    SerialScannerError open(const QString &portName, qint32 baudRate = defaultBaudRate);
    void close();
    bool isOpen() const;
    QString portName() const;

    /// Feeds raw bytes as if they had arrived on the port; used by open() internally, by
    /// tests, and by other byte transports (a Bluetooth SPP socket).
    void feed(const QByteArray &bytes);

Q_SIGNALS:
    /// One line from the scanner, without its terminator.
    void textReceived(const QString &text);
    void errorOccurred(CertDesk::Scan::SerialScannerError error);

private:
    void readAvailable();
    void handlePortError(int error);
    void finishLine();

    QSerialPort *m_port = nullptr;
    QByteArray m_line;
    bool m_previousWasCr = false;
    bool m_discarding = false; ///< inside a line that was too long, until its terminator
};

} // namespace CertDesk::Scan

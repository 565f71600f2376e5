// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "serialscanner.h"

#include <QSerialPort>
#include <QSerialPortInfo>
#include <QStringDecoder>

#include "sourcelogging_p.h"

namespace CertDesk::Scan {

SerialScanner::SerialScanner(QObject *parent)
    : QObject(parent)
    , m_port(new QSerialPort(this))
{
    connect(m_port, &QSerialPort::readyRead, this, &SerialScanner::readAvailable);
    connect(m_port, &QSerialPort::errorOccurred, this,
            [this](QSerialPort::SerialPortError error) { handlePortError(int(error)); });
}

SerialScanner::~SerialScanner() = default;

QList<SerialPortDescription> SerialScanner::availablePorts()
{
    QList<SerialPortDescription> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        SerialPortDescription port;
        port.portName = info.portName();
        port.systemLocation = info.systemLocation();
        port.description = info.description();
        port.manufacturer = info.manufacturer();
        port.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier())
            port.vendorId = info.vendorIdentifier();
        if (info.hasProductIdentifier())
            port.productId = info.productIdentifier();
        ports.append(port);
    }
    return ports;
}

SerialScannerError SerialScanner::open(const QString &portName, qint32 baudRate)
{
    close();
    m_port->setPortName(portName);
    if (!m_port->setBaudRate(baudRate) || !m_port->setDataBits(QSerialPort::Data8)
        || !m_port->setParity(QSerialPort::NoParity) || !m_port->setStopBits(QSerialPort::OneStop)
        || !m_port->setFlowControl(QSerialPort::NoFlowControl))
        return SerialScannerError::CannotOpen;
    // errorOccurred also fires for a failed open(); the result is reported here instead.
    const QSignalBlocker blocker(m_port);
    if (m_port->open(QIODevice::ReadOnly))
        return SerialScannerError::None;
    switch (m_port->error()) {
    case QSerialPort::DeviceNotFoundError:
        return SerialScannerError::NotFound;
    case QSerialPort::PermissionError:
        return SerialScannerError::PermissionDenied;
    default:
        return SerialScannerError::CannotOpen;
    }
}

void SerialScanner::close()
{
    if (m_port->isOpen())
        m_port->close();
    m_line.clear();
    m_previousWasCr = false;
    m_discarding = false;
}

bool SerialScanner::isOpen() const
{
    return m_port->isOpen();
}

QString SerialScanner::portName() const
{
    return m_port->portName();
}

void SerialScanner::readAvailable()
{
    feed(m_port->readAll());
}

void SerialScanner::handlePortError(int error)
{
    switch (QSerialPort::SerialPortError(error)) {
    case QSerialPort::NoError:
    case QSerialPort::TimeoutError:
        return;
    case QSerialPort::ResourceError:
        qCInfo(lcScanSource) << "serial scanner on" << portName() << "disconnected";
        close();
        Q_EMIT errorOccurred(SerialScannerError::Disconnected);
        return;
    case QSerialPort::ReadError:
        Q_EMIT errorOccurred(SerialScannerError::ReadFailed);
        return;
    default:
        qCDebug(lcScanSource) << "serial port error" << error << m_port->errorString();
        return;
    }
}

void SerialScanner::feed(const QByteArray &bytes)
{
    for (const char byte : bytes) {
        const bool isCr = byte == '\r';
        const bool isLf = byte == '\n';
        if (isLf && m_previousWasCr) { // the LF of CRLF: the line is already finished
            m_previousWasCr = false;
            continue;
        }
        m_previousWasCr = isCr;
        if (isCr || isLf) {
            finishLine();
            continue;
        }
        if (m_discarding)
            continue;
        if (m_line.size() >= maxLineBytes) {
            m_line.clear();
            m_discarding = true;
            Q_EMIT errorOccurred(SerialScannerError::LineTooLong);
            continue;
        }
        m_line.append(byte);
    }
}

void SerialScanner::finishLine()
{
    const QByteArray line = std::exchange(m_line, {});
    if (std::exchange(m_discarding, false) || line.isEmpty())
        return;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(line);
    if (utf8.hasError())
        text = QString::fromLatin1(line);
    qCDebug(lcScanSource) << "serial line of" << line.size() << "bytes";
    Q_EMIT textReceived(text);
}

} // namespace CertDesk::Scan

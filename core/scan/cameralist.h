// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace CertDesk::Scan {

/// One camera the native VideoCapture backend can open.
struct CameraInfo
{
    int index = -1;      ///< what VideoCaptureSource::camera() takes
    QString name;        ///< human name ("HD Pro Webcam C920"), or "Camera N" when unknown
    QString devicePath;  ///< /dev/videoN on Linux, empty elsewhere

    friend bool operator==(const CameraInfo &, const CameraInfo &) = default;
};

/**
 * Lists cameras and picks one by name or index.
 *
 * On Linux the list comes from sysfs (/sys/class/video4linux/videoN/name) without opening
 * any device; only the first node of each device (attribute "index" 0) is listed, because
 * UVC cameras also expose a metadata node that cannot capture. Elsewhere OpenCV offers no
 * enumeration, so indices are probed by opening them (slow; the camera LED may blink).
 */
class CameraList
{
public:
    /// The default sysfs directory listing V4L2 devices.
    static QString defaultSysfsRoot();

    /// Every camera found, ordered by index. @p sysfsRoot exists for tests (Linux only).
    static QList<CameraInfo> available(const QString &sysfsRoot = defaultSysfsRoot());

    /**
     * The camera @p spec designates: a number is an index ("0"), anything else is matched
     * against the names, exactly first and then as a case-insensitive substring.
     * std::nullopt when nothing, or more than one camera, matches a name.
     */
    static std::optional<CameraInfo> find(const QString &spec, const QList<CameraInfo> &cameras);
    static std::optional<CameraInfo> find(const QString &spec) { return find(spec, available()); }

private:
    static QList<CameraInfo> fromSysfs(const QString &sysfsRoot);
    static QList<CameraInfo> byProbing();
};

} // namespace CertDesk::Scan

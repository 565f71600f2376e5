// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cameralist.h"

#include <algorithm>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "scan/videocapturesource.h"
#include "sourcelogging_p.h"

using namespace Qt::StringLiterals;

namespace CertDesk::Scan {

namespace {

// Probing stops at the first index that does not open; nobody has more cameras than this.
constexpr int maxProbedCameras = 8;
// sysfs attributes are one short line; never read more.
constexpr qint64 maxAttributeBytes = 256;

QString readAttribute(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(maxAttributeBytes)).trimmed();
}

} // namespace

QString CameraList::defaultSysfsRoot()
{
    return u"/sys/class/video4linux"_s;
}

QList<CameraInfo> CameraList::available(const QString &sysfsRoot)
{
#if defined(Q_OS_LINUX)
    return fromSysfs(sysfsRoot);
#else
    Q_UNUSED(sysfsRoot)
    return byProbing();
#endif
}

QList<CameraInfo> CameraList::fromSysfs(const QString &sysfsRoot)
{
    static const QRegularExpression nodeName(u"^video(\\d+)$"_s);
    QList<CameraInfo> cameras;
    const QDir root(sysfsRoot);
    const QStringList entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = nodeName.match(entry);
        if (!match.hasMatch())
            continue;
        const QString nodeIndex = readAttribute(root.filePath(entry + u"/index"_s));
        if (!nodeIndex.isEmpty() && nodeIndex != u"0"_s)
            continue;
        CameraInfo camera;
        camera.index = match.captured(1).toInt();
        camera.name = readAttribute(root.filePath(entry + u"/name"_s));
        if (camera.name.isEmpty())
            camera.name = u"Camera %1"_s.arg(camera.index);
        camera.devicePath = u"/dev/"_s + entry;
        cameras.append(camera);
    }
    std::sort(cameras.begin(), cameras.end(),
              [](const CameraInfo &a, const CameraInfo &b) { return a.index < b.index; });
    return cameras;
}

QList<CameraInfo> CameraList::byProbing()
{
    QList<CameraInfo> cameras;
    for (int index = 0; index < maxProbedCameras; ++index) {
        bool opened = false;
        try {
            cv::VideoCapture capture(index, VideoCaptureSource::nativeCameraBackend());
            opened = capture.isOpened();
        } catch (const cv::Exception &error) {
            qCDebug(lcScanSource) << "probing camera" << index << "failed:" << error.what();
        }
        if (!opened)
            break;
        cameras.append({index, u"Camera %1"_s.arg(index), {}});
    }
    return cameras;
}

std::optional<CameraInfo> CameraList::find(const QString &spec, const QList<CameraInfo> &cameras)
{
    const QString wanted = spec.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const int index = wanted.toInt(&isNumber);
    if (isNumber) {
        for (const CameraInfo &camera : cameras) {
            if (camera.index == index)
                return camera;
        }
        // An index the list does not know may still open (a probe stopped early, a node
        // without sysfs): let the caller try it.
        if (index >= 0)
            return CameraInfo{index, u"Camera %1"_s.arg(index), {}};
        return std::nullopt;
    }

    for (const CameraInfo &camera : cameras) {
        if (camera.name == wanted)
            return camera;
    }
    std::optional<CameraInfo> found;
    for (const CameraInfo &camera : cameras) {
        if (!camera.name.contains(wanted, Qt::CaseInsensitive))
            continue;
        if (found)
            return std::nullopt; // ambiguous: two cameras match
        found = camera;
    }
    return found;
}

} // namespace CertDesk::Scan

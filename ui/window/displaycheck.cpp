#include "window/displaycheck.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

#include <cstring>

namespace {

bool isSet(const char *name)
{
    return !qEnvironmentVariableIsEmpty(name);
}

bool waylandAvailable()
{
    if (isSet("WAYLAND_DISPLAY"))
        return true;
    // Qt's Wayland client falls back to the compositor's default socket.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("wayland-0")));
}

} // namespace

QStringList DisplayCheck::missingVariables(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return {}; // the user chose; Qt reports what goes wrong
    }
    // QT_QPA_PLATFORM may list fallbacks ("wayland;xcb"); unset, Debian's Qt tries xcb or Wayland.
    const QString platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    const QStringList wanted = platforms.isEmpty()
        ? QStringList {QStringLiteral("xcb"), QStringLiteral("wayland")}
        : platforms.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QStringList missing;
    for (const QString &platform : wanted) {
        if (platform.startsWith(QLatin1String("xcb"))) {
            if (isSet("DISPLAY"))
                return {};
            missing << QStringLiteral("DISPLAY");
        } else if (platform.startsWith(QLatin1String("wayland"))) {
            if (waylandAvailable())
                return {};
            missing << QStringLiteral("WAYLAND_DISPLAY");
        } else {
            return {}; // offscreen, vnc, eglfs…: no display variable needed
        }
    }
    missing.removeDuplicates();
    return missing;
}

QString DisplayCheck::message(const QStringList &missing)
{
    //: Printed instead of opening the window; %1 names environment variables, e.g. "DISPLAY, WAYLAND_DISPLAY"
    return tr("helloqueue: no display to open the window on (not set: %1); "
              "run “helloqueue --cli” to use the console instead.")
        .arg(missing.join(QLatin1String(", ")));
}

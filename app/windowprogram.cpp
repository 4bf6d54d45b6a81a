#include "windowprogram.h"

#include "appidentity.h"
#include "commandline.h"
#include "settingsstore.h"
#include "systemerrortext.h"
#include "translation.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <unistd.h>

namespace {

/** This program's own path, from the kernel (no QCoreApplication yet: that is the point). */
QByteArray ownPath()
{
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    return length > 0 ? QByteArray(self, int(length)) : QByteArray();
}

} // namespace

int WindowProgram::run(int argc, char **argv)
{
    const QByteArray program = path();
    int error = ENOENT;
    if (!program.isEmpty()) {
        // The window's worker processes need no window libraries: they are this program.
        ::setenv(WorkerProgramVariable, ownPath().constData(), 1);
        ::execv(program.constData(), argv); // returns only when it failed
        error = errno;
    }
    // Nothing of the window could start: say so in the language the window would have spoken.
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    const QString languageArgument = CommandLine::languageArgument(argc, argv);
    Translation::apply(languageArgument.isEmpty() ? SettingsStore().language() : languageArgument);
    QTextStream(stderr) << failureText(program, error) << '\n';
    return 1;
}

QByteArray WindowProgram::path()
{
    const QByteArray own = ownPath();
    if (own.isEmpty())
        return {};
    // HELLOQUEUE_WINDOW_PROGRAM is relative to this program's folder, installed as in the build.
    return own.left(own.lastIndexOf('/') + 1) + HELLOQUEUE_WINDOW_PROGRAM;
}

QString WindowProgram::failureText(const QByteArray &program, int error)
{
    const QString where = QDir::toNativeSeparators(QDir::cleanPath(QFile::decodeName(program)));
    if (error == ENOENT)
        return tr("The window cannot open: its program %1 is missing. Reinstall HelloQueue; "
                  "helloqueue --cli works without it.")
            .arg(where);
    return tr("The window cannot open: its program %1 cannot be started: %2.")
        .arg(where, SystemErrorText::describe(error));
}

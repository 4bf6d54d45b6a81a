#include "taskwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <unistd.h>

QString TaskWriter::fileName(int number)
{
    return QString::number(number) + QLatin1String(".txt");
}

QByteArray TaskWriter::contents(int number)
{
    return QByteArrayLiteral("Hello, ") + QByteArray::number(number) + '!';
}

QString TaskWriter::write(const QString &directory, int number)
{
    const QString path = directory + QLatin1Char('/') + fileName(number);
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    // Creating the folder costs a system call per task, so only do it when opening says it is missing.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const QFileInfo dirInfo(directory);
        if (dirInfo.exists() && !dirInfo.isDir())
            return tr("cannot write %1: %2 is not a folder")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(directory));
        if (dirInfo.exists() || !QDir().mkpath(directory)
            || !file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    // Write through the descriptor: Qt 6.4's buffered write reports a short write (EFBIG, ENOSPC
    // part-way) as success, and QSaveFile would then commit a truncated file.
    const QByteArray bytes = contents(number);
    const int fd = file.handle();
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = n < 0 ? qt_error_string(errno) : qt_error_string(EIO);
            file.cancelWriting();
            return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        }
        written += n;
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

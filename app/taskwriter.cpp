#include "taskwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
    // Creating the folder costs a system call per task, so only do it when opening says it is missing.
    if (!file.open(QIODevice::WriteOnly)) {
        const QFileInfo dirInfo(directory);
        if (dirInfo.exists() && !dirInfo.isDir())
            return tr("cannot write %1: %2 is not a folder")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(directory));
        if (dirInfo.exists() || !QDir().mkpath(directory) || !file.open(QIODevice::WriteOnly))
            return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    const QByteArray bytes = contents(number);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

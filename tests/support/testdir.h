#pragma once

#include <QDir>
#include <QFile>
#include <QString>

/**
 * A QTemporaryDir template for a folder named @p name in RAM (/dev/shm), where thousands of
 * atomic writes stay quick; the default temporary folder where there is no /dev/shm.
 */
inline QString ramFolderTemplate(const char *name)
{
    return QDir(QStringLiteral("/dev/shm")).exists()
        ? QStringLiteral("/dev/shm/") + QLatin1String(name) + QStringLiteral("-XXXXXX")
        : QString();
}

/** Reads a whole file, or returns a null QByteArray when it does not exist. */
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** Writes a whole file; false when it cannot. */
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

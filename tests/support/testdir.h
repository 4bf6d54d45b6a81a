#pragma once

#include <QDir>
#include <QFile>
#include <QString>

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

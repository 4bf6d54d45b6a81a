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

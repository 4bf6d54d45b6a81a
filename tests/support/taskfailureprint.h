#pragma once
// Lets QCOMPARE print a TaskFailure it finds different: kind, code, path, detail.

#include "engine/taskfailure.h"

#include <QTest>

inline char *toString(const TaskFailure &failure)
{
    const QString text = QStringLiteral("TaskFailure(kind %1, code %2, path \"%3\", detail \"%4\")")
                             .arg(int(failure.kind()))
                             .arg(failure.code())
                             .arg(failure.path(), failure.detail());
    return qstrdup(text.toUtf8().constData());
}

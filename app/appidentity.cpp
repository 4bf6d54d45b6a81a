#include "appidentity.h"

#include <QCoreApplication>

void AppIdentity::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HelloQueue"));
    QCoreApplication::setApplicationName(QStringLiteral("helloqueue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HELLOQUEUE_VERSION));
}

QString AppIdentity::versionText()
{
    return QStringLiteral("helloqueue %1").arg(QStringLiteral(HELLOQUEUE_VERSION));
}

#include "engine/taskfailure.h"

TaskFailure::TaskFailure(Kind kind, int code, const QString &path, const QString &detail)
{
    if (kind != Kind::None)
        m_data = std::make_shared<const Data>(Data {kind, code, path, detail});
}

TaskFailure TaskFailure::fromStored(int kind, int code, const QString &path, const QString &detail)
{
    if (kind > 0 && kind < KindCount)
        return TaskFailure(Kind(kind), code, path, detail);
    if (kind == 0 && detail.isEmpty())
        return {};
    return TaskFailure(Kind::Recorded, 0, {}, detail);
}

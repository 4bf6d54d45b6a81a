#include "systemerrortext.h"

#include <cerrno>

QString SystemErrorText::describe(int error)
{
    switch (error) {
    case ENOSPC:
        return tr("the disk is full");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EROFS:
        return tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case ENOENT:
        return tr("a folder on the path does not exist");
    case ENOTDIR:
        return tr("a part of the path is a file, not a folder");
    case EISDIR:
        return tr("a folder of that name is in the way");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case ELOOP:
        return tr("the path has too many symbolic links");
    case EIO:
        return tr("input/output error: the disk or its connection may be failing");
    case ENODEV:
    case ENXIO:
        return tr("the disk is not available (it may have been removed)");
    case EMFILE:
    case ENFILE:
        return tr("too many files are open");
    case EFBIG:
        return tr("the file is too large for this file system");
    case ENOMEM:
        return tr("not enough memory");
    case ESTALE:
        return tr("the network folder is no longer available");
    default:
        // Rare: the number identifies it; the system's text (in the system's language) explains.
        return tr("system error %1 (%2)").arg(error).arg(qt_error_string(error));
    }
}

#pragma once

#include <QString>

#include <memory>

/**
 * Why a task failed (or, for Discarded, was given up), as data: what went wrong, the system's
 * error number, the path concerned. It is stored so, in the queue and in the journal, and put
 * into words only when shown (TaskFailureText, in the language then in effect): a reason follows
 * a language switch, and no C-library phrase ends up inside a translated sentence.
 *
 * A value type: immutable, its data shared, so a task that did not fail pays one null pointer,
 * and a copy handed from a worker thread to the GUI thread shares nothing mutable.
 */
class TaskFailure
{
public:
    /** Kept in the journal by number: append new kinds, never renumber. */
    enum class Kind : quint8 {
        None = 0, ///< no failure
        CannotWrite = 1, ///< the file could not be written, synced or renamed; path: the file
        CannotCreateFolder = 2, ///< the output folder could not be created; path: the folder
        FolderIsFile = 3, ///< the output folder's name is taken by a file; path: the task's file
        WorkerCrashed = 4, ///< the worker process running it ended; code: its signal (0: it exited);
                           ///< detail: its pid, when known
        Discarded = 5, ///< not restored: given up at a later start (the task is Cancelled)
        Recorded = 6, ///< a reason an older HelloQueue stored as text: detail, shown as it is
        WorkerNotStarted = 7, ///< no worker process could be started for it; detail: the system's reason
    };
    static constexpr int KindCount = 8;

    TaskFailure() = default;
    /** @p code is the errno for CannotWrite and CannotCreateFolder, the signal for WorkerCrashed. */
    explicit TaskFailure(Kind kind, int code = 0, const QString &path = {}, const QString &detail = {});
    /**
     * Rebuilds a stored failure; a kind number this version does not know keeps its detail as a
     * Recorded reason (nothing is lost, nothing is misread).
     */
    static TaskFailure fromStored(int kind, int code, const QString &path, const QString &detail);

    bool isNone() const { return !m_data; }
    Kind kind() const { return m_data ? m_data->kind : Kind::None; }
    int code() const { return m_data ? m_data->code : 0; }
    QString path() const { return m_data ? m_data->path : QString(); }
    QString detail() const { return m_data ? m_data->detail : QString(); }

    friend bool operator==(const TaskFailure &a, const TaskFailure &b)
    {
        return a.kind() == b.kind() && a.code() == b.code() && a.path() == b.path()
            && a.detail() == b.detail();
    }
    friend bool operator!=(const TaskFailure &a, const TaskFailure &b) { return !(a == b); }

private:
    struct Data
    {
        Kind kind;
        int code;
        QString path;
        QString detail;
    };
    std::shared_ptr<const Data> m_data;
};

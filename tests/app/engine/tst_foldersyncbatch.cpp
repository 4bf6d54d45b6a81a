// FolderSyncBatch: the folder sync a flood shares, and what a folder that cannot be synced does
// to the tasks whose Done waited for it.
#include "engine/foldersyncbatch.h"
#include "engine/taskwriter.h"
#include "taskfailureprint.h"
#include "testdir.h"

#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

namespace {

TaskEvent finished(quint64 id, TaskState state)
{
    return {id, 0, {}, 1, TaskEvent::Kind::Finished, state};
}

} // namespace

class tst_FolderSyncBatch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void syncedFoldersLeaveEventsAlone();
    void aFolderThatCannotBeSyncedFailsItsTasks();
    void aFlushForgetsWhatItSynced();

private:
    /** Beside the test, not in the temporary folder: that may be in RAM, where nothing is synced. */
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_FolderSyncBatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>(
        QCoreApplication::applicationDirPath() + QStringLiteral("/foldersync-XXXXXX"));
    QVERIFY(m_dir->isValid());
}

void tst_FolderSyncBatch::syncedFoldersLeaveEventsAlone()
{
    QVERIFY(TaskWriter::write(m_dir->path(), 1, TaskWriter::FolderSync::Later).isNone());
    QVERIFY(TaskWriter::write(m_dir->path(), 2, TaskWriter::FolderSync::Later).isNone());
    FolderSyncBatch batch;
    batch.add(1, m_dir->path());
    batch.add(2, m_dir->path());
    QList<TaskEvent> events {finished(1, TaskState::Done), finished(2, TaskState::Done)};
    batch.flush(events);
    QCOMPARE(events.at(0).state, TaskState::Done);
    QCOMPARE(events.at(1).state, TaskState::Done);
    QCOMPARE(readFile(TaskWriter::filePath(m_dir->path(), 2)), TaskWriter::contents(2));
}

void tst_FolderSyncBatch::aFolderThatCannotBeSyncedFailsItsTasks()
{
    // The folder is removed (a USB stick pulled) after the files were renamed into it, before the
    // sync that would have made them survive a power cut: those tasks must not show Done.
    const QString gone = m_dir->filePath(QStringLiteral("stick"));
    const QString kept = m_dir->filePath(QStringLiteral("disk"));
    QVERIFY(TaskWriter::write(gone, 7, TaskWriter::FolderSync::Later).isNone());
    QVERIFY(TaskWriter::write(kept, 8, TaskWriter::FolderSync::Later).isNone());
    QVERIFY(QDir(gone).removeRecursively());
    FolderSyncBatch batch;
    batch.add(7, gone);
    batch.add(8, kept);
    QList<TaskEvent> events {{7, 0, {}, 1, TaskEvent::Kind::Started, TaskState::Running},
        finished(7, TaskState::Done), finished(9, TaskState::Cancelled), finished(8, TaskState::Done)};
    batch.flush(events);
    QCOMPARE(events.at(0).state, TaskState::Running);
    QCOMPARE(events.at(1).state, TaskState::Failed);
    QCOMPARE(events.at(1).failure, TaskFailure(TaskFailure::Kind::CannotWrite, ENOENT, gone));
    QCOMPARE(events.at(2).state, TaskState::Cancelled);
    QCOMPARE(events.at(3).state, TaskState::Done);
    QVERIFY(events.at(3).failure.isNone());
}

void tst_FolderSyncBatch::aFlushForgetsWhatItSynced()
{
    const QString gone = m_dir->filePath(QStringLiteral("stick"));
    QVERIFY(TaskWriter::write(gone, 7, TaskWriter::FolderSync::Later).isNone());
    QVERIFY(QDir(gone).removeRecursively());
    FolderSyncBatch batch;
    batch.add(7, gone);
    QList<TaskEvent> first {finished(7, TaskState::Done)};
    batch.flush(first);
    QCOMPARE(first.at(0).state, TaskState::Failed);
    // The next batch's task with the same id (a later run) is not judged by the old folder.
    QList<TaskEvent> next {finished(7, TaskState::Done)};
    batch.flush(next);
    QCOMPARE(next.at(0).state, TaskState::Done);
}

QTEST_GUILESS_MAIN(tst_FolderSyncBatch)
#include "tst_foldersyncbatch.moc"

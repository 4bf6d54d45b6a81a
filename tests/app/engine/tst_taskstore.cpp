// The queue's task storage: a million pasted tasks must not cost a quarter of a million
// allocations, and a task must stay where it is while others are added and dropped.
#include "engine/taskstore.h"

#include <QTest>

class tst_TaskStore : public QObject
{
    Q_OBJECT
private slots:
    void addsAndDropsAcrossChunks();
    void stagedTasksJoinWhenPublished();
};

void tst_TaskStore::addsAndDropsAcrossChunks()
{
    TaskStore store;
    QVERIFY(store.empty());
    const size_t count = 3 * TaskStore::ChunkSize + 5;
    for (size_t i = 0; i < count; ++i)
        store.emplaceBack().id = i + 1;
    QCOMPARE(store.size(), count);
    Task &kept = store[2 * TaskStore::ChunkSize + 1];
    QCOMPARE(kept.id, quint64(2 * TaskStore::ChunkSize + 2));

    // Dropped from the front, past the first chunk: positions move, the tasks do not.
    store.dropFront(TaskStore::ChunkSize + 3);
    QCOMPARE(store.size(), count - TaskStore::ChunkSize - 3);
    QCOMPARE(store[0].id, quint64(TaskStore::ChunkSize + 4));
    QCOMPARE(&store[TaskStore::ChunkSize - 2], &kept);
    for (size_t i = 0; i < TaskStore::ChunkSize; ++i)
        store.emplaceBack().id = count + 1 + i;
    QCOMPARE(kept.id, quint64(2 * TaskStore::ChunkSize + 2));
    QCOMPARE(store[store.size() - 1].id, quint64(count + TaskStore::ChunkSize));

    // A walk from a position goes in order across chunks and stops when told.
    quint64 expected = store[5].id;
    size_t visited = 0;
    store.walk(5, [&](const Task &task) {
        if (task.id != expected++)
            return false;
        return ++visited < TaskStore::ChunkSize + 7;
    });
    QCOMPARE(visited, TaskStore::ChunkSize + 7);

    // Everything dropped (more than there is: as many as there are), then used again.
    store.dropFront(10 * TaskStore::ChunkSize);
    QVERIFY(store.empty());
    QCOMPARE(store.emplaceBack().id, quint64(0)); // a fresh default task
    QCOMPARE(store.size(), size_t(1));
}

void tst_TaskStore::stagedTasksJoinWhenPublished()
{
    // Tasks built ahead (while their numbers are recorded) are not in the store until published;
    // the tasks there keep their places; an add in between drops what was staged.
    TaskStore store;
    for (size_t i = 0; i < 5; ++i)
        store.emplaceBack().number = int(i) + 1;
    Task &fifth = store[4];
    const size_t count = 2 * TaskStore::ChunkSize;
    store.expect(count); // the chunk after the one being filled is filled wholly: a huge page
    for (size_t i = 0; i < count; ++i)
        store.stageBack().number = int(i) + 6;
    QCOMPARE(store.size(), size_t(5));
    QCOMPARE(store.staged(), count);
    size_t walked = 0;
    store.walk(0, [&walked](const Task &) { return ++walked > 0; });
    QCOMPARE(walked, size_t(5)); // staged tasks are not walked
    store.publish(count - 1);
    QCOMPARE(store.size(), count + 4);
    QCOMPARE(store.staged(), size_t(1));
    QCOMPARE(store[count + 3].number, int(count + 4));
    QCOMPARE(&store[4], &fifth);
    QCOMPARE(fifth.number, 5);

    // An add while one is staged: the staged one goes, the add takes its place.
    Task &next = store.emplaceBack();
    QCOMPARE(next.number, 0);
    QCOMPARE(store.staged(), size_t(0));
    QCOMPARE(store.size(), count + 5);
    store.stageBack().outputDirectory = QStringLiteral("folder");
    store.dropStaged();
    QCOMPARE(store.staged(), size_t(0));
    QCOMPARE(store.stageBack().outputDirectory, QString()); // a fresh default task
}

QTEST_GUILESS_MAIN(tst_TaskStore)
#include "tst_taskstore.moc"

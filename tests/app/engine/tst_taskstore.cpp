// The queue's task storage: a million pasted tasks must not cost a quarter of a million
// allocations, and a task must stay where it is while others are added and dropped.
#include "engine/taskstore.h"

#include <QTest>

class tst_TaskStore : public QObject
{
    Q_OBJECT
private slots:
    void addsAndDropsAcrossChunks();
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

    // Everything dropped (more than there is: as many as there are), then used again.
    store.dropFront(10 * TaskStore::ChunkSize);
    QVERIFY(store.empty());
    QCOMPARE(store.emplaceBack().id, quint64(0)); // a fresh default task
    QCOMPARE(store.size(), size_t(1));
}

QTEST_GUILESS_MAIN(tst_TaskStore)
#include "tst_taskstore.moc"

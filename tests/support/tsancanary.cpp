// ThreadSanitizer canary: one deliberate data race per run, in a shape our own threads use (a
// job on a QThreadPool, a queued member call or lambda on a thread with an event loop, a list or
// string shared without a lock). Run under TSan with tests/support/tsan.supp, each must still be
// reported: the suppressions may name Qt's internals, never a frame of ours (tests/CMakeLists.txt).
//
// The two accesses are ordered only through QSemaphore, a futex inside Qt that TSan cannot see:
// the run is deterministic and nothing is touched at the same moment, yet TSan must call it a race.

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSemaphore>
#include <QString>
#include <QThread>
#include <QThreadPool>

#include <cstdio>
#include <functional>

namespace {

enum class Shared { Number, List, Text };

Shared shared = Shared::Number;
int sharedNumber = 0;
QList<int> sharedList;
QString sharedText;
QSemaphore firstDone;

// The racing accesses, in inline (instrumented) code: a report must name one of these frames.
Q_NEVER_INLINE void racyAccessOnWorker()
{
    switch (shared) {
    case Shared::Number:
        ++sharedNumber;
        break;
    case Shared::List:
        sharedList.append(1);
        break;
    case Shared::Text:
        sharedText = QStringLiteral("written on the worker");
        break;
    }
}

Q_NEVER_INLINE void racyAccessOnMain()
{
    switch (shared) {
    case Shared::Number:
        ++sharedNumber;
        break;
    case Shared::List:
        sharedList.append(2);
        break;
    case Shared::Text:
        std::printf("%lld characters\n", static_cast<long long>(sharedText.size()));
        break;
    }
}

/** A receiver on a thread with its own event loop, as TimerLoop is. */
class Receiver : public QObject
{
public:
    void touch()
    {
        racyAccessOnWorker();
        firstDone.release();
    }
};

void onPoolThread()
{
    QThreadPool pool;
    pool.start([] {
        racyAccessOnWorker();
        firstDone.release();
    });
    firstDone.acquire();
    racyAccessOnMain();
    pool.waitForDone();
}

void onLoopThread(const std::function<void(Receiver &)> &post)
{
    QThread thread;
    Receiver receiver;
    receiver.moveToThread(&thread);
    thread.start();
    post(receiver);
    firstDone.acquire();
    racyAccessOnMain();
    thread.quit();
    thread.wait();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString shape = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QString what = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("number");
    shared = what == QLatin1String("list") ? Shared::List
        : what == QLatin1String("text")    ? Shared::Text
                                           : Shared::Number;
    if (shape == QLatin1String("pool-job")) {
        onPoolThread();
    } else if (shape == QLatin1String("queued-call")) {
        onLoopThread([](Receiver &receiver) {
            QMetaObject::invokeMethod(&receiver, &Receiver::touch, Qt::QueuedConnection);
        });
    } else if (shape == QLatin1String("queued-lambda")) {
        onLoopThread([](Receiver &receiver) {
            QMetaObject::invokeMethod(
                &receiver, [&receiver] { receiver.touch(); }, Qt::QueuedConnection);
        });
    } else {
        std::fprintf(stderr, "usage: tsan_canary pool-job|queued-call|queued-lambda [number|list|text]\n");
        return 2;
    }
    std::printf("ran %s on a shared %s\n", qPrintable(shape), qPrintable(what));
    return 0;
}

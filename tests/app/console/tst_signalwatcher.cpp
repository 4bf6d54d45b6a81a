#include "console/signalwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

class tst_SignalWatcher : public QObject
{
    Q_OBJECT
private slots:
    void reportsSignal_data();
    void reportsSignal();
    void restoresPreviousHandler();
    void ignoredHangupStaysIgnored();
};

void tst_SignalWatcher::reportsSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGHUP") << SIGHUP;
}

void tst_SignalWatcher::reportsSignal()
{
    QFETCH(int, signalNumber);
    SignalWatcher watcher;
    QSignalSpy spy(&watcher, &SignalWatcher::signalled);
    // Without the watcher's handler this would end the test program.
    QCOMPARE(std::raise(signalNumber), 0);
    QVERIFY(spy.wait());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toInt(), signalNumber);
}

namespace {
volatile std::sig_atomic_t previousHandlerCalls = 0;
extern "C" void countCall(int)
{
    previousHandlerCalls = previousHandlerCalls + 1;
}
} // namespace

void tst_SignalWatcher::restoresPreviousHandler()
{
    const auto before = std::signal(SIGTERM, countCall);
    {
        SignalWatcher watcher;
        QSignalSpy spy(&watcher, &SignalWatcher::signalled);
        QCOMPARE(std::raise(SIGTERM), 0);
        QVERIFY(spy.wait());
        QCOMPARE(previousHandlerCalls, 0);
    }
    QCOMPARE(std::raise(SIGTERM), 0);
    QCOMPARE(previousHandlerCalls, 1);
    std::signal(SIGTERM, before);
}

void tst_SignalWatcher::ignoredHangupStaysIgnored()
{
    // `nohup helloqueue`: the program must outlive the terminal it was started from.
    const auto before = std::signal(SIGHUP, SIG_IGN);
    {
        SignalWatcher watcher;
        struct sigaction current = {};
        QCOMPARE(::sigaction(SIGHUP, nullptr, &current), 0);
        QVERIFY(current.sa_handler == SIG_IGN);
        watcher.restoreDefaults();
        QCOMPARE(::sigaction(SIGHUP, nullptr, &current), 0);
        QVERIFY(current.sa_handler == SIG_IGN);
    }
    std::signal(SIGHUP, before);
}

QTEST_GUILESS_MAIN(tst_SignalWatcher)
#include "tst_signalwatcher.moc"

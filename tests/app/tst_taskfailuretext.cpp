// A failure put into words: a whole sentence per kind, the system's cause in HelloQueue's own
// translated words for the common errors, in the language in effect when it is shown.
#include "reasonwords.h"
#include "systemerrortext.h"
#include "taskfailuretext.h"
#include "translation.h"

#include <QTest>

#include <cerrno>
#include <csignal>

namespace {

using Kind = TaskFailure::Kind;

/** The errors a desktop user meets writing files; each has its own phrase in both languages. */
const int CommonErrors[] = {ENOSPC, EDQUOT, EROFS, EACCES, EPERM, ENOENT, ENOTDIR, EISDIR, ENAMETOOLONG,
    ELOOP, EIO, ENODEV, ENXIO, EMFILE, ENFILE, EFBIG, ENOMEM, ESTALE};

} // namespace

class tst_TaskFailureText : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void english_data();
    void english();
    void commonErrorsAreOurOwnWords();
    void everyKindReadsInRussian();
};

void tst_TaskFailureText::cleanup()
{
    Translation::apply(QStringLiteral("en"));
}

void tst_TaskFailureText::english_data()
{
    QTest::addColumn<TaskFailure>("failure");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << TaskFailure() << QString();
    QTest::newRow("disk full") << TaskFailure(Kind::CannotWrite, ENOSPC, QStringLiteral("/m/3.txt"))
                               << QStringLiteral("cannot write /m/3.txt: the disk is full");
    QTest::newRow("no cause") << TaskFailure(Kind::CannotWrite, 0, QStringLiteral("/m/3.txt"))
                              << QStringLiteral("cannot write /m/3.txt");
    QTest::newRow("folder") << TaskFailure(Kind::CannotCreateFolder, EACCES, QStringLiteral("/srv/out"))
                            << QStringLiteral("cannot create the folder /srv/out: permission denied");
    QTest::newRow("folder is a file")
        << TaskFailure(Kind::FolderIsFile, ENOTDIR, QStringLiteral("/x/out/3.txt"))
        << QStringLiteral("cannot write /x/out/3.txt: /x/out is a file, not a folder");
    QTest::newRow("worker killed") << TaskFailure(Kind::WorkerCrashed, SIGKILL)
                                   << QStringLiteral("the worker process running it was ended by signal 9");
    QTest::newRow("worker exited") << TaskFailure(Kind::WorkerCrashed)
                                   << QStringLiteral("the worker process running it ended unexpectedly");
    QTest::newRow("discarded") << TaskFailure(Kind::Discarded)
                               << QStringLiteral("Not restored: discarded at a later start");
    QTest::newRow("older text") << TaskFailure(Kind::Recorded, 0, {}, QStringLiteral("cannot write x: y"))
                                << QStringLiteral("cannot write x: y");
    QTest::newRow("rare error") << TaskFailure(Kind::CannotWrite, EPROTO, QStringLiteral("/m/3.txt"))
                                << QStringLiteral("cannot write /m/3.txt: system error %1 (%2)")
                                       .arg(EPROTO)
                                       .arg(qt_error_string(EPROTO));
}

void tst_TaskFailureText::english()
{
    QFETCH(TaskFailure, failure);
    QFETCH(QString, expected);
    QCOMPARE(TaskFailureText::describe(failure), expected);
}

void tst_TaskFailureText::commonErrorsAreOurOwnWords()
{
    // Never the C library's text (here in English, LC_ALL=C) for a common error, in either language.
    for (const char *language : {"en", "ru"}) {
        Translation::apply(QString::fromLatin1(language));
        for (int error : CommonErrors) {
            const QString words = SystemErrorText::describe(error);
            QVERIFY2(words != qt_error_string(error) && !words.contains(QString::number(error)),
                qPrintable(words));
            if (QLatin1String(language) == QLatin1String("ru"))
                QVERIFY2(hasCyrillicLetter(words) && !hasLatinLetter(words), qPrintable(words));
        }
    }
}

void tst_TaskFailureText::everyKindReadsInRussian()
{
    Translation::apply(QStringLiteral("ru"));
    const QString path = QStringLiteral("/x/out/3.txt");
    const TaskFailure failures[] = {TaskFailure(Kind::CannotWrite, ENOSPC, path),
        TaskFailure(Kind::CannotWrite, 0, path), TaskFailure(Kind::CannotCreateFolder, EACCES, path),
        TaskFailure(Kind::CannotCreateFolder, 0, path), TaskFailure(Kind::FolderIsFile, ENOTDIR, path),
        TaskFailure(Kind::WorkerCrashed, SIGKILL), TaskFailure(Kind::WorkerCrashed),
        TaskFailure(Kind::Discarded), TaskFailure(Kind::Recorded)};
    for (const TaskFailure &failure : failures) {
        const QString text = TaskFailureText::describe(failure);
        QVERIFY2(hasCyrillicLetter(text) && !hasLatinLetter(reasonWords(text)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(tst_TaskFailureText)
#include "tst_taskfailuretext.moc"

#include "console/consoleinput.h"
#include "numberparser.h"

#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

using Chunks = QList<QByteArray>;

namespace {

/** Bytes written into the pipe and not read yet. */
int unread(int fd)
{
    int count = 0;
    return ::ioctl(fd, FIONREAD, &count) == 0 ? count : -1;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

/** A pipe whose read end a ConsoleInput watches, as it watches standard input. */
class Pipe
{
public:
    Pipe()
    {
        // Room for a whole test chunk: the reader runs on this thread, so a write must not block.
        if (::pipe(m_fds) != 0 || ::fcntl(m_fds[1], F_SETPIPE_SZ, 1024 * 1024) < 0)
            m_fds[0] = m_fds[1] = -1;
    }
    ~Pipe()
    {
        for (int fd : m_fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    Pipe(const Pipe &) = delete;
    Pipe &operator=(const Pipe &) = delete;

    bool isValid() const { return m_fds[0] >= 0; }
    int readEnd() const { return m_fds[0]; }
    int writeEnd() const { return m_fds[1]; }
    /** Writes a chunk and waits until the reader has taken all of it (one chunk, one batch). */
    bool send(const QByteArray &chunk)
    {
        return writeAll(m_fds[1], chunk) && QTest::qWaitFor([this] { return unread(m_fds[0]) == 0; });
    }
    void close()
    {
        ::close(m_fds[1]);
        m_fds[1] = -1;
    }

private:
    int m_fds[2] = {-1, -1};
};

QStringList delivered(const QSignalSpy &spy)
{
    QStringList lines;
    for (const QList<QVariant> &arguments : spy)
        lines += arguments.at(0).toStringList();
    return lines;
}

/** What a ConsoleInput made of @p chunks sent through a pipe that was then closed. */
struct Reading
{
    bool sent = false; ///< the pipe took every chunk
    bool ended = false; ///< the input said it ended
    int endings = 0; ///< how many times it said so
    QStringList lines;
};

Reading readThroughPipe(const Chunks &chunks)
{
    Reading reading;
    Pipe pipe;
    if (!pipe.isValid())
        return reading;
    ConsoleInput input(pipe.readEnd());
    QSignalSpy linesSpy(&input, &ConsoleInput::linesRead);
    QSignalSpy endedSpy(&input, &ConsoleInput::ended);
    input.start();
    for (const QByteArray &chunk : chunks) {
        if (!pipe.send(chunk))
            return reading;
    }
    reading.sent = true;
    pipe.close();
    reading.ended = endedSpy.wait();
    reading.endings = int(endedSpy.size());
    reading.lines = delivered(linesSpy);
    return reading;
}

} // namespace

class tst_ConsoleInput : public QObject
{
    Q_OBJECT
private slots:
    void splitsLines_data();
    void splitsLines();
    void longLinesKeepTheirMeaning_data();
    void longLinesKeepTheirMeaning();
    void hopelessLongLineIsDeliveredEarly();
    void stopEndsEverything();
};

void tst_ConsoleInput::splitsLines_data()
{
    QTest::addColumn<Chunks>("chunks");
    QTest::addColumn<QStringList>("lines");
    const auto text = [](const char *utf8) { return QString::fromUtf8(utf8); };
    QTest::newRow("nothing") << Chunks {} << QStringList {};
    QTest::newRow("two lines in one read") << Chunks {"1\n2\n"} << QStringList {text("1"), text("2")};
    QTest::newRow("a line over two reads") << Chunks {"1", "2\n"} << QStringList {text("12")};
    QTest::newRow("last line without a newline") << Chunks {"1\n5"} << QStringList {text("1"), text("5")};
    QTest::newRow("an empty line") << Chunks {"\n"} << QStringList {QString()};
    QTest::newRow("carriage return is kept") << Chunks {"7\r\n"} << QStringList {text("7\r")};
    QTest::newRow("a character split between reads") << Chunks {"\xd9", "\xa3\n"} << QStringList {text("٣")};
    QTest::newRow("invalid UTF-8") << Chunks {"\xff"
                                              "1\n"}
                                   << QStringList {text("\xef\xbf\xbd"
                                                        "1")};
    QTest::newRow("a NUL byte") << Chunks {QByteArray("1\0002\n", 4)}
                                << QStringList {QStringView(u"1\u00002", 3).toString()};
}

void tst_ConsoleInput::splitsLines()
{
    QFETCH(Chunks, chunks);
    QFETCH(QStringList, lines);
    const Reading reading = readThroughPipe(chunks);
    QVERIFY(reading.sent);
    QVERIFY(reading.ended);
    QCOMPARE(reading.lines, lines);
    QCOMPARE(reading.endings, 1);
}

void tst_ConsoleInput::longLinesKeepTheirMeaning_data()
{
    // The line as typed, in the reads it arrives in; what it means must not change by shortening.
    QTest::addColumn<Chunks>("chunks");
    const QByteArray zeros(ConsoleInput::MaximumLineBytes + 100, '0');
    const QByteArray spaces(ConsoleInput::MaximumLineBytes + 100, ' ');
    QByteArray fullwidthZeros;
    for (int i = 0; i < ConsoleInput::MaximumLineBytes / 3 + 10; ++i)
        fullwidthZeros += "\xef\xbc\x90"; // ０
    QTest::newRow("zeros, then a digit") << Chunks {zeros, "7\n"};
    QTest::newRow("zeros, a space, then a digit") << Chunks {zeros + ' ', "7\n"};
    QTest::newRow("zeros and a digit, then spaces") << Chunks {zeros + "1 ", " \n"};
    QTest::newRow("zeros, then too large") << Chunks {zeros, "86401\n"};
    QTest::newRow("nines, then more nines") << Chunks {QByteArray(zeros.size(), '9'), "9\n"};
    QTest::newRow("nines, then a letter") << Chunks {QByteArray(zeros.size(), '9'), "x\n"};
    QTest::newRow("spaces, then a digit") << Chunks {spaces, "7\n"};
    QTest::newRow("spaces, then end of input") << Chunks {spaces};
    QTest::newRow("fullwidth zeros, a character split, then 7") << Chunks {fullwidthZeros + "\xef",
        "\xbc\x90"
        "7\n"};
    QTest::newRow("arabic-indic nines") << Chunks {QByteArray("\xd9\xa9").repeated(zeros.size() / 2), "\n"};
    // What int() reads besides digits: a sign, single underscores between digits.
    const QByteArray underscored = QByteArray("1_").repeated(zeros.size() / 2);
    QTest::newRow("minus, zeros, then a digit") << Chunks {'-' + zeros, "5\n"};
    QTest::newRow("minus, zeros, then zero") << Chunks {'-' + zeros, "0\n"};
    QTest::newRow("plus, nines, then more nines") << Chunks {'+' + QByteArray(zeros.size(), '9'), "9\n"};
    QTest::newRow("spaces, then a sign") << Chunks {spaces + '+', "7\n"};
    QTest::newRow("spaces and a sign, then a space") << Chunks {spaces + '-', " 7\n"};
    QTest::newRow("digits and underscores, cut after one") << Chunks {underscored, "0\n"};
    QTest::newRow("digits and underscores, then a second one") << Chunks {underscored, "_0\n"};
    QTest::newRow("zeros and underscores, then a digit")
        << Chunks {QByteArray("0_").repeated(zeros.size() / 2), "7\n"};
}

void tst_ConsoleInput::longLinesKeepTheirMeaning()
{
    QFETCH(Chunks, chunks);
    const QString typed = QString::fromUtf8(chunks.join()).chopped(chunks.join().endsWith('\n') ? 1 : 0);
    const Reading reading = readThroughPipe(chunks);
    QVERIFY(reading.sent);
    QVERIFY(reading.ended);
    const QStringList &lines = reading.lines;
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().size() < 200); // shortened: memory stays small however long the line
    // The console reads its lines as the lesson's int() does.
    const auto syntax = NumberParser::Syntax::PythonInt;
    const NumberParser::Result expected = NumberParser::parse(typed, syntax);
    const NumberParser::Result actual = NumberParser::parse(lines.first(), syntax);
    QCOMPARE(int(actual.error), int(expected.error));
    QCOMPARE(actual.seconds, expected.seconds);
    if (expected.error == NumberParser::Error::TooLarge && !typed.startsWith(QLatin1Char('0')))
        QCOMPARE(NumberParser::errorMessage(actual.error, lines.first()),
            NumberParser::errorMessage(expected.error, typed));
}

void tst_ConsoleInput::hopelessLongLineIsDeliveredEarly()
{
    // No newline will come, but the line already cannot be a number: it is delivered now.
    Pipe pipe;
    QVERIFY(pipe.isValid());
    ConsoleInput input(pipe.readEnd());
    QSignalSpy linesSpy(&input, &ConsoleInput::linesRead);
    QSignalSpy endedSpy(&input, &ConsoleInput::ended);
    input.start();
    QVERIFY(pipe.send(QByteArray(ConsoleInput::MaximumLineBytes + 1, 'x')));
    QTRY_COMPARE(linesSpy.size(), 1);
    QCOMPARE(
        int(NumberParser::parse(delivered(linesSpy).first()).error), int(NumberParser::Error::NotANumber));
    // Its rest is skipped; the lines after it are read as usual.
    QVERIFY(pipe.send(QByteArray(3 * ConsoleInput::MaximumLineBytes, 'y') + "\n5\n"));
    pipe.close();
    QVERIFY(endedSpy.wait());
    QCOMPARE(delivered(linesSpy).size(), 2);
    QCOMPARE(delivered(linesSpy).last(), QStringLiteral("5"));
}

void tst_ConsoleInput::stopEndsEverything()
{
    Pipe pipe;
    QVERIFY(pipe.isValid());
    ConsoleInput input(pipe.readEnd());
    QSignalSpy linesSpy(&input, &ConsoleInput::linesRead);
    QSignalSpy endedSpy(&input, &ConsoleInput::ended);
    // Stopping from a slot of its own signal, as the console does on a stop line.
    connect(&input, &ConsoleInput::linesRead, &input, &ConsoleInput::stop);
    input.start();
    QVERIFY(pipe.send("1\n"));
    QCOMPARE(linesSpy.size(), 1);
    QVERIFY(writeAll(pipe.writeEnd(), "2\n"));
    pipe.close();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(); // the pipe is readable: a reader still watching would read
    QCOMPARE(linesSpy.size(), 1);
    QCOMPARE(endedSpy.size(), 0);
    QCOMPARE(unread(pipe.readEnd()), 2); // "2\n" was never read
}

QTEST_GUILESS_MAIN(tst_ConsoleInput)
#include "tst_consoleinput.moc"

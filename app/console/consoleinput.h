#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>

class QSocketNotifier;

/**
 * Reads the console's lines from a file descriptor (standard input) without ever blocking the
 * event loop: a QSocketNotifier says when to read, and each wake-up does one read() of up to
 * 64 KiB, so pipes, terminals and regular files (always "readable") all work.
 *
 * Lines end at '\n' only, as Python's readline() splits them; they are decoded as UTF-8 with
 * invalid bytes replaced by U+FFFD. A last line without '\n' is still a line. A line may be of
 * any length: once an unfinished line grows past 64 KiB it is shortened in a way that does not
 * change what NumberParser::parse (Syntax::PythonInt, as the console reads its lines) says about
 * it, and when it already cannot be a number it is
 * delivered at once (its rest is skipped), so a stream without newlines cannot fill the memory.
 */
class ConsoleInput : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleInput(int fd, QObject *parent = nullptr);
    ~ConsoleInput() override;

    /** Starts watching the descriptor. */
    void start();
    /** Stops reading for good; nothing more is emitted. */
    void stop();

    /** How long an unfinished line may grow before it is shortened. */
    static constexpr qsizetype MaximumLineBytes = 64 * 1024;

signals:
    /** Complete lines, in order, without their '\n'; one batch per read. */
    void linesRead(const QStringList &lines);
    /** End of input (or a read error), after the last line was delivered. */
    void ended();

private:
    void readAvailable();
    void split(const char *data, qsizetype size, QStringList &lines);
    void shortenUnfinishedLine(QStringList &lines);
    void endInput();

    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_pending; ///< the unfinished line's bytes
    int m_fd = -1;
    bool m_inLine = false; ///< bytes of an unfinished line were read (even if shortened away)
    bool m_skippingLine = false; ///< the unfinished line was delivered early; drop up to '\n'
    bool m_stopped = false;
};

#include "console/consoleinput.h"

#include "numberparser.h"

#include <QMetaObject>
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace {

/**
 * Bytes per read of standard input. The lines of one read are recorded in the journal before
 * their tasks are queued, and the event loop waits for that commit: a small read keeps it short
 * (2 048 lines at most), well within the time the workers need for the jobs already handed to
 * them (TaskQueue's Prefetch), so that a piped flood never leaves a worker idle.
 */
constexpr qsizetype ReadSize = 4 * 1024;
/** The longest text kept of a too-large number: what NumberParser::errorMessage shows of it. */
constexpr qsizetype KeptDigits = 40;

/** Where the last complete UTF-8 sequence of @p bytes ends (an unfinished one may follow). */
qsizetype completeUtf8Length(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 4 && back <= size; ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(size - back));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead byte
        const int needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return needed > back ? size - back : size;
    }
    return size;
}

/**
 * Text that NumberParser (int()'s syntax) reads as it reads @p text, whatever follows: its sign;
 * the number's value or, when too large, its first KeptDigits characters and enough nines to
 * stay too large; an '_' when it ends in one; a space when it ends in white space. The error
 * message stays the same too, but for leading zeros of a number that only what follows makes
 * too large or negative. @p text is white space, a sign and digits with single '_' between them.
 */
QString standIn(QStringView text)
{
    QStringView number = text.trimmed();
    QString standIn;
    if (number.startsWith(u'+') || number.startsWith(u'-')) {
        standIn += number.front();
        number = number.mid(1);
    }
    const bool endsInUnderscore = number.endsWith(u'_');
    if (endsInUnderscore)
        number.chop(1);
    const NumberParser::Result result = NumberParser::parse(number, NumberParser::Syntax::PythonInt);
    if (result.ok())
        standIn += QString::number(result.seconds); // leading zeros and '_' do not change the value
    else if (result.error == NumberParser::Error::TooLarge && number.size() <= KeptDigits)
        standIn += number;
    else if (result.error == NumberParser::Error::TooLarge) // the shown beginning, then nines
        standIn += number.left(number.at(KeptDigits - 1).isHighSurrogate() ? KeptDigits - 1 : KeptDigits)
                       .toString()
            + QLatin1String("99999");
    if (endsInUnderscore)
        standIn += QLatin1Char('_');
    if (!text.isEmpty() && text.back().isSpace())
        standIn += QLatin1Char(' ');
    return standIn;
}

} // namespace

ConsoleInput::ConsoleInput(int fd, QObject *parent) : QObject(parent), m_fd(fd) { }

ConsoleInput::~ConsoleInput() = default;

void ConsoleInput::start()
{
    if (m_stopped || m_notifier)
        return;
    if (::fcntl(m_fd, F_GETFL) == -1) {
        // No standard input at all (closed): that is the end of input.
        QMetaObject::invokeMethod(this, &ConsoleInput::endInput, Qt::QueuedConnection);
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    m_notifier->setEnabled(!m_paused);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &ConsoleInput::readAvailable);
}

void ConsoleInput::stop()
{
    m_stopped = true;
    // Disabled, not deleted: stop() may be called from a slot of its own activated() signal.
    if (m_notifier)
        m_notifier->setEnabled(false);
}

void ConsoleInput::setPaused(bool paused)
{
    m_paused = paused;
    if (m_notifier && !m_stopped)
        m_notifier->setEnabled(!paused);
}

void ConsoleInput::readAvailable()
{
    if (m_stopped || m_paused)
        return;
    QByteArray buffer(ReadSize, Qt::Uninitialized);
    // The notifier said readable, so this one read() returns at once (files: always readable).
    const ssize_t count = ::read(m_fd, buffer.data(), size_t(ReadSize));
    if (count < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    if (count <= 0) {
        endInput();
        return;
    }
    QStringList lines;
    split(buffer.constData(), qsizetype(count), lines);
    if (m_pending.size() > MaximumLineBytes)
        shortenUnfinishedLine(lines);
    if (!lines.isEmpty())
        emit linesRead(lines);
}

void ConsoleInput::split(const char *data, qsizetype size, QStringList &lines)
{
    qsizetype start = 0;
    while (start < size) {
        const char *newline = static_cast<const char *>(memchr(data + start, '\n', size_t(size - start)));
        if (!newline) {
            if (!m_skippingLine)
                m_pending.append(data + start, size - start);
            m_inLine = true;
            return;
        }
        const qsizetype end = newline - data;
        if (m_skippingLine) {
            m_skippingLine = false;
        } else if (m_pending.isEmpty()) {
            lines.append(QString::fromUtf8(data + start, end - start));
        } else {
            m_pending.append(data + start, end - start);
            lines.append(QString::fromUtf8(m_pending));
            m_pending.clear();
        }
        m_inLine = false;
        start = end + 1;
    }
}

void ConsoleInput::shortenUnfinishedLine(QStringList &lines)
{
    const qsizetype complete = completeUtf8Length(m_pending);
    const QString text = QString::fromUtf8(m_pending.constData(), complete);
    const auto syntax = NumberParser::Syntax::PythonInt;
    const NumberParser::Result result = NumberParser::parse(text, syntax);
    // "1_" and "-" are no numbers yet, but a digit would make them one.
    const bool hopeless = result.error == NumberParser::Error::NotANumber
        && NumberParser::parse(text + QLatin1Char('0'), syntax).error == NumberParser::Error::NotANumber;
    if (hopeless) {
        // Nothing that follows can make it a number: deliver it now, skip its rest.
        lines.append(text);
        m_pending.clear();
        m_skippingLine = true;
        return;
    }
    const QByteArray tail = m_pending.mid(complete);
    m_pending = result.error == NumberParser::Error::Empty ? QByteArray() : standIn(text).toUtf8();
    m_pending += tail;
}

void ConsoleInput::endInput()
{
    if (m_stopped)
        return;
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_inLine && !m_skippingLine) {
        const QString last = QString::fromUtf8(m_pending);
        m_pending.clear();
        m_inLine = false;
        emit linesRead({last});
    }
    if (!m_stopped) {
        m_stopped = true;
        emit ended();
    }
}

#include "journal/journalworker.h"

JournalWorker::JournalWorker() : m_thread([this] { run(); }) { }

JournalWorker::~JournalWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_ending = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void JournalWorker::post(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_inbox.push_back(std::move(job));
        ++m_posted;
    }
    m_wake.notify_one();
}

void JournalWorker::call(const std::function<void()> &job)
{
    std::uint64_t ticket = 0;
    {
        const std::lock_guard lock(m_mutex);
        m_inbox.push_back(job);
        ticket = ++m_posted;
    }
    m_wake.notify_one();
    std::unique_lock lock(m_mutex);
    m_ran.wait(lock, [&] { return m_done >= ticket; });
}

bool JournalWorker::waitForIdle(std::chrono::milliseconds bound)
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t ticket = m_posted;
    return m_ran.wait_for(lock, bound, [&] { return m_done >= ticket; });
}

bool JournalWorker::isIdle()
{
    const std::lock_guard lock(m_mutex);
    return m_done >= m_posted;
}

void JournalWorker::setIdleJob(std::chrono::milliseconds quiet, std::function<void()> job)
{
    const std::lock_guard lock(m_mutex);
    m_idleQuiet = quiet;
    m_idleJob = std::move(job);
}

void JournalWorker::abandon()
{
    {
        const std::lock_guard lock(m_mutex);
        m_ending = true;
    }
    m_wake.notify_one();
    m_thread.detach();
}

void JournalWorker::run()
{
    std::unique_lock lock(m_mutex);
    const auto woken = [this] { return m_ending || !m_inbox.empty(); };
    for (;;) {
        if (m_idleDue && m_idleJob && !woken()) {
            // A pause: once it has lasted m_idleQuiet with no job, the idle job runs.
            if (!m_wake.wait_for(lock, m_idleQuiet, woken) && m_idleJob) {
                m_idleDue = false;
                const std::function<void()> idle = m_idleJob; // setIdleJob() may replace it meanwhile
                lock.unlock();
                idle();
                lock.lock();
            }
            continue;
        }
        // Posted jobs still run when ending: they are the writes of the last moments.
        m_wake.wait(lock, woken);
        if (m_inbox.empty())
            return;
        std::function<void()> job = std::move(m_inbox.front());
        m_inbox.pop_front();
        lock.unlock();
        job();
        lock.lock();
        ++m_done;
        m_idleDue = true;
        m_ran.notify_all();
    }
}

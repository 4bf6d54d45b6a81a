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
    for (;;) {
        // Posted jobs still run when ending: they are the writes of the last moments.
        m_wake.wait(lock, [this] { return m_ending || !m_inbox.empty(); });
        if (m_inbox.empty())
            return;
        std::function<void()> job = std::move(m_inbox.front());
        m_inbox.pop_front();
        lock.unlock();
        job();
        lock.lock();
        ++m_done;
        m_ran.notify_all();
    }
}

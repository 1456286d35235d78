#include "common/workerthread.h"

#include <system_error>

namespace fd {

WorkerThread::WorkerThread()
{
    try {
        m_thread = std::thread([this] { loop(); });
    } catch (const std::system_error&) {
        // No thread to be had: run() runs each job itself.
    }
}

WorkerThread::~WorkerThread()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WorkerThread::run(std::function<void()> job)
{
    if (!m_thread.joinable()) {
        job();
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void WorkerThread::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_jobs.empty())
            return; // stopping, and nothing left to run
        std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        job();
        lock.lock();
    }
}

} // namespace fd

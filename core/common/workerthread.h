#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace fd {

// One thread that runs the jobs given to it in turn: the order importer reads the next chunk
// of a file on it while it writes the last. Where the system cannot make a thread (an
// address-space or process limit), each job runs at once on the caller's thread instead:
// slower, never stuck. (A QThreadPool queues the job and never runs it in that case, and an
// import waiting for it hung until it was killed.)
class WorkerThread
{
public:
    WorkerThread();
    // Runs the jobs already given, then ends the thread.
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // A job must not throw: wrap it in a std::packaged_task to carry its result or exception.
    void run(std::function<void()> job);
    bool hasThread() const { return m_thread.joinable(); }

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::thread m_thread; // last: started once the members it uses exist
};

} // namespace fd

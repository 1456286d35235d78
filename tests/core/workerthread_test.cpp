// The order importer's reader thread (common/workerthread.h): jobs run in turn, off the
// caller's thread, and the worker's end waits for the jobs it was given.
#include "common/workerthread.h"

#include <atomic>
#include <chrono>
#include <future>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace fd;

TEST(WorkerThread, RunsTheJobsInTurnOffTheCallersThread)
{
    std::vector<int> order;
    std::thread::id ranOn;
    std::promise<void> last;
    {
        WorkerThread worker;
        ASSERT_TRUE(worker.hasThread());
        for (int i = 0; i < 100; ++i)
            worker.run([&order, i] { order.push_back(i); });
        worker.run([&] {
            ranOn = std::this_thread::get_id();
            last.set_value();
        });
        last.get_future().wait();
    }
    ASSERT_EQ(order.size(), 100u);
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(order[size_t(i)], i);
    EXPECT_NE(ranOn, std::this_thread::get_id());
}

TEST(WorkerThread, ItsEndWaitsForTheJobsItWasGiven)
{
    std::atomic<int> done = 0;
    {
        WorkerThread worker;
        for (int i = 0; i < 3; ++i) {
            worker.run([&done] {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                ++done;
            });
        }
    }
    EXPECT_EQ(done, 3);
}

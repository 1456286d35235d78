#pragma once

#include "common/result.h"
#include "domain/callback.h"
#include "domain/callbackcounts.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace fd {

class Database;
class PreparedStatement;

class CallbackRepository
{
public:
    explicit CallbackRepository(Database& database);
    ~CallbackRepository();

    // Creates a task due on `dueOn` for every order completed within [from, before) that has
    // none yet; returns how many it created.
    Result<qint64> generate(
        const QDate& dueOn, const QDateTime& from, const QDateTime& before, const QDateTime& now);
    // The statement generate() runs (a test checks how SQLite plans it).
    static QString generateStatement();
    Result<qint64> total(const QDate& dueOn) const;
    Result<CallbackCounts> counts(const QDate& dueOn, const QDateTime& now) const;
    // The day's tasks, pending first (those callable now before retries), then the rest;
    // `limit` of them from `offset` (0: all), for a view that reads a page at a time. With
    // `search`, only those whose customer, phone, order number or account contains it
    // (letters in any case): the customer who calls back.
    Result<QList<CallbackTask>> tasks(const QDate& dueOn, const QDateTime& now, int offset = 0,
        int limit = 0, const QString& search = {}) const;
    // The task to call next: never-tried pending tasks in completion order, then retries
    // whose time has come.
    Result<std::optional<CallbackTask>> next(const QDate& dueOn, const QDateTime& now) const;
    Result<std::optional<CallbackTask>> find(qint64 id) const;
    Result<std::optional<CallbackTask>> findByOrder(const QString& orderNumber) const;
    Result<QList<CallbackAttempt>> attempts(qint64 taskId) const;
    // For the callbacks importer: the tasks of many orders by order number, and their calls.
    Result<QHash<QString, CallbackTask>> findManyByOrder(const QStringList& orderNumbers) const;
    Result<QHash<qint64, QList<CallbackAttempt>>> attemptsOf(const QList<qint64>& taskIds) const;
    Result<qint64> insertTask(qint64 orderId, const QDate& dueOn, const QDateTime& now);

    // Creates the task of an order (import of a callbacks file), due the day after completion.
    Result<qint64> ensure(const QString& orderNumber, const QDate& dueOn, const QDateTime& now);
    // Writes a task's new state if its stored version is still `task.version`.
    Result<bool> update(const CallbackTask& task);
    Status appendAttempt(qint64 taskId, const CallbackAttempt& attempt);

private:
    Result<QList<CallbackTask>> select(const QString& where, const QVariantList& values,
        const QString& order, int limit, int offset = 0) const;

    Database& m_database;
    std::unique_ptr<PreparedStatement> m_update;
    std::unique_ptr<PreparedStatement> m_insertAttempt;
    std::unique_ptr<PreparedStatement> m_insertTask;
};

} // namespace fd

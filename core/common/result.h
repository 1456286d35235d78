#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace fd {

// The core's one error convention (DESIGN.md, habit 7): a service returns a value or a
// translated message that the desktop program and the command line show as they are.
// Nothing throws across the event loop.
// An error always says what went wrong: there is no Error without a message (the `rooms`
// test refuses an empty one typed into the code).
class Error
{
public:
    Error() = delete;
    explicit Error(QString message)
        : m_message(std::move(message))
    {
        Q_ASSERT_X(!m_message.isEmpty(), "fd::Error", "an error without a message");
    }

    const QString& message() const { return m_message; }

private:
    QString m_message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error.message()))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value, so that `for (x : service.list().value())` does not iterate a dead object.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }

    const QString& error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// Result of an action that yields nothing but success or a reason.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(error.message())
    { }

    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace fd

// Propagates a failed Result/Status from the enclosing function.
#define FD_TRY(expr)                                                                               \
    do {                                                                                           \
        auto&& fdTryResult_ = (expr);                                                              \
        if (!fdTryResult_.ok())                                                                    \
            return ::fd::Error(fdTryResult_.error());                                              \
    } while (false)

#define FD_TRY_CONCAT_INNER_(a, b) a##b
#define FD_TRY_CONCAT_(a, b) FD_TRY_CONCAT_INNER_(a, b)
#define FD_TRY_NAME_ FD_TRY_CONCAT_(fdTryAssign_, __LINE__)

// Declares (or assigns) `lhs` from the value of the Result `expr`, or propagates its error
// from the enclosing function:
//     FD_TRY_ASSIGN(const QList<Unit> units, UnitRepository(database).all());
// stands for the three lines `Result<…> x = …; if (!x.ok()) return Error(x.error());` and
// every later `x.value()`. The expression (after the first comma) is a call that returns a
// Result; its value is moved out. A type with a comma in it is written `auto`. One per line,
// not as the only statement of an unbraced if/else/loop.
#define FD_TRY_ASSIGN(lhs, ...)                                                                    \
    auto&& FD_TRY_NAME_ = (__VA_ARGS__);                                                           \
    if (!FD_TRY_NAME_.ok())                                                                        \
        return ::fd::Error(FD_TRY_NAME_.error());                                                  \
    lhs = std::move(FD_TRY_NAME_).value()

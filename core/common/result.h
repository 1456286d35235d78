#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace fd {

// The core's one error convention (DESIGN.md, habit 7): a service returns a value or a
// translated message that the desktop program and the command line show as they are.
// Nothing throws across the event loop.
class Error
{
public:
    Error() = default;
    explicit Error(QString message)
        : m_message(std::move(message))
    { }

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

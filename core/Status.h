#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace wingmate {

// What kind of failure happened. The numbers are the command-line exit codes,
// so every front end reports the same failure the same way.
enum class ErrorCode {
    None = 0,
    Usage = 1,
    Authentication = 2, // unknown user or wrong password
    Damaged = 3,        // damaged, tampered with or rolled back
    InUse = 4,          // another instance has the vault open
    Forbidden = 5,      // the user's role does not allow it
    InvalidInput = 6,
    Io = 7,             // disk full, path not writable
};

// The outcome of an operation that can fail for a reason a user must hear:
// a plain-language message for the worker and details for an administrator.
class Status {
public:
    Status() = default;

    static Status success() { return {}; }
    static Status failure(ErrorCode code, QString message, QString details = {})
    {
        Status s;
        s.m_code = code;
        s.m_message = std::move(message);
        s.m_details = std::move(details);
        return s;
    }

    bool ok() const { return m_code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    ErrorCode code() const { return m_code; }
    int exitCode() const { return static_cast<int>(m_code); }
    const QString& message() const { return m_message; }
    const QString& details() const { return m_details; }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    QString m_details;
};

// A value or the Status explaining why there is none.
template<typename T>
class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Status status)
        : m_status(std::move(status))
    {
        Q_ASSERT(!m_status.ok());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const Status& status() const { return m_status; }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T take() { return std::move(*m_value); }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace wingmate

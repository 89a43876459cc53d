#pragma once

#include "Status.h"

#include <QDateTime>
#include <QString>

namespace wingmate {

// How long a user must wait before the next unlock attempt. The first five
// wrong passwords cost nothing; from then on each further attempt waits 15 s,
// 30 s, 1 min, 2 min ... up to 15 minutes. There is no permanent lock-out:
// care cannot wait for an administrator.
class UnlockThrottle {
public:
    static constexpr int FreeAttempts = 5;
    static constexpr qint64 FirstDelaySeconds = 15;
    static constexpr qint64 MaximumDelaySeconds = 15 * 60;

    // The wait that follows this many consecutive failures.
    static qint64 delayAfter(int failures);
    // Seconds still to wait at now (0 when an attempt may be made).
    static qint64 secondsToWait(int failures, const QDateTime& lastFailure, const QDateTime& now);
    // The refusal while a wait lasts: "Too many wrong passwords for NAME.
    // Try again in 15 seconds." (ErrorCode::Authentication); who is empty
    // for the recovery code.
    static Status refusal(const QString& who, qint64 wait, int failures);
};

} // namespace wingmate

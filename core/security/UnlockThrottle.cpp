#include "security/UnlockThrottle.h"

namespace wingmate {

qint64 UnlockThrottle::delayAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = failures - FreeAttempts;
    if (doublings >= 10)
        return MaximumDelaySeconds;
    return qMin(MaximumDelaySeconds, FirstDelaySeconds << doublings);
}

qint64 UnlockThrottle::secondsToWait(int failures, const QDateTime& lastFailure, const QDateTime& now)
{
    const qint64 delay = delayAfter(failures);
    if (delay == 0 || !lastFailure.isValid())
        return 0;
    const qint64 elapsed = lastFailure.secsTo(now);
    // A clock set backwards must not stretch the wait beyond the cap.
    if (elapsed < 0)
        return qMin(delay, MaximumDelaySeconds);
    return qMax<qint64>(0, delay - elapsed);
}

} // namespace wingmate

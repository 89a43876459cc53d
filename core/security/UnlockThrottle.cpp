#include "security/UnlockThrottle.h"

#include <QCoreApplication>

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

namespace {

QString waitText(qint64 seconds)
{
    if (seconds == 1)
        return QCoreApplication::translate("UnlockThrottle", "1 second");
    if (seconds < 60)
        return QCoreApplication::translate("UnlockThrottle", "%1 seconds").arg(seconds);
    const qint64 minutes = (seconds + 59) / 60;
    return minutes == 1 ? QCoreApplication::translate("UnlockThrottle", "1 minute")
                        : QCoreApplication::translate("UnlockThrottle", "%1 minutes").arg(minutes);
}

} // namespace

Status UnlockThrottle::refusal(const QString& who, qint64 wait, int failures)
{
    // The recovery code's slot names no one.
    return Status::failure(ErrorCode::Authentication,
        who.isEmpty()
            ? QCoreApplication::translate("UnlockThrottle", "Too many wrong recovery codes. Try again in %1.")
                  .arg(waitText(wait))
            : QCoreApplication::translate("UnlockThrottle", "Too many wrong passwords for %1. Try again in %2.")
                  .arg(who, waitText(wait)),
        QStringLiteral("throttled for %1 s after %2 failed attempts").arg(wait).arg(failures));
}

} // namespace wingmate

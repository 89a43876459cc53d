#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace wingmate {

// A trainee mentor watching an experienced one at work. Signed off only
// after the minimum duration (the MinimumShadowingMonths setting).
struct ShadowingPeriod {
    qint64 id = 0;
    qint64 mentorId = 0; // the trainee
    qint64 experiencedMentorId = 0; // 0 when not recorded
    QDate startedOn;
    QDate endedOn; // optional; sign-off ends an open period
    int sessionsObserved = 0;
    QDate signedOffOn;
    QString signedOffBy;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool signedOff() const { return signedOffOn.isValid(); }
    // The first day the shadowing is long enough: start + minimumMonths.
    QDate earliestEnd(int minimumMonths) const { return startedOn.addMonths(minimumMonths); }
    // Days shadowed up to its end, its sign-off or today, whichever applies.
    int daysDone(const QDate& today) const;

    // The fields people edit directly, by column name, for audit before/after.
    QVariantMap editableFields() const;
};

} // namespace wingmate

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace wingmate {

// A supervision session: mentors are supported as well as supervised, so the
// mentor's own wellbeing is recorded beside the notes.
struct Supervision {
    qint64 id = 0;
    qint64 mentorId = 0;
    QDate heldOn;
    QString supervisor;
    QString notes;
    QString mentorWellbeing;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The fields people edit directly, by column name, for audit before/after.
    QVariantMap editableFields() const;
};

} // namespace wingmate

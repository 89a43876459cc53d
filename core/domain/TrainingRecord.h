#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace wingmate {

// A module or course a mentor took. Mentors leave prison with these
// qualifications, so the record is kept in full (provider, accreditation,
// assessor), not only as a tick against the mandatory modules.
struct TrainingRecord {
    qint64 id = 0;
    qint64 mentorId = 0;
    QString module;
    QString provider;
    QDate startedOn; // optional
    QDate completedOn; // empty while in progress
    std::optional<double> hours;
    QString accreditation;
    QString assessor;
    QDate expiresOn; // optional; after completion
    QDateTime createdAt;
    QDateTime updatedAt;

    // Completed and, if it expires, not yet expired on this day.
    bool isCurrent(const QDate& today) const
    {
        return completedOn.isValid() && (!expiresOn.isValid() || expiresOn > today);
    }

    // The fields people edit directly, by column name, for audit before/after.
    QVariantMap editableFields() const;
};

} // namespace wingmate

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace wingmate {

// A person in custody on the wing. A prisoner can be a mentee, a mentor, or
// both over time; those roles refer to this record.
struct Prisoner {
    enum class Status { InCustody, Transferred, Released };

    qint64 id = 0;
    QString prisonNumber; // NOMIS: A1234BC
    QString fullName;
    QDate dateOfBirth; // optional
    QString location; // wing/landing/cell
    QDate expectedRelease; // optional
    Status status = Status::InCustody;
    QDate statusDate; // when transferred or released
    QDateTime createdAt;
    QDateTime updatedAt;

    // The fields people edit, by column name, for audit before/after.
    QVariantMap editableFields() const;

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusLabel(Status status);
};

} // namespace wingmate

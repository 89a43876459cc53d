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
    enum class CustodyStatus { InCustody, Transferred, Released };

    qint64 id = 0;
    QString prisonNumber; // NOMIS: A1234BC
    QString fullName;
    QDate dateOfBirth; // optional
    QString location; // wing/landing/cell
    QDate expectedRelease; // optional
    CustodyStatus status = CustodyStatus::InCustody;
    QDate statusDate; // when transferred or released
    QDateTime createdAt;
    QDateTime updatedAt;

    // The fields people edit, by column name, for audit before/after.
    QVariantMap editableFields() const;

    static QString statusKey(CustodyStatus status);
    static std::optional<CustodyStatus> statusFromKey(const QString& key);
    static QString statusLabel(CustodyStatus status);
};

} // namespace wingmate

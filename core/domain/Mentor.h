#pragma once

#include "domain/MentorStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace wingmate {

// A prisoner's mentoring role, from application to leaving. A prisoner has at
// most one current role; one who left may apply again, as a new Mentor.
struct Mentor {
    enum class PathwayTier { PeerMentor, HealthChampion, HealthTrainer };

    // One line of the status history.
    struct StatusChange {
        qint64 id = 0;
        std::optional<MentorStatus> from; // none for the application itself
        MentorStatus to = MentorStatus::Applied;
        QDate changedOn;
        QString reason;
        QString recordedBy; // username
        QDateTime recordedAt;
    };

    qint64 id = 0;
    qint64 prisonerId = 0;
    MentorStatus status = MentorStatus::Applied;
    QDate appliedOn;
    QString applicationNotes;
    // Clearance: who (by name, e.g. the governor) and when.
    QDate governorApprovedOn;
    QString governorApprovedBy;
    QDate securityClearedOn;
    QString securityClearedBy;
    int capacity = 3; // most mentees at once
    PathwayTier pathwayTier = PathwayTier::PeerMentor;
    QDate agreementSignedOn; // optional, with agreementVersion
    QString agreementVersion;
    std::optional<LeavingReason> leftReason;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool governorApproved() const { return governorApprovedOn.isValid() && !governorApprovedBy.isEmpty(); }
    bool securityCleared() const { return securityClearedOn.isValid() && !securityClearedBy.isEmpty(); }

    // The fields people edit directly, by column name, for audit before/after.
    QVariantMap editableFields() const;
    QVariantMap clearanceFields() const;
    // Status and leaving reason, by column name.
    QVariantMap statusFields() const;

    static constexpr int MaximumCapacity = 50;
    static QList<PathwayTier> allTiers();
    static QString tierKey(PathwayTier tier);
    static std::optional<PathwayTier> tierFromKey(const QString& key);
    static QString tierLabel(PathwayTier tier);
};

} // namespace wingmate

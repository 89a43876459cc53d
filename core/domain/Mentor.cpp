#include "domain/Mentor.h"

#include <QCoreApplication>

namespace wingmate {

QVariantMap Mentor::editableFields() const
{
    return {
        { QStringLiteral("applied_on"), appliedOn },
        { QStringLiteral("application_notes"), applicationNotes },
        { QStringLiteral("capacity"), capacity },
        { QStringLiteral("pathway_tier"), tierKey(pathwayTier) },
        { QStringLiteral("agreement_signed_on"), agreementSignedOn },
        { QStringLiteral("agreement_version"), agreementVersion },
    };
}

QVariantMap Mentor::clearanceFields() const
{
    return {
        { QStringLiteral("governor_approved_on"), governorApprovedOn },
        { QStringLiteral("governor_approved_by"), governorApprovedBy },
        { QStringLiteral("security_cleared_on"), securityClearedOn },
        { QStringLiteral("security_cleared_by"), securityClearedBy },
    };
}

QVariantMap Mentor::statusFields() const
{
    return {
        { QStringLiteral("status"), mentorStatusKey(status) },
        { QStringLiteral("left_reason"), leftReason ? QVariant(leavingReasonKey(*leftReason)) : QVariant() },
    };
}

QList<Mentor::PathwayTier> Mentor::allTiers()
{
    return { PathwayTier::PeerMentor, PathwayTier::HealthChampion, PathwayTier::HealthTrainer };
}

QString Mentor::tierKey(PathwayTier tier)
{
    switch (tier) {
    case PathwayTier::PeerMentor:
        return QStringLiteral("peer_mentor");
    case PathwayTier::HealthChampion:
        return QStringLiteral("health_champion");
    case PathwayTier::HealthTrainer:
        return QStringLiteral("health_trainer");
    }
    return {};
}

std::optional<Mentor::PathwayTier> Mentor::tierFromKey(const QString& key)
{
    for (PathwayTier t : allTiers()) {
        if (tierKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString Mentor::tierLabel(PathwayTier tier)
{
    switch (tier) {
    case PathwayTier::PeerMentor:
        return QCoreApplication::translate("Mentor", "Peer mentor");
    case PathwayTier::HealthChampion:
        return QCoreApplication::translate("Mentor", "Health champion");
    case PathwayTier::HealthTrainer:
        return QCoreApplication::translate("Mentor", "Health trainer");
    }
    return {};
}

} // namespace wingmate

#include "domain/Mentor.h"

#include "domain/KeyedValue.h"

#include <QCoreApplication>

namespace wingmate {

namespace {

constexpr KeyedValue<Mentor::PathwayTier> TierValues[] = {
    { Mentor::PathwayTier::PeerMentor, "peer_mentor", QT_TRANSLATE_NOOP("Mentor", "Peer mentor") },
    { Mentor::PathwayTier::HealthChampion, "health_champion",
        QT_TRANSLATE_NOOP("Mentor", "Health champion") },
    { Mentor::PathwayTier::HealthTrainer, "health_trainer", QT_TRANSLATE_NOOP("Mentor", "Health trainer") },
};

} // namespace

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
    return valuesOf(TierValues);
}

QString Mentor::tierKey(PathwayTier tier)
{
    return keyOf(TierValues, tier);
}

std::optional<Mentor::PathwayTier> Mentor::tierFromKey(const QString& key)
{
    return valueOf(TierValues, key);
}

QString Mentor::tierLabel(PathwayTier tier)
{
    return labelOf("Mentor", TierValues, tier);
}

} // namespace wingmate

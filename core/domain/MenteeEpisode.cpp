#include "domain/MenteeEpisode.h"

namespace wingmate {

namespace {

using E = MenteeEpisode;

constexpr KeyedValue<E::Stage> Statuses[] = {
    { E::Stage::Referred, "referred", QT_TRANSLATE_NOOP("MenteeEpisode", "Referred") },
    { E::Stage::Active, "active", QT_TRANSLATE_NOOP("MenteeEpisode", "Active") },
    { E::Stage::Closed, "closed", QT_TRANSLATE_NOOP("MenteeEpisode", "Closed") },
};

constexpr KeyedValue<E::ReferralSource> Sources[] = {
    { E::ReferralSource::Self, "self", QT_TRANSLATE_NOOP("MenteeEpisode", "Self-referral") },
    { E::ReferralSource::Staff, "staff", QT_TRANSLATE_NOOP("MenteeEpisode", "Staff") },
    { E::ReferralSource::Healthcare, "healthcare", QT_TRANSLATE_NOOP("MenteeEpisode", "Healthcare") },
    { E::ReferralSource::Mentor, "mentor", QT_TRANSLATE_NOOP("MenteeEpisode", "A peer mentor") },
};

constexpr KeyedValue<E::BaselineSuicidal> Suicidal[] = {
    { E::BaselineSuicidal::None, "none", QT_TRANSLATE_NOOP("MenteeEpisode", "None") },
    { E::BaselineSuicidal::Thoughts, "thoughts", QT_TRANSLATE_NOOP("MenteeEpisode", "Suicidal thoughts") },
    { E::BaselineSuicidal::Attempt, "attempt", QT_TRANSLATE_NOOP("MenteeEpisode", "Suicide attempt") },
};

constexpr KeyedValue<E::ClosureReason> ClosureReasons[] = {
    { E::ClosureReason::GoalsMet, "goals_met", QT_TRANSLATE_NOOP("MenteeEpisode", "Goals met") },
    { E::ClosureReason::Declined, "declined", QT_TRANSLATE_NOOP("MenteeEpisode", "Declined support") },
    { E::ClosureReason::Transferred, "transferred", QT_TRANSLATE_NOOP("MenteeEpisode", "Transferred") },
    { E::ClosureReason::Released, "released", QT_TRANSLATE_NOOP("MenteeEpisode", "Released") },
    { E::ClosureReason::BecameMentor, "became_mentor",
        QT_TRANSLATE_NOOP("MenteeEpisode", "Became a mentor") },
    { E::ClosureReason::Other, "other", QT_TRANSLATE_NOOP("MenteeEpisode", "Other") },
};

constexpr KeyedValue<E::RiskLevel> RiskLevels[] = {
    { E::RiskLevel::Low, "low", QT_TRANSLATE_NOOP("MenteeEpisode", "Low") },
    { E::RiskLevel::Medium, "medium", QT_TRANSLATE_NOOP("MenteeEpisode", "Medium") },
    { E::RiskLevel::High, "high", QT_TRANSLATE_NOOP("MenteeEpisode", "High") },
};

constexpr const char* Context = "MenteeEpisode";

} // namespace


QVariantMap MenteeEpisode::fields() const
{
    return {
        { QStringLiteral("prisoner_id"), prisonerId },
        { QStringLiteral("status"), statusKey(status) },
        { QStringLiteral("referred_on"), referredOn },
        { QStringLiteral("referral_source"), sourceKey(referralSource) },
        { QStringLiteral("referral_reason"), referralReason },
        { QStringLiteral("consent_on"), consentOn },
        { QStringLiteral("baseline_self_harm_ever"), baselineSelfHarmEver },
        { QStringLiteral("baseline_self_harm_year"), baselineSelfHarmYear },
        { QStringLiteral("baseline_self_harm_current"), baselineSelfHarmCurrent },
        { QStringLiteral("baseline_suicidal_year"), suicidalKey(baselineSuicidalYear) },
        { QStringLiteral("acct_open"), acctOpen },
        { QStringLiteral("acct_reference"), acctReference },
        { QStringLiteral("risk_level"), riskLevel ? QVariant(riskKey(*riskLevel)) : QVariant() },
        { QStringLiteral("next_review_on"), nextReviewOn },
        { QStringLiteral("activated_on"), activatedOn },
        { QStringLiteral("closed_on"), closedOn },
        { QStringLiteral("closure_reason"),
            closureReason ? QVariant(closureReasonKey(*closureReason)) : QVariant() },
        { QStringLiteral("outcome_education_work"), outcomeEducationWork },
        { QStringLiteral("outcome_became_mentor"), outcomeBecameMentor },
        { QStringLiteral("outcome_notes"), outcomeNotes },
    };
}

bool MenteeEpisode::canMove(Stage from, Stage to)
{
    return (from == Stage::Referred && to == Stage::Active) || (from == Stage::Active && to == Stage::Closed)
        || (from == Stage::Referred && to == Stage::Closed);
}

QString MenteeEpisode::statusKey(Stage value)
{
    return keyOf(Statuses, value);
}
std::optional<MenteeEpisode::Stage> MenteeEpisode::statusFromKey(const QString& key)
{
    return valueOf(Statuses, key);
}
QString MenteeEpisode::statusLabel(Stage value)
{
    return labelOf(Context, Statuses, value);
}

QString MenteeEpisode::sourceKey(ReferralSource value)
{
    return keyOf(Sources, value);
}
std::optional<MenteeEpisode::ReferralSource> MenteeEpisode::sourceFromKey(const QString& key)
{
    return valueOf(Sources, key);
}
QString MenteeEpisode::sourceLabel(ReferralSource value)
{
    return labelOf(Context, Sources, value);
}

QString MenteeEpisode::suicidalKey(BaselineSuicidal value)
{
    return keyOf(Suicidal, value);
}
std::optional<MenteeEpisode::BaselineSuicidal> MenteeEpisode::suicidalFromKey(const QString& key)
{
    return valueOf(Suicidal, key);
}
QString MenteeEpisode::suicidalLabel(BaselineSuicidal value)
{
    return labelOf(Context, Suicidal, value);
}

QString MenteeEpisode::closureReasonKey(ClosureReason value)
{
    return keyOf(ClosureReasons, value);
}
std::optional<MenteeEpisode::ClosureReason> MenteeEpisode::closureReasonFromKey(const QString& key)
{
    return valueOf(ClosureReasons, key);
}
QString MenteeEpisode::closureReasonLabel(ClosureReason value)
{
    return labelOf(Context, ClosureReasons, value);
}

QString MenteeEpisode::riskKey(RiskLevel value)
{
    return keyOf(RiskLevels, value);
}
std::optional<MenteeEpisode::RiskLevel> MenteeEpisode::riskFromKey(const QString& key)
{
    return valueOf(RiskLevels, key);
}
QString MenteeEpisode::riskLabel(RiskLevel value)
{
    return labelOf(Context, RiskLevels, value);
}

} // namespace wingmate

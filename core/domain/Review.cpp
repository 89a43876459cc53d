#include "domain/Review.h"

namespace wingmate {

namespace {

constexpr KeyedValue<Review::Outcome> Outcomes[] = {
    { Review::Outcome::NoFurtherAction, "no_further_action",
        QT_TRANSLATE_NOOP("Review", "No further action") },
    { Review::Outcome::Monitor, "monitor", QT_TRANSLATE_NOOP("Review", "Monitor") },
    { Review::Outcome::ReferredMentalHealth, "referred_mental_health",
        QT_TRANSLATE_NOOP("Review", "Referred to the mental health team") },
    { Review::Outcome::AcctOpened, "acct_opened", QT_TRANSLATE_NOOP("Review", "ACCT opened") },
};

} // namespace

QVariantMap Review::fields() const
{
    return {
        { QStringLiteral("episode_id"), episodeId },
        { QStringLiteral("concern_id"), concernId ? QVariant(*concernId) : QVariant() },
        { QStringLiteral("reviewed_on"), reviewedOn },
        { QStringLiteral("outcome"), outcomeKey(outcome) },
        { QStringLiteral("risk_level"), MenteeEpisode::riskKey(riskLevel) },
        { QStringLiteral("next_review_on"), nextReviewOn },
        { QStringLiteral("notes"), notes },
    };
}

QString Review::outcomeKey(Outcome value)
{
    return keyOf(Outcomes, value);
}
std::optional<Review::Outcome> Review::outcomeFromKey(const QString& key)
{
    return valueOf(Outcomes, key);
}
QString Review::outcomeLabel(Outcome value)
{
    return labelOf("Review", Outcomes, value);
}

} // namespace wingmate

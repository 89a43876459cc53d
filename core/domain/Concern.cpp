#include "domain/Concern.h"

#include "domain/KeyedValue.h"

namespace wingmate {

namespace {

constexpr KeyedValue<Concern::Source> Sources[] = {
    { Concern::Source::CheckIn, "check_in", QT_TRANSLATE_NOOP("Concern", "Check-in") },
    { Concern::Source::Session, "session", QT_TRANSLATE_NOOP("Concern", "Session") },
    { Concern::Source::Staff, "staff", QT_TRANSLATE_NOOP("Concern", "Staff") },
};

constexpr KeyedValue<Concern::ReviewState> Statuses[] = {
    { Concern::ReviewState::Open, "open", QT_TRANSLATE_NOOP("Concern", "Waiting for review") },
    { Concern::ReviewState::Reviewed, "reviewed", QT_TRANSLATE_NOOP("Concern", "Reviewed") },
};

} // namespace

QVariantMap Concern::fields() const
{
    return {
        { QStringLiteral("episode_id"), episodeId },
        { QStringLiteral("raised_at"), raisedAt },
        { QStringLiteral("source"), sourceKey(source) },
        { QStringLiteral("check_in_id"), checkInId ? QVariant(*checkInId) : QVariant() },
        { QStringLiteral("session_id"), sessionId ? QVariant(*sessionId) : QVariant() },
        { QStringLiteral("description"), description },
        { QStringLiteral("status"), statusKey(status) },
    };
}

QString Concern::sourceKey(Source value)
{
    return keyOf(Sources, value);
}
std::optional<Concern::Source> Concern::sourceFromKey(const QString& key)
{
    return valueOf(Sources, key);
}
QString Concern::sourceLabel(Source value)
{
    return labelOf("Concern", Sources, value);
}
QString Concern::statusKey(ReviewState value)
{
    return keyOf(Statuses, value);
}
std::optional<Concern::ReviewState> Concern::statusFromKey(const QString& key)
{
    return valueOf(Statuses, key);
}

} // namespace wingmate

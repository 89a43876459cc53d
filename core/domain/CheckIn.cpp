#include "domain/CheckIn.h"

#include "domain/KeyedValue.h"

namespace wingmate {

namespace {

constexpr KeyedValue<CheckIn::SelfHarm> SelfHarmValues[] = {
    { CheckIn::SelfHarm::None, "none", QT_TRANSLATE_NOOP("CheckIn", "None") },
    { CheckIn::SelfHarm::Thoughts, "thoughts", QT_TRANSLATE_NOOP("CheckIn", "Thoughts of self-harm") },
    { CheckIn::SelfHarm::Act, "act", QT_TRANSLATE_NOOP("CheckIn", "Self-harmed") },
};

constexpr KeyedValue<CheckIn::Suicidal> SuicidalValues[] = {
    { CheckIn::Suicidal::None, "none", QT_TRANSLATE_NOOP("CheckIn", "None") },
    { CheckIn::Suicidal::Thoughts, "thoughts", QT_TRANSLATE_NOOP("CheckIn", "Suicidal thoughts") },
    { CheckIn::Suicidal::Plans, "plans", QT_TRANSLATE_NOOP("CheckIn", "Suicidal plans") },
    { CheckIn::Suicidal::Attempt, "attempt", QT_TRANSLATE_NOOP("CheckIn", "Suicide attempt") },
};

constexpr const char* Context = "CheckIn";

} // namespace

QList<CheckIn::Scale> CheckIn::scales()
{
    // Raw-score ranges as published for each scale.
    return {
        { "SWEMWBS", 7, 35 },
        { "WEMWBS", 14, 70 },
        { "CORE-10", 0, 40 },
        { "PHQ-9", 0, 27 },
        { "GAD-7", 0, 21 },
    };
}

std::optional<CheckIn::Scale> CheckIn::scale(const QString& name)
{
    for (const Scale& s : scales()) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

bool CheckIn::raisesConcern() const
{
    return selfHarm == SelfHarm::Act || suicidal == Suicidal::Plans || suicidal == Suicidal::Attempt;
}

QVariantMap CheckIn::fields() const
{
    return {
        { QStringLiteral("episode_id"), episodeId },
        { QStringLiteral("checked_on"), checkedOn },
        { QStringLiteral("wellbeing_rating"), wellbeingRating ? QVariant(*wellbeingRating) : QVariant() },
        { QStringLiteral("self_harm"), selfHarmKey(selfHarm) },
        { QStringLiteral("suicidal"), suicidalKey(suicidal) },
        { QStringLiteral("coping"), coping },
        { QStringLiteral("protective_factors"), protectiveFactors },
        { QStringLiteral("scale_name"), scaleName },
        { QStringLiteral("scale_total"), scaleTotal ? QVariant(*scaleTotal) : QVariant() },
        { QStringLiteral("notes"), notes },
    };
}

QString CheckIn::selfHarmKey(SelfHarm value)
{
    return keyOf(SelfHarmValues, value);
}
std::optional<CheckIn::SelfHarm> CheckIn::selfHarmFromKey(const QString& key)
{
    return valueOf(SelfHarmValues, key);
}
QString CheckIn::selfHarmLabel(SelfHarm value)
{
    return labelOf(Context, SelfHarmValues, value);
}

QString CheckIn::suicidalKey(Suicidal value)
{
    return keyOf(SuicidalValues, value);
}
std::optional<CheckIn::Suicidal> CheckIn::suicidalFromKey(const QString& key)
{
    return valueOf(SuicidalValues, key);
}
QString CheckIn::suicidalLabel(Suicidal value)
{
    return labelOf(Context, SuicidalValues, value);
}

} // namespace wingmate

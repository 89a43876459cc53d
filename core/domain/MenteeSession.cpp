#include "domain/MenteeSession.h"

#include <algorithm>

namespace wingmate {

bool MenteeSession::concernRaised() const
{
    return std::any_of(
        attendees.cbegin(), attendees.cend(), [](const Attendee& a) { return a.concernRaised; });
}

QString MenteeSession::heldAtText(const QDateTime& heldAt)
{
    return heldAt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

QDateTime MenteeSession::heldAtFromText(const QString& text)
{
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

QVariantMap MenteeSession::fields() const
{
    QList<qint64> mentors = mentorIds;
    std::sort(mentors.begin(), mentors.end());
    QVariantList mentorList;
    for (qint64 id : mentors)
        mentorList.append(id);
    QList<Attendee> sorted = attendees;
    std::sort(sorted.begin(), sorted.end(),
        [](const Attendee& a, const Attendee& b) { return a.episodeId < b.episodeId; });
    QVariantList attended;
    QVariantList absent;
    for (const Attendee& a : sorted)
        (a.attended ? attended : absent).append(a.episodeId);
    return {
        { QStringLiteral("held_at"), heldAtText(heldAt) },
        { QStringLiteral("duration_minutes"), durationMinutes },
        { QStringLiteral("session_type"), sessionType },
        { QStringLiteral("is_group"), isGroup },
        { QStringLiteral("location"), location },
        { QStringLiteral("notes"), notes },
        { QStringLiteral("mentor_ids"), mentorList },
        { QStringLiteral("attended_episode_ids"), attended },
        { QStringLiteral("absent_episode_ids"), absent },
    };
}

} // namespace wingmate

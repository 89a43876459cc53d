#include "domain/MenteeSession.h"

#include "domain/MenteeEpisode.h"

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

QString MenteeSession::oneToOneType()
{
    return QStringLiteral("1:1");
}

bool MenteeSession::isGroupType(const QString& type)
{
    return type.contains(QStringLiteral("group"), Qt::CaseInsensitive);
}

QString MenteeSession::groupTypeAmong(const QStringList& types)
{
    for (const QString& type : types) {
        if (isGroupType(type))
            return type;
    }
    return QStringLiteral("Group");
}

QDateTime MenteeSession::heldAtFromText(const QString& text)
{
    // Read straight from the fixed positions: QDateTime::fromString with a
    // format costs about ten times as much, which showed on the caseload
    // (one per row) and timelines. Anything unusual, such as a time that a
    // clock change skips, takes the general path, so results are the same.
    const auto digits
        = [&text](qsizetype from, qsizetype count) { return StoredValue::fixedDigits(text, from, count); };
    if (text.size() == 16 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2));
        if (date.isValid() && time.isValid()) {
            const QDateTime heldAt(date, time);
            if (heldAt.isValid() && heldAt.date() == date && heldAt.time() == time)
                return heldAt;
        }
    }
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

#include "services/TimelineQuery.h"

#include "domain/CheckIn.h"
#include "domain/Concern.h"
#include "domain/MenteeEpisode.h"
#include "domain/MenteeSession.h"
#include "domain/Review.h"
#include "services/MenteeService.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace wingmate {

namespace {

// Everything recorded for the episode, one row per record: kind, id, when,
// and up to three values for the summary.
const char* const TimelineSql = R"SQL(
SELECT 'session', s.id, s.held_at, s.session_type, a.attended, s.duration_minutes, s.is_group
  FROM session_attendance a JOIN mentee_sessions s ON s.id = a.session_id
 WHERE a.episode_id = ? AND s.deleted_at IS NULL
UNION ALL
SELECT 'check_in', c.id, c.checked_on, c.self_harm, c.suicidal, c.wellbeing_rating, NULL
  FROM check_ins c WHERE c.episode_id = ? AND c.deleted_at IS NULL
UNION ALL
SELECT 'concern', k.id, k.raised_at, k.description, k.status, k.source, NULL
  FROM concerns k WHERE k.episode_id = ?
UNION ALL
SELECT 'review', r.id, r.reviewed_on, r.outcome, r.risk_level, r.next_review_on, NULL
  FROM reviews r WHERE r.episode_id = ?
)SQL";

} // namespace

TimelineQuery::TimelineQuery(UserSession& session)
    : m_session(session)
{
}

Result<QList<TimelineQuery::Entry>> TimelineQuery::forEpisode(qint64 episodeId) const
{
    Result<Read> timeline = read(episodeId);
    if (!timeline)
        return timeline.status();
    // Shown only once its viewing is on the audit trail.
    if (Status s
        = m_session.auditRead(AuditAction::View, QStringLiteral("mentee_episode"), QString::number(episodeId),
            QJsonObject { { QStringLiteral("record"), QStringLiteral("timeline") },
                { QStringLiteral("prisoner_id"), timeline->prisonerId } });
        !s) {
        return s;
    }
    return std::move(timeline->entries);
}

Result<TimelineQuery::Read> TimelineQuery::read(qint64 episodeId) const
{
    using Kind = Entry::Kind;
    const Result<MenteeEpisode> episode = MenteeService(m_session).get(episodeId);
    if (!episode)
        return episode.status();

    QList<Entry> entries;
    const auto statusEntry = [&](Kind kind, const QDate& date, const QString& summary) {
        if (date.isValid())
            entries.append({ kind, date, QTime(), episodeId, summary });
    };
    statusEntry(Kind::Referred, episode->referredOn,
        tr("Referred (%1)").arg(MenteeEpisode::sourceLabel(episode->referralSource).toLower()));
    statusEntry(Kind::ConsentRecorded, episode->consentOn, tr("Consent recorded"));
    statusEntry(Kind::Activated, episode->activatedOn, tr("Support started"));
    if (episode->closureReason)
        statusEntry(Kind::Closed, episode->closedOn,
            tr("Closed: %1").arg(MenteeEpisode::closureReasonLabel(*episode->closureReason)));

    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    query.prepare(QString::fromUtf8(TimelineSql));
    for (int i = 0; i < 4; ++i)
        query.addBindValue(episodeId);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The mentee's timeline could not be read."));
    while (query.next()) {
        const QString kind = query.value(0).toString();
        Entry e;
        e.recordId = query.value(1).toLongLong();
        if (kind == QLatin1String("session")) {
            const QDateTime heldAt = MenteeSession::heldAtFromText(query.value(2).toString());
            e.kind = Kind::Session;
            e.date = heldAt.date();
            e.time = heldAt.time();
            // The type as recorded, and a group said to be one whatever
            // its type is called.
            const QString type = query.value(3).toString();
            const bool group = query.value(6).toBool();
            const QString what = group && !MenteeSession::isGroupType(type)
                ? tr("%1 session (group)").arg(type)
                : tr("%1 session").arg(type);
            e.summary = query.value(4).toBool()
                ? tr("%1, %2 minutes").arg(what, QString::number(query.value(5).toInt()))
                : tr("%1, did not attend").arg(what);
        } else if (kind == QLatin1String("check_in")) {
            e.kind = Kind::CheckIn;
            e.date = StoredValue::toDate(query.value(2));
            const CheckIn::SelfHarm selfHarm
                = CheckIn::selfHarmFromKey(query.value(3).toString()).value_or(CheckIn::SelfHarm::None);
            const CheckIn::Suicidal suicidal
                = CheckIn::suicidalFromKey(query.value(4).toString()).value_or(CheckIn::Suicidal::None);
            // The answers in their own words ("Self-harmed", "Suicidal
            // thoughts"), and a plain "no" to each otherwise.
            const QString harm = selfHarm == CheckIn::SelfHarm::None
                ? tr("no self-harm")
                : CheckIn::selfHarmLabel(selfHarm).toLower();
            const QString suicide = suicidal == CheckIn::Suicidal::None
                ? tr("no suicidal thoughts")
                : CheckIn::suicidalLabel(suicidal).toLower();
            e.summary = query.value(5).isNull()
                ? tr("Check-in: %1, %2").arg(harm, suicide)
                : tr("Check-in: wellbeing %1/10, %2, %3").arg(query.value(5).toInt()).arg(harm, suicide);
        } else if (kind == QLatin1String("concern")) {
            const QDateTime raisedAt = Rows::timeAt(query, 2).toLocalTime();
            e.kind = Kind::Concern;
            e.date = raisedAt.date();
            e.time = raisedAt.time();
            const bool open = query.value(4).toString() == Concern::statusKey(Concern::ReviewState::Open);
            e.needsAction = open;
            e.summary = (open ? tr("Concern waiting for review: %1") : tr("Concern (reviewed): %1"))
                            .arg(query.value(3).toString());
        } else {
            e.kind = Kind::Review;
            e.date = StoredValue::toDate(query.value(2));
            const Review::Outcome outcome
                = Review::outcomeFromKey(query.value(3).toString()).value_or(Review::Outcome::Monitor);
            const MenteeEpisode::RiskLevel risk = MenteeEpisode::riskFromKey(query.value(4).toString())
                                                      .value_or(MenteeEpisode::RiskLevel::Low);
            e.summary = tr("Review: %1, risk %2")
                            .arg(Review::outcomeLabel(outcome), MenteeEpisode::riskLabel(risk).toLower());
        }
        entries.append(e);
    }

    // Within a day, by time; records with only a date take a place by their
    // kind, causes before effects: referral, consent, activation and
    // check-ins open the day (a check-in comes before the concern it
    // raised), a review follows the concerns of its day, and closure ends it.
    // The order is total and the same every time.
    const auto sortTime = [](const Entry& e) {
        if (e.time.isValid())
            return e.time;
        switch (e.kind) {
        case Entry::Kind::Review:
            return QTime(23, 59, 58);
        case Entry::Kind::Closed:
            return QTime(23, 59, 59);
        default:
            return QTime(0, 0).addSecs(int(e.kind));
        }
    };
    std::stable_sort(entries.begin(), entries.end(), [&sortTime](const Entry& a, const Entry& b) {
        return std::tuple(a.date, sortTime(a), int(a.kind), a.recordId)
            < std::tuple(b.date, sortTime(b), int(b.kind), b.recordId);
    });
    return Read { std::move(entries), episode->prisonerId };
}

} // namespace wingmate

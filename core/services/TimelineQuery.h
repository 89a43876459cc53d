#pragma once

#include "Status.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTime>

namespace wingmate {

namespace bench {
class ReadProbe;
}

// One mentee episode's history in date order: its status changes (from the
// episode's own dates), sessions, check-ins, concerns and reviews. Reading it
// is viewing a mentee record, so it is audited.
class TimelineQuery {
    Q_DECLARE_TR_FUNCTIONS(TimelineQuery)
public:
    struct Entry {
        // Also the order of entries on the same day.
        enum class Kind { Referred, ConsentRecorded, Activated, Session, CheckIn, Concern, Review, Closed };
        Kind kind = Kind::Referred;
        QDate date;
        QTime time; // invalid when only the date is recorded
        qint64 recordId = 0; // the session, check-in, concern or review; the episode for status changes
        QString summary; // one line for people, a plain sentence
        bool needsAction = false; // a concern still waiting for its review
    };

    explicit TimelineQuery(UserSession& session);

    Result<QList<Entry>> forEpisode(qint64 episodeId) const;

private:
    // The timeline without its audit event. Only forEpisode shows it to
    // people; the benchmark times it apart from the audited write.
    friend class bench::ReadProbe;
    struct Read {
        QList<Entry> entries;
        qint64 prisonerId = 0;
    };
    Result<Read> read(qint64 episodeId) const;

    UserSession& m_session;
};

} // namespace wingmate

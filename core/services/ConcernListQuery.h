#pragma once

#include "Status.h"
#include "domain/Concern.h"
#include "domain/MenteeEpisode.h"
#include "domain/Review.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace wingmate {

// Raised concerns for the Concerns section: every concern still waiting for
// a nurse, and (unless only open ones are asked for) those raised since a
// date, with the mentee, where the concern came from and the review that
// closed it. Open concerns first, oldest first (longest waiting); then the
// reviewed, newest first.
class ConcernListQuery {
    Q_DECLARE_TR_FUNCTIONS(ConcernListQuery)
public:
    struct Row {
        qint64 concernId = 0;
        qint64 episodeId = 0;
        QString prisonerName;
        QString prisonNumber;
        QDateTime raisedAt; // UTC
        Concern::Source source = Concern::Source::Staff;
        QString description;
        QString raisedBy;
        Concern::ReviewState status = Concern::ReviewState::Open;
        bool acctOpen = false;
        std::optional<MenteeEpisode::RiskLevel> riskLevel; // the episode's, now
        // The review that answered the concern, when it has been reviewed.
        QDate reviewedOn;
        QString reviewer;
        std::optional<Review::Outcome> outcome;
    };

    struct Filter {
        bool openOnly = true;
        QDate raisedSince; // with openOnly false: reviewed concerns raised on or after this day
    };

    explicit ConcernListQuery(UserSession& session);

    Result<QList<Row>> run(const Filter& filter) const;

private:
    UserSession& m_session;
};

} // namespace wingmate

#pragma once

#include "Status.h"
#include "domain/CheckIn.h"
#include "domain/MenteeEpisode.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace wingmate {

// The current caseload: every open (referred or active) episode with what a
// nurse or worker needs at a glance. Rows with concerns waiting for review
// come first, then those whose review is overdue, then by name.
//
// A few plain reads merged in memory: the open episodes, whose last contact,
// latest check-in and open concern count the schema keeps on the episode
// row (triggers, schema 6); the mentors' names and the current allocations;
// and one pass over the overdue follow-up actions. The cost grows with the
// open episodes, not with the whole history.
class CaseloadQuery {
    Q_DECLARE_TR_FUNCTIONS(CaseloadQuery)
public:
    struct Row {
        qint64 episodeId = 0;
        qint64 prisonerId = 0;
        QString prisonerName;
        QString prisonNumber;
        MenteeEpisode::Stage status = MenteeEpisode::Stage::Referred;
        QStringList mentorNames; // current allocations, by name
        QDateTime lastContact; // latest session attended; invalid if none
        QDate lastCheckIn; // invalid if none
        std::optional<CheckIn::SelfHarm> lastSelfHarm;
        std::optional<CheckIn::Suicidal> lastSuicidal;
        int openConcerns = 0;
        QDate nextReviewOn;
        std::optional<MenteeEpisode::RiskLevel> riskLevel;
        bool acctOpen = false;
        QString acctReference;
        bool reviewOverdue = false; // next review date before today
        int overdueFollowUps = 0; // past due and not done
    };

    explicit CaseloadQuery(UserSession& session);

    Result<QList<Row>> run() const;
    // One of the statements run() reads with, for checking its query plan.
    struct Statement {
        QString name;
        QString sql;
        int todayParameters = 0; // each ? is today, YYYY-MM-DD
    };
    static QList<Statement> statements();

private:
    UserSession& m_session;
};

} // namespace wingmate

// Every member moves by its bytes, so a growing list of rows is reallocated
// rather than moved row by row.
Q_DECLARE_TYPEINFO(wingmate::CaseloadQuery::Row, Q_RELOCATABLE_TYPE);

#pragma once

#include "Status.h"
#include "domain/Concern.h"
#include "domain/Review.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QList>

namespace wingmate {

// Concerns and the mental health nurse's reviews. A concern stays open until
// a nurse reviews it; reviewing sets the episode's risk level and next review
// date, and an "ACCT opened" outcome sets the episode's ACCT flag.
class ConcernService {
    Q_DECLARE_TR_FUNCTIONS(ConcernService)
public:
    explicit ConcernService(UserSession& session);

    // What the worker must be told whenever a concern is raised: Wingmate
    // never replaces the prison's own procedures.
    static QString emergencyAdvice();

    // Raised by staff about a mentee with an open episode.
    Result<qint64> raise(qint64 episodeId, const QString& description, const QString& amendmentReason = {});
    // A nurse's review, of a concern (concernId set) or a scheduled one.
    Result<qint64> review(const Review& review, const QString& amendmentReason = {});

    Result<Concern> get(qint64 id) const;
    Result<QList<Concern>> concerns(qint64 episodeId) const;
    Result<QList<Review>> reviews(qint64 episodeId) const;

    // Within a WriteContext of another service (a risky check-in or a
    // session raises its concern in the same transaction). The caller has
    // checked the episode may be written.
    Result<qint64> insert(WriteContext& ctx, const Concern& concern) const;

private:
    UserSession& m_session;
};

} // namespace wingmate

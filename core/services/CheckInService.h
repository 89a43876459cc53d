#pragma once

#include "Status.h"
#include "domain/CheckIn.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace wingmate {

// Wellbeing and self-harm check-ins. A check-in showing a self-harm act, or
// suicidal plans or an attempt, raises a concern in the same transaction, and
// the result says so: the front end must then tell the worker, in plain
// words, to follow the prison's emergency and ACCT procedures now
// (ConcernService::emergencyAdvice()).
class CheckInService {
    Q_DECLARE_TR_FUNCTIONS(CheckInService)
public:
    explicit CheckInService(UserSession& session);

    struct Recorded {
        qint64 checkInId = 0;
        std::optional<qint64> concernId; // set when this check-in raised a concern
    };

    // Checks the check-in's own fields; empty when acceptable.
    QString problem(const CheckIn& checkIn) const;

    Result<Recorded> record(const CheckIn& checkIn, const QString& amendmentReason = {});
    // A correction. If it newly shows risk and no concern was raised for this
    // check-in yet, one is raised now.
    Result<Recorded> update(const CheckIn& checkIn, const QString& amendmentReason = {});
    Status remove(qint64 checkInId, const QString& reason);

    Result<CheckIn> get(qint64 id) const;
    Result<QList<CheckIn>> checkIns(qint64 episodeId) const;

private:
    Result<QList<CheckIn>> select(QSqlDatabase db, const QString& where, const QVariantList& values) const;
    Result<std::optional<qint64>> raiseIfRisky(WriteContext& ctx, const CheckIn& checkIn) const;

    UserSession& m_session;
};

} // namespace wingmate

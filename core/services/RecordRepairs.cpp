#include "services/RecordRepairs.h"

#include "audit/AuditEvent.h"
#include "audit/FieldChanges.h"
#include "domain/MenteeSession.h"
#include "services/UserSession.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace wingmate::RecordRepairs {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RecordRepairs)
};

} // namespace

Result<int> apply(WriteContext& ctx)
{
    const QString failure = Text::tr("The corrections found by the upgrade could not be made.");
    Result<QSqlQuery> pending = Rows::select(ctx.database(),
        QStringLiteral("SELECT r.id, s.id, s.session_type, s.is_group, s.deleted_at IS NULL "
                       "FROM pending_repairs r LEFT JOIN mentee_sessions s ON s.id = r.record_id "
                       "WHERE r.repair = 'group_session_type' ORDER BY r.id"),
        {}, failure);
    if (!pending)
        return pending.status();
    struct Found {
        qint64 repairId;
        qint64 sessionId;
        bool stillWrong;
    };
    QList<Found> found;
    while (pending->next()) {
        found.append({ pending->value(0).toLongLong(), pending->value(1).toLongLong(),
            !pending->value(1).isNull() && pending->value(4).toBool() && pending->value(3).toInt() == 1
                && pending->value(2).toString() == MenteeSession::oneToOneType() });
    }
    if (found.isEmpty())
        return 0;

    // Read only when there is something to correct: this runs at every sign-in.
    const QStringList sessionTypes = WingSettings(ctx.database()).list(Setting::SessionTypes);
    const QString groupType = MenteeSession::groupTypeAmong(sessionTypes);
    // A wing with no type for groups gets one, so a corrected session's type
    // is one of the wing's own and can be amended like any other.
    if (std::any_of(found.cbegin(), found.cend(), [](const Found& f) { return f.stillWrong; })
        && !sessionTypes.contains(groupType)) {
        if (Status s = ctx.storeSetting(Setting::SessionTypes, QStringList(sessionTypes) << groupType); !s)
            return s;
    }
    int corrected = 0;
    for (const Found& f : found) {
        if (f.stillWrong) {
            if (Status s = ctx.update(QStringLiteral("mentee_sessions"), f.sessionId,
                    { { QStringLiteral("session_type"), groupType } }, failure);
                !s)
                return s;
            QJsonObject changes
                = fieldChanges({ { QStringLiteral("session_type"), MenteeSession::oneToOneType() } },
                    { { QStringLiteral("session_type"), groupType } });
            changes.insert(QStringLiteral("amendment_reason"),
                QStringLiteral(
                    "A group session had been saved with the type 1:1; corrected by the upgrade to "
                    "schema version 9 so that the monthly return counts it as a group."));
            if (Status s = ctx.audit(AuditAction::Change, QStringLiteral("mentee_session"),
                    QString::number(f.sessionId), changes);
                !s)
                return s;
            ++corrected;
        }
        QSqlQuery done(ctx.database());
        done.prepare(QStringLiteral("DELETE FROM pending_repairs WHERE id = ?"));
        done.addBindValue(f.repairId);
        if (!done.exec())
            return storageFailure(done.lastError(), failure);
    }
    return corrected;
}

} // namespace wingmate::RecordRepairs

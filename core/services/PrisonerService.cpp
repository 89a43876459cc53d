#include "services/PrisonerService.h"

#include "audit/FieldChanges.h"
#include "domain/Validation.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QSqlQuery>

namespace wingmate {

namespace {

const QString Columns
    = QStringLiteral("id, prison_number, full_name, date_of_birth, location, expected_release, status, "
                     "status_date, created_at, updated_at");

// Every stored column but id and the timestamps, by name.
QVariantMap storedColumns(const Prisoner& p)
{
    return { { QStringLiteral("prison_number"), p.prisonNumber }, { QStringLiteral("full_name"), p.fullName },
        { QStringLiteral("search_key"), Validation::searchKey(p.fullName) },
        { QStringLiteral("date_of_birth"), p.dateOfBirth }, { QStringLiteral("location"), p.location },
        { QStringLiteral("expected_release"), p.expectedRelease },
        { QStringLiteral("status"), Prisoner::statusKey(p.status) },
        { QStringLiteral("status_date"), p.statusDate } };
}

Prisoner fromRow(const QSqlQuery& q)
{
    Prisoner p;
    p.id = q.value(0).toLongLong();
    p.prisonNumber = q.value(1).toString();
    p.fullName = q.value(2).toString();
    p.dateOfBirth = Rows::dateAt(q, 3);
    p.location = q.value(4).toString();
    p.expectedRelease = Rows::dateAt(q, 5);
    p.status = Prisoner::statusFromKey(q.value(6).toString()).value_or(Prisoner::CustodyStatus::InCustody);
    p.statusDate = Rows::dateAt(q, 7);
    p.createdAt = Rows::timeAt(q, 8);
    p.updatedAt = Rows::timeAt(q, 9);
    return p;
}

} // namespace

PrisonerService::PrisonerService(UserSession& session)
    : m_session(session)
{
}

QDate PrisonerService::today() const
{
    return m_session.clock().now().toLocalTime().date();
}

QString PrisonerService::problem(const Prisoner& p) const
{
    if (Validation::canonicalPrisonNumber(p.prisonNumber).isEmpty())
        return tr("The prison number must be a letter, four digits and two letters, like A1234BC.");
    if (QString problem = Validation::textProblem(tr("The name"), p.fullName, 200, true); !problem.isEmpty())
        return problem;
    if (QString problem = Validation::textProblem(tr("The location"), p.location, 100, false);
        !problem.isEmpty())
        return problem;
    if (!p.dateOfBirth.isNull()) {
        if (QString problem = Validation::pastDateProblem(tr("The date of birth"), p.dateOfBirth, today());
            !problem.isEmpty())
            return problem;
    }
    if (!p.expectedRelease.isNull() && !p.expectedRelease.isValid())
        return tr("The expected release date is not a valid date.");
    if (p.status != Prisoner::CustodyStatus::InCustody) {
        if (p.statusDate.isNull())
            return tr("Say when the prisoner was transferred or released.");
        if (QString problem
            = Validation::pastDateProblem(tr("The transfer or release date"), p.statusDate, today());
            !problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

Result<qint64> PrisonerService::insert(WriteContext& ctx, const Prisoner& given) const
{
    if (const QString message = problem(given); !message.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, message);
    Prisoner p = given;
    p.prisonNumber = Validation::canonicalPrisonNumber(p.prisonNumber);
    p.fullName = p.fullName.trimmed();
    p.location = p.location.trimmed();
    if (p.status == Prisoner::CustodyStatus::InCustody)
        p.statusDate = {};

    QSqlQuery exists(ctx.database());
    exists.prepare(
        QStringLiteral("SELECT count(*) FROM prisoners WHERE prison_number = ? AND deleted_at IS NULL"));
    exists.addBindValue(p.prisonNumber);
    if (!exists.exec() || !exists.next())
        return storageFailure(exists.lastError(), tr("The prisoner could not be added."));
    if (exists.value(0).toInt() > 0)
        return Status::failure(ErrorCode::InvalidInput,
            tr("A prisoner with number %1 is already recorded.").arg(p.prisonNumber));

    return ctx.create(QStringLiteral("prisoners"), QStringLiteral("prisoner"), storedColumns(p),
        fieldValues(p.editableFields()), tr("The prisoner could not be added."));
}

Result<Prisoner> PrisonerService::add(const Prisoner& prisoner)
{
    if (Status status = m_session.require(Operation::EditPrisoners); !status)
        return status;
    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<qint64> inserted = insert(ctx, prisoner);
        if (!inserted)
            return inserted.status();
        id = *inserted;
        return Status::success();
    });
    if (!status)
        return status;
    return get(id);
}

Status PrisonerService::update(const Prisoner& given)
{
    if (Status status = m_session.require(Operation::EditPrisoners); !status)
        return status;
    if (const QString message = problem(given); !message.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, message);
    const Result<Prisoner> current = get(given.id);
    if (!current)
        return current.status();
    Prisoner p = given;
    p.prisonNumber = Validation::canonicalPrisonNumber(p.prisonNumber);
    p.fullName = p.fullName.trimmed();
    p.location = p.location.trimmed();
    if (p.status == Prisoner::CustodyStatus::InCustody)
        p.statusDate = {};
    const QJsonObject changes = fieldChanges(current->editableFields(), p.editableFields());
    if (changes.isEmpty())
        return Status::success();
    if (p.prisonNumber != current->prisonNumber) {
        const Result<Prisoner> clash = findByPrisonNumber(p.prisonNumber);
        if (clash)
            return Status::failure(ErrorCode::InvalidInput,
                tr("A prisoner with number %1 is already recorded.").arg(p.prisonNumber));
    }
    return m_session.write([&](WriteContext& ctx) {
        if (Status status = ctx.update(QStringLiteral("prisoners"), p.id, storedColumns(p),
                tr("The prisoner could not be changed."));
            !status)
            return status;
        return ctx.audit(AuditAction::Change, QStringLiteral("prisoner"), QString::number(p.id), changes);
    });
}

Status PrisonerService::remove(qint64 id, const QString& reason)
{
    if (Status status = m_session.require(Operation::DeleteRecords); !status)
        return status;
    if (QString problem = Validation::textProblem(tr("The reason"), reason, 1000, true, true);
        !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    const Result<Prisoner> current = get(id);
    if (!current)
        return current.status();
    return m_session.write([&](WriteContext& ctx) {
        // Their open episode or current mentoring role would otherwise stay
        // live (on the caseload, counting against capacity) under a deleted
        // person.
        QSqlQuery live(ctx.database());
        live.prepare(QStringLiteral("SELECT (SELECT count(*) FROM mentee_episodes WHERE prisoner_id = :id "
                                    "AND deleted_at IS NULL AND status <> 'closed'), "
                                    "(SELECT count(*) FROM mentors WHERE prisoner_id = :id AND deleted_at IS "
                                    "NULL AND status <> 'left')"));
        live.bindValue(QStringLiteral(":id"), id);
        if (!live.exec() || !live.next())
            return storageFailure(live.lastError(), tr("The prisoner could not be deleted."));
        if (live.value(0).toInt() > 0 || live.value(1).toInt() > 0) {
            return Status::failure(ErrorCode::InvalidInput,
                tr("%1 still has an open mentee episode or a current mentoring role; close or delete those "
                   "first.")
                    .arg(current->fullName));
        }
        if (Status s = Rows::softDelete(ctx.database(), QStringLiteral("prisoners"), id, reason.trimmed(),
                ctx.now(), tr("The prisoner could not be deleted."),
                tr("That prisoner is not recorded (or was deleted)."));
            !s)
            return s;
        return ctx.audit(AuditAction::Delete, QStringLiteral("prisoner"), QString::number(id),
            QJsonObject { { QStringLiteral("reason"), reason.trimmed() } });
    });
}

Result<bool> PrisonerService::recordedAsLeaving(const Prisoner& prisoner) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    if (prisoner.status == Prisoner::CustodyStatus::Transferred
        || prisoner.status == Prisoner::CustodyStatus::Released)
        return true;
    // The latest episode and the latest mentoring role only: one closed for
    // a transfer years ago says nothing about a prisoner who came back.
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT (SELECT status = 'closed' AND closure_reason IN ('transferred', 'released') "
        "        FROM mentee_episodes WHERE prisoner_id = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT "
        "1), "
        "       (SELECT status = 'left' AND left_reason IN ('transferred', 'released') "
        "        FROM mentors WHERE prisoner_id = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1)"));
    query.addBindValue(prisoner.id);
    query.addBindValue(prisoner.id);
    if (!query.exec() || !query.next())
        return storageFailure(query.lastError(), tr("The prisoner's records could not be read."));
    return query.value(0).toInt() == 1 || query.value(1).toInt() == 1;
}

Status PrisonerService::requireDisclosure(Operation operation, const Prisoner& prisoner) const
{
    if (Status status = m_session.require(operation); !status)
        return status;
    const Result<bool> leaving = recordedAsLeaving(prisoner);
    if (!leaving)
        return leaving.status();
    return Permissions::requireForPrisoner(m_session.role(), operation, *leaving);
}

Result<QList<Prisoner>> PrisonerService::select(
    const QString& where, const QVariantList& values, int limit) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT %1 FROM prisoners WHERE deleted_at IS NULL AND (%2) ORDER BY full_name COLLATE NOCASE, id")
                      .arg(Columns, where);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The prisoners could not be read."));
    QList<Prisoner> found;
    while (query.next())
        found.append(fromRow(query));
    return found;
}

Result<Prisoner> PrisonerService::get(qint64 id) const
{
    Result<QList<Prisoner>> found = select(QStringLiteral("id = ?"), { id });
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Status::failure(
            ErrorCode::InvalidInput, tr("That prisoner is not recorded (or was deleted)."));
    return found->constFirst();
}

Result<Prisoner> PrisonerService::findByPrisonNumber(const QString& prisonNumber) const
{
    const QString canonical = Validation::canonicalPrisonNumber(prisonNumber);
    if (canonical.isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
            tr("The prison number must be a letter, four digits and two letters, like A1234BC."));
    Result<QList<Prisoner>> found = select(QStringLiteral("prison_number = ?"), { canonical });
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Status::failure(
            ErrorCode::InvalidInput, tr("No prisoner with number %1 is recorded.").arg(canonical));
    return found->constFirst();
}

Result<QList<Prisoner>> PrisonerService::search(const QString& text, int limit) const
{
    const QString key = Validation::searchKey(text);
    if (key.isEmpty())
        return select(QStringLiteral("1 = 1"), {}, limit);
    // LIKE with an escape, so % and _ typed by a person match themselves.
    QString pattern = key;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return select(QStringLiteral("search_key LIKE ? ESCAPE '\\' OR prison_number LIKE ? ESCAPE '\\'"),
        { QStringLiteral("%") + pattern + QStringLiteral("%"),
            QStringLiteral("%") + pattern.toUpper() + QStringLiteral("%") },
        limit);
}

} // namespace wingmate

#include "reports/ReportService.h"

#include "audit/AuditEvent.h"
#include "audit/Disclosure.h"
#include "reports/CsvWriter.h"
#include "reports/Pseudonyms.h"
#include "services/UserSession.h"
#include "storage/AtomicFile.h"
#include "storage/StorageErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace wingmate {

namespace {

const QString ReportEntity = QStringLiteral("report");

QString monthText(const QDate& month) { return month.toString(QStringLiteral("yyyy-MM")); }

} // namespace

ReportService::ReportService(UserSession& session)
    : m_session(session)
{
}

Status ReportService::ready(Operation operation) const
{
    if (Status s = m_session.require(operation); !s)
        return s;
    return m_session.requireUnlocked();
}

Status ReportService::checkPeriod(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid())
        return Status::failure(ErrorCode::InvalidInput, tr("Give both the first and the last day of the period."));
    if (to < from)
        return Status::failure(ErrorCode::InvalidInput, tr("The period's last day is before its first day."));
    return Status::success();
}

Result<MonthlyReturn> ReportService::computeMonthlyReturn(QSqlDatabase database, const QDate& month) const
{
    if (!month.isValid())
        return Status::failure(ErrorCode::InvalidInput, tr("Choose the month for the return."));
    const WingSettings settings = m_session.settings();
    return MonthlyReturn::compute(database, month, settings.text(Setting::EstablishmentName),
        settings.text(Setting::WingName), settings.list(Setting::SessionTypes));
}

Result<MonthlyReturn> ReportService::monthlyReturn(const QDate& month)
{
    if (Status s = ready(Operation::ViewReports); !s)
        return s;
    Result<MonthlyReturn> r = computeMonthlyReturn(m_session.database(), month);
    if (!r)
        return r;
    if (Status s = m_session.auditRead(AuditAction::View, ReportEntity, QStringLiteral("monthly_return"),
            { { QStringLiteral("month"), monthText(r->month) } });
        !s)
        return s;
    return r;
}

Result<OutcomeReport> ReportService::outcomes(const QDate& from, const QDate& to)
{
    if (Status s = ready(Operation::ViewReports); !s)
        return s;
    if (Status s = checkPeriod(from, to); !s)
        return s;
    Result<OutcomeReport> r = OutcomeReport::compute(m_session.database(), from, to);
    if (!r)
        return r;
    if (Status s = m_session.auditRead(AuditAction::View, ReportEntity, QStringLiteral("outcomes"),
            { { QStringLiteral("from"), from.toString(Qt::ISODate) }, { QStringLiteral("to"), to.toString(Qt::ISODate) },
                { QStringLiteral("mentees"), r->mentees } });
        !s)
        return s;
    return r;
}

Result<QList<ReportService::MonthActivity>> ReportService::activityByMonth(const QDate& lastMonth, int months)
{
    if (Status s = ready(Operation::ViewReports); !s)
        return s;
    if (!lastMonth.isValid() || months < 1 || months > 120)
        return Status::failure(ErrorCode::InvalidInput, tr("Choose between 1 and 120 months."));
    const QDate first = QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1 - months);
    const QDate after = first.addMonths(months);
    QList<MonthActivity> activity;
    for (int i = 0; i < months; ++i)
        activity.append({ first.addMonths(i), 0, 0 });
    const auto slot = [&](const QDate& day) -> MonthActivity* {
        const int index = (day.year() - first.year()) * 12 + day.month() - first.month();
        return index >= 0 && index < months ? &activity[index] : nullptr;
    };
    const QString failure = tr("The activity by month could not be worked out.");
    QSqlQuery q(m_session.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(held_at, 1, 7), count(*) FROM mentee_sessions "
                             "WHERE held_at >= ? AND held_at < ? AND deleted_at IS NULL GROUP BY 1"));
    q.addBindValue(first.toString(Qt::ISODate));
    q.addBindValue(after.toString(Qt::ISODate));
    if (!q.exec())
        return storageFailure(q.lastError(), failure);
    while (q.next()) {
        if (MonthActivity* m = slot(QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate)))
            m->sessions = q.value(1).toInt();
    }
    // raised_at is UTC: each is placed in the wing's local month.
    QSqlQuery c(m_session.database());
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT k.raised_at FROM concerns k JOIN mentee_episodes e ON e.id = k.episode_id "
                             "WHERE k.raised_at >= ? AND k.raised_at < ? AND e.deleted_at IS NULL"));
    c.addBindValue(QDateTime(first, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs));
    c.addBindValue(QDateTime(after, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs));
    if (!c.exec())
        return storageFailure(c.lastError(), failure);
    while (c.next()) {
        const QDateTime raised = QDateTime::fromString(c.value(0).toString(), Qt::ISODateWithMs);
        if (MonthActivity* m = slot(raised.toLocalTime().date()))
            m->concerns++;
    }
    return activity;
}

Result<ReportService::Exported> ReportService::exportCsv(
    const QString& what, QJsonObject details, const QString& path, const Build& build, ExistingFile existing)
{
    if (path.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Choose where to save the export."));
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    Exported exported { absolute, 0 };
    bool written = false;
    const Status status = m_session.write([&](WriteContext& ctx) -> Status {
        CsvWriter csv;
        const Result<int> rows = build(ctx.database(), csv);
        if (!rows)
            return rows.status();
        if (Status s = writeOutputFile(absolute, csv.bytes(), existing); !s)
            return s;
        written = true;
        exported.rows = *rows;
        details.insert(QStringLiteral("what"), what);
        details.insert(QStringLiteral("destination"), absolute);
        details.insert(QStringLiteral("rows"), *rows);
        if (details.value(QStringLiteral("disclosure")).toBool())
            details = Disclosure { what, Disclosure::wing(), *rows, absolute }.details(details);
        return ctx.audit(AuditAction::Export, ReportEntity, what, details);
    });
    if (!status) {
        // An export the audit trail does not record must not be left behind.
        if (written)
            QFile::remove(absolute);
        return status;
    }
    return exported;
}

Result<ReportService::Exported> ReportService::exportMonthlyReturn(
    const QDate& month, const QString& path, ExistingFile existing)
{
    if (Status s = ready(Operation::ExportReports); !s)
        return s;
    if (!month.isValid())
        return Status::failure(ErrorCode::InvalidInput, tr("Choose the month for the return."));
    const QDate first(month.year(), month.month(), 1);
    return exportCsv(
        QStringLiteral("monthly_return"),
        { { QStringLiteral("month"), monthText(first) },
            { QStringLiteral("format_version"), MonthlyReturn::FormatVersion } },
        path,
        [&](QSqlDatabase db, CsvWriter& csv) -> Result<int> {
            const Result<MonthlyReturn> r = computeMonthlyReturn(db, first);
            if (!r)
                return r.status();
            r->write(csv);
            return 1;
        },
        existing);
}

Result<ReportService::Exported> ReportService::exportOutcomes(
    const QDate& from, const QDate& to, const QString& path, ExistingFile existing)
{
    if (Status s = ready(Operation::ExportReports); !s)
        return s;
    if (Status s = checkPeriod(from, to); !s)
        return s;
    return exportCsv(
        QStringLiteral("outcomes"),
        { { QStringLiteral("from"), from.toString(Qt::ISODate) },
            { QStringLiteral("to"), to.toString(Qt::ISODate) },
            { QStringLiteral("format_version"), OutcomeReport::FormatVersion } },
        path,
        [&](QSqlDatabase db, CsvWriter& csv) -> Result<int> {
            const Result<OutcomeReport> r = OutcomeReport::compute(db, from, to);
            if (!r)
                return r.status();
            r->write(csv);
            return int(r->measures().size());
        },
        existing);
}

Result<ReportService::Exported> ReportService::exportRows(RowExport::Kind kind, const QDate& from,
    const QDate& to, const QString& path, bool identifiable, ExistingFile existing)
{
    if (Status s = ready(identifiable ? Operation::ExportIdentifiable : Operation::ExportReports); !s)
        return s;
    if (Status s = m_session.require(Operation::ExportReports); !s)
        return s;
    if (Status s = checkPeriod(from, to); !s)
        return s;
    QJsonObject details { { QStringLiteral("from"), from.toString(Qt::ISODate) },
        { QStringLiteral("to"), to.toString(Qt::ISODate) }, { QStringLiteral("identifiable"), identifiable },
        { QStringLiteral("format_version"), RowExport::FormatVersion } };
    if (identifiable)
        details.insert(QStringLiteral("disclosure"), true);
    return exportCsv(
        RowExport::kindKey(kind), details, path,
        [&](QSqlDatabase db, CsvWriter& csv) -> Result<int> {
            Result<Pseudonyms> pseudonyms = Pseudonyms::forVault(db);
            if (!pseudonyms)
                return pseudonyms.status();
            return RowExport::write(db, kind, from, to, identifiable, *pseudonyms, csv);
        },
        existing);
}

} // namespace wingmate

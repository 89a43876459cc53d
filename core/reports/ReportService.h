#pragma once

#include "Status.h"
#include "reports/MonthlyReturn.h"
#include "reports/OutcomeReport.h"
#include "reports/RowExport.h"
#include "services/Permissions.h"
#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace wingmate {

class CsvWriter;
class UserSession;

// Reports on screen and exports to CSV, with their permissions and audit:
// ViewReports to see figures (audited as views), ExportReports to write a
// file, ExportIdentifiable as well for row exports with names (audited as a
// disclosure). Every export is written atomically and audited in the same
// transaction (AuditAction::Export with what, the destination and the
// number of rows); if the audit cannot be saved the file is removed.
class ReportService {
    Q_DECLARE_TR_FUNCTIONS(ReportService)
public:
    struct Exported {
        QString path; // absolute
        int rows = 0; // data rows, the header not counted
    };
    struct MonthActivity {
        QDate month; // first day
        int sessions = 0;
        int concerns = 0;
    };

    explicit ReportService(UserSession& session);

    Result<MonthlyReturn> monthlyReturn(const QDate& month);
    Result<OutcomeReport> outcomes(const QDate& from, const QDate& to);
    // Sessions held and concerns raised in each of the months up to and
    // including lastMonth's, oldest first.
    Result<QList<MonthActivity>> activityByMonth(const QDate& lastMonth, int months);

    Result<Exported> exportMonthlyReturn(
        const QDate& month, const QString& path, ExistingFile existing = ExistingFile::Refuse);
    Result<Exported> exportOutcomes(const QDate& from, const QDate& to, const QString& path,
        ExistingFile existing = ExistingFile::Refuse);
    Result<Exported> exportRows(RowExport::Kind kind, const QDate& from, const QDate& to, const QString& path,
        bool identifiable = false, ExistingFile existing = ExistingFile::Refuse);

private:
    using Build = std::function<Result<int>(QSqlDatabase, CsvWriter&)>;
    // The role's permission and an unlocked vault.
    Status ready(Operation operation) const;
    Status checkPeriod(const QDate& from, const QDate& to) const;
    Result<MonthlyReturn> computeMonthlyReturn(QSqlDatabase database, const QDate& month) const;
    Result<Exported> exportCsv(const QString& what, QJsonObject details, const QString& path,
        const Build& build, ExistingFile existing);

    UserSession& m_session;
};

} // namespace wingmate

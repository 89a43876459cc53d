#include "reports/RowExport.h"

#include "reports/CsvWriter.h"
#include "reports/Pseudonyms.h"
#include "storage/StorageErrors.h"

#include <QSqlQuery>

namespace wingmate {

namespace {

const char* const CheckInsSql = R"SQL(
SELECT c.id, c.checked_on, p.id, c.wellbeing_rating, c.self_harm, c.suicidal, c.scale_name, c.scale_total,
       EXISTS (SELECT 1 FROM concerns k WHERE k.check_in_id = c.id),
       p.full_name, p.prison_number, p.date_of_birth, c.recorded_by, c.coping, c.protective_factors, c.notes
  FROM check_ins c
  JOIN mentee_episodes e ON e.id = c.episode_id
  JOIN prisoners p ON p.id = e.prisoner_id
 WHERE c.checked_on BETWEEN :from AND :to AND c.deleted_at IS NULL AND e.deleted_at IS NULL
 ORDER BY c.checked_on, c.id
)SQL";

void optionalNumber(CsvWriter& csv, const QVariant& value)
{
    if (value.isNull())
        csv.empty();
    else
        csv.number(value.toLongLong());
}

} // namespace

QString RowExport::kindKey(Kind kind)
{
    return kind == Kind::Sessions ? QStringLiteral("sessions") : QStringLiteral("check_ins");
}

QStringList RowExport::columns(Kind kind, bool identifiable)
{
    if (kind == Kind::Sessions) {
        QStringList names { QStringLiteral("session_ref"), QStringLiteral("date"), QStringLiteral("start_time"),
            QStringLiteral("duration_minutes"), QStringLiteral("session_type"), QStringLiteral("group"),
            QStringLiteral("mentee"), QStringLiteral("attended"), QStringLiteral("mentors"),
            QStringLiteral("concern_raised") };
        if (identifiable) {
            names << QStringLiteral("mentee_name") << QStringLiteral("prison_number") << QStringLiteral("date_of_birth")
                  << QStringLiteral("mentor_names") << QStringLiteral("location") << QStringLiteral("recorded_by")
                  << QStringLiteral("notes");
        }
        return names;
    }
    QStringList names { QStringLiteral("check_in_ref"), QStringLiteral("date"), QStringLiteral("mentee"),
        QStringLiteral("wellbeing_rating"), QStringLiteral("self_harm"), QStringLiteral("suicidal"),
        QStringLiteral("scale_name"), QStringLiteral("scale_total"), QStringLiteral("concern_raised") };
    if (identifiable) {
        names << QStringLiteral("mentee_name") << QStringLiteral("prison_number") << QStringLiteral("date_of_birth")
              << QStringLiteral("recorded_by") << QStringLiteral("coping") << QStringLiteral("protective_factors")
              << QStringLiteral("notes");
    }
    return names;
}

Result<int> RowExport::write(QSqlDatabase database, Kind kind, const QDate& from, const QDate& to,
    bool identifiable, Pseudonyms& pseudonyms, CsvWriter& csv)
{
    if (kind == Kind::Sessions)
        return writeSessions(database, from, to, identifiable, pseudonyms, csv);
    QSqlQuery q(database);
    q.setForwardOnly(true);
    q.prepare(QString::fromUtf8(CheckInsSql));
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (!q.exec())
        return storageFailure(q.lastError(), tr("The records could not be read for the export."));
    csv.row(columns(kind, identifiable));
    int rows = 0;
    while (q.next()) {
        csv.number(q.value(0).toLongLong());
        csv.text(q.value(1).toString());
        csv.text(pseudonyms.of(q.value(2).toLongLong()));
        optionalNumber(csv, q.value(3));
        csv.text(q.value(4).toString());
        csv.text(q.value(5).toString());
        csv.text(q.value(6).toString());
        optionalNumber(csv, q.value(7));
        csv.number(q.value(8).toLongLong());
        if (identifiable) {
            for (int column = 9; column <= 15; ++column)
                csv.text(q.value(column).toString());
        }
        csv.endRow();
        ++rows;
    }
    if (q.lastError().isValid())
        return storageFailure(q.lastError(), tr("The records could not be read for the export."));
    return rows;
}

} // namespace wingmate

#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace wingmate {

class CsvWriter;

// The wing's monthly return to its commissioner: one row of figures for one
// calendar month. The columns, their meaning and the format version are
// documented in the README and in resources/help/monthly-return.html; a
// change to them raises FormatVersion.
//
// Figures "in the month" count what happened between its first and last
// day; figures "at month end" describe the last day. Everything comes from a
// handful of grouped statements over indexed columns, so the cost follows
// the month's records, not the vault's whole history.
struct MonthlyReturn {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReturn)
public:
    static constexpr int FormatVersion = 1;

    struct SessionType {
        QString name;
        int sessions = 0;
        int minutes = 0;
    };

    QDate month; // its first day
    QString establishment;
    QString wing;
    // Mentors: status at month end from their status history, and changes in the month.
    int mentorsActive = 0;
    int mentorsShadowing = 0;
    int mentorsInTraining = 0; // shadowing signed off, mandatory training under way ("trained", not yet active)
    int mentorApplications = 0;
    int mentorsCleared = 0;
    int mentorsLeft = 0;
    // Mentees (episodes).
    int menteesReferred = 0;
    int menteesActive = 0; // active on at least one day of the month
    int menteesClosed = 0;
    // Sessions held in the month, by the SessionTypes setting's order, then
    // one entry for types no longer configured.
    QList<SessionType> sessionTypes;
    int sessions = 0;
    int sessionMinutes = 0;
    int groupSessions = 0;
    int groupAttendances = 0;
    int checkIns = 0;
    int checkInsSelfHarmThoughts = 0;
    int checkInsSelfHarmActs = 0;
    int concernsRaised = 0;
    int concernsReviewed = 0;
    int concernsOpenAtMonthEnd = 0;
    int reviewsOverdueAtMonthEnd = 0;
    int menteesWithAcctOpen = 0;

    // The name used for sessions whose type is no longer in the setting.
    static QString otherTypesName();

    // Computes the return for the month holding monthDay. sessionTypes is
    // the wing's SessionTypes setting, in its order.
    static Result<MonthlyReturn> compute(QSqlDatabase database, const QDate& monthDay, const QString& establishment,
        const QString& wing, const QStringList& sessionTypes);

    // Column names and values, in order: the CSV's header and data row.
    QStringList columnNames() const;
    QList<QVariant> columnValues() const;
    // What each column means, for people (translated), in the same order.
    QStringList columnLabels() const;
    // Header row and data row.
    void write(CsvWriter& csv) const;
};

// Whole hours with two decimals, as the reports show them.
double hoursFromMinutes(qint64 minutes);

} // namespace wingmate

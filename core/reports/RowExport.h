#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace wingmate {

class CsvWriter;
class Pseudonyms;

// Row-level exports for analysis: one row per mentee at each session, or
// one row per check-in, over a date range. Pseudonymised (the default):
// people appear only as their vault pseudonym; no names, prison numbers,
// dates of birth, staff names, locations or free-text notes. Identifiable:
// those columns are added (an administrator's disclosure, audited as such).
//
// Check-ins are one statement read straight through (no query per row).
// Sessions are read in a few range scans (the people and mentors once, the
// registers and mentor lists of the period's sessions into memory, then the
// sessions in time order), so a row costs no B-tree lookups of its own and
// the cells a session's rows share are encoded once
// (RowExportSessions.cpp).
class RowExport {
    Q_DECLARE_TR_FUNCTIONS(RowExport)
public:
    static constexpr int FormatVersion = 1;
    enum class Kind { Sessions, CheckIns };

    static QString kindKey(Kind kind); // "sessions", "check_ins"
    static QStringList columns(Kind kind, bool identifiable);
    // Writes the header and the rows; returns the number of data rows.
    static Result<int> write(QSqlDatabase database, Kind kind, const QDate& from, const QDate& to, bool identifiable,
        Pseudonyms& pseudonyms, CsvWriter& csv);

private:
    static Result<int> writeSessions(QSqlDatabase database, const QDate& from, const QDate& to,
        bool identifiable, Pseudonyms& pseudonyms, CsvWriter& csv);
};

} // namespace wingmate

#pragma once

#include "Status.h"
#include "demo/DemoWing.h"

#include <QDate>
#include <QString>

namespace wingmate {

class DemoClock;

// The demonstration wing's earlier years, for DemoWing: from the first day
// until a year ago, mentors apply, are cleared, shadow, train, mentor, are
// supervised and leave on release; mentees are referred, supported (1:1
// sessions every fortnight, a group once a month, a check-in every four
// weeks, now and then a self-harm act the nurse reviews the next morning)
// and closed, and those released or transferred are recorded so.
//
// Each record is written through the services, by the member of staff who
// would make it, with the clock set to the day it happened, in the order
// things happened: every record and its audit event carry their own date,
// the audit trail runs forward in time, and a retention period shorter than
// the history finds records that ended long enough ago to purge.
class DemoHistory {
public:
    DemoHistory(QString directory, DemoClock& clock, const QDate& today, quint32 seed);

    // The first day of a wing with this many years of records.
    static QDate firstDay(const QDate& today, int years);
    // The day by which everything in the earlier years has ended.
    static QDate lastDay(const QDate& today);

    // Signs the worker and the nurse in and out as their work needs; nobody
    // is signed in before or after. Adds what it made to made's counts.
    Status write(int years, DemoWing::Made& made);

private:
    QString m_directory;
    DemoClock& m_clock;
    QDate m_today;
    quint32 m_seed;
};

} // namespace wingmate

#pragma once

#include "Status.h"

#include <QString>
#include <QStringList>

namespace wingmate {

// Makes a demonstration vault: a made-up wing with staff accounts, mentors at
// every stage, mentees with sessions, check-ins, raised concerns and reviews
// over the last eight months, so a newcomer sees a populated wing. Everything
// goes through the services, so every rule holds and every change is
// audited. The people are fictional; the same seed gives the same wing.
//
// With more than one year, the wing also has the years before the last one
// (DemoHistory): mentors who trained, mentored and left, and mentees
// referred, supported and closed, all dated in their own time, so that a
// retention period shorter than the history has closed records to purge.
class DemoWing {
public:
    static constexpr const char* Password = "Wingmate demo wing";
    static constexpr const char* AdminName = "demo.admin";
    static constexpr const char* WorkerName = "demo.worker";
    static constexpr const char* NurseName = "demo.nurse";
    // How many years of records: 1 is the eight months of the current wing.
    static constexpr int DefaultYears = 1;
    static constexpr int MaximumYears = 20;
    static constexpr quint32 DefaultSeed = 2026;

    struct Made {
        QString recoveryCode;
        QStringList usernames; // administrator, support worker, nurse
        int mentors = 0;
        int mentees = 0;
        int sessions = 0;
        int checkIns = 0;
        int concerns = 0;
        int years = DefaultYears;
    };

    // Fails if the folder already holds a vault. Years outside 1 to
    // MaximumYears are refused before anything is written.
    static Result<Made> create(
        const QString& directory, quint32 seed = DefaultSeed, int years = DefaultYears);
};

} // namespace wingmate

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
class DemoWing {
public:
    static constexpr const char* Password = "Wingmate demo wing";

    struct Made {
        QString recoveryCode;
        QStringList usernames; // administrator, support worker, nurse
        int mentors = 0;
        int mentees = 0;
        int sessions = 0;
        int checkIns = 0;
        int concerns = 0;
    };

    // Fails if the folder already holds a vault.
    static Result<Made> create(const QString& directory, quint32 seed = 2026);
};

} // namespace wingmate

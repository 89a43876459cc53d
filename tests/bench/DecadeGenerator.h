#pragma once

#include "Clock.h"
#include "Status.h"
#include "storage/Vault.h"

#include <QDate>
#include <QString>

namespace wingmate::bench {

// The shape of the "decade" workload: one wing over ten years.
struct DecadeShape {
    int mentors = 60;
    int mentees = 2500;
    int sessions = 250000; // 1:1 and group
    int checkIns = 150000;
    quint32 seed = 2026;
};

// Writes the decade of a made-up wing into a new vault, fast and the same
// every time for the same shape: bulk SQL through prepared statements in
// large transactions (the services' rules are far too slow at this size),
// with every record's audit event appended through the real AuditLog, so
// `verify` walks an intact chain. Run once on an encrypted vault and once on
// the plain comparison copy, it issues the same SQL in the same order.
//
// The data is a worst case for the caseload: every one of the mentees has an
// open episode (ten in a hundred still referred, the rest active), and over
// four in ten also have an earlier, closed one with its closure and outcomes.
// Sessions and check-ins fall on the days each episode was active, in
// proportion to its length, delivered by the mentor allocated at the time;
// risky check-ins raise concerns, most of which a nurse has reviewed.
class DecadeGenerator {
public:
    static constexpr const char* AdminUsername = "bench.admin";
    static constexpr const char* Password = "Decade benchmark wing";

    // The last day of the decade is "today" for every benchmark run, so
    // overdue reviews and follow-ups are the same whenever it runs.
    static QDate firstDay();
    static QDate lastDay();
    // Noon UTC on the day after the last day of the decade.
    static QDateTime now();

    struct Made {
        qint64 prisoners = 0;
        qint64 episodes = 0;
        qint64 sessions = 0;
        qint64 attendance = 0;
        qint64 checkIns = 0;
        qint64 concerns = 0;
        qint64 reviews = 0;
        qint64 followUps = 0;
        qint64 auditEvents = 0;
    };

    // Makes the vault in directory (which must not hold one yet). The admin
    // slot uses libsodium's minimum Argon2id cost, so unlocking it in the
    // benchmark times the unwrap and the open rather than the derivation.
    static Result<Made> generate(const QString& directory, VaultStorage storage, const Clock& clock,
        const DecadeShape& shape = {});
};

} // namespace wingmate::bench

// wingmate-bench: times the program's operations on the decade dataset, on
// the encrypted vault and on its unencrypted copy, and prints one line per
// operation:  bench: NAME enc_ms=X plain_ms=Y ratio=Z   (medians, warm cache).
// See README.md, "Performance".

#include "BenchReport.h"
#include "DecadeDataset.h"

#include "Bootstrap.h"
#include "audit/AuditEvent.h"
#include "reports/OutcomeReport.h"
#include "reports/ReportService.h"
#include "security/KeyDerivation.h"
#include "services/CaseloadQuery.h"
#include "services/PrisonerService.h"
#include "services/SessionService.h"
#include "services/TimelineQuery.h"
#include "services/UserSession.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <array>

namespace wingmate::bench {

// Reads a record the way its query does, without the audit event that
// shows it to a person, so that a read's cost is timed apart from the
// durable write that records it.
class ReadProbe {
public:
    static Result<QList<TimelineQuery::Entry>> timeline(UserSession& session, qint64 episodeId)
    {
        Result<TimelineQuery::Read> read = TimelineQuery(session).read(episodeId);
        if (!read)
            return read.status();
        return std::move(read->entries);
    }
};

} // namespace wingmate::bench

using namespace wingmate;
using namespace wingmate::bench;

namespace {

constexpr std::array<VaultStorage, 2> BothStorages { VaultStorage::Encrypted, VaultStorage::UnencryptedForBenchmark };

struct Side {
    VaultStorage storage;
    QString folder;
    std::unique_ptr<UserSession> session;
};

std::unique_ptr<UserSession> signIn(const QString& folder, VaultStorage storage, const Clock& clock)
{
    Result<std::unique_ptr<UserSession>> session = UserSession::signIn(
        folder, QString::fromLatin1(DecadeGenerator::AdminUsername), QString::fromLatin1(DecadeGenerator::Password), clock, UserSession::Check::None, storage);
    if (!session)
        BenchReport::fail(QStringLiteral("could not unlock %1: %2 %3").arg(folder, session.status().message(), session.status().details()));
    return session.take();
}

// One value from a query every benchmark needs to pick its subject.
qint64 scalar(UserSession& session, const QString& sql)
{
    QSqlQuery query(session.database());
    if (!query.exec(sql) || !query.next())
        BenchReport::fail(QStringLiteral("could not run %1: %2").arg(sql, query.lastError().text()));
    return query.value(0).toLongLong();
}

template<typename T> void check(const Result<T>& result, const char* what)
{
    if (!result)
        BenchReport::fail(QStringLiteral("%1 failed: %2 %3").arg(QString::fromLatin1(what), result.status().message(), result.status().details()));
}

} // namespace

int main(int argc, char** argv)
{
    // The same start as the programs: hardening, libsodium, the driver.
    const Status boot = bootstrap();
    QCoreApplication app(argc, argv);
    // The benchmark's vaults are made at libsodium's minimum cost.
    KdfParams::allowTestCost(true);
    QCoreApplication::setApplicationName(QStringLiteral("wingmate-bench"));
    if (!boot)
        BenchReport::fail(boot.message());
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Wingmate's operations on ten years of a wing, encrypted and not."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Folder caching the decade dataset (made when missing; default %1).").arg(DecadeDataset::defaultFolder()),
        QStringLiteral("DIR"), DecadeDataset::defaultFolder());
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per operation (default 11)."),
        QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption regenerateOption(QStringLiteral("regenerate"), QStringLiteral("Make the dataset again."));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("Times only these operations (comma-separated names), e.g. for a profiler."), QStringLiteral("NAMES"));
    const QCommandLineOption planOption(QStringLiteral("plan"), QStringLiteral("Prints the caseload's query plan as SQLCipher runs it."));
    const QCommandLineOption memorySecurityOption(QStringLiteral("cipher-memory-security"),
        QStringLiteral("Turns SQLCipher's memory security on for the whole run (it is off in the program), to "
                       "measure what it would cost."));
    parser.addOptions({ dataOption, runsOption, regenerateOption, onlyOption, planOption, memorySecurityOption });
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    ManualClock clock(DecadeGenerator::now());
    const DecadeDataset dataset = DecadeDataset::ensure(parser.value(dataOption), parser.isSet(regenerateOption), clock);
    QTemporaryDir scratch;
    if (!scratch.isValid())
        BenchReport::fail(QStringLiteral("could not make a scratch folder"));
    dataset.copyTo(scratch.path());

    std::array<Side, 2> sides;
    for (size_t i = 0; i < sides.size(); ++i) {
        sides[i].storage = BothStorages[i];
        sides[i].folder = DecadeDataset::vaultIn(scratch.path(), BothStorages[i]);
    }
    if (parser.isSet(memorySecurityOption)) {
        // Process-wide, and once on it stays on: set through a first
        // connection before anything is measured.
        std::unique_ptr<UserSession> session = signIn(sides[0].folder, sides[0].storage, clock);
        QSqlQuery(session->database()).exec(QStringLiteral("PRAGMA cipher_memory_security = ON"));
        if (scalar(*session, QStringLiteral("PRAGMA cipher_memory_security")) != 1)
            BenchReport::fail(QStringLiteral("SQLCipher's memory security did not turn on"));
        BenchReport::note(QStringLiteral("SQLCipher's memory security is on for this run"));
    }
    BenchReport::note(QStringLiteral("decade dataset from %1 (made %2); a scratch copy of each vault; median of %3 runs after "
                                     "one warm-up run; the page cache is warm")
                          .arg(dataset.folder(), dataset.generatedOn())
                          .arg(runs));

    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // Times one operation on both sides and prints its line.
    const auto measure = [&](const QString& name, const std::function<void(Side&)>& work) {
        if (!only.isEmpty() && !only.contains(name))
            return;
        const std::array<BenchReport::Timing, 2> timings
            = BenchReport::measureAlternately(runs, [&](int side) { work(sides[size_t(side)]); });
        BenchReport::line(name, timings[0], timings[1]);
    };

    // unlock: the admin slot uses libsodium's minimum Argon2id cost, so this
    // is the unwrap, open, schema check, audit anchor check, the audited
    // sign-in and a first query; not the 0.5-1 s derivation a real slot takes.
    BenchReport::note(QStringLiteral("unlock = UserSession::signIn with a minimum-cost Argon2id slot (unwrap, open, pragmas, "
                                     "schema and audit-anchor checks, audited sign-in) + first query; no real key derivation"));
    measure(QStringLiteral("unlock"), [&](Side& side) {
        std::unique_ptr<UserSession> session = signIn(side.folder, side.storage, clock);
        scalar(*session, QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE status <> 'closed'"));
    });

    // The same unlock without its audited sign-in: the key unwrapped, the
    // vault opened and checked, and the first query on a cold page cache.
    measure(QStringLiteral("unlock_read"), [&](Side& side) {
        Result<std::unique_ptr<Vault>> vault = Vault::open(side.folder, QString::fromLatin1(DecadeGenerator::AdminUsername),
            QString::fromLatin1(DecadeGenerator::Password), clock, side.storage);
        check(vault, "opening the vault");
        QSqlQuery query((*vault)->database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE status <> 'closed'")) || !query.next())
            BenchReport::fail(QStringLiteral("the first query failed: %1").arg(query.lastError().text()));
    });

    for (Side& side : sides)
        side.session = signIn(side.folder, side.storage, clock);
    UserSession& reference = *sides[0].session;

    if (parser.isSet(planOption)) {
        for (const CaseloadQuery::Statement& statement : CaseloadQuery::statements()) {
            QSqlQuery plan(reference.database());
            plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql);
            for (int i = 0; i < statement.todayParameters; ++i)
                plan.addBindValue(DecadeGenerator::lastDay().toString(Qt::ISODate));
            if (!plan.exec())
                BenchReport::fail(plan.lastError().text());
            while (plan.next()) {
                BenchReport::note(QStringLiteral("plan %1: %2 %3 %4")
                                      .arg(statement.name, plan.value(0).toString(), plan.value(1).toString(),
                                          plan.value(3).toString()));
            }
        }
    }
    const qint64 caseloadRows = [&] {
        Result<QList<CaseloadQuery::Row>> rows = CaseloadQuery(reference).run();
        check(rows, "the caseload");
        return qint64(rows->size());
    }();
    BenchReport::note(QStringLiteral("caseload: %1 open episodes").arg(caseloadRows));
    measure(QStringLiteral("caseload"), [](Side& side) { check(CaseloadQuery(*side.session).run(), "the caseload"); });

    const qint64 busiest = scalar(reference,
        QStringLiteral("SELECT episode_id FROM session_attendance GROUP BY episode_id ORDER BY count(*) DESC, episode_id LIMIT 1"));
    const qint64 timelineEntries = [&] {
        Result<QList<TimelineQuery::Entry>> entries = TimelineQuery(reference).forEpisode(busiest);
        check(entries, "the timeline");
        return qint64(entries->size());
    }();
    BenchReport::note(QStringLiteral("mentee_timeline: the busiest episode (%1), %2 entries, including its audited view")
                          .arg(busiest)
                          .arg(timelineEntries));
    measure(QStringLiteral("mentee_timeline"),
        [busiest](Side& side) { check(TimelineQuery(*side.session).forEpisode(busiest), "the timeline"); });
    // The same timeline and the same audit event, timed apart: a read's cost
    // and that of the durable write that puts its viewing on the trail.
    measure(QStringLiteral("mentee_timeline_read"),
        [busiest](Side& side) { check(ReadProbe::timeline(*side.session, busiest), "the timeline"); });
    BenchReport::note(QStringLiteral("audited_view: the audit event of a record's view on its own (the write every "
                                     "shown record carries), committed with synchronous=FULL plus the audit anchor"));
    measure(QStringLiteral("audited_view"), [busiest](Side& side) {
        const Status s = side.session->auditRead(AuditAction::View, QStringLiteral("mentee_episode"), QString::number(busiest),
            QJsonObject { { QStringLiteral("record"), QStringLiteral("timeline") } });
        if (!s)
            BenchReport::fail(QStringLiteral("the audited view failed: %1").arg(s.message()));
    });

    const QString searchText = QStringLiteral("ski");
    const qint64 searchHits = [&] {
        Result<QList<Prisoner>> hits = PrisonerService(reference).search(searchText);
        check(hits, "the search");
        return qint64(hits->size());
    }();
    BenchReport::note(QStringLiteral("search: \"%1\" (part of a family name), %2 shown (the first 50 by name)").arg(searchText).arg(searchHits));
    measure(QStringLiteral("search"), [&](Side& side) { check(PrisonerService(*side.session).search(searchText), "the search"); });

    // durable_write: a 1:1 session for an active mentee by their current
    // mentor, through SessionService: its rules, the insert, its audit event,
    // the commit with synchronous=FULL and the audit anchor in the key file.
    const qint64 episode = scalar(reference,
        QStringLiteral("SELECT ma.episode_id FROM mentor_allocations ma JOIN mentee_episodes e ON e.id = ma.episode_id "
                       "JOIN mentors m ON m.id = ma.mentor_id WHERE ma.ended_on IS NULL AND e.status = 'active' "
                       "AND m.status = 'active' ORDER BY ma.episode_id LIMIT 1"));
    const qint64 mentor = scalar(reference,
        QStringLiteral("SELECT mentor_id FROM mentor_allocations WHERE episode_id = %1 AND ended_on IS NULL").arg(episode));
    const QString sessionType = reference.settings().list(Setting::SessionTypes).value(0);
    BenchReport::note(QStringLiteral("durable_write: SessionService::record of a 1:1 session with its audit event, "
                                     "committed with synchronous=FULL (WAL) plus the audit anchor written to the key file"));
    measure(QStringLiteral("durable_write"), [&](Side& side) {
        MenteeSession s;
        s.heldAt = DecadeGenerator::now().addSecs(-3600).toLocalTime();
        s.durationMinutes = 45;
        s.sessionType = sessionType;
        s.location = QStringLiteral("B wing quiet room");
        s.mentorIds = { mentor };
        s.attendees = { { episode, true, false } };
        s.notes = QStringLiteral("Talked through the week and plans for the next.");
        check(SessionService(*side.session).record(s), "recording a session");
    });

    // Reports: the last full month, the last year, and every session of the
    // decade exported pseudonymised to a CSV file in the scratch folder.
    const QDate lastMonth = DecadeGenerator::lastDay().addMonths(-1);
    const QDate month(lastMonth.year(), lastMonth.month(), 1);
    measure(QStringLiteral("monthly_return"),
        [&](Side& side) { check(ReportService(*side.session).monthlyReturn(month), "the monthly return"); });
    const QDate yearTo = DecadeGenerator::lastDay();
    const QDate yearFrom = yearTo.addYears(-1).addDays(1);
    measure(QStringLiteral("outcome_report"),
        [&](Side& side) { check(ReportService(*side.session).outcomes(yearFrom, yearTo), "the outcome report"); });
    measure(QStringLiteral("outcome_report_read"), [&](Side& side) {
        check(OutcomeReport::compute(side.session->database(), yearFrom, yearTo), "the outcome report");
    });
    qint64 exportedRows = 0;
    std::array<double, 2> exportMs {};
    measure(QStringLiteral("session_export"), [&](Side& side) {
        const QString path = QDir(side.folder).filePath(QStringLiteral("sessions.csv"));
        QElapsedTimer timer;
        timer.start();
        Result<ReportService::Exported> exported = ReportService(*side.session)
                                                       .exportRows(RowExport::Kind::Sessions, DecadeGenerator::firstDay(),
                                                           DecadeGenerator::lastDay(), path, false, ExistingFile::Replace);
        check(exported, "the session export");
        exportedRows = exported->rows;
        exportMs[side.storage == VaultStorage::Encrypted ? 0 : 1] = double(timer.nsecsElapsed()) / 1e6;
    });
    if (exportedRows > 0) {
        BenchReport::note(QStringLiteral("session_export: %1 rows pseudonymised to CSV, about %2 rows/s encrypted and "
                                         "%3 rows/s plain (last run)")
                              .arg(exportedRows)
                              .arg(qint64(exportedRows / (exportMs[0] / 1000)))
                              .arg(qint64(exportedRows / (exportMs[1] / 1000))));
    }

    BenchReport::note(QStringLiteral("generate_decade: one run each, timed when the dataset was made (%1)%2")
                          .arg(dataset.generatedOn(), dataset.madeNow() ? QStringLiteral(", just now") : QString()));
    BenchReport::line(QStringLiteral("generate_decade"), dataset.generatedEncryptedMs(), dataset.generatedPlainMs());

    for (Side& side : sides)
        side.session.reset();
    return 0;
}

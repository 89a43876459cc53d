// Files written for the user outside the vault (--out): made new and
// owner-only, never through a symbolic link, an existing one replaced only
// with --force. Each command is tried through the real wingmate-cli.
#include "CliRun.h"
#include "FileModes.h"
#include "RecordsFixture.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "services/MenteeService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <sys/stat.h>

using namespace wingmate;
using namespace wingmate::test;

namespace {

struct OutputCommand {
    const char* name;
    QStringList arguments; // before --out
};

// Every command with --out (the training record PDF is written by the same
// RecordDocuments::write as the mentee summary).
QList<OutputCommand> outputCommands()
{
    const QString from = QStringLiteral("2025-01-01");
    const QString to = QStringLiteral("2027-01-01");
    const auto period = [&](const QString& kind) {
        return QStringList { QStringLiteral("export"), kind, QStringLiteral("--from"), from,
            QStringLiteral("--to"), to };
    };
    return {
        { "audit export", { QStringLiteral("audit") } },
        { "monthly return",
            { QStringLiteral("export"), QStringLiteral("monthly"), QStringLiteral("--month"),
                QStringLiteral("2026-01") } },
        { "outcome report", period(QStringLiteral("outcomes")) },
        { "sessions export", period(QStringLiteral("sessions")) },
        { "check-ins export", period(QStringLiteral("checkins")) },
        { "mentee summary PDF",
            { QStringLiteral("export"), QStringLiteral("mentee-summary"), QStringLiteral("--prison-number"),
                QStringLiteral("A1234BC") } },
        { "transfer package",
            { QStringLiteral("transfer"), QStringLiteral("export"), QStringLiteral("--prison-number"),
                QStringLiteral("A1234BC"), QStringLiteral("--to"), QStringLiteral("HMP Receiver") } },
        { "backup", { QStringLiteral("backup") } },
    };
}

} // namespace

TEST_CASE(
    "every wingmate-cli --out file is new, owner-only, never through a link, replaced only with --force")
{
    const Umask permissive(0);
    TestSession ts;
    ts.clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    ts.signInAs(AdminName);
    const qint64 episode = addEpisode(ts, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
    requireOk(
        MenteeService(*ts.session)
            .close(episode, { today(ts), MenteeEpisode::ClosureReason::Transferred, false, false, {} }));
    ts.session.reset();
    const QString vault = ts.path();
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    writeWithMode(victim, "the victim's own file\n", 0644);
    const QByteArray victimSum = sha256(victim);

    for (const OutputCommand& command : outputCommands()) {
        INFO(command.name);
        const auto run = [&](const QString& out, bool force) {
            QStringList arguments { QStringLiteral("--vault"), vault };
            arguments << command.arguments << QStringLiteral("--out") << out << QStringLiteral("--user")
                      << AdminName << QStringLiteral("--password-stdin");
            if (force)
                arguments << QStringLiteral("--force");
            return runCli(arguments, inputLine(AdminPassword));
        };
        const QString stem = QString::fromLatin1(command.name).replace(QLatin1Char(' '), QLatin1Char('-'));

        // A new file: owner-only even under umask 0.
        const QString fresh = dir.filePath(stem + QStringLiteral("-new"));
        const CliRun made = run(fresh, false);
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        CHECK(modeOf(fresh) == 0600);
        CHECK(
            QDir(dir.path()).entryList({ QStringLiteral(".*part*") }, QDir::Files | QDir::Hidden).isEmpty());

        // A link at --out, to a real file: refused, the file it points to unchanged.
        const QString link = dir.filePath(stem + QStringLiteral("-link"));
        REQUIRE(QFile::link(victim, link));
        for (const bool force : { false, true }) {
            const CliRun refused = run(link, force);
            CHECK(refused.exitCode != 0);
            requireOneSentence(refused);
            CHECK(refused.err.contains(QStringLiteral("link")));
            CHECK(sha256(victim) == victimSum);
            CHECK(modeOf(victim) == 0644);
            CHECK(QFileInfo(link).isSymLink());
        }

        // A dangling link: refused, nothing made where it points.
        const QString nowhere = dir.filePath(stem + QStringLiteral("-nowhere"));
        const QString dangling = dir.filePath(stem + QStringLiteral("-dangling"));
        REQUIRE(QFile::link(nowhere, dangling));
        const CliRun danglingRun = run(dangling, true);
        CHECK(danglingRun.exitCode != 0);
        CHECK_FALSE(QFileInfo::exists(nowhere));
        CHECK(QFileInfo(dangling).isSymLink());

        // An existing file: left byte-identical without --force (exit 1)...
        const QString existing = dir.filePath(stem + QStringLiteral("-existing"));
        writeWithMode(existing, "an older file\n", 0644);
        const QByteArray before = sha256(existing);
        const CliRun kept = run(existing, false);
        CHECK(kept.exitCode == 1);
        requireOneSentence(kept);
        CHECK(kept.err.contains(QStringLiteral("--force")));
        CHECK(sha256(existing) == before);
        CHECK(modeOf(existing) == 0644);

        // ...and replaced with it, owner-only.
        const CliRun replaced = run(existing, true);
        INFO(replaced.err.toStdString());
        CHECK(replaced.exitCode == 0);
        CHECK(sha256(existing) != before);
        CHECK(modeOf(existing) == 0600);
    }
    CHECK(sha256(victim) == victimSum);

    const CliRun help = runCli({ QStringLiteral("export"), QStringLiteral("--help") });
    CHECK(help.out.contains(QStringLiteral("--force")));
}

TEST_CASE("the audit trail is listed by the core only for a role the matrix allows")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("sam"), UserRole::SupportWorker);
    UserSession& admin = ts.signInAs(AdminName);
    const Result<QList<AuditEvent>> allowed = admin.auditLog().list(admin);
    REQUIRE(allowed.ok());
    CHECK_FALSE(allowed->isEmpty());

    UserSession& worker = ts.signInAs(QStringLiteral("sam"));
    const Result<QList<AuditEvent>> refused = worker.auditLog().list(worker);
    CHECK_FALSE(refused.ok());
    CHECK(refused.status().code() == ErrorCode::Forbidden);
}

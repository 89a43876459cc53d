// A vault whose database was cut short at any page boundary, or has a byte
// changed in any page (free pages included: cipher_integrity_check checks
// every page's HMAC), is reported as damaged, by the core (ErrorCode::Damaged)
// and by wingmate-cli verify (exit 3): never a crash, a hang, a wrong-password
// message or a write to the damaged files.

#include "RecordsFixture.h"
#include "Reliability.h"
#include "TestSession.h"
#include "TestVault.h"
#include "storage/Vault.h"

#include <QFile>
#include <QSqlQuery>
#include <QRandomGenerator>

#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

constexpr qsizetype PageSize = 4096;

// A small vault of a few dozen pages, closed (no -wal or -shm left).
struct SmallVault {
    static constexpr int Prisoners = 12;
    TestSession ts;
    QByteArray pristine;
    qsizetype pages = 0;
    int freePages = 0;

    SmallVault()
    {
        for (int i = 0; i < Prisoners; ++i)
            addPrisoner(*ts.session, QStringLiteral("D%1AA").arg(1000 + i), QStringLiteral("Damage Tester %1").arg(i));
        // Pages on the free list: rows written and deleted again, no VACUUM.
        // No query reads them, so only the HMAC check of every page sees a
        // change there.
        {
            QSqlQuery fill(ts.session->database());
            fill.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2026-01-01')"));
            for (int i = 0; i < 16; ++i) {
                fill.addBindValue(QStringLiteral("scratch.%1").arg(i));
                fill.addBindValue(QString(3000, QLatin1Char('x')));
                REQUIRE(fill.exec());
            }
            REQUIRE(fill.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'scratch.%'")));
        }
        freePages = scalar(*ts.session, QStringLiteral("PRAGMA freelist_count"));
        REQUIRE(freePages >= 8);
        ts.session->signOut();
        ts.session.reset();
        pristine = readFile(databasePath());
        REQUIRE(pristine.size() % PageSize == 0);
        pages = pristine.size() / PageSize;
        REQUIRE(pages >= 8);
    }
    QString databasePath() const { return ts.path() + QStringLiteral("/wingmate.db"); }
};

// Every way in reports damage, and nothing in the folder changes.
void requireReportedAsDamage(const QString& folder)
{
    const QMap<QString, QByteArray> before = reliability::snapshot(folder);

    Result<std::unique_ptr<Vault>> opened = Vault::open(folder, AdminName, AdminPassword);
    const Status status = opened.ok() ? (*opened)->checkIntegrity() : opened.status();
    INFO("Vault: " << status.message().toStdString() << " / " << status.details().toStdString());
    CHECK(status.code() == ErrorCode::Damaged);
    CHECK(status.message().contains(QStringLiteral("damaged")));
    opened = Status::failure(ErrorCode::Usage, QStringLiteral("closed")); // closes it
    CHECK(reliability::changedFiles(before, reliability::snapshot(folder)) == QStringList());

    const reliability::CliRun cli = reliability::cliVerify(folder);
    INFO("wingmate-cli: " << cli.err.toStdString());
    REQUIRE(cli.finished); // no crash, no hang
    CHECK(cli.exitCode == 3);
    CHECK_FALSE(cli.err.trimmed().isEmpty());
    CHECK(reliability::changedFiles(before, reliability::snapshot(folder)) == QStringList());
}

} // namespace

TEST_CASE("A database cut short at any page boundary is reported as damage and nothing is written")
{
    SmallVault v;
    static int passes = 0;
    for (qsizetype keep = 0; keep < v.pages; ++keep) {
        DYNAMIC_SECTION("cut to " << keep << " of " << v.pages << " pages")
        {
            writeFile(v.databasePath(), v.pristine.left(keep * PageSize));
            requireReportedAsDamage(v.ts.path());
            writeFile(v.databasePath(), v.pristine);
            // Catch runs the test once per section: the last one records.
            if (++passes == int(v.pages))
                reliability::recordFigures(QStringLiteral("truncation: pages=%1").arg(v.pages));
        }
    }
}

TEST_CASE("A byte changed in any page is reported as damage, never as a wrong password, and nothing is written")
{
    SmallVault v;
    static QRandomGenerator random(quint32(qEnvironmentVariableIntValue("WINGMATE_DAMAGE_SEED")) ^ 31337u);
    static int passes = 0;
    for (qsizetype page = 0; page < v.pages; ++page) {
        DYNAMIC_SECTION("page " << page)
        {
            QByteArray damaged = v.pristine;
            const qsizetype offset = page * PageSize + random.bounded(int(PageSize));
            damaged[offset] = char(damaged[offset] ^ (1 << random.bounded(8)));
            INFO("byte " << offset);
            writeFile(v.databasePath(), damaged);
            requireReportedAsDamage(v.ts.path());
            writeFile(v.databasePath(), v.pristine);
            if (++passes == int(v.pages)) {
                reliability::recordFigures(QStringLiteral("flips: pages=%1 free-pages=%2 reported=%1")
                                               .arg(v.pages)
                                               .arg(v.freePages));
            }
        }
    }
}

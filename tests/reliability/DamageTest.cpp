// A vault whose database was cut short at any page boundary, or has a byte
// changed in any page, is reported as damaged, by the core (ErrorCode::Damaged)
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

#include <catch2/catch.hpp>

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
        // A page on the free list holds nothing and is never read, so a
        // change there is rightly not damage.
        freePages = scalar(*ts.session, QStringLiteral("PRAGMA freelist_count"));
        ts.session->signOut();
        ts.session.reset();
        pristine = readFile(databasePath());
        REQUIRE(pristine.size() % PageSize == 0);
        pages = pristine.size() / PageSize;
        REQUIRE(pages >= 8);
    }
    QString databasePath() const { return ts.path() + QStringLiteral("/wingmate.db"); }
};

// Every way in reports damage, and nothing in the folder changes. When
// unread is given, the change may instead have hit bytes SQLite never reads
// (a page on the free list): then the vault must pass the integrity check
// and the audit chain and still hold every record, and *unread is set.
void requireReportedAsDamage(const QString& folder, bool* unread = nullptr)
{
    const QMap<QString, QByteArray> before = reliability::snapshot(folder);

    Result<std::unique_ptr<Vault>> opened = Vault::open(folder, AdminName, AdminPassword);
    const Status status = opened.ok() ? (*opened)->checkIntegrity() : opened.status();
    if (unread && status.ok()) {
        opened = Status::failure(ErrorCode::Usage, QStringLiteral("closed"));
        Result<std::unique_ptr<UserSession>> session = UserSession::signIn(folder, AdminName, AdminPassword);
        REQUIRE(session.ok());
        REQUIRE((*session)->verify().ok());
        CHECK(scalar(**session, QStringLiteral("SELECT count(*) FROM prisoners WHERE full_name LIKE 'Damage Tester %'"))
            == SmallVault::Prisoners);
        *unread = true;
        return;
    }
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
            bool unread = false;
            requireReportedAsDamage(v.ts.path(), &unread);
            static int unharmed = 0;
            unharmed += unread ? 1 : 0;
            writeFile(v.databasePath(), v.pristine);
            if (++passes == int(v.pages)) {
                reliability::recordFigures(QStringLiteral("flips: pages=%1 reported=%2 unread-and-unharmed=%3 free-pages=%4")
                                               .arg(v.pages)
                                               .arg(v.pages - unharmed)
                                               .arg(unharmed)
                                               .arg(v.freePages));
            }
        }
    }
}

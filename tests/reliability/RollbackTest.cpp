// A vault folder put back, in part or in whole, from an older copy while
// vault.keys (which records the audit chain's head) stays new is caught at
// sign-in and by wingmate-cli verify (exit 3), and stays caught: refusing it
// once does not make it acceptable the second time.

#include "RecordsFixture.h"
#include "Reliability.h"
#include "TestSession.h"
#include "TestVault.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

const QString Db = QStringLiteral("wingmate.db");
const QString Wal = QStringLiteral("wingmate.db-wal");
const QString Shm = QStringLiteral("wingmate.db-shm");

// Replaces (or, for an empty value, removes) these files in the folder.
void put(const QString& folder, const QMap<QString, QByteArray>& files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = folder + QLatin1Char('/') + it.key();
        QFile::remove(path);
        if (!it.value().isNull())
            writeFile(path, it.value());
    }
}

// The database files as they are now (the WAL and SHM only while open).
QMap<QString, QByteArray> databaseFiles(const QString& folder)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : { Db, Wal, Shm }) {
        const QString path = folder + QLatin1Char('/') + name;
        files.insert(name, QFile::exists(path) ? readFile(path) : QByteArray());
    }
    return files;
}

void requireCaught(TestSession& ts, bool unchanged)
{
    const QMap<QString, QByteArray> before = reliability::snapshot(ts.path());
    for (int attempt = 1; attempt <= 2; ++attempt) {
        INFO("attempt " << attempt);
        Result<std::unique_ptr<UserSession>> signedIn = ts.trySignIn(AdminName, AdminPassword);
        REQUIRE_FALSE(signedIn.ok());
        INFO(signedIn.status().message().toStdString() << " / " << signedIn.status().details().toStdString());
        CHECK(signedIn.status().code() == ErrorCode::Damaged);
        const reliability::CliRun cli = reliability::cliVerify(ts.path());
        INFO(cli.err.toStdString());
        REQUIRE(cli.finished);
        CHECK(cli.exitCode == 3);
        if (unchanged)
            CHECK(reliability::changedFiles(before, reliability::snapshot(ts.path())) == QStringList());
    }
}

} // namespace

TEST_CASE("A vault put back from an older copy under a newer vault.keys is caught, and stays caught")
{
    TestSession ts;
    for (int i = 0; i < 3; ++i)
        addPrisoner(*ts.session, QStringLiteral("R%1AA").arg(1000 + i), QStringLiteral("Old Record %1").arg(i));
    // Copies taken while the vault is open have a -wal and -shm beside the
    // database, as a backup tool copying the folder would find them.
    const QMap<QString, QByteArray> olderOpen = databaseFiles(ts.path());
    REQUIRE_FALSE(olderOpen.value(Wal).isNull());
    ts.session->signOut();
    ts.session.reset();
    const QMap<QString, QByteArray> olderClosed = databaseFiles(ts.path());
    REQUIRE(olderClosed.value(Wal).isNull());

    ts.signInAs(AdminName);
    for (int i = 0; i < 3; ++i)
        addPrisoner(*ts.session, QStringLiteral("R%1BB").arg(1000 + i), QStringLiteral("New Record %1").arg(i));
    const QMap<QString, QByteArray> newerOpen = databaseFiles(ts.path());
    ts.session->signOut();
    ts.session.reset();
    static int cases = 0;

    SECTION("the database alone")
    {
        put(ts.path(), olderClosed);
        requireCaught(ts, true);
        ++cases;
    }
    SECTION("the whole folder but vault.keys, with the copy's WAL and SHM")
    {
        put(ts.path(), olderOpen);
        // SQLite itself folds a WAL into its database when it opens one, so
        // the files may change; what matters is that the rollback is caught.
        requireCaught(ts, false);
        ++cases;
    }
    SECTION("the older database under the newer WAL and SHM left behind")
    {
        put(ts.path(), { { Db, olderClosed.value(Db) }, { Wal, newerOpen.value(Wal) }, { Shm, newerOpen.value(Shm) } });
        requireCaught(ts, false);
        ++cases;
    }
    SECTION("the older database and WAL under the newer SHM")
    {
        put(ts.path(), { { Db, olderOpen.value(Db) }, { Wal, olderOpen.value(Wal) }, { Shm, newerOpen.value(Shm) } });
        requireCaught(ts, false);
        ++cases;
        reliability::recordFigures(QStringLiteral("rollback: cases=%1 caught=%1").arg(cases));
    }
}

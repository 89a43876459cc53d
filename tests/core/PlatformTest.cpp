#include "TestVault.h"

#include "platform/Platform.h"
#include "storage/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace wingmate;

TEST_CASE("Start-up hardening turns core dumps off and makes new files private")
{
    REQUIRE(platform::hardenProcess());
    rlimit core {};
    REQUIRE(getrlimit(RLIMIT_CORE, &core) == 0);
    CHECK(core.rlim_cur == 0);
    CHECK(core.rlim_max == 0);
    CHECK(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
    const mode_t previous = umask(0);
    umask(previous);
    CHECK(previous == 077);
}

TEST_CASE("wingmate-cli makes a vault no one else can read")
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("vault"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WINGMATE_INSECURE_FAST_KDF"), QStringLiteral("1"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(WINGMATE_CLI_PATH),
        { QStringLiteral("--vault"), vault, QStringLiteral("init"), QStringLiteral("--admin"), test::AdminName,
            QStringLiteral("--password-stdin") });
    REQUIRE(cli.waitForStarted());
    cli.write((test::AdminPassword + QLatin1Char('\n')).toUtf8());
    cli.closeWriteChannel();
    REQUIRE(cli.waitForFinished(60000));
    REQUIRE(cli.exitCode() == 0);
    const QFileInfo folder(vault);
    CHECK((folder.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                    | QFile::WriteOther | QFile::ExeOther))
        == 0);
    for (const QFileInfo& file : QDir(vault).entryInfoList(QDir::Files)) {
        INFO(file.fileName().toStdString());
        CHECK((file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0);
    }
}

TEST_CASE("Atomic writes replace a file whole, or leave it as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.txt"));
    REQUIRE(writeFileAtomically(path, "first").ok());
    REQUIRE(writeFileAtomically(path, "second version").ok());
    CHECK(test::readFile(path) == "second version");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList { QStringLiteral("file.txt") });

    // A device is never replaced by a rename, even when run as root.
    const Status full = writeFileAtomically(QStringLiteral("/dev/full"), QByteArray(100000, 'x'));
    CHECK(full.code() == ErrorCode::Io);
    CHECK(QFileInfo(QStringLiteral("/dev/full")).isFile() == false);
    const Status folder = writeFileAtomically(dir.path(), "x");
    CHECK(folder.code() == ErrorCode::Io);
    CHECK(QFileInfo(dir.path()).isDir());
    const Status missing = writeFileAtomically(dir.filePath(QStringLiteral("no/such/folder/file")), "x");
    CHECK(missing.code() == ErrorCode::Io);
    CHECK(missing.message().contains(QStringLiteral("cannot be written")));
}

#pragma once

// The sqlcipher shell (Debian package sqlcipher) on a vault's database,
// keyed with its raw key, as someone who holds a slot's password can run it.

#include "security/KeyDerivation.h"
#include "security/KeySlotFile.h"

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <catch2/catch_test_macros.hpp>

namespace wingmate::test {

// The database key inside user's slot, opened with their password.
inline QByteArray rawDatabaseKey(const QString& folder, const QString& user, const QString& password)
{
    Result<KeySlotFile> keys = KeySlotFile::load(folder + QStringLiteral("/vault.keys"));
    REQUIRE(keys.ok());
    Result<KeySlot::Contents> contents = keys->userSlot(user)->open(secretFromText(password), keys->vaultId);
    REQUIRE(contents.ok());
    return QByteArray(reinterpret_cast<const char*>(contents->databaseKey.data()), 32);
}

// Runs script in the shell keyed with databaseKey; fails the test when the
// shell is missing or refuses the script. Its standard output.
// compatibility 3 opens a database still in SQLCipher 3's format. Vaults'
// pages are 4096 bytes in both.
inline QByteArray sqlcipherShell(const QString& folder, const QByteArray& databaseKey, const QString& script,
    const QStringList& options = {}, int compatibility = 4)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    INFO("the sqlcipher shell (Debian package sqlcipher) is needed");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(
        program, options + QStringList { QStringLiteral("-bail"), folder + QStringLiteral("/wingmate.db") });
    REQUIRE(process.waitForStarted());
    const QString keyed = QStringLiteral(".output /dev/null\nPRAGMA key = \"x'%1'\";\nPRAGMA "
                                         "cipher_compatibility = %2;\nPRAGMA cipher_page_size = "
                                         "4096;\nSELECT count(*) FROM sqlite_master;\n.output stdout\n")
                              .arg(QString::fromLatin1(databaseKey.toHex()))
                              .arg(compatibility);
    process.write((keyed + script + QLatin1Char('\n')).toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    INFO("sqlcipher: " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

// The triggers that keep the audit trail and its signatures unchanged, as
// the schema makes them: an attacker who drops them to rewrite the trail
// puts them back, so that the schema looks untouched.
inline QStringList auditTriggers()
{
    QStringList made;
    for (const char* table : { "audit_events", "audit_signatures" }) {
        const QString name = QString::fromLatin1(table);
        const QString noun = name == QLatin1String("audit_events") ? QStringLiteral("audit events")
                                                                   : QStringLiteral("audit signatures");
        made << QStringLiteral(
            "CREATE TRIGGER %1_never_updated BEFORE UPDATE ON %1 BEGIN SELECT RAISE(ABORT, '%2 "
            "are never changed'); END")
                    .arg(name, noun)
             << QStringLiteral(
                    "CREATE TRIGGER %1_never_deleted BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%2 "
                    "are never deleted'); END")
                    .arg(name, noun);
    }
    return made;
}

} // namespace wingmate::test

// The audit trail against a member of staff with a script: a support worker
// who holds the vault folder and their own password takes the database key
// and their signing key from their own slot, and rewrites an
// administrator's events through the sqlcipher shell, recomputing the keyed
// chain and the key file's record of its head as the program would. verify
// must still name the first event tampered with, its time and whose
// signature fails, and exit 3.
#include "CliRun.h"
#include "OldVault.h"
#include "SqlCipherShell.h"
#include "TestSession.h"
#include "TestVault.h"
#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "security/KeyDerivation.h"
#include "security/KeySlotFile.h"
#include "services/UserSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>

using namespace wingmate;
using namespace wingmate::test;

namespace {

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

void appendU64(QByteArray& out, quint64 value)
{
    char le[8];
    qToLittleEndian(value, le);
    out.append(le, 8);
}

QByteArray keyedHash(const QByteArray& key, const QByteArray& message)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32, bytes(message),
        quint64(message.size()), bytes(key), size_t(key.size()));
    return out;
}

QString sqlText(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString sqlBlob(const QByteArray& blob)
{
    return QStringLiteral("x'%1'").arg(QString::fromLatin1(blob.toHex()));
}

// What the worker can take from the folder with their own password.
struct Stolen {
    QByteArray databaseKey;
    QByteArray signingSecret; // Ed25519 secret key (64 bytes)
    QByteArray signingKey;
    QByteArray vaultId;
    QByteArray auditKey;
};

QByteArray shell(
    const QString& folder, const Stolen& stolen, const QString& script, const QStringList& options = {})
{
    return sqlcipherShell(folder, stolen.databaseKey, script, options);
}

QJsonArray shellRows(const QString& folder, const Stolen& stolen, const QString& select)
{
    const QByteArray out = shell(folder, stolen, select, { QStringLiteral("-json") });
    if (out.trimmed().isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    REQUIRE(doc.isArray());
    return doc.array();
}

Stolen steal(const QString& folder, const QString& worker = Worker, const QString& password = TestSession::passwordFor(Worker))
{
    Result<KeySlotFile> keys = KeySlotFile::load(folder + QStringLiteral("/vault.keys"));
    REQUIRE(keys.ok());
    Result<KeySlot::Contents> contents = keys->userSlot(worker)->open(secretFromText(password), keys->vaultId);
    REQUIRE(contents.ok());
    REQUIRE(contents->signingSeed.size() == crypto_sign_SEEDBYTES);
    Stolen stolen;
    stolen.vaultId = keys->vaultId;
    stolen.databaseKey = QByteArray(reinterpret_cast<const char*>(contents->databaseKey.data()), 32);
    stolen.signingKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    stolen.signingSecret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(stolen.signingKey.data()),
        reinterpret_cast<unsigned char*>(stolen.signingSecret.data()), contents->signingSeed.data());
    const QJsonArray info
        = shellRows(folder, stolen, QStringLiteral("SELECT value FROM vault_info WHERE key = 'audit_key';"));
    REQUIRE(info.size() == 1);
    stolen.auditKey
        = QByteArray::fromHex(info.at(0).toObject().value(QStringLiteral("value")).toString().toLatin1());
    REQUIRE(stolen.auditKey.size() == 32);
    return stolen;
}

struct Event {
    qint64 seq = 0;
    QString occurredAt, actor, action, entityType, entityId, details;
};

QList<Event> eventsFrom(const QString& folder, const Stolen& stolen, qint64 first)
{
    QList<Event> events;
    for (const QJsonValue& value : shellRows(folder, stolen,
             QStringLiteral(
                 "SELECT seq, occurred_at, actor, action, entity_type, entity_id, details FROM audit_events "
                 "WHERE seq >= %1 ORDER BY seq;")
                 .arg(first))) {
        const QJsonObject row = value.toObject();
        events.append({ row.value(QStringLiteral("seq")).toInteger(),
            row.value(QStringLiteral("occurred_at")).toString(),
            row.value(QStringLiteral("actor")).toString(), row.value(QStringLiteral("action")).toString(),
            row.value(QStringLiteral("entity_type")).toString(),
            row.value(QStringLiteral("entity_id")).toString(),
            row.value(QStringLiteral("details")).toString() });
    }
    return events;
}

QByteArray hashAt(const QString& folder, const Stolen& stolen, qint64 seq)
{
    if (seq == 0)
        return QByteArray(32, '\0');
    const QJsonArray rows = shellRows(
        folder, stolen, QStringLiteral("SELECT hex(hash) AS h FROM audit_events WHERE seq = %1;").arg(seq));
    REQUIRE(rows.size() == 1);
    return QByteArray::fromHex(rows.at(0).toObject().value(QStringLiteral("h")).toString().toLatin1());
}

enum class Signatures { KeepTheAdministrators, SignAgainAsWorker };

// Replaces the trail from `from` on with `events` (renumbered from `from`),
// with the keyed chain recomputed, and the key file's head record made to
// match, as the program would have written them.
void rewriteTrail(
    const QString& folder, const Stolen& stolen, qint64 from, QList<Event> events, Signatures signatures)
{
    QByteArray previous = hashAt(folder, stolen, from - 1);
    QString script = QStringLiteral(
        "DROP TRIGGER audit_events_never_updated;\nDROP TRIGGER audit_events_never_deleted;\n"
        "DROP TRIGGER audit_signatures_never_updated;\nDROP TRIGGER audit_signatures_never_deleted;\n"
        "BEGIN;\nDELETE FROM audit_events WHERE seq >= %1;\n")
                         .arg(from);
    qint64 seq = from;
    for (Event& event : events) {
        event.seq = seq++;
        QByteArray message("wingmate-audit-v1");
        message += previous;
        appendU64(message, quint64(event.seq));
        for (const QString* field : { &event.occurredAt, &event.actor, &event.action, &event.entityType,
                 &event.entityId, &event.details }) {
            const QByteArray utf8 = field->toUtf8();
            char le[4];
            qToLittleEndian(quint32(utf8.size()), le);
            message.append(le, 4);
            message += utf8;
        }
        const QByteArray hash = keyedHash(stolen.auditKey, message);
        script += QStringLiteral(
            "INSERT INTO audit_events (seq, occurred_at, actor, action, entity_type, entity_id, details, "
            "prev_hash, hash) VALUES (%1, %2, %3, %4, %5, %6, %7, %8, %9);\n")
                      .arg(event.seq)
                      .arg(sqlText(event.occurredAt), sqlText(event.actor), sqlText(event.action),
                          sqlText(event.entityType), sqlText(event.entityId), sqlText(event.details),
                          sqlBlob(previous), sqlBlob(hash));
        previous = hash;
    }
    const qint64 head = seq - 1;
    if (signatures == Signatures::SignAgainAsWorker) {
        QByteArray message("wingmate-audit-sign-v1");
        message += stolen.vaultId;
        appendU64(message, quint64(from));
        appendU64(message, quint64(head));
        message += previous;
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(message),
            quint64(message.size()), bytes(stolen.signingSecret));
        script += QStringLiteral(
            "DELETE FROM audit_signatures WHERE seq >= %1;\n"
            "INSERT INTO audit_signatures (seq, first_seq, signer, signature) VALUES (%2, %1, %3, %4);\n")
                      .arg(from)
                      .arg(head)
                      .arg(sqlBlob(stolen.signingKey), sqlBlob(signature));
    }
    script += auditTriggers().join(QStringLiteral(";\n")) + QStringLiteral(";\n");
    script += QStringLiteral("COMMIT;\nPRAGMA wal_checkpoint(TRUNCATE);\n");
    shell(folder, stolen, script);

    // The key file's record of the head, with its MAC under the audit key.
    QFile keyFile(folder + QStringLiteral("/vault.keys"));
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(keyFile.readAll()).object();
    keyFile.close();
    QByteArray macMessage("wingmate-anchor-v1");
    appendU64(macMessage, quint64(head));
    macMessage += previous;
    root.insert(QStringLiteral("anchor"),
        QJsonObject { { QStringLiteral("sequence"), head },
            { QStringLiteral("hash"), QString::fromLatin1(previous.toHex()) },
            { QStringLiteral("mac"), QString::fromLatin1(keyedHash(stolen.auditKey, macMessage).toHex()) } });
    REQUIRE(keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    keyFile.write(QJsonDocument(root).toJson());
    keyFile.close();
}

// wingmate-cli verify as the administrator; with anotherPc, from a PC that
// keeps no record of this vault's head.
CliRun verifyAsAdmin(const QString& folder, bool anotherPc, const QString& admin = AdminName,
    const QString& password = AdminPassword)
{
    QTemporaryDir elsewhere;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WINGMATE_INSECURE_FAST_KDF"), QStringLiteral("1"));
    if (anotherPc)
        env.insert(QStringLiteral("XDG_DATA_HOME"), elsewhere.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WINGMATE_CLI_PATH),
        { QStringLiteral("--vault"), folder, QStringLiteral("verify"), QStringLiteral("--user"), admin,
            QStringLiteral("--password-stdin") });
    REQUIRE(process.waitForStarted());
    process.write(inputLine(password));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

// A wing with an administrator's settings changes between other people's
// work, the worker's last; the seq of the administrator's first wing name.
qint64 makeWing(TestSession& ts)
{
    ts.addAccount(Worker, UserRole::SupportWorker);
    REQUIRE(ts.session->changeSetting(Setting::WingName, QStringLiteral("B wing")).ok());
    REQUIRE(ts.session->changeSetting(Setting::WingName, QStringLiteral("C wing")).ok());
    REQUIRE(ts.session->changeSetting(Setting::EstablishmentName, QStringLiteral("HMP Example")).ok());
    QSqlQuery first(ts.session->database());
    REQUIRE(first.exec(QStringLiteral("SELECT min(seq) FROM audit_events WHERE action = 'settings_change'")));
    REQUIRE(first.next());
    const qint64 seq = first.value(0).toLongLong();
    ts.signInAs(Worker);
    REQUIRE(ts.session->verify().ok());
    ts.session.reset();
    return seq;
}

} // namespace

TEST_CASE("A worker who rewrites an administrator's audit events with the database key and their own signing "
          "key is named by verify, which exits 3")
{
    TestSession ts;
    const qint64 target = makeWing(ts);
    const QString folder = ts.path();
    const Stolen stolen = steal(folder);
    QList<Event> events = eventsFrom(folder, stolen, target);
    REQUIRE(events.size() > 4);
    REQUIRE(events.at(0).actor == AdminName);
    REQUIRE(events.at(1).actor == AdminName);
    // Every case names the first event tampered with and its time; all but
    // the first say the administrator's events are signed by the worker.
    QString expected;
    Signatures signatures = Signatures::SignAgainAsWorker;

    SECTION("changed, with the administrator's signatures left as they were")
    {
        events[0].details.replace(QStringLiteral("B wing"), QStringLiteral("Z wing"));
        signatures = Signatures::KeepTheAdministrators;
        expected = QStringLiteral("signature of %1").arg(AdminName);
    }
    SECTION("changed, and signed again with the worker's key")
    {
        events[0].details.replace(QStringLiteral("B wing"), QStringLiteral("Z wing"));
        expected = QStringLiteral("recorded as %1's, but signed by %2").arg(AdminName, Worker);
    }
    SECTION("removed")
    {
        events.removeFirst();
        expected = QStringLiteral("recorded as %1's, but signed by %2").arg(AdminName, Worker);
    }
    SECTION("inserted")
    {
        Event made = events.at(0);
        made.details = QStringLiteral("{\"setting\":\"idle_lock_minutes\",\"before\":5,\"after\":240}");
        events.insert(0, made);
        expected = QStringLiteral("recorded as %1's, but signed by %2").arg(AdminName, Worker);
    }
    SECTION("reordered")
    {
        events.swapItemsAt(0, 1);
        expected = QStringLiteral("recorded as %1's, but signed by %2").arg(AdminName, Worker);
    }
    // The first event from the change on, as it now reads.
    const QString when = events.at(0).occurredAt;
    rewriteTrail(folder, stolen, target, events, signatures);

    for (const bool anotherPc : { false, true }) {
        INFO((anotherPc ? "on a PC with no record of the vault" : "on the wing's own PC"));
        const CliRun run = verifyAsAdmin(folder, anotherPc);
        INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("event %1 (%2)").arg(target).arg(when)));
        CHECK(run.err.contains(expected));
    }
}

TEST_CASE("A worker cannot pass off a signing key of their own as an administrator's")
{
    TestSession ts;
    makeWing(ts);
    const QString folder = ts.path();
    const Stolen stolen = steal(folder);
    // A new key pair, recorded at the end of the trail as the
    // administrator's, and an event in the administrator's name signed
    // with it: a commit that needs no one else's signature.
    QByteArray forgedKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray forgedSecret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(forgedKey.data()),
        reinterpret_cast<unsigned char*>(forgedSecret.data()));
    QList<Event> events = eventsFrom(folder, stolen, 1);
    const qint64 next = events.constLast().seq + 1;
    const QString when = QStringLiteral("2030-01-01T00:00:00.000Z");
    QList<Event> added {
        { 0, when, AdminName, AuditAction::SigningKey, QStringLiteral("user"), AdminName,
            QStringLiteral("{\"public_key\":\"%1\",\"recorded_by\":\"holder\"}")
                .arg(QString::fromLatin1(forgedKey.toHex())) },
        { 0, when, AdminName, AuditAction::SettingsChange, QStringLiteral("setting"),
            QStringLiteral("wing_name"), QStringLiteral("{\"before\":\"C wing\",\"after\":\"Z wing\"}") },
    };
    // Signed by the forged key, not the worker's.
    Stolen forger = stolen;
    forger.signingKey = forgedKey;
    forger.signingSecret = forgedSecret;
    rewriteTrail(folder, forger, next, added, Signatures::SignAgainAsWorker);

    const CliRun run = verifyAsAdmin(folder, true);
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("event %1").arg(next)));
}

TEST_CASE("An event from before signing began, changed and chained again, is caught by the signature that vouches "
          "for it")
{
    // The 0.1 vault (tests/fixtures/v0.1): its trail was kept before signing.
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/vault");
    oldvault::copyTo(folder);
    const QString& admin = oldvault::Admin;
    const QString& worker = oldvault::Worker;
    const QString& password = oldvault::Password;
    qint64 legacy = 0;
    for (const QString& user : { admin, worker }) {
        Result<std::unique_ptr<UserSession>> session = UserSession::signIn(folder, user, password);
        REQUIRE(session.ok());
        REQUIRE((*session)->verify().ok());
        QSqlQuery start((*session)->database());
        REQUIRE(start.exec(QStringLiteral("SELECT details FROM audit_events WHERE action = 'signing_start'")));
        REQUIRE(start.next());
        legacy = QJsonDocument::fromJson(start.value(0).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("legacy_events"))
                     .toInteger();
        CHECK_FALSE(start.next()); // once
    }
    REQUIRE(legacy > 3);

    // The worker changes an administrator's event from before signing.
    const Stolen stolen = steal(folder, worker, password);
    QList<Event> events = eventsFrom(folder, stolen, 2);
    REQUIRE(events.at(0).seq == 2);
    events[0].details.append(QLatin1Char(' '));
    rewriteTrail(folder, stolen, 2, events, Signatures::KeepTheAdministrators);

    for (const bool anotherPc : { false, true }) {
        const CliRun run = verifyAsAdmin(folder, anotherPc, admin, password);
        INFO("stderr: " << run.err.toStdString());
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("before signing began has been changed")));
    }
}

TEST_CASE("What a worker with a script tried next on the signed trail is caught as well")
{
    TestSession ts;
    makeWing(ts);
    const QString folder = ts.path();
    const Stolen stolen = steal(folder);
    const qint64 next = eventsFrom(folder, stolen, 1).constLast().seq + 1;
    const QString when = QStringLiteral("2030-01-01T00:00:00.000Z");
    const auto forger = [&] {
        Stolen made = stolen;
        made.signingKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        made.signingSecret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(made.signingKey.data()),
            reinterpret_cast<unsigned char*>(made.signingSecret.data()));
        return made;
    };
    const auto ownKey = [](const Stolen& who, const QString& actor, const QString& holder) {
        return Event { 0, QStringLiteral("2030-01-01T00:00:00.000Z"), actor, AuditAction::SigningKey,
            QStringLiteral("user"), holder,
            QStringLiteral("{\"public_key\":\"%1\",\"recorded_by\":\"holder\"}")
                .arg(QString::fromLatin1(who.signingKey.toHex())) };
    };
    const auto wingName = [&](const QString& actor) {
        return Event { 0, when, actor, AuditAction::SettingsChange, QStringLiteral("setting"),
            QStringLiteral("wing_name"), QStringLiteral("{\"before\":\"C wing\",\"after\":\"Z wing\"}") };
    };
    QString expected;

    SECTION("every signature removed, so the trail would pass for one kept before signing")
    {
        shell(folder, stolen,
            QStringLiteral(
                "DROP TRIGGER audit_signatures_never_deleted;\nDELETE FROM audit_signatures;\n%1;\n"
                "PRAGMA wal_checkpoint(TRUNCATE);\n")
                .arg(auditTriggers().at(3)));
        expected = QStringLiteral("removed");
    }
    SECTION("an unsigned event in the administrator's name after the last signed commit, for their next "
            "commit's signature to cover")
    {
        rewriteTrail(folder, stolen, next, { wingName(AdminName) }, Signatures::KeepTheAdministrators);
        expected = QStringLiteral("nobody signed");
    }
    SECTION("a look-alike of the worker's name, with a key of its own, to sign as the worker")
    {
        const Stolen other = forger();
        rewriteTrail(folder, other, next,
            { ownKey(other, Worker, QStringLiteral("\u017F") + Worker.mid(1)), wingName(Worker) },
            Signatures::SignAgainAsWorker);
        expected = QStringLiteral("names someone in a way Wingmate never writes");
    }
    SECTION("the worker, signing truthfully as themselves, changes what only an administrator may")
    {
        rewriteTrail(folder, stolen, next, { wingName(Worker) }, Signatures::SignAgainAsWorker);
        expected = QStringLiteral("%1 did what their role does not allow").arg(Worker);
    }
    SECTION("an account the trail never added, recording its own key and acting")
    {
        const Stolen other = forger();
        const QString phantom = QStringLiteral("wing.governor");
        rewriteTrail(folder, other, next, { ownKey(other, phantom, phantom), wingName(phantom) },
            Signatures::SignAgainAsWorker);
        expected = QStringLiteral("a key the trail never recorded as anyone's");
    }

    for (const bool anotherPc : { false, true }) {
        INFO((anotherPc ? "on a PC with no record of the vault" : "on the wing's own PC"));
        const CliRun run = verifyAsAdmin(folder, anotherPc);
        INFO("stderr: " << run.err.toStdString());
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(expected));
    }
}

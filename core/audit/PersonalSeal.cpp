#include "audit/PersonalSeal.h"

#include "storage/StorageErrors.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <optional>
#include <sodium.h>
#include <utility>

namespace wingmate {

namespace {

constexpr std::size_t KeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const QString SealedKey = QStringLiteral("sealed");

// Where an entity's prisoner is found, by the entity type its events name.
const QHash<QString, QString>& subjectQueries()
{
    static const QHash<QString, QString> queries {
        { QStringLiteral("mentor"), QStringLiteral("SELECT prisoner_id FROM mentors WHERE id = ?") },
        { QStringLiteral("shadowing_period"),
            QStringLiteral(
                "SELECT m.prisoner_id FROM shadowing_periods r JOIN mentors m ON m.id = r.mentor_id "
                "WHERE r.id = ?") },
        { QStringLiteral("training_record"),
            QStringLiteral(
                "SELECT m.prisoner_id FROM training_records r JOIN mentors m ON m.id = r.mentor_id "
                "WHERE r.id = ?") },
        { QStringLiteral("supervision"),
            QStringLiteral("SELECT m.prisoner_id FROM supervisions r JOIN mentors m ON m.id = r.mentor_id "
                           "WHERE r.id = ?") },
        { QStringLiteral("mentee_episode"),
            QStringLiteral("SELECT prisoner_id FROM mentee_episodes WHERE id = ?") },
        { QStringLiteral("mentor_allocation"),
            QStringLiteral("SELECT e.prisoner_id FROM mentor_allocations r JOIN mentee_episodes e ON e.id = "
                           "r.episode_id WHERE r.id = ?") },
        { QStringLiteral("check_in"),
            QStringLiteral(
                "SELECT e.prisoner_id FROM check_ins r JOIN mentee_episodes e ON e.id = r.episode_id "
                "WHERE r.id = ?") },
        { QStringLiteral("concern"),
            QStringLiteral(
                "SELECT e.prisoner_id FROM concerns r JOIN mentee_episodes e ON e.id = r.episode_id "
                "WHERE r.id = ?") },
        { QStringLiteral("review"),
            QStringLiteral(
                "SELECT e.prisoner_id FROM reviews r JOIN mentee_episodes e ON e.id = r.episode_id "
                "WHERE r.id = ?") },
        { QStringLiteral("follow_up_action"),
            QStringLiteral(
                "SELECT DISTINCT e.prisoner_id FROM follow_up_actions f JOIN session_attendance a ON "
                "a.session_id = f.session_id JOIN mentee_episodes e ON e.id = a.episode_id WHERE f.id = ?") },
        { QStringLiteral("mentee_session"),
            QStringLiteral(
                "SELECT DISTINCT e.prisoner_id FROM session_attendance a JOIN mentee_episodes e ON "
                "e.id = a.episode_id WHERE a.session_id = ?") },
    };
    return queries;
}

bool isId(const QJsonValue& value)
{
    if (value.isNull())
        return true;
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return number >= 0 && number == double(qint64(number));
}

// Entity ids stay readable: an id, a list of ids, or a change of an id; so
// do which record a view opened and what a disclosure sent out, whose and
// how many records (Disclosure.h): never a name or a note.
bool readable(const QString& key, const QJsonValue& value)
{
    static const QSet<QString> structural { QStringLiteral("record"), QStringLiteral("disclosure"),
        QStringLiteral("what"), QStringLiteral("subject"), QStringLiteral("records") };
    if (structural.contains(key))
        return !value.isObject() && !value.isArray();
    if (key.endsWith(QLatin1String("_ids")) && value.isArray()) {
        const QJsonArray ids = value.toArray();
        return std::all_of(ids.cbegin(), ids.cend(), [](const QJsonValue& id) { return isId(id); });
    }
    if (key != QLatin1String("id") && !key.endsWith(QLatin1String("_id")))
        return false;
    if (value.isObject()) {
        const QJsonObject change = value.toObject();
        return change.size() == 2 && isId(change.value(QStringLiteral("before")))
            && isId(change.value(QStringLiteral("after")));
    }
    return isId(value);
}

QByteArray u64(qint64 value)
{
    char le[8];
    qToLittleEndian(static_cast<quint64>(value), le);
    return QByteArray(le, 8);
}

QByteArray encrypt(const unsigned char* key, const QByteArray& plain, const QByteArray& ad)
{
    QByteArray out(int(NonceBytes) + plain.size() + int(TagBytes), Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(bytes, NonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes + NonceBytes, &written,
        reinterpret_cast<const unsigned char*>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, bytes, key);
    out.truncate(int(NonceBytes + written));
    return out;
}

// Empty when the box does not open under key.
bool decrypt(const unsigned char* key, const QByteArray& box, const QByteArray& ad, unsigned char* out,
    std::size_t outSize)
{
    if (box.size() < int(NonceBytes + TagBytes) || std::size_t(box.size()) - NonceBytes - TagBytes != outSize)
        return false;
    const auto* bytes = reinterpret_cast<const unsigned char*>(box.constData());
    unsigned long long written = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(out, &written, nullptr, bytes + NonceBytes,
               static_cast<unsigned long long>(box.size()) - NonceBytes,
               reinterpret_cast<const unsigned char*>(ad.constData()),
               static_cast<unsigned long long>(ad.size()), bytes, key)
        == 0;
}

QByteArray boxData(const QByteArray& vaultId, const QJsonArray& fields)
{
    QStringList names;
    for (const QJsonValue& field : fields)
        names.append(field.toString());
    return QByteArray("wingmate-seal-v1") + vaultId + names.join(QLatin1Char(',')).toUtf8();
}

QByteArray wrapData(const QByteArray& vaultId, qint64 keyRow)
{
    return QByteArray("wingmate-seal-key-v1") + vaultId + u64(keyRow);
}

} // namespace

PersonalSeal::PersonalSeal(QSqlDatabase db, QByteArray vaultId)
    : PersonalSeal([db] { return db; }, std::move(vaultId))
{
}

PersonalSeal::PersonalSeal(std::function<QSqlDatabase()> database, QByteArray vaultId)
    : m_database(std::move(database))
    , m_vaultId(std::move(vaultId))
{
}

bool PersonalSeal::describesPrisoner(const QString& entityType, const QJsonObject& details)
{
    return entityType == QLatin1String("prisoner") || subjectQueries().contains(entityType)
        || details.value(QStringLiteral("subject")).toString().startsWith(QLatin1String("prisoner:"));
}

QJsonObject PersonalSeal::sealForNoOne(const QJsonObject& details) const
{
    std::optional<Boxed> boxed = box(details);
    if (!boxed)
        return details;
    // The event's key is never kept: the box says how much there was and
    // nothing else.
    boxed->readable.insert(SealedKey,
        QJsonObject { { QStringLiteral("fields"), boxed->fields }, { QStringLiteral("to"), QJsonArray() },
            { QStringLiteral("box"), QString::fromLatin1(boxed->box.toBase64()) } });
    return boxed->readable;
}

std::optional<PersonalSeal::Boxed> PersonalSeal::box(const QJsonObject& details) const
{
    auto [readable, personal] = split(details);
    if (personal.isEmpty())
        return std::nullopt;
    Boxed boxed { readable, {}, SecureBytes::random(KeyBytes), {} };
    for (auto it = personal.constBegin(); it != personal.constEnd(); ++it)
        boxed.fields.append(it.key());
    QByteArray plain = QJsonDocument(personal).toJson(QJsonDocument::Compact);
    boxed.box = encrypt(boxed.eventKey.data(), plain, boxData(m_vaultId, boxed.fields));
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    return boxed;
}

bool PersonalSeal::isSealed(const QJsonObject& details)
{
    return details.value(SealedKey).isObject();
}

std::pair<QJsonObject, QJsonObject> PersonalSeal::split(const QJsonObject& details)
{
    QJsonObject open;
    QJsonObject personal;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        if (readable(it.key(), it.value()))
            open.insert(it.key(), it.value());
        else
            personal.insert(it.key(), it.value());
    }
    return { open, personal };
}

Result<QList<qint64>> PersonalSeal::subjectsOf(
    const QString& entityType, const QString& entityId, const QJsonObject& details) const
{
    QList<qint64> subjects;
    const auto add = [&subjects](qint64 id) {
        if (id > 0 && !subjects.contains(id))
            subjects.append(id);
    };
    // A prisoner named directly, if their record is still here.
    const auto addPrisoner = [&](qint64 prisoner) -> Status {
        QSqlQuery query(m_database());
        query.prepare(QStringLiteral("SELECT 1 FROM prisoners WHERE id = ?"));
        query.addBindValue(prisoner);
        if (!query.exec())
            return storageFailure(query.lastError(), tr("The audit trail could not be written."));
        if (query.next())
            add(prisoner);
        return Status::success();
    };
    const QString subject = details.value(QStringLiteral("subject")).toString();
    if (subject.startsWith(QLatin1String("prisoner:"))) {
        if (Status s = addPrisoner(subject.mid(9).toLongLong()); !s)
            return s;
    }
    bool numeric = false;
    const qint64 id = entityId.toLongLong(&numeric);
    if (entityType == QLatin1String("prisoner") && numeric) {
        if (Status s = addPrisoner(id); !s)
            return s;
    }
    const QString sql = subjectQueries().value(entityType);
    if (!sql.isEmpty() && numeric) {
        QSqlQuery query(m_database());
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(id);
        if (!query.exec())
            return storageFailure(query.lastError(), tr("The audit trail could not be written."));
        while (query.next())
            add(query.value(0).toLongLong());
    }
    // A session's attendees as its event names them, should its register
    // not be written yet.
    if (entityType == QLatin1String("mentee_session") && subjects.isEmpty()) {
        for (const QString& list :
            { QStringLiteral("attended_episode_ids"), QStringLiteral("absent_episode_ids") }) {
            for (const QJsonValue& episode : details.value(list).toArray()) {
                QSqlQuery query(m_database());
                query.prepare(QStringLiteral("SELECT prisoner_id FROM mentee_episodes WHERE id = ?"));
                query.addBindValue(episode.toInteger());
                if (!query.exec())
                    return storageFailure(query.lastError(), tr("The audit trail could not be written."));
                if (query.next())
                    add(query.value(0).toLongLong());
            }
        }
    }
    return subjects;
}

Result<qint64> PersonalSeal::currentKeyRow(qint64 prisoner, bool create)
{
    if (const auto found = m_current.find(prisoner); found != m_current.end())
        return found->second;
    QSqlQuery query(m_database());
    query.prepare(QStringLiteral(
        "SELECT id, seal_key FROM prisoner_keys WHERE prisoner_id = ? AND seal_key IS NOT NULL"));
    query.addBindValue(prisoner);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The audit trail could not be written."));
    if (query.next()) {
        const qint64 row = query.value(0).toLongLong();
        QByteArray raw = query.value(1).toByteArray();
        if (raw.size() != int(KeyBytes))
            return Status::failure(ErrorCode::Damaged,
                tr("The vault has been tampered with: the audit trail's key for prisoner %1 is damaged. "
                   "Nothing "
                   "was saved. Tell an administrator.")
                    .arg(prisoner));
        m_keys.insert_or_assign(row,
            SecureBytes::copyOf(
                { reinterpret_cast<const unsigned char*>(raw.constData()), std::size_t(raw.size()) }));
        sodium_memzero(raw.data(), std::size_t(raw.size()));
        m_current.emplace(prisoner, row);
        return row;
    }
    if (!create)
        return qint64(0);
    SecureBytes key = SecureBytes::random(KeyBytes);
    QSqlQuery insert(m_database());
    insert.prepare(
        QStringLiteral("INSERT INTO prisoner_keys (prisoner_id, seal_key, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(prisoner);
    insert.addBindValue(QByteArray(reinterpret_cast<const char*>(key.data()), int(key.size())));
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return storageFailure(insert.lastError(), tr("The audit trail could not be written."));
    const qint64 row = insert.lastInsertId().toLongLong();
    m_keys.insert_or_assign(row, std::move(key));
    m_current.emplace(prisoner, row);
    return row;
}

Result<PersonalSeal::KeyRow> PersonalSeal::loadKey(qint64 row) const
{
    if (m_keys.count(row) != 0)
        return KeyRow {};
    if (const auto erased = m_erased.find(row); erased != m_erased.end())
        return erased->second;
    QSqlQuery query(m_database());
    query.prepare(QStringLiteral("SELECT seal_key, erased_on, erased_why FROM prisoner_keys WHERE id = ?"));
    query.addBindValue(row);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The audit trail could not be read."));
    KeyRow result;
    if (!query.next() || query.value(0).isNull()) {
        result.erased = true;
        result.erasedOn = query.isValid() ? query.value(1).toString() : QString();
        result.erasedWhy = query.isValid() ? query.value(2).toString() : QString();
        m_erased.emplace(row, result);
        return result;
    }
    QByteArray raw = query.value(0).toByteArray();
    if (raw.size() != int(KeyBytes)) {
        // Not a key Wingmate made: nothing opens with it.
        result.damaged = true;
        m_erased.emplace(row, result);
        return result;
    }
    m_keys.insert_or_assign(row,
        SecureBytes::copyOf(
            { reinterpret_cast<const unsigned char*>(raw.constData()), std::size_t(raw.size()) }));
    sodium_memzero(raw.data(), std::size_t(raw.size()));
    return result;
}

Result<QJsonObject> PersonalSeal::sealEvent(const QString& entityType, const QString& entityId,
    const QJsonObject& details, IfNoOneIsHere ifNoOneIsHere)
{
    if (isSealed(details))
        return details;
    const Result<QList<qint64>> subjects = subjectsOf(entityType, entityId, details);
    if (!subjects)
        return subjects.status();
    if (subjects->isEmpty() && ifNoOneIsHere == IfNoOneIsHere::Erase
        && describesPrisoner(entityType, details))
        return sealForNoOne(details);
    return seal(details, *subjects);
}

Result<QJsonObject> PersonalSeal::seal(const QJsonObject& details, const QList<qint64>& subjects)
{
    if (subjects.isEmpty() || isSealed(details))
        return details;
    std::optional<Boxed> boxed = box(details);
    if (!boxed)
        return details;
    const SecureBytes& eventKey = boxed->eventKey;
    QJsonArray to;
    for (const qint64 prisoner : subjects) {
        const Result<qint64> row = currentKeyRow(prisoner, true);
        if (!row)
            return row.status();
        const QByteArray keyBytes(reinterpret_cast<const char*>(eventKey.data()), int(eventKey.size()));
        const QByteArray wrap = encrypt(m_keys.at(*row).data(), keyBytes, wrapData(m_vaultId, *row));
        to.append(QJsonObject { { QStringLiteral("key"), *row },
            { QStringLiteral("wrap"), QString::fromLatin1(wrap.toBase64()) } });
    }
    boxed->readable.insert(SealedKey,
        QJsonObject { { QStringLiteral("fields"), boxed->fields }, { QStringLiteral("to"), to },
            { QStringLiteral("box"), QString::fromLatin1(boxed->box.toBase64()) } });
    return boxed->readable;
}

Result<PersonalSeal::Opened> PersonalSeal::open(const QJsonObject& stored) const
{
    if (!isSealed(stored))
        return Opened { stored, {} };
    const QJsonObject sealed = stored.value(SealedKey).toObject();
    Opened opened { stored, {} };
    opened.details.remove(SealedKey);
    const QJsonArray fields = sealed.value(QStringLiteral("fields")).toArray();
    const QByteArray box = QByteArray::fromBase64(sealed.value(QStringLiteral("box")).toString().toLatin1());
    QStringList names;
    for (const QJsonValue& field : fields)
        names.append(field.toString());
    QString erasedOn;
    QString erasedWhy;
    bool damaged = false;
    for (const QJsonValue& entry : sealed.value(QStringLiteral("to")).toArray()) {
        const qint64 row = entry.toObject().value(QStringLiteral("key")).toInteger();
        const Result<KeyRow> key = loadKey(row);
        if (!key)
            return key.status();
        if (key->damaged) {
            damaged = true;
            continue;
        }
        if (key->erased) {
            if (key->erasedOn > erasedOn) {
                erasedOn = key->erasedOn;
                erasedWhy = key->erasedWhy;
            }
            continue;
        }
        // On the stack and wiped below: opening every event of a long trail
        // (verify) must not lock and unlock a page of memory for each.
        std::array<unsigned char, KeyBytes> eventKey {};
        const auto wipe = qScopeGuard([&eventKey] { sodium_memzero(eventKey.data(), eventKey.size()); });
        const QByteArray wrap
            = QByteArray::fromBase64(entry.toObject().value(QStringLiteral("wrap")).toString().toLatin1());
        if (!decrypt(
                m_keys.at(row).data(), wrap, wrapData(m_vaultId, row), eventKey.data(), eventKey.size())) {
            damaged = true;
            continue;
        }
        const qsizetype plainSize = box.size() - qsizetype(NonceBytes + TagBytes);
        QByteArray plain(qMax<qsizetype>(plainSize, 0), Qt::Uninitialized);
        if (plainSize < 0
            || !decrypt(eventKey.data(), box, boxData(m_vaultId, fields),
                reinterpret_cast<unsigned char*>(plain.data()), std::size_t(plain.size()))) {
            damaged = true;
            continue;
        }
        const QJsonObject personal = QJsonDocument::fromJson(plain).object();
        sodium_memzero(plain.data(), std::size_t(plain.size()));
        for (auto it = personal.constBegin(); it != personal.constEnd(); ++it)
            opened.details.insert(it.key(), it.value());
        return opened;
    }
    const QString list = names.join(QStringLiteral(", "));
    if (damaged)
        opened.erased = tr("content could not be opened: it has been tampered with (%1)").arg(list);
    else if (erasedWhy == QLatin1String("retention_purge") && !erasedOn.isEmpty())
        opened.erased = tr("content erased by retention purge on %1 (%2)").arg(erasedOn, list);
    else if (!erasedOn.isEmpty())
        opened.erased = tr("content erased on %1 (%2)").arg(erasedOn, list);
    else
        opened.erased
            = tr("content erased: the records it described were purged before it was sealed (%1)").arg(list);
    return opened;
}

Result<qint64> PersonalSeal::erase(const QList<qint64>& prisoners, const QDate& on, const QString& why)
{
    qint64 erased = 0;
    QSqlQuery update(m_database());
    update.prepare(QStringLiteral("UPDATE prisoner_keys SET seal_key = NULL, erased_on = ?, erased_why = ? "
                                  "WHERE prisoner_id = ? AND seal_key IS NOT NULL"));
    for (const qint64 prisoner : prisoners) {
        update.bindValue(0, on.toString(Qt::ISODate));
        update.bindValue(1, why);
        update.bindValue(2, prisoner);
        if (!update.exec())
            return storageFailure(update.lastError(), tr("The audit trail's keys could not be erased."));
        erased += update.numRowsAffected();
    }
    forget();
    return erased;
}

PersonalSeal::Check::Check(const PersonalSeal& seal)
    : m_seal(seal)
{
}

Status PersonalSeal::Check::bad(qint64 seq, const QString& what)
{
    m_firstBad = seq;
    return Status::failure(ErrorCode::Damaged,
        tr("The audit trail has been tampered with at event %1: %2").arg(seq).arg(what),
        QStringLiteral("first bad sequence number %1").arg(seq));
}

Status PersonalSeal::Check::load()
{
    QSqlQuery query(m_seal.m_database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, prisoner_id, seal_key, erased_on, erased_why FROM prisoner_keys")))
        return storageFailure(query.lastError(), tr("The audit trail could not be read."));
    while (query.next()) {
        m_keyRows.emplace(query.value(0).toLongLong(),
            Key { query.value(1).toLongLong(), query.value(2).toByteArray(), query.value(3).toString(),
                query.value(4).toString(), 0 });
    }
    if (!query.exec(QStringLiteral("SELECT id FROM prisoners")))
        return storageFailure(query.lastError(), tr("The audit trail could not be read."));
    while (query.next())
        m_prisoners.insert(query.value(0).toLongLong());
    return Status::success();
}

Status PersonalSeal::Check::add(qint64 seq, const QString& action, const QString& occurredAt,
    const QString& entityType, const QString& entityId, const QString& details, const QJsonObject* parsed)
{
    m_lastSeq = seq;
    const auto object = [&] { return parsed ? *parsed : QJsonDocument::fromJson(details.toUtf8()).object(); };
    if (action == QLatin1String("purge")) {
        m_purged[occurredAt.left(10)] += object().value(QStringLiteral("audit_keys_erased")).toInteger();
        return Status::success();
    }
    if (!details.contains(QLatin1String("\"sealed\":{")))
        return Status::success();
    const QJsonObject stored = object();
    const QJsonObject sealed = stored.value(SealedKey).toObject();
    const QJsonArray to = sealed.value(QStringLiteral("to")).toArray();
    if (to.isEmpty())
        m_sealedToNoOne.append({ seq, entityType, entityId, stored });
    else if (entityType == QLatin1String("prisoner")
        && (action == QLatin1String("create") || action == QLatin1String("transfer_in")))
        m_createdUnder.insert(
            entityId.toLongLong(), to.at(0).toObject().value(QStringLiteral("key")).toInteger());
    // An event about a prisoner by id is sealed to that prisoner's own key.
    qint64 about = 0;
    if (entityType == QLatin1String("prisoner"))
        about = entityId.toLongLong();
    else if (const QString subject = stored.value(QStringLiteral("subject")).toString();
             subject.startsWith(QLatin1String("prisoner:")))
        about = subject.mid(9).toLongLong();
    for (const QJsonValue& entry : to) {
        const qint64 row = entry.toObject().value(QStringLiteral("key")).toInteger();
        const auto found = m_keyRows.find(row);
        if (found == m_keyRows.end())
            return bad(
                seq, tr("what it says about a prisoner is sealed to a key that is no longer in the vault."));
        Key& key = found->second;
        if (key.firstSeq == 0)
            key.firstSeq = seq;
        if (about > 0 && key.prisoner != about) {
            return bad(seq,
                tr("what it says about prisoner %1 is sealed to a key the vault records as prisoner %2's.")
                    .arg(about)
                    .arg(key.prisoner));
        }
        if (key.key.isEmpty())
            continue;
        const QByteArray wrap
            = QByteArray::fromBase64(entry.toObject().value(QStringLiteral("wrap")).toString().toLatin1());
        unsigned char eventKey[KeyBytes];
        const bool opens = key.key.size() == int(KeyBytes)
            && decrypt(reinterpret_cast<const unsigned char*>(key.key.constData()), wrap,
                wrapData(m_seal.m_vaultId, row), eventKey, KeyBytes);
        sodium_memzero(eventKey, KeyBytes);
        if (!opens)
            return bad(seq, tr("what it says about a prisoner does not open with the key it names."));
    }
    return Status::success();
}

Status PersonalSeal::Check::finish()
{
    QHash<QString, qint64> erased;
    for (const auto& entry : m_keyRows) {
        if (entry.second.key.isEmpty())
            ++erased[entry.second.erasedOn];
    }
    for (const auto& [row, key] : m_keyRows) {
        const qint64 seq = key.firstSeq > 0 ? key.firstSeq : m_lastSeq;
        const bool here = m_prisoners.contains(key.prisoner);
        if (!key.key.isEmpty()) {
            // A purge destroys the key of everyone it deletes; a key made for
            // nothing on the trail was not made by Wingmate.
            if (!here || key.firstSeq == 0) {
                return bad(seq,
                    tr("a key that seals what the trail says about prisoner %1 is still kept, though they "
                       "are not "
                       "in the vault or nothing is sealed to it.")
                        .arg(key.prisoner));
            }
            continue;
        }
        // Destroyed by a purge, of someone who went (or whose id a newcomer
        // has since been given: their record was made under a key of
        // their own), and something was sealed to it.
        const qint64 madeUnder = m_createdUnder.value(key.prisoner);
        if (key.erasedWhy != QLatin1String("retention_purge") || key.firstSeq == 0
            || (here && (madeUnder == 0 || madeUnder == row))
            || erased.value(key.erasedOn) != m_purged.value(key.erasedOn)) {
            return bad(seq,
                tr("the key that sealed what it says about prisoner %1 was destroyed on %2, but no retention "
                   "purge "
                   "deleted them.")
                    .arg(key.prisoner)
                    .arg(key.erasedOn.isEmpty() ? tr("an unknown day") : key.erasedOn));
        }
    }
    QSet<QString> days(erased.keyBegin(), erased.keyEnd());
    days.unite(QSet<QString>(m_purged.keyBegin(), m_purged.keyEnd()));
    for (const QString& day : std::as_const(days)) {
        if (erased.value(day) != m_purged.value(day)) {
            return bad(m_lastSeq,
                tr("the retention purges of %1 destroyed %2 of the keys that seal what it says about "
                   "prisoners, but "
                   "%3 are recorded as destroyed that day.")
                    .arg(day)
                    .arg(m_purged.value(day))
                    .arg(erased.value(day)));
        }
    }
    for (const SealedToNoOne& event : std::as_const(m_sealedToNoOne)) {
        const Result<QList<qint64>> subjects
            = m_seal.subjectsOf(event.entityType, event.entityId, event.details);
        if (!subjects)
            return subjects.status();
        if (!subjects->isEmpty()) {
            return bad(event.seq,
                tr("its content was erased when the trail was sealed, as if its records had been purged, but "
                   "they are still in the vault."));
        }
    }
    return Status::success();
}

void PersonalSeal::forget()
{
    m_keys.clear();
    m_erased.clear();
    m_current.clear();
}

} // namespace wingmate

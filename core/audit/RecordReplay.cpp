#include "audit/RecordReplay.h"

#include "audit/AuditEvent.h"
#include "domain/Validation.h"
#include "storage/StorageErrors.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <array>

namespace wingmate {

namespace {

// The tables whose rows the trail describes, each with the entity type its
// events name and, for a row no event made, the prisoner it belongs to (a
// transfer imported before imports named the records they made).
struct Table {
    const char* entityType;
    const char* name;
    const char* owner;
    const char* author = nullptr; // the column naming who made it: the event's author
};

constexpr std::array<Table, 13> Tables { {
    { "user", "users", "NULL" },
    { "prisoner", "prisoners", "t.id" },
    { "mentor", "mentors", "t.prisoner_id" },
    { "shadowing_period", "shadowing_periods",
        "(SELECT m.prisoner_id FROM mentors m WHERE m.id = t.mentor_id)" },
    { "training_record", "training_records",
        "(SELECT m.prisoner_id FROM mentors m WHERE m.id = t.mentor_id)" },
    { "supervision", "supervisions", "(SELECT m.prisoner_id FROM mentors m WHERE m.id = t.mentor_id)" },
    { "mentee_episode", "mentee_episodes", "t.prisoner_id" },
    { "mentor_allocation", "mentor_allocations",
        "(SELECT e.prisoner_id FROM mentee_episodes e WHERE e.id = t.episode_id)" },
    { "mentee_session", "mentee_sessions",
        "(SELECT e.prisoner_id FROM session_attendance a JOIN mentee_episodes e ON e.id = a.episode_id "
        "WHERE a.session_id = t.id LIMIT 1)",
        "recorded_by" },
    { "follow_up_action", "follow_up_actions",
        "(SELECT e.prisoner_id FROM session_attendance a JOIN mentee_episodes e ON e.id = a.episode_id "
        "WHERE a.session_id = t.session_id LIMIT 1)" },
    { "check_in", "check_ins", "(SELECT e.prisoner_id FROM mentee_episodes e WHERE e.id = t.episode_id)",
        "recorded_by" },
    { "concern", "concerns", "(SELECT e.prisoner_id FROM mentee_episodes e WHERE e.id = t.episode_id)",
        "raised_by" },
    { "review", "reviews", "(SELECT e.prisoner_id FROM mentee_episodes e WHERE e.id = t.episode_id)",
        "reviewer" },
} };

const Table* tableFor(const QString& entityType)
{
    for (const Table& table : Tables) {
        if (entityType == QLatin1String(table.entityType))
            return &table;
    }
    return nullptr;
}

// A session's mentors and attendance live in their own tables.
const QString MentorIds = QStringLiteral("mentor_ids");
const QString Attended = QStringLiteral("attended_episode_ids");
const QString Absent = QStringLiteral("absent_episode_ids");

// Links a purge clears in records that stay, to records that go: the field,
// in which table, and the table whose removed ids it may have pointed at.
struct ClearedLink {
    const char* table;
    const char* field;
    const char* removedFrom;
};
constexpr std::array<ClearedLink, 4> ClearedLinks { {
    { "reviews", "concern_id", "concerns" },
    { "concerns", "check_in_id", "check_ins" },
    { "concerns", "session_id", "mentee_sessions" },
    { "shadowing_periods", "experienced_mentor_id", "mentors" },
} };

QString asciiLower(QString text)
{
    for (QChar& c : text) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return text;
}

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

bool isEmpty(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

bool isEmpty(const QVariant& value)
{
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

// The trail writes what the services hold (a flag as true/false, a date as
// text, an empty text as "" or null); the table what SQLite stores.
bool same(const QString& field, const QJsonValue& trail, const QVariant& live)
{
    // Raw bytes never match what the program's queries look for.
    if (live.typeId() == QMetaType::QByteArray)
        return false;
    // An empty date where the trail says "none" would read as set to the
    // program's IS NULL tests (an allocation ended, a follow-up done). A
    // text left empty may be stored either way.
    const bool dated = field.endsWith(QLatin1String("_on")) || field.endsWith(QLatin1String("_at"));
    if (dated && (trail.isNull() || trail.isUndefined()))
        return live.isNull();
    if (isEmpty(trail) || isEmpty(live))
        return isEmpty(trail) && isEmpty(live);
    if (trail.isBool())
        return isNumber(live) && live.toLongLong() == (trail.toBool() ? 1 : 0);
    // Stored as a number: text that reads as one (with a non-breaking space,
    // say) matches no join or search.
    if (trail.isDouble())
        return isNumber(live) && live.toDouble() == trail.toDouble();
    if (trail.isString())
        return live.toString() == trail.toString();
    return false;
}

// Kept by Wingmate itself, not by events: bookkeeping, figures kept for
// speed (checked against the records instead) and the deletion.
const QSet<QString>& notFromEvents()
{
    static const QSet<QString> columns { QStringLiteral("id"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("deleted_at"), QStringLiteral("deleted_reason"),
        QStringLiteral("search_key"), QStringLiteral("last_contact_at"), QStringLiteral("last_check_in_id"),
        QStringLiteral("open_concerns"), QStringLiteral("concern_raised") };
    return columns;
}

QList<qint64> sortedIds(const QJsonValue& value)
{
    QList<qint64> ids;
    for (const QJsonValue& id : value.toArray())
        ids.append(id.toInteger());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

RecordReplay::RecordReplay(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool RecordReplay::replays(const QString& action, const QString& entityType)
{
    if (action == AuditAction::Create || action == AuditAction::Change || action == AuditAction::Delete)
        return tableFor(entityType) != nullptr;
    return action == AuditAction::UserAdmin || action == AuditAction::TransferIn
        || action == AuditAction::Purge;
}

const QList<RecordReplay::Column>& RecordReplay::columnsOf(const QString& table)
{
    const auto known = m_columns.constFind(table);
    if (known != m_columns.cend())
        return *known;
    QList<Column>& columns = m_columns[table];
    QSqlQuery query(m_db);
    if (query.exec(
            QStringLiteral("SELECT name, dflt_value, upper(type) FROM pragma_table_info('%1')").arg(table))) {
        while (query.next()) {
            QString unset = query.value(1).toString();
            if (unset.size() >= 2 && unset.startsWith(QLatin1Char('\'')) && unset.endsWith(QLatin1Char('\'')))
                unset = unset.mid(1, unset.size() - 2);
            const QString type = query.value(2).toString();
            columns.append({ query.value(0).toString(),
                query.value(1).isNull() || unset == QLatin1String("NULL") ? QJsonValue() : QJsonValue(unset),
                type.contains(QLatin1String("INT")) || type == QLatin1String("REAL") });
        }
    }
    return columns;
}

void RecordReplay::withDefaults(const QString& table, Record& record)
{
    for (const Column& column : columnsOf(table)) {
        if (!record.fields.contains(column.name) && !notFromEvents().contains(column.name))
            record.fields.insert(column.name, column.unset);
    }
}

RecordReplay::Record& RecordReplay::made(
    const QString& table, const QString& id, qint64 seq, const QString& at)
{
    // A new record with the id of one a purge removed starts afresh.
    Record& record = m_tables[table][id];
    record = Record();
    record.seq = seq;
    record.at = at;
    return record;
}

void RecordReplay::add(qint64 seq, const QString& occurredAt, const QString& actor, const QString& action,
    const QString& entityType, const QString& entityId, const QJsonObject& details, bool erased)
{
    if (action == AuditAction::Purge) {
        purged(seq, details);
        return;
    }
    if (action == AuditAction::TransferIn) {
        const auto imported = details.constFind(QStringLiteral("records"));
        if (imported == details.constEnd()) {
            m_importedBefore.insert(entityId.toLongLong());
            return;
        }
        const QJsonObject tables = imported->toObject();
        for (auto table = tables.begin(); table != tables.end(); ++table) {
            const QJsonObject rows = table->toObject();
            for (auto row = rows.begin(); row != rows.end(); ++row) {
                const QJsonObject fields = row->toObject();
                if (table.key() == QLatin1String("mentor_status_history")) {
                    m_statusLines[fields.value(QStringLiteral("mentor_id")).toInteger()].append(
                        { fields.value(QStringLiteral("from_status")).toString(),
                            fields.value(QStringLiteral("to_status")).toString(),
                            fields.value(QStringLiteral("changed_on")).toString(),
                            fields.value(QStringLiteral("recorded_by")).toString() });
                    continue;
                }
                Record& record = made(table.key(), row.key(), seq, occurredAt);
                record.fields = fields;
                // Bookkeeping as the sending vault had it, not events'.
                for (const QString& column : notFromEvents())
                    record.fields.remove(column);
            }
        }
        return;
    }
    if (action == AuditAction::UserAdmin) {
        const QString id = asciiLower(entityId);
        if (details.value(QStringLiteral("operation")).toString() == QLatin1String("add")) {
            Record& account = made(QStringLiteral("users"), id, seq, occurredAt);
            account.fields
                = { { QStringLiteral("display_name"), details.value(QStringLiteral("display_name")) },
                      { QStringLiteral("role"), details.value(QStringLiteral("role")) },
                      { QStringLiteral("active"), true } };
            return;
        }
        const QJsonObject after = details.value(QStringLiteral("after")).toObject();
        Record& account = m_tables[QStringLiteral("users")][id];
        for (auto field = after.begin(); field != after.end(); ++field)
            account.fields.insert(field.key(), field.value());
        account.seq = seq;
        account.at = occurredAt;
        return;
    }
    const Table* table = tableFor(entityType);
    if (!table)
        return;
    const QString name = QString::fromLatin1(table->name);
    if (action == AuditAction::Create) {
        Record& record = made(name, entityId, seq, occurredAt);
        record.fields = details;
        record.erased = erased;
        if (table->author)
            record.fields.insert(QLatin1String(table->author), actor);
        withDefaults(name, record);
        if (name == QLatin1String("prisoners"))
            record.fields.insert(QStringLiteral("updated_at"), occurredAt);
        if (name == QLatin1String("mentors")) {
            m_statusLines[entityId.toLongLong()]
                = { { QString(), details.value(QStringLiteral("status")).toString(),
                    details.value(QStringLiteral("applied_on")).toString(), actor } };
        }
        // A session's follow-up actions are made with it.
        const QJsonArray followUps = details.value(QStringLiteral("follow_up_actions")).toArray();
        for (const QJsonValue& value : followUps) {
            QJsonObject followUp = value.toObject();
            const QString id = QString::number(followUp.take(QStringLiteral("id")).toInteger());
            followUp.insert(QStringLiteral("session_id"), entityId.toLongLong());
            Record& action = made(QStringLiteral("follow_up_actions"), id, seq, occurredAt);
            action.fields = followUp;
            withDefaults(QStringLiteral("follow_up_actions"), action);
        }
        return;
    }
    Record& record = m_tables[name][entityId];
    record.seq = seq;
    record.at = occurredAt;
    record.erased = record.erased || erased;
    if (action == AuditAction::Delete) {
        record.deleted = true;
        record.fields.insert(QStringLiteral("deleted_reason"), details.value(QStringLiteral("reason")));
        // A purge counts the years from the day it was deleted.
        record.fields.insert(QStringLiteral("deleted_at"), occurredAt);
        if (entityType == QLatin1String("mentee_episode")) {
            // Deleting an episode ends its mentors' allocations that day
            // (the event counts them).
            Records& allocations = m_tables[QStringLiteral("mentor_allocations")];
            for (Record& allocation : allocations) {
                if (allocation.fields.value(QStringLiteral("episode_id")).toInteger() == entityId.toLongLong()
                    && isEmpty(allocation.fields.value(QStringLiteral("ended_on"))))
                    allocation.unknown.insert(QStringLiteral("ended_on"));
            }
        }
        return;
    }
    for (auto field = details.begin(); field != details.end(); ++field) {
        // A change lists { before, after } per field; anything else is
        // about the change (its reason, the date it took effect).
        const QJsonObject change = field->toObject();
        if (field->isObject() && change.contains(QStringLiteral("after"))) {
            record.fields.insert(field.key(), change.value(QStringLiteral("after")));
            record.unknown.remove(field.key());
        }
    }
    // A purge counts the years of someone with no other record from the
    // last change to their details.
    if (name == QLatin1String("prisoners"))
        record.fields.insert(QStringLiteral("updated_at"), occurredAt);
    const QJsonObject status = details.value(QStringLiteral("status")).toObject();
    if (name == QLatin1String("mentors") && status.contains(QStringLiteral("after"))) {
        const QString to = status.value(QStringLiteral("after")).toString();
        const QString on = details.value(QStringLiteral("changed_on")).toString();
        m_statusLines[entityId.toLongLong()].append(
            { status.value(QStringLiteral("before")).toString(), to, on, actor });
        if (to == QLatin1String("left")) {
            // A mentor who leaves hands their mentees back that day (the
            // event counts them).
            for (Record& allocation : m_tables[QStringLiteral("mentor_allocations")]) {
                if (allocation.fields.value(QStringLiteral("mentor_id")).toInteger() == entityId.toLongLong()
                    && isEmpty(allocation.fields.value(QStringLiteral("ended_on")))) {
                    const QString from = allocation.fields.value(QStringLiteral("allocated_on")).toString();
                    allocation.fields.insert(QStringLiteral("ended_on"), qMax(from, on));
                }
            }
        }
    }
}

void RecordReplay::purged(qint64 seq, const QJsonObject& details)
{
    const auto removed = details.constFind(QStringLiteral("removed"));
    if (removed == details.constEnd()) {
        // A purge from before purges named what they removed: anything
        // recorded before it may be gone, and its cleared links unknown.
        for (Records& records : m_tables) {
            for (Record& record : records) {
                if (record.seq < seq)
                    record.removable = true;
            }
        }
        for (const ClearedLink& link : ClearedLinks) {
            for (Record& record : m_tables[QString::fromLatin1(link.table)])
                record.unknown.insert(QString::fromLatin1(link.field));
        }
        for (Record& record : m_tables[QStringLiteral("mentee_sessions")])
            record.unknown.unite({ MentorIds, Attended, Absent });
        return;
    }
    const QJsonObject tables = removed->toObject();
    for (auto table = tables.begin(); table != tables.end(); ++table) {
        Records& records = m_tables[table.key()];
        for (const QJsonValue& id : table->toArray()) {
            const auto record = records.find(QString::number(id.toInteger()));
            if (record != records.end())
                record->removable = record->removed = true;
        }
    }
    for (const ClearedLink& link : ClearedLinks) {
        const QJsonArray ids = tables.value(QLatin1String(link.removedFrom)).toArray();
        if (ids.isEmpty())
            continue;
        QSet<qint64> gone;
        for (const QJsonValue& id : ids)
            gone.insert(id.toInteger());
        const QString field = QString::fromLatin1(link.field);
        for (Record& record : m_tables[QString::fromLatin1(link.table)]) {
            if (gone.contains(record.fields.value(field).toInteger()))
                record.fields.insert(field, QJsonValue::Null);
        }
    }
    // A group session that stays loses from its register the mentees and
    // mentors who go.
    const std::pair<QString, QString> registers[] = { { MentorIds, QStringLiteral("mentors") },
        { Attended, QStringLiteral("mentee_episodes") }, { Absent, QStringLiteral("mentee_episodes") } };
    for (const auto& [field, removedFrom] : registers) {
        QSet<qint64> gone;
        for (const QJsonValue& id : tables.value(removedFrom).toArray())
            gone.insert(id.toInteger());
        if (gone.isEmpty())
            continue;
        for (Record& record : m_tables[QStringLiteral("mentee_sessions")]) {
            const QJsonArray ids = record.fields.value(field).toArray();
            QJsonArray kept;
            for (const QJsonValue& id : ids) {
                if (!gone.contains(id.toInteger()))
                    kept.append(id);
            }
            if (kept.size() != ids.size())
                record.fields.insert(field, kept);
        }
    }
}

Status RecordReplay::finish()
{
    if (Status status = checkStoredForms(); !status)
        return status;
    for (const Table& table : Tables) {
        if (Status status = compare(QString::fromLatin1(table.name), QString::fromLatin1(table.owner));
            !status)
            return status;
    }
    if (Status status = checkStatusHistory(); !status)
        return status;
    return checkKeptFigures();
}

Status RecordReplay::checkStoredForms()
{
    // SQLite keeps raw bytes as they are, whatever the column: an id stored
    // as bytes looks the same when read, but no join or search matches it,
    // so a concern or a check-in could be hidden from every list.
    QStringList tables;
    for (const Table& table : Tables)
        tables.append(QString::fromLatin1(table.name));
    tables << QStringLiteral("mentor_status_history") << QStringLiteral("session_mentors")
           << QStringLiteral("session_attendance") << QStringLiteral("settings");
    for (const QString& table : std::as_const(tables)) {
        const QList<Column>& columns = columnsOf(table);
        if (columns.isEmpty())
            continue;
        QStringList blobs;
        for (const Column& column : columns) {
            blobs.append(column.numeric
                    ? QStringLiteral("typeof(\"%1\") NOT IN ('integer', 'real', 'null')").arg(column.name)
                    : QStringLiteral("typeof(\"%1\") = 'blob'").arg(column.name));
        }
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT \"%1\" FROM %2 WHERE %3 LIMIT 1")
                            .arg(columns.constFirst().name, table, blobs.join(QStringLiteral(" OR "))))) {
            return storageFailure(query.lastError(), tr("The table %1 could not be read.").arg(table));
        }
        if (query.next()) {
            m_firstBad = 0;
            return Status::failure(ErrorCode::Damaged,
                tr("The vault's records do not agree with its audit trail: record %1 in the table %2 holds "
                   "raw bytes where Wingmate writes text or a number, or text where it writes a number, "
                   "which hides it from the program's lists and searches. It was changed without Wingmate.")
                    .arg(query.value(0).toString(), table),
                QStringLiteral("%1.%2 holds a value of the wrong type")
                    .arg(table, query.value(0).toString()));
        }
    }
    return Status::success();
}

Status RecordReplay::checkStatusHistory()
{
    // Each mentor's status history, line by line, as their events made it
    // (a purge counts a mentor's years from the day they left).
    QHash<qint64, QList<StatusLine>> live;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT mentor_id, from_status, to_status, changed_on, recorded_by FROM mentor_status_history")))
        return storageFailure(query.lastError(), tr("The mentors' status history could not be read."));
    while (query.next()) {
        live[query.value(0).toLongLong()].append({ query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString() });
    }
    const Records& mentors = m_tables[QStringLiteral("mentors")];
    QSet<qint64> all(live.keyBegin(), live.keyEnd());
    all.unite(QSet<qint64>(m_statusLines.keyBegin(), m_statusLines.keyEnd()));
    QList<qint64> sorted(all.cbegin(), all.cend());
    std::sort(sorted.begin(), sorted.end());
    for (qint64 mentor : sorted) {
        const auto record = mentors.constFind(QString::number(mentor));
        // A mentor no event made (imported before imports named their
        // records) is excused with them; one whose content a purge erased
        // is gone.
        if (record == mentors.cend() && (!live.contains(mentor) || !m_importedBefore.isEmpty()))
            continue;
        if (record != mentors.cend() && record->removable && !record->removed && !record->erased
            && !live.contains(mentor))
            continue;
        if (record == mentors.cend())
            return bad(QStringLiteral("mentor_status_history"), QString::number(mentor), nullptr,
                tr("(the status history of mentor %1) is in the table, but no event in the trail made it. It "
                   "was added without Wingmate.")
                    .arg(mentor));
        QList<StatusLine> expected
            = record->removed || record->erased ? QList<StatusLine>() : m_statusLines.value(mentor);
        QList<StatusLine> found = live.value(mentor);
        std::sort(expected.begin(), expected.end());
        std::sort(found.begin(), found.end());
        if (expected != found) {
            return bad(QStringLiteral("mentors"), QString::number(mentor), &*record,
                tr("has a status history (when and by whom each change was made) that is not what the "
                   "trail recorded. It was changed without Wingmate, or put back from an older copy of the "
                   "file."));
        }
    }
    return Status::success();
}

Status RecordReplay::checkKeptFigures()
{
    // Figures kept beside the records for speed (0006_caseload_figures.sql)
    // must be what the records give: changed by hand, they could hide a
    // concern from the caseload.
    const std::pair<const char*, const char*> checks[] = {
        { "SELECT e.id FROM mentee_episodes e "
          "WHERE e.last_contact_at IS NOT (SELECT held_at FROM episode_last_contact WHERE episode_id = e.id) "
          "OR e.last_check_in_id IS NOT (SELECT check_in_id FROM episode_latest_check_in WHERE episode_id = "
          "e.id) "
          "OR e.open_concerns IS NOT (SELECT open_concerns FROM episode_open_concerns WHERE episode_id = "
          "e.id) "
          "ORDER BY e.id LIMIT 1",
            QT_TR_NOOP(
                "record %1 in the table mentee_episodes keeps figures (its last contact, latest check-in "
                "or open concerns) that are not what its records give. They were changed without "
                "Wingmate.") },
        { "SELECT a.session_id FROM session_attendance a LEFT JOIN mentee_sessions s ON s.id = a.session_id "
          "WHERE s.id IS NULL OR a.held_at IS NOT s.held_at "
          "UNION ALL SELECT m.session_id FROM session_mentors m "
          "WHERE NOT EXISTS (SELECT 1 FROM mentee_sessions s WHERE s.id = m.session_id) LIMIT 1",
            QT_TR_NOOP(
                "record %1 in the table mentee_sessions has a register or mentors that are not "
                "the session's (another date, or no such session). They were changed without Wingmate.") },
    };
    for (const auto& [sql, what] : checks) {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(sql)))
            return storageFailure(
                query.lastError(), tr("The figures kept with the records could not be read."));
        if (query.next()) {
            m_firstBad = 0;
            return Status::failure(ErrorCode::Damaged,
                tr("The vault's records do not agree with its audit trail: %1")
                    .arg(tr(what).arg(query.value(0).toString())),
                QStringLiteral("kept figures of %1").arg(query.value(0).toString()));
        }
    }
    // A prisoner is found by a folded form of their name.
    QSqlQuery prisoners(m_db);
    prisoners.setForwardOnly(true);
    if (!prisoners.exec(QStringLiteral("SELECT id, full_name, search_key FROM prisoners ORDER BY id")))
        return storageFailure(prisoners.lastError(), tr("The table prisoners could not be read."));
    while (prisoners.next()) {
        if (Validation::searchKey(prisoners.value(1).toString()) != prisoners.value(2).toString()) {
            m_firstBad = 0;
            return Status::failure(ErrorCode::Damaged,
                tr("The vault's records do not agree with its audit trail: record %1 in the table prisoners "
                   "is searched for under a name that is not theirs. It was changed without Wingmate.")
                    .arg(prisoners.value(0).toString()),
                QStringLiteral("prisoners.%1.search_key").arg(prisoners.value(0).toString()));
        }
    }
    return Status::success();
}

Status RecordReplay::bad(const QString& table, const QString& id, const Record* record, const QString& what)
{
    m_firstBad = record ? record->seq : 0;
    return Status::failure(ErrorCode::Damaged,
        tr("The vault's records do not agree with its audit trail: record %1 in the table %2 %3")
            .arg(id, table, what),
        record ? QStringLiteral("first bad sequence number %1; %2.%3").arg(record->seq).arg(table, id)
               : QStringLiteral("%1.%2 without an event").arg(table, id));
}

Status RecordReplay::compare(const QString& table, const QString& ownerOfRow)
{
    const bool sessions = table == QLatin1String("mentee_sessions");
    // A session's mentors, and who attended and who did not.
    QHash<qint64, QList<qint64>> mentorsOf;
    QHash<qint64, QList<qint64>> attendedOf;
    QHash<qint64, QList<qint64>> absentOf;
    if (sessions) {
        QSqlQuery links(m_db);
        links.setForwardOnly(true);
        if (!links.exec(QStringLiteral("SELECT session_id, mentor_id FROM session_mentors ORDER BY 1, 2")))
            return storageFailure(links.lastError(), tr("The sessions' mentors could not be read."));
        while (links.next())
            mentorsOf[links.value(0).toLongLong()].append(links.value(1).toLongLong());
        if (!links.exec(QStringLiteral(
                "SELECT session_id, episode_id, attended FROM session_attendance ORDER BY 1, 2")))
            return storageFailure(links.lastError(), tr("The sessions' attendance could not be read."));
        while (links.next()) {
            (links.value(2).toInt() ? attendedOf : absentOf)[links.value(0).toLongLong()].append(
                links.value(1).toLongLong());
        }
    }
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    const QString owner = m_importedBefore.isEmpty() ? QStringLiteral("NULL") : ownerOfRow;
    if (!rows.exec(
            QStringLiteral("SELECT t.*, %1 AS replay_owner FROM %2 AS t ORDER BY t.id").arg(owner, table)))
        return storageFailure(rows.lastError(), tr("The table %1 could not be read.").arg(table));
    const QSqlRecord columns = rows.record();
    QHash<QString, int> columnAt; // looked up for every field of every row
    for (int i = 0; i < columns.count(); ++i)
        columnAt.insert(columns.fieldName(i), i);
    const int ownerColumn = columns.indexOf(QStringLiteral("replay_owner"));
    const int deletedColumn = columns.indexOf(QStringLiteral("deleted_at"));
    const int keyColumn = columns.indexOf(
        table == QLatin1String("users") ? QStringLiteral("username") : QStringLiteral("id"));
    Records& records = m_tables[table];
    QSet<QString> seen;
    while (rows.next()) {
        // Usernames are matched as the users table matches them (NOCASE
        // folds A-Z only), never by Unicode case folding.
        const QString id = asciiLower(rows.value(keyColumn).toString());
        seen.insert(id);
        const auto found = records.constFind(id);
        if (found == records.cend()) {
            const QVariant prisoner = rows.value(ownerColumn);
            if (!prisoner.isNull() && m_importedBefore.contains(prisoner.toLongLong()))
                continue;
            return bad(table, id, nullptr,
                tr("is in the table, but no event in the trail made it. It was added without Wingmate."));
        }
        const Record& record = *found;
        // A record a purge removed, or whose content it erased with its
        // person, is gone: a row with its id that no event made since is
        // not it.
        if (record.removed || record.erased) {
            return bad(table, id, nullptr,
                tr("is in the table, but the trail's last event about a record with this id (event %1, "
                   "%2) was followed by the purge that removed it, and no event made it again. It was added "
                   "without Wingmate.")
                    .arg(record.seq)
                    .arg(record.at));
        }
        if (deletedColumn >= 0 && rows.value(deletedColumn).isNull() == record.deleted) {
            return bad(table, id, &record,
                record.deleted
                    ? tr("is live in the table, but the trail deleted it (event %1, %2). It was put back "
                         "without Wingmate, or from an older copy of the file.")
                          .arg(record.seq)
                          .arg(record.at)
                    : tr("is deleted in the table, but the trail never deleted it. It was deleted without "
                         "Wingmate."));
        }
        for (auto field = record.fields.begin(); field != record.fields.end(); ++field) {
            const QString& name = field.key();
            if (record.unknown.contains(name))
                continue;
            bool agrees = true;
            if (const int column = columnAt.value(name, -1); column >= 0 && column != ownerColumn) {
                agrees = same(name, field.value(), rows.value(column));
            } else if (sessions && (name == MentorIds || name == Attended || name == Absent)) {
                const qint64 session = id.toLongLong();
                const QList<qint64>& live = name == MentorIds ? mentorsOf.value(session)
                    : name == Attended                        ? attendedOf.value(session)
                                                              : absentOf.value(session);
                agrees = sortedIds(field.value()) == live;
            }
            if (!agrees) {
                return bad(table, id, &record,
                    tr("has a value of %1 that is not what the trail's last event about it (event %2, %3) "
                       "recorded. It was changed without Wingmate, or put back from an older copy of the "
                       "file.")
                        .arg(name)
                        .arg(record.seq)
                        .arg(record.at));
            }
        }
    }
    if (rows.lastError().isValid())
        return storageFailure(rows.lastError(), tr("The table %1 could not be read.").arg(table));
    // The earliest record that went without its event.
    const Record* missing = nullptr;
    QString missingId;
    for (auto record = records.cbegin(); record != records.cend(); ++record) {
        if (record->removable || seen.contains(record.key()))
            continue;
        if (!missing || record->seq < missing->seq) {
            missing = &*record;
            missingId = record.key();
        }
    }
    if (missing) {
        return bad(table, missingId, missing,
            tr("is not in the table, but no event in the trail removed it (its last event is %1, %2). It "
               "was removed without Wingmate.")
                .arg(missing->seq)
                .arg(missing->at));
    }
    return Status::success();
}

} // namespace wingmate

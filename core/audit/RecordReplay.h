#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <tuple>

namespace wingmate {

// What verify checks of the records against the audit trail. Every event
// that makes, changes or deletes a record is replayed in order, and the
// result is compared with the live rows: a row changed, added or removed
// without its event (raw SQL with the database key), or put back from an
// older copy of the file, is reported with its table, its id and the field
// that differs (never the values, which may be personal).
//
// What is compared is what the trail records: the fields of each record's
// "create" event and the "after" of its changes, whether it is deleted and
// why, a session's mentors and attendance, who recorded a session, a
// check-in, a concern or a review (the event's author), and an account's
// name, role and whether it may sign in. Figures kept for speed (an episode's last
// contact, a session's concern flag) and bookkeeping columns (created_at,
// updated_at) are not in the trail and are not compared.
class RecordReplay {
    Q_DECLARE_TR_FUNCTIONS(RecordReplay)
public:
    explicit RecordReplay(QSqlDatabase db);

    // True for the events add() needs (the others may be skipped).
    static bool replays(const QString& action, const QString& entityType);

    // Each event in order, its details opened; erased: its personal content
    // was erased by a retention purge.
    void add(qint64 seq, const QString& occurredAt, const QString& actor, const QString& action,
        const QString& entityType, const QString& entityId, const QJsonObject& details, bool erased);

    // Compares the replayed records with the tables.
    Status finish();
    // The event a failure concerns (0 when the row has none).
    qint64 firstBad() const { return m_firstBad; }

private:
    struct Record {
        QJsonObject fields; // as the trail last left them
        QSet<QString> unknown; // fields the trail cannot know the value of
        qint64 seq = 0; // the last event about it
        QString at;
        bool deleted = false;
        bool erased = false; // its content was erased by a purge
        bool removable = false; // a purge since may have removed it
        bool removed = false; // a purge since removed it: it must be gone
    };
    using Records = QHash<QString, Record>; // id (a username for accounts) -> record
    // A line of a mentor's status history, as its event recorded it.
    struct StatusLine {
        QString from;
        QString to;
        QString on;
        QString by;
        bool operator<(const StatusLine& o) const
        {
            return std::tie(on, from, to, by) < std::tie(o.on, o.from, o.to, o.by);
        }
        bool operator==(const StatusLine& o) const = default;
    };
    // A column and the value an INSERT leaves in it when not given.
    struct Column {
        QString name;
        QJsonValue unset;
        bool numeric = false; // declared INTEGER or REAL
    };
    const QList<Column>& columnsOf(const QString& table);
    // What a create event did not name takes the column's default.
    void withDefaults(const QString& table, Record& record);

    Record& made(const QString& table, const QString& id, qint64 seq, const QString& at);
    void purged(qint64 seq, const QJsonObject& details);
    // owner: SQL giving the prisoner a row belongs to (t is the row).
    Status compare(const QString& table, const QString& owner);
    Status checkKeptFigures();
    Status checkStatusHistory();
    Status checkStoredForms();
    Status bad(const QString& table, const QString& id, const Record* record, const QString& what);

    QSqlDatabase m_db;
    QHash<QString, Records> m_tables; // table -> its records
    QSet<qint64> m_importedBefore; // prisoners transferred in before imports named their records
    QHash<QString, QList<Column>> m_columns; // table -> its columns
    QHash<qint64, QList<StatusLine>> m_statusLines; // mentor -> its history
    qint64 m_firstBad = 0;
};

} // namespace wingmate

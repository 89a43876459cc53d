// The sessions export: one row per mentee on a session's register.
//
// A session's rows share most of their cells, and the people and mentors in
// a period are few next to its rows. So the episodes and mentors are read
// once into hashes, the period's registers and mentor lists are read in two
// scans along their primary keys into memory, and the sessions themselves
// come in time order along mentee_sessions_held. A row then costs no B-tree
// lookup of its own, and every text cell is encoded once per session or
// person, not once per row. The rows, their order and their bytes are those
// of the single joined statement this replaces.

#include "reports/CsvWriter.h"
#include "reports/Pseudonyms.h"
#include "reports/RowExport.h"
#include "storage/StorageErrors.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <vector>

namespace wingmate {

namespace {

// The lowest and highest id among the period's sessions: they bound the
// scans of the registers and mentor lists. Ids follow the order sessions were
// recorded in, so a period's lie close together; one recorded late only
// widens the scan.
const char* const SessionIdsSql = R"SQL(
SELECT min(id), max(id) FROM mentee_sessions WHERE held_at >= :from AND held_at < :after
)SQL";

// The mentees a row can be about: not deleted, with their prisoner record.
const char* const PeopleSql = R"SQL(
SELECT e.id, p.id, p.full_name, p.prison_number, p.date_of_birth
  FROM mentee_episodes e JOIN prisoners p ON p.id = e.prisoner_id
 WHERE e.deleted_at IS NULL
)SQL";

// Every mentor, deleted or not; the name is NULL (and left out of the names)
// when the prisoner record is missing.
const char* const MentorsSql = R"SQL(
SELECT m.id, m.prisoner_id, p.full_name FROM mentors m LEFT JOIN prisoners p ON p.id = m.prisoner_id
)SQL";

const char* const RegistersSql = R"SQL(
SELECT session_id, episode_id, attended FROM session_attendance
 WHERE session_id BETWEEN :first AND :last ORDER BY session_id, episode_id
)SQL";

const char* const MentorListsSql = R"SQL(
SELECT session_id, mentor_id, 0 FROM session_mentors
 WHERE session_id BETWEEN :first AND :last ORDER BY session_id, mentor_id
)SQL";

// %1 is the identifiable columns, or nothing.
const char* const SessionsSql = R"SQL(
SELECT id, held_at, duration_minutes, session_type, is_group, concern_raised%1
  FROM mentee_sessions
 WHERE held_at >= :from AND held_at < :after AND deleted_at IS NULL
 ORDER BY held_at, id
)SQL";

const char* const IdentifiableColumns = ", location, recorded_by, notes";

struct Person {
    qint64 prisonerId = 0;
    QString name;
    QString prisonNumber;
    QString dateOfBirth;
    QByteArray pseudonym; // the cells, encoded on first use
    QByteArray identity; // mentee_name, prison_number, date_of_birth
};

struct Mentor {
    qint64 prisonerId = 0;
    bool named = false;
    QString name;
    QByteArray pseudonym; // UTF-8, made on first use
    QByteArray nameUtf8;
};

// One row of a register (episode, attended) or mentor list (mentor, 0).
struct Link {
    qint64 session = 0;
    qint64 id = 0;
    qint64 value = 0;
};

using Links = std::vector<Link>;

// The links of one session: the links are in session order.
std::pair<Links::const_iterator, Links::const_iterator> linksOf(const Links& links, qint64 session)
{
    const auto bySession = [](const Link& a, const Link& b) { return a.session < b.session; };
    return std::equal_range(links.cbegin(), links.cend(), Link { session, 0, 0 }, bySession);
}

// The cells repeated on every row of one session.
struct SessionCells {
    QByteArray date;
    QByteArray time;
    QByteArray type;
    QByteArray mentors;
    QByteArray mentorNames; // identifiable: mentor_names
    QByteArray details; // identifiable: location, recorded_by, notes
};

} // namespace

Result<int> RowExport::writeSessions(QSqlDatabase database, const QDate& from, const QDate& to,
    bool identifiable, Pseudonyms& pseudonyms, CsvWriter& csv)
{
    const QString failure = tr("The records could not be read for the export.");
    const QString fromText = from.toString(Qt::ISODate);
    const QString afterText = to.addDays(1).toString(Qt::ISODate);
    csv.row(columns(Kind::Sessions, identifiable));

    QSqlQuery bounds(database);
    bounds.prepare(QString::fromUtf8(SessionIdsSql));
    bounds.bindValue(QStringLiteral(":from"), fromText);
    bounds.bindValue(QStringLiteral(":after"), afterText);
    if (!bounds.exec() || !bounds.next())
        return storageFailure(bounds.lastError(), failure);
    if (bounds.value(0).isNull())
        return 0; // no session in the period
    const qint64 firstSession = bounds.value(0).toLongLong();
    const qint64 lastSession = bounds.value(1).toLongLong();
    bounds.finish();

    QHash<qint64, Person> people;
    QSqlQuery q(database);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromUtf8(PeopleSql)))
        return storageFailure(q.lastError(), failure);
    while (q.next()) {
        Person& person = people[q.value(0).toLongLong()];
        person.prisonerId = q.value(1).toLongLong();
        if (identifiable) {
            person.name = q.value(2).toString();
            person.prisonNumber = q.value(3).toString();
            person.dateOfBirth = q.value(4).toString();
        }
    }
    if (q.lastError().isValid())
        return storageFailure(q.lastError(), failure);

    QHash<qint64, Mentor> mentors;
    if (!q.exec(QString::fromUtf8(MentorsSql)))
        return storageFailure(q.lastError(), failure);
    while (q.next()) {
        Mentor& mentor = mentors[q.value(0).toLongLong()];
        mentor.prisonerId = q.value(1).toLongLong();
        mentor.named = !q.value(2).isNull();
        mentor.name = q.value(2).toString();
    }
    if (q.lastError().isValid())
        return storageFailure(q.lastError(), failure);

    const auto readLinks = [&](const char* sql, Links& links) -> Status {
        QSqlQuery scan(database);
        scan.setForwardOnly(true);
        scan.prepare(QString::fromUtf8(sql));
        scan.bindValue(QStringLiteral(":first"), firstSession);
        scan.bindValue(QStringLiteral(":last"), lastSession);
        if (!scan.exec())
            return storageFailure(scan.lastError(), failure);
        while (scan.next())
            links.push_back(
                { scan.value(0).toLongLong(), scan.value(1).toLongLong(), scan.value(2).toLongLong() });
        if (scan.lastError().isValid())
            return storageFailure(scan.lastError(), failure);
        return Status::success();
    };
    Links registers;
    if (Status s = readLinks(RegistersSql, registers); !s)
        return s;
    Links mentorLists;
    if (Status s = readLinks(MentorListsSql, mentorLists); !s)
        return s;

    const auto pseudonymOf = [&](Person& person) -> const QByteArray& {
        if (person.pseudonym.isNull())
            person.pseudonym = CsvWriter::encode(QStringView(pseudonyms.of(person.prisonerId)));
        return person.pseudonym;
    };
    const auto identityOf = [](Person& person) -> const QByteArray& {
        if (person.identity.isNull()) {
            person.identity = CsvWriter::encode(QStringView(person.name)) + ','
                + CsvWriter::encode(QStringView(person.prisonNumber)) + ','
                + CsvWriter::encode(QStringView(person.dateOfBirth));
        }
        return person.identity;
    };

    q.setForwardOnly(true);
    q.prepare(QString::fromUtf8(SessionsSql)
                  .arg(identifiable ? QString::fromUtf8(IdentifiableColumns) : QString()));
    q.bindValue(QStringLiteral(":from"), fromText);
    q.bindValue(QStringLiteral(":after"), afterText);
    if (!q.exec())
        return storageFailure(q.lastError(), failure);
    int rows = 0;
    SessionCells cells;
    QByteArray list;
    while (q.next()) {
        const qint64 session = q.value(0).toLongLong();
        const auto [registerBegin, registerEnd] = linksOf(registers, session);
        if (registerBegin == registerEnd)
            continue;
        const QString heldAt = q.value(1).toString(); // yyyy-MM-ddTHH:mm
        cells.date = CsvWriter::encode(QStringView(heldAt).left(10));
        cells.time = CsvWriter::encode(QStringView(heldAt).mid(11, 5));
        cells.type = CsvWriter::encode(QStringView(q.value(3).toString()));
        const qint64 duration = q.value(2).toLongLong();
        const qint64 group = q.value(4).toLongLong();
        const qint64 concern = q.value(5).toLongLong();

        // The mentors' pseudonyms joined by spaces and, identifiable, their
        // names joined by "; ", in mentor id order.
        const auto [mentorsBegin, mentorsEnd] = linksOf(mentorLists, session);
        list.clear();
        for (auto link = mentorsBegin; link != mentorsEnd; ++link) {
            const auto found = mentors.find(link->id);
            if (found == mentors.end())
                continue;
            if (found->pseudonym.isNull())
                found->pseudonym = pseudonyms.of(found->prisonerId).toUtf8();
            if (!list.isEmpty())
                list.append(' ');
            list.append(found->pseudonym);
        }
        cells.mentors = CsvWriter::encode(QByteArrayView(list));
        if (identifiable) {
            list.clear();
            bool first = true;
            for (auto link = mentorsBegin; link != mentorsEnd; ++link) {
                const auto found = mentors.find(link->id);
                if (found == mentors.end() || !found->named)
                    continue;
                if (found->nameUtf8.isNull())
                    found->nameUtf8 = found->name.toUtf8();
                if (!first)
                    list.append("; ");
                list.append(found->nameUtf8);
                first = false;
            }
            cells.mentorNames = CsvWriter::encode(QByteArrayView(list));
            cells.details = CsvWriter::encode(QStringView(q.value(6).toString())) + ','
                + CsvWriter::encode(QStringView(q.value(7).toString())) + ','
                + CsvWriter::encode(QStringView(q.value(8).toString()));
        }

        for (auto link = registerBegin; link != registerEnd; ++link) {
            const auto person = people.find(link->id);
            if (person == people.end())
                continue; // a deleted episode
            csv.number(session);
            csv.encoded(cells.date);
            csv.encoded(cells.time);
            csv.number(duration);
            csv.encoded(cells.type);
            csv.number(group);
            csv.encoded(pseudonymOf(*person));
            csv.number(link->value);
            csv.encoded(cells.mentors);
            csv.number(concern);
            if (identifiable) {
                csv.encoded(identityOf(*person));
                csv.encoded(cells.mentorNames);
                csv.encoded(cells.details);
            }
            csv.endRow();
            ++rows;
        }
    }
    if (q.lastError().isValid())
        return storageFailure(q.lastError(), failure);
    return rows;
}

} // namespace wingmate

// The sessions export: one row per mentee on a session's register.
//
// A session's rows share most of their cells, and the people and mentors in
// a period are few next to its rows. So the episodes and mentors are read
// once into hashes, the period's registers and mentor lists are read in two
// scans along their primary keys into memory, and the sessions themselves
// come in time order along mentee_sessions_held. A row then costs no B-tree
// lookup of its own, and every text cell is encoded once per session or
// person, not once per row. The reads share the export's transaction, so
// they see one state of the vault. The rows, their order and their bytes are
// those of the single joined statement this replaces.

#include "reports/RowExport.h"

#include "reports/CsvWriter.h"
#include "reports/Pseudonyms.h"
#include "storage/SqlCipherRows.h"
#include "storage/StorageErrors.h"

#include <QHash>
#include <algorithm>
#include <array>
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
    QByteArray pseudonym; // its cell, made on first use
    QByteArray identity; // identifiable: the mentee_name, prison_number and date_of_birth cells
};

struct Mentor {
    qint64 prisonerId = 0;
    bool named = false;
    QByteArray name; // UTF-8
    QByteArray pseudonym; // UTF-8, made on first use
};

// One row of a register (episode, attended) or of a mentor list (mentor, 0).
struct Link {
    qint64 session = 0;
    qint64 id = 0;
    qint64 value = 0;
};

using Links = std::vector<Link>;
using LinkRange = std::pair<Links::const_iterator, Links::const_iterator>;

// Finds a session's links (the links are in session order). Sessions come in
// time order, which is nearly id order, so the search starts just after the
// previous session's links and falls back to a binary search.
class LinkFinder {
public:
    explicit LinkFinder(const Links& links)
        : m_links(links)
        , m_next(links.cbegin())
    {
    }

    LinkRange of(qint64 session)
    {
        auto begin = m_next;
        if (begin == m_links.cend() || begin->session != session) {
            const auto bySession = [](const Link& link, qint64 id) { return link.session < id; };
            begin = std::lower_bound(m_links.cbegin(), m_links.cend(), session, bySession);
        }
        auto end = begin;
        while (end != m_links.cend() && end->session == session)
            ++end;
        m_next = end;
        return { begin, end };
    }

private:
    const Links& m_links;
    Links::const_iterator m_next;
};

// The cell of some UTF-8 text: the text itself when it needs no change,
// else its encoded form, kept in spare.
QByteArrayView cellOf(QByteArrayView utf8, QByteArray& spare)
{
    if (CsvWriter::isPlainAscii(utf8))
        return utf8;
    spare = CsvWriter::encode(utf8);
    return spare;
}

// The first n characters of text from position, as QString::mid() counts
// them (UTF-16 code units); the bytes themselves when the text is ASCII.
QByteArrayView part(QByteArrayView utf8, qsizetype position, qsizetype n, QByteArray& spare)
{
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return uchar(c) < 0x80; });
    if (!ascii) {
        spare = CsvWriter::encode(QStringView(QString::fromUtf8(utf8)).mid(position, n));
        return spare;
    }
    const QByteArrayView rest = utf8.sliced(std::min(position, utf8.size()));
    return cellOf(rest.first(std::min(n, rest.size())), spare);
}

// The cells a session's rows repeat, as views into the current row of the
// sessions' statement or into the spare copies: valid until its next().
struct SessionCells {
    QByteArrayView date;
    QByteArrayView time;
    QByteArrayView type;
    QByteArrayView mentors;
    QByteArrayView mentorNames; // identifiable: mentor_names
    std::array<QByteArrayView, 3> details; // identifiable: location, recorded_by, notes
    std::array<QByteArray, 8> spare; // date, time, type, mentors, mentorNames, details
    QByteArray mentorList;
    QByteArray nameList;
};

} // namespace

Result<int> RowExport::writeSessions(QSqlDatabase database, const QDate& from, const QDate& to,
    bool identifiable, Pseudonyms& pseudonyms, CsvWriter& csv)
{
    const QString failure = tr("The records could not be read for the export.");
    const QString fromText = from.toString(Qt::ISODate);
    const QString afterText = to.addDays(1).toString(Qt::ISODate);
    csv.row(columns(Kind::Sessions, identifiable));

    SqlCipherRows bounds(database, SessionIdsSql);
    bounds.bind(":from", fromText);
    bounds.bind(":after", afterText);
    if (!bounds.next())
        return storageFailure(bounds.lastError(), failure);
    if (bounds.isNull(0))
        return 0; // no session in the period
    const qint64 firstSession = bounds.integer(0);
    const qint64 lastSession = bounds.integer(1);

    QHash<qint64, Person> people;
    SqlCipherRows peopleRows(database, PeopleSql);
    while (peopleRows.next()) {
        Person& person = people[peopleRows.integer(0)];
        person.prisonerId = peopleRows.integer(1);
        if (identifiable) {
            person.identity = CsvWriter::encode(peopleRows.text(2)) + ','
                + CsvWriter::encode(peopleRows.text(3)) + ',' + CsvWriter::encode(peopleRows.text(4));
        }
    }
    if (peopleRows.lastError().isValid())
        return storageFailure(peopleRows.lastError(), failure);

    QHash<qint64, Mentor> mentors;
    SqlCipherRows mentorRows(database, MentorsSql);
    while (mentorRows.next()) {
        Mentor& mentor = mentors[mentorRows.integer(0)];
        mentor.prisonerId = mentorRows.integer(1);
        mentor.named = !mentorRows.isNull(2);
        mentor.name = mentorRows.text(2).toByteArray();
    }
    if (mentorRows.lastError().isValid())
        return storageFailure(mentorRows.lastError(), failure);

    const auto readLinks = [&](const char* sql, Links& links) -> Status {
        SqlCipherRows scan(database, sql);
        scan.bind(":first", firstSession);
        scan.bind(":last", lastSession);
        while (scan.next())
            links.push_back({ scan.integer(0), scan.integer(1), scan.integer(2) });
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

    const QByteArray sessionsSql = QString::fromUtf8(SessionsSql)
                                       .arg(identifiable ? QString::fromUtf8(IdentifiableColumns) : QString())
                                       .toUtf8();
    SqlCipherRows sessions(database, sessionsSql.constData());
    sessions.bind(":from", fromText);
    sessions.bind(":after", afterText);
    int rows = 0;
    SessionCells cells;
    LinkFinder registerOf(registers);
    LinkFinder mentorsOf(mentorLists);
    while (sessions.next()) {
        const qint64 session = sessions.integer(0);
        const auto [registerBegin, registerEnd] = registerOf.of(session);
        if (registerBegin == registerEnd)
            continue;
        const QByteArrayView heldAt = sessions.text(1); // yyyy-MM-ddTHH:mm
        cells.date = part(heldAt, 0, 10, cells.spare[0]);
        cells.time = part(heldAt, 11, 5, cells.spare[1]);
        const qint64 duration = sessions.integer(2);
        cells.type = cellOf(sessions.text(3), cells.spare[2]);
        const qint64 group = sessions.integer(4);
        const qint64 concern = sessions.integer(5);

        // The mentors' pseudonyms joined by spaces and (identifiable) their
        // names joined by "; ", in mentor id order, as group_concat made them.
        const auto [mentorsBegin, mentorsEnd] = mentorsOf.of(session);
        cells.mentorList.resize(0);
        cells.nameList.resize(0);
        bool firstName = true;
        for (auto link = mentorsBegin; link != mentorsEnd; ++link) {
            const auto mentor = mentors.find(link->id);
            if (mentor == mentors.end())
                continue;
            if (mentor->pseudonym.isNull())
                mentor->pseudonym = pseudonyms.of(mentor->prisonerId).toUtf8();
            if (!cells.mentorList.isEmpty())
                cells.mentorList.append(' ');
            cells.mentorList.append(mentor->pseudonym);
            if (identifiable && mentor->named) {
                if (!firstName)
                    cells.nameList.append("; ");
                cells.nameList.append(mentor->name);
                firstName = false;
            }
        }
        cells.mentors = cellOf(cells.mentorList, cells.spare[3]);
        if (identifiable) {
            cells.mentorNames = cellOf(cells.nameList, cells.spare[4]);
            for (int i = 0; i < 3; ++i)
                cells.details[size_t(i)] = cellOf(sessions.text(6 + i), cells.spare[size_t(5 + i)]);
        }

        for (auto link = registerBegin; link != registerEnd; ++link) {
            const auto person = people.find(link->id);
            if (person == people.end())
                continue; // a deleted episode
            if (person->pseudonym.isNull())
                person->pseudonym = CsvWriter::encode(QStringView(pseudonyms.of(person->prisonerId)));
            csv.number(session);
            csv.encoded(cells.date);
            csv.encoded(cells.time);
            csv.number(duration);
            csv.encoded(cells.type);
            csv.number(group);
            csv.encoded(person->pseudonym);
            csv.number(link->value);
            csv.encoded(cells.mentors);
            csv.number(concern);
            if (identifiable) {
                csv.encoded(person->identity);
                csv.encoded(cells.mentorNames);
                for (const QByteArrayView detail : cells.details)
                    csv.encoded(detail);
            }
            csv.endRow();
            ++rows;
        }
    }
    if (sessions.lastError().isValid())
        return storageFailure(sessions.lastError(), failure);
    return rows;
}

} // namespace wingmate

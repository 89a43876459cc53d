#include "DecadeGenerator.h"

#include "audit/AuditLog.h"
#include "audit/FieldChanges.h"
#include "domain/CheckIn.h"
#include "domain/MenteeEpisode.h"
#include "domain/MenteeSession.h"
#include "domain/Prisoner.h"
#include "domain/UserRole.h"
#include "domain/Validation.h"
#include "security/KeyDerivation.h"
#include "security/SecureBytes.h"
#include "services/UserSession.h"
#include "storage/StorageErrors.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <sodium.h>
#include <tuple>
#include <vector>

namespace wingmate::bench {

namespace {

constexpr int DecadeDays = 3652;
constexpr int FirstMenteePrisoner = 1000; // mentors' prisoner ids are 1..mentors

const char* const Given[] = { "Adam", "Bogdan", "Ciarán", "Declan", "Elijah", "Femi", "Gavin", "Haris",
    "Idris", "Jakub", "Kwame", "Lewis", "Mateusz", "Nikolai", "Olu", "Paddy", "Rafał", "Sami", "Tyrone",
    "Uriel", "Viktor", "Warren", "Yannick", "Zeki", "Alfie", "Bartosz", "Cian", "Deji", "Eóin", "Florin",
    "Giorgos", "Hassan", "Ismaël", "Jerome", "Kai", "Lamar", "Mohammed", "Niall", "Oscar", "Pavel" };
const char* const Family[] = { "Abara", "Boateng", "Carroll", "Dunne", "Eze", "Farrell", "Górski", "Hanley",
    "Ilić", "Jankowski", "Keane", "Lindqvist", "Moyo", "Ndlovu", "Ó Briain", "Popescu", "Quigley", "Reilly",
    "Sowa", "Tierney", "Uddin", "Vasquez", "Walsh", "Xu", "Young", "Zając", "Ashworth", "Bello", "Costa",
    "Dlamini", "Ekwueme", "Fraser", "Grabowski", "Hegarty", "Igwe", "Jovanović", "Kamara", "Lowe", "Mahmood",
    "Nwosu" };
const char* const SessionNotes[] = { "Talked through the week and plans for the next.",
    "Worked on sleep and a routine for bang-up.", "Family visit cancelled; talked it through.",
    "Practised the breathing exercise from the group.", "Planning for the parole hearing; calmer by the end.",
    "Wrote a letter home together.", "Talked about starting in the kitchens." };
const char* const Staff[] = { "bench.worker1", "bench.worker2", "bench.worker3", "bench.nurse" };

// The role key of one of the Staff.
QString staffRole(const QString& username)
{
    return roleKey(
        username.contains(QLatin1String("nurse")) ? UserRole::MentalHealthNurse : UserRole::SupportWorker);
}

struct Mentor {
    qint64 id = 0;
    int appliedDay = 0;
    int activeFrom = 0;
    int activeTo = 0; // exclusive; DecadeDays or more while still active
    bool stillActive() const { return activeTo >= DecadeDays; }
};

struct Allocation {
    qint64 id = 0;
    qint64 mentorId = 0;
    int from = 0;
    int to = 0; // exclusive
    bool current = false;
};

struct Episode {
    qint64 id = 0;
    qint64 prisonerId = 0;
    int referredDay = 0;
    int activeFrom = -1; // -1 while only referred
    int end = DecadeDays; // exclusive: closure day + 1, or the decade's end
    bool closed = false;
    int closureReason = 0;
    std::vector<Allocation> allocations;
    int activeDays() const { return activeFrom < 0 ? 0 : end - activeFrom; }
    qint64 mentorOn(int day) const
    {
        for (const Allocation& a : allocations) {
            if (day >= a.from && day < a.to)
                return a.mentorId;
        }
        return allocations.empty() ? 0 : allocations.back().mentorId;
    }
};

struct Session {
    int day = 0;
    int minuteOfDay = 0;
    int duration = 60;
    int type = 0;
    bool group = false;
    bool concern = false;
    int note = 0;
    int recorder = 0;
    std::vector<qint64> mentors;
    std::vector<std::pair<qint64, bool>> attendees; // episode, attended
    int followUpDue = -1; // day, or -1 for none
    int followUpDone = -1;
};

struct CheckInRow {
    int day = 0;
    qint64 episodeId = 0;
    int rating = 5;
    int selfHarm = 0;
    int suicidal = 0;
    int recorder = 0;
    int scaleTotal = 20;
};

struct ConcernRow {
    qint64 episodeId = 0;
    int day = 0;
    bool fromCheckIn = false;
    qint64 sourceId = 0;
    int reviewDay = -1; // -1 while waiting for review
    int outcome = 0;
    int risk = 0;
    int nextReview = 0;
};

// One audit event waiting to be appended: when, and how to describe it.
struct PendingEvent {
    qint64 minute = 0; // minutes since the decade began
    int order = 0; // breaks ties: the order the records were made in
    std::function<AuditEvent()> make;
};

QString dayText(int day)
{
    return DecadeGenerator::firstDay().addDays(day).toString(Qt::ISODate);
}

QDateTime instant(int day, int minuteOfDay)
{
    return QDateTime(DecadeGenerator::firstDay().addDays(day), QTime(0, 0), Qt::UTC)
        .addSecs(qint64(minuteOfDay) * 60);
}

QString stamp(int day, int minuteOfDay)
{
    return instant(day, minuteOfDay).toString(Qt::ISODateWithMs);
}

// A field's before and after, as the services write a change.
QJsonObject changed(const QJsonValue& before, const QJsonValue& after)
{
    return QJsonObject { { QStringLiteral("before"), before }, { QStringLiteral("after"), after } };
}

class Writer {
public:
    explicit Writer(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    // Prepares (once) and runs one statement with its values.
    bool run(const QString& sql, std::initializer_list<QVariant> values)
    {
        QSqlQuery*& query = m_queries[sql];
        if (!query) {
            query = new QSqlQuery(m_db);
            m_owned.emplace_back(query);
            if (!query->prepare(sql))
                return fail(*query);
        }
        int i = 0;
        for (const QVariant& v : values)
            query->bindValue(i++, v);
        if (!query->exec())
            return fail(*query);
        ++m_rows;
        return true;
    }
    void finish()
    {
        for (auto& q : m_owned)
            q->finish();
    }
    const QSqlError& error() const { return m_error; }
    qint64 rows() const { return m_rows; }

private:
    bool fail(const QSqlQuery& query)
    {
        m_error = query.lastError();
        return false;
    }
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery*> m_queries;
    std::vector<std::unique_ptr<QSqlQuery>> m_owned;
    QSqlError m_error;
    qint64 m_rows = 0;
};

class Generation {
public:
    Generation(UserSession& session, const DecadeShape& shape)
        : m_session(session)
        , m_shape(shape)
        , m_random(shape.seed)
    {
    }
    Result<DecadeGenerator::Made> run();

private:
    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    bool chance(int perThousand) { return below(1000) < perThousand; }
    void planMentors();
    void planEpisodes();
    void allocate(Episode& episode);
    void planSessionsAndCheckIns();
    Episode& pickByActiveDays();
    Status inBatches(qint64 count, qint64 batch, const std::function<bool(Writer&, qint64)>& write);
    Status writeRecords();
    Status writeAudit();
    void event(int day, int minuteOfDay, std::function<AuditEvent()> make);

    UserSession& m_session;
    DecadeShape m_shape;
    QRandomGenerator m_random;
    QStringList m_sessionTypes;
    QStringList m_modules;
    std::vector<Mentor> m_mentors;
    std::vector<Episode> m_episodes; // in order of referral, so ids grow with time
    std::vector<qint64> m_cumulativeActiveDays;
    std::vector<Session> m_sessions;
    std::vector<CheckInRow> m_checkIns;
    std::vector<ConcernRow> m_concerns;
    std::vector<PendingEvent> m_events;
    DecadeGenerator::Made m_made;
    // Rows numbered as they are written, for their events.
    qint64 m_shadowingRows = 0;
    qint64 m_trainingRows = 0;
    qint64 m_supervisionRows = 0;
    struct LatestReview {
        int day = -1;
        int minute = 0;
        qint64 concern = 0;
        int risk = 0;
        int outcome = 0;
        int nextReview = 0;
    };
    std::map<qint64, LatestReview> m_latestReview; // episode -> its latest review
};

void Generation::event(int day, int minuteOfDay, std::function<AuditEvent()> make)
{
    m_events.push_back({ qint64(day) * 1440 + minuteOfDay, int(m_events.size()), std::move(make) });
}

void Generation::planMentors()
{
    for (int i = 0; i < m_shape.mentors; ++i) {
        Mentor m;
        m.id = i + 1;
        // A new mentor about every two months, each serving about two years,
        // so a dozen or so are active on any day.
        m.activeFrom = i * (DecadeDays - 350) / qMax(1, m_shape.mentors) - 120;
        m.appliedDay = m.activeFrom - 130 - below(30);
        m.activeTo = m.activeFrom + 700 + below(300);
        m_mentors.push_back(m);
    }
}

void Generation::allocate(Episode& e)
{
    if (e.activeFrom < 0)
        return;
    int day = e.activeFrom;
    while (day < e.end) {
        std::vector<const Mentor*> active;
        for (const Mentor& m : m_mentors) {
            if (day >= m.activeFrom && day < m.activeTo - 14)
                active.push_back(&m);
        }
        if (active.empty())
            break;
        const Mentor* mentor = active[size_t(below(int(active.size())))];
        Allocation a;
        a.mentorId = mentor->id;
        a.from = day;
        a.to = qMin(mentor->activeTo, e.end);
        a.current = !e.closed && mentor->stillActive();
        e.allocations.push_back(a);
        day = a.to;
    }
}

void Generation::planEpisodes()
{
    std::vector<Episode> planned;
    for (int i = 0; i < m_shape.mentees; ++i) {
        Episode open;
        open.prisonerId = FirstMenteePrisoner + i;
        if (i % 10 == 0) {
            open.referredDay = DecadeDays - 1 - below(45); // still waiting to start
        } else {
            open.referredDay = below(DecadeDays - 60);
            open.activeFrom = open.referredDay + 3 + below(5);
        }
        if (open.referredDay > 240 && chance(450)) {
            Episode earlier;
            earlier.prisonerId = open.prisonerId;
            earlier.referredDay = below(open.referredDay - 200);
            earlier.activeFrom = earlier.referredDay + 3 + below(5);
            earlier.end = qMin(earlier.activeFrom + 60 + below(300), open.referredDay - 20) + 1;
            earlier.closed = true;
            earlier.closureReason = below(6);
            planned.push_back(earlier);
        }
        planned.push_back(open);
    }
    std::stable_sort(planned.begin(), planned.end(),
        [](const Episode& a, const Episode& b) { return a.referredDay < b.referredDay; });
    qint64 allocationId = 0;
    qint64 total = 0;
    for (size_t i = 0; i < planned.size(); ++i) {
        Episode& e = planned[i];
        e.id = qint64(i) + 1;
        allocate(e);
        for (Allocation& a : e.allocations)
            a.id = ++allocationId;
        total += e.activeDays();
        m_cumulativeActiveDays.push_back(total);
    }
    m_episodes = std::move(planned);
}

Episode& Generation::pickByActiveDays()
{
    const qint64 total = m_cumulativeActiveDays.back();
    const qint64 ticket = qint64(m_random.bounded(quint64(total)));
    const auto it = std::upper_bound(m_cumulativeActiveDays.begin(), m_cumulativeActiveDays.end(), ticket);
    return m_episodes[size_t(it - m_cumulativeActiveDays.begin())];
}

void Generation::planSessionsAndCheckIns()
{
    const int groups = m_shape.sessions / 12;
    const int oneToOne = m_shape.sessions - groups;
    for (int i = 0; i < oneToOne; ++i) {
        Episode& e = pickByActiveDays();
        Session s;
        s.day = e.activeFrom + below(e.activeDays());
        s.minuteOfDay = 9 * 60 + 30 * below(15);
        s.duration = 30 + 15 * below(4);
        s.type = below(100) < 70 ? 0 : below(int(m_sessionTypes.size()));
        s.concern = chance(10);
        s.note = below(int(std::size(SessionNotes)));
        s.recorder = below(3);
        s.mentors = { e.mentorOn(s.day) };
        s.attendees = { { e.id, true } };
        if (chance(150)) {
            s.followUpDue = s.day + 7 + below(14);
            if (s.followUpDue < DecadeDays - 30 && !chance(15))
                s.followUpDone = qMin(s.followUpDue - 3 + below(8), DecadeDays - 1);
        }
        m_sessions.push_back(std::move(s));
    }
    // Groups: a day's register drawn from the episodes active that day.
    std::vector<const Episode*> byStart;
    for (const Episode& e : m_episodes) {
        if (e.activeFrom >= 0)
            byStart.push_back(&e);
    }
    std::sort(byStart.begin(), byStart.end(),
        [](const Episode* a, const Episode* b) { return a->activeFrom < b->activeFrom; });
    int made = 0;
    while (made < groups) {
        Session s;
        s.day = 30 + below(DecadeDays - 30);
        const auto started = std::upper_bound(byStart.begin(), byStart.end(), s.day,
            [](int day, const Episode* e) { return day < e->activeFrom; });
        const int candidates = int(started - byStart.begin());
        const int wanted = 4 + below(5);
        for (int tries = 0; tries < 60 && int(s.attendees.size()) < wanted && candidates > 0; ++tries) {
            const Episode* e = byStart[size_t(below(candidates))];
            if (s.day >= e->end || std::any_of(s.attendees.begin(), s.attendees.end(), [e](const auto& a) {
                    return a.first == e->id;
                }))
                continue;
            s.attendees.push_back({ e->id, !chance(200) });
        }
        if (s.attendees.size() < 3)
            continue;
        s.attendees.front().second = true;
        std::sort(s.attendees.begin(), s.attendees.end());
        s.group = true;
        s.minuteOfDay = 14 * 60;
        s.duration = 90;
        s.type = qMin(1, int(m_sessionTypes.size()) - 1);
        s.note = below(int(std::size(SessionNotes)));
        s.recorder = below(3);
        for (const Mentor& m : m_mentors) {
            if (s.day >= m.activeFrom && s.day < m.activeTo && s.mentors.size() < 2)
                s.mentors.push_back(m.id);
        }
        m_sessions.push_back(std::move(s));
        ++made;
    }
    std::stable_sort(m_sessions.begin(), m_sessions.end(), [](const Session& a, const Session& b) {
        return std::pair(a.day, a.minuteOfDay) < std::pair(b.day, b.minuteOfDay);
    });

    for (int i = 0; i < m_shape.checkIns; ++i) {
        Episode& e = pickByActiveDays();
        CheckInRow c;
        c.episodeId = e.id;
        c.day = e.activeFrom + below(e.activeDays());
        c.rating = 1 + below(10);
        c.selfHarm = chance(15) ? 2 : (chance(80) ? 1 : 0);
        c.suicidal = chance(7) ? 2 : (chance(2) ? 3 : (chance(50) ? 1 : 0));
        c.recorder = below(4);
        c.scaleTotal = qBound(7, 10 + c.rating * 2 + below(5), 35);
        m_checkIns.push_back(c);
    }
    std::stable_sort(m_checkIns.begin(), m_checkIns.end(),
        [](const CheckInRow& a, const CheckInRow& b) { return a.day < b.day; });

    // Concerns, from risky check-ins and sessions, in the order raised.
    for (size_t i = 0; i < m_checkIns.size(); ++i) {
        const CheckInRow& c = m_checkIns[i];
        if (c.selfHarm == 2 || c.suicidal >= 2)
            m_concerns.push_back({ c.episodeId, c.day, true, qint64(i) + 1 });
    }
    for (size_t i = 0; i < m_sessions.size(); ++i) {
        const Session& s = m_sessions[i];
        if (s.concern)
            m_concerns.push_back({ s.attendees.front().first, s.day, false, qint64(i) + 1 });
    }
    std::stable_sort(m_concerns.begin(), m_concerns.end(),
        [](const ConcernRow& a, const ConcernRow& b) { return a.day < b.day; });
    for (ConcernRow& k : m_concerns) {
        if (k.day >= DecadeDays - 10 && !chance(300))
            continue; // the newest wait for the nurse
        k.reviewDay = qMin(k.day + below(3), DecadeDays - 1);
        k.outcome = below(4);
        k.risk = below(3);
        k.nextReview = k.reviewDay + 14 + below(29);
    }
}

Status Generation::inBatches(qint64 count, qint64 batch, const std::function<bool(Writer&, qint64)>& write)
{
    for (qint64 start = 0; start < count; start += batch) {
        QSqlError failure;
        const Status status = m_session.write([&](WriteContext& ctx) {
            Writer writer(ctx.database());
            for (qint64 i = start; i < qMin(count, start + batch); ++i) {
                if (!write(writer, i)) {
                    failure = writer.error();
                    writer.finish();
                    return storageFailure(failure, QStringLiteral("The decade could not be written."));
                }
            }
            writer.finish();
            return Status::success();
        });
        if (!status)
            return status;
    }
    return Status::success();
}

Status Generation::writeRecords()
{
    const QString admin = QString::fromLatin1(DecadeGenerator::AdminUsername);
    const auto null = QVariant();
    // Staff who recorded the work (they sign in to nothing here).
    Status status = inBatches(1, 1, [&](Writer& w, qint64) {
        const QString created = stamp(-200, 9 * 60);
        for (const char* name : Staff) {
            const QString username = QString::fromLatin1(name);
            if (!w.run(QStringLiteral(
                           "INSERT INTO users (username, display_name, role, active, must_change_password, "
                           "created_at, updated_at) VALUES (?, ?, ?, 1, 0, ?, ?)"),
                    { username, username, staffRole(username), created, created })) {
                return false;
            }
        }
        return true;
    });
    if (!status)
        return status;

    // Prisoners: the mentors first, then the mentees.
    const qint64 prisonerCount = m_shape.mentors + m_shape.mentees;
    status = inBatches(prisonerCount, 20000, [&](Writer& w, qint64 i) {
        const bool mentor = i < m_shape.mentors;
        const qint64 id = mentor ? i + 1 : FirstMenteePrisoner + (i - m_shape.mentors);
        Prisoner p;
        p.id = id;
        p.prisonNumber = QStringLiteral("%1%2%3%4")
                             .arg(QChar(u'A' + int(id / 9000) % 26))
                             .arg(1000 + id % 9000)
                             .arg(QChar(u'A' + int(id * 7) % 26))
                             .arg(QChar(u'A' + int(id * 13 / 26) % 26));
        p.fullName = QString::fromUtf8(Given[id % std::size(Given)]) + QLatin1Char(' ')
            + QString::fromUtf8(Family[(id / std::size(Given) + id * 3) % std::size(Family)]);
        p.dateOfBirth = QDate(1960 + int(id % 40), 1 + int(id % 12), 1 + int(id % 28));
        p.location = QStringLiteral("B-%1-%2").arg(1 + id % 4).arg(1 + id % 30, 2, 10, QLatin1Char('0'));
        int createdDay = 0;
        if (mentor)
            createdDay = m_mentors[size_t(i)].appliedDay;
        else
            createdDay = DecadeDays;
        if (!mentor) {
            for (const Episode& e : m_episodes) {
                if (e.prisonerId == id) {
                    createdDay = qMin(createdDay, e.referredDay);
                    break; // episodes are in referral order
                }
            }
        }
        p.expectedRelease = DecadeGenerator::firstDay().addDays(createdDay + 400 + int(id % 900));
        const QString created = stamp(createdDay, 9 * 60);
        if (!w.run(QStringLiteral("INSERT INTO prisoners (id, prison_number, full_name, search_key, "
                                  "date_of_birth, location, "
                                  "expected_release, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?)"),
                { id, p.prisonNumber, p.fullName, Validation::searchKey(p.fullName),
                    p.dateOfBirth.toString(Qt::ISODate), p.location, p.expectedRelease.toString(Qt::ISODate),
                    Prisoner::statusKey(p.status), created, created })) {
            return false;
        }
        event(createdDay, 9 * 60, [p, admin, createdDay] {
            return AuditEvent { 0, instant(createdDay, 9 * 60), admin, AuditAction::Create,
                QStringLiteral("prisoner"), QString::number(p.id), fieldValues(p.editableFields()), {}, {},
                {} };
        });
        return true;
    });
    if (!status)
        return status;

    // Mentors, their path to active, training and monthly supervision.
    status = inBatches(qint64(m_mentors.size()), 1000, [&](Writer& w, qint64 i) {
        const Mentor& m = m_mentors[size_t(i)];
        const bool left = !m.stillActive();
        const QString created = stamp(m.appliedDay, 10 * 60);
        const int cleared = m.appliedDay + 12;
        const int shadowFrom = m.appliedDay + 14;
        const int trained = m.activeFrom - 10;
        const QJsonObject application { { QStringLiteral("prisoner_id"), m.id },
            { QStringLiteral("status"), QStringLiteral("applied") },
            { QStringLiteral("applied_on"), dayText(m.appliedDay) },
            { QStringLiteral("application_notes"),
                QStringLiteral("Wants to give back after support on his own first sentence.") },
            { QStringLiteral("governor_approved_on"), dayText(cleared - 2) },
            { QStringLiteral("governor_approved_by"), QStringLiteral("Governor Ames") },
            { QStringLiteral("security_cleared_on"), dayText(cleared) },
            { QStringLiteral("security_cleared_by"), QStringLiteral("Security dept.") },
            { QStringLiteral("capacity"), 5 },
            { QStringLiteral("pathway_tier"), QStringLiteral("peer_mentor") },
            { QStringLiteral("agreement_signed_on"), dayText(m.activeFrom) },
            { QStringLiteral("agreement_version"), QStringLiteral("v2") },
            { QStringLiteral("left_reason"), QJsonValue::Null } };
        if (!w.run(
                QStringLiteral(
                    "INSERT INTO mentors (id, prisoner_id, status, applied_on, application_notes, "
                    "governor_approved_on, governor_approved_by, security_cleared_on, security_cleared_by, "
                    "capacity, agreement_signed_on, agreement_version, left_reason, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 5, ?, 'v2', ?, ?, ?)"),
                { m.id, m.id, left ? QStringLiteral("left") : QStringLiteral("active"), dayText(m.appliedDay),
                    QStringLiteral("Wants to give back after support on his own first sentence."),
                    dayText(cleared - 2), QStringLiteral("Governor Ames"), dayText(cleared),
                    QStringLiteral("Security dept."), dayText(m.activeFrom),
                    left ? QVariant(QStringLiteral("released")) : null, created,
                    stamp(left ? m.activeTo : m.activeFrom, 10 * 60) })) {
            return false;
        }
        struct Step {
            const char* from;
            const char* to;
            int day;
        };
        std::vector<Step> steps { { nullptr, "applied", m.appliedDay }, { "applied", "cleared", cleared },
            { "cleared", "shadowing", shadowFrom }, { "shadowing", "trained", trained },
            { "trained", "active", m.activeFrom } };
        if (left)
            steps.push_back({ "active", "left", m.activeTo });
        for (const Step& step : steps) {
            if (!w.run(
                    QStringLiteral(
                        "INSERT INTO mentor_status_history (mentor_id, from_status, to_status, changed_on, "
                        "reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    { m.id, step.from ? QVariant(QString::fromLatin1(step.from)) : null,
                        QString::fromLatin1(step.to), dayText(step.day),
                        left && step.day == m.activeTo ? QStringLiteral("Released") : QString::fromLatin1(""),
                        admin, stamp(step.day, 11 * 60) })) {
                return false;
            }
            const qint64 mentorId = m.id;
            const int day = step.day;
            QJsonObject details = application;
            if (step.from) {
                details = { { QStringLiteral("status"),
                                changed(QString::fromLatin1(step.from), QString::fromLatin1(step.to)) },
                    { QStringLiteral("changed_on"), dayText(day) } };
                if (QLatin1String(step.to) == QLatin1String("left"))
                    details.insert(
                        QStringLiteral("left_reason"), changed(QJsonValue::Null, QStringLiteral("released")));
            }
            event(day, 11 * 60, [=] {
                return AuditEvent { 0, instant(day, 11 * 60), admin,
                    step.from ? AuditAction::Change : AuditAction::Create, QStringLiteral("mentor"),
                    QString::number(mentorId), details, {}, {}, {} };
            });
        }
        const int observed = 12 + below(10);
        if (!w.run(
                QStringLiteral(
                    "INSERT INTO shadowing_periods (mentor_id, experienced_mentor_id, started_on, ended_on, "
                    "sessions_observed, signed_off_on, signed_off_by, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'bench.nurse', ?, ?)"),
                { m.id, m.id > 1 ? QVariant(m.id - 1) : null, dayText(shadowFrom), dayText(trained - 1),
                    observed, dayText(trained - 1), stamp(shadowFrom, 10 * 60),
                    stamp(trained - 1, 10 * 60) })) {
            return false;
        }
        // Each mentor's records are numbered in the order they are made.
        const qint64 shadowingId = ++m_shadowingRows;
        event(shadowFrom, 10 * 60, [=] {
            return AuditEvent { 0, instant(shadowFrom, 10 * 60), admin, AuditAction::Create,
                QStringLiteral("shadowing_period"), QString::number(shadowingId),
                QJsonObject { { QStringLiteral("mentor_id"), m.id },
                    { QStringLiteral("experienced_mentor_id"),
                        m.id > 1 ? QJsonValue(m.id - 1) : QJsonValue::Null },
                    { QStringLiteral("started_on"), dayText(shadowFrom) },
                    { QStringLiteral("ended_on"), QJsonValue::Null },
                    { QStringLiteral("sessions_observed"), 0 }, { QStringLiteral("notes"), QString() } },
                {}, {}, {} };
        });
        event(trained - 1, 10 * 60, [=] {
            return AuditEvent { 0, instant(trained - 1, 10 * 60), QStringLiteral("bench.nurse"),
                AuditAction::Change, QStringLiteral("shadowing_period"), QString::number(shadowingId),
                QJsonObject { { QStringLiteral("ended_on"), changed(QJsonValue::Null, dayText(trained - 1)) },
                    { QStringLiteral("sessions_observed"), changed(0, observed) },
                    { QStringLiteral("signed_off_on"), changed(QJsonValue::Null, dayText(trained - 1)) },
                    { QStringLiteral("signed_off_by"), changed(QString(), QStringLiteral("bench.nurse")) } },
                {}, {}, {} };
        });
        for (int k = 0; k < m_modules.size(); ++k) {
            if (!w.run(QStringLiteral("INSERT INTO training_records (mentor_id, module, provider, "
                                      "started_on, completed_on, "
                                      "hours, assessor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 3, "
                                      "'bench.nurse', ?, ?)"),
                    { m.id, m_modules.at(k), QStringLiteral("Healthcare in-reach team"),
                        dayText(trained - 8 + k), dayText(trained - 7 + k), stamp(trained, 12 * 60),
                        stamp(trained, 12 * 60) })) {
                return false;
            }
            const qint64 trainingId = ++m_trainingRows;
            event(trained, 12 * 60, [=, module = m_modules.at(k)] {
                return AuditEvent { 0, instant(trained, 12 * 60), admin, AuditAction::Create,
                    QStringLiteral("training_record"), QString::number(trainingId),
                    QJsonObject { { QStringLiteral("mentor_id"), m.id }, { QStringLiteral("module"), module },
                        { QStringLiteral("provider"), QStringLiteral("Healthcare in-reach team") },
                        { QStringLiteral("started_on"), dayText(trained - 8 + k) },
                        { QStringLiteral("completed_on"), dayText(trained - 7 + k) },
                        { QStringLiteral("hours"), 3 }, { QStringLiteral("accreditation"), QString() },
                        { QStringLiteral("assessor"), QStringLiteral("bench.nurse") },
                        { QStringLiteral("expires_on"), QJsonValue::Null } },
                    {}, {}, {} };
            });
        }
        for (int day = m.activeFrom + 28; day < qMin(m.activeTo, DecadeDays); day += 28 + below(7)) {
            if (!w.run(
                    QStringLiteral(
                        "INSERT INTO supervisions (mentor_id, held_on, supervisor, notes, mentor_wellbeing, "
                        "created_at, updated_at) VALUES (?, ?, 'bench.nurse', ?, ?, ?, ?)"),
                    { m.id, dayText(day), QStringLiteral("Caseload and boundaries; night call-outs."),
                        QStringLiteral("Coping well"), stamp(day, 15 * 60), stamp(day, 15 * 60) })) {
                return false;
            }
            const qint64 supervisionId = ++m_supervisionRows;
            event(day, 15 * 60, [=] {
                return AuditEvent { 0, instant(day, 15 * 60), QStringLiteral("bench.nurse"),
                    AuditAction::Create, QStringLiteral("supervision"), QString::number(supervisionId),
                    QJsonObject { { QStringLiteral("mentor_id"), m.id },
                        { QStringLiteral("held_on"), dayText(day) },
                        { QStringLiteral("supervisor"), QStringLiteral("bench.nurse") },
                        { QStringLiteral("notes"),
                            QStringLiteral("Caseload and boundaries; night call-outs.") },
                        { QStringLiteral("mentor_wellbeing"), QStringLiteral("Coping well") } },
                    {}, {}, {} };
            });
        }
        return true;
    });
    if (!status)
        return status;

    // Episodes with their allocations.
    status = inBatches(qint64(m_episodes.size()), 20000, [&](Writer& w, qint64 i) {
        const Episode& e = m_episodes[size_t(i)];
        MenteeEpisode row;
        row.id = e.id;
        row.prisonerId = e.prisonerId;
        row.status = e.closed
            ? MenteeEpisode::Stage::Closed
            : (e.activeFrom < 0 ? MenteeEpisode::Stage::Referred : MenteeEpisode::Stage::Active);
        row.referredOn = DecadeGenerator::firstDay().addDays(e.referredDay);
        row.referralSource = MenteeEpisode::ReferralSource(e.id % 4);
        row.referralReason = e.id % 3 == 0
            ? QStringLiteral("Low mood since sentencing; asked for a peer mentor.")
            : QStringLiteral("Struggling on the wing; staff referral.");
        row.baselineSelfHarmEver = e.id % 5 < 3;
        row.baselineSelfHarmYear = e.id % 5 < 2;
        row.baselineSelfHarmCurrent = e.id % 5 == 0;
        row.baselineSuicidalYear = MenteeEpisode::BaselineSuicidal(e.id % 3);
        if (e.activeFrom >= 0) {
            row.consentOn = DecadeGenerator::firstDay().addDays(e.activeFrom - 1);
            row.activatedOn = DecadeGenerator::firstDay().addDays(e.activeFrom);
        }
        if (e.closed) {
            row.closedOn = DecadeGenerator::firstDay().addDays(e.end - 1);
            row.closureReason = MenteeEpisode::ClosureReason(e.closureReason);
            row.outcomeEducationWork = e.id % 3 == 0;
            row.outcomeBecameMentor = e.closureReason == int(MenteeEpisode::ClosureReason::BecameMentor);
        }
        const QString created = stamp(e.referredDay, 10 * 60);
        if (!w.run(QStringLiteral("INSERT INTO mentee_episodes (id, prisoner_id, status, referred_on, "
                                  "referral_source, referral_reason, "
                                  "consent_on, baseline_self_harm_ever, baseline_self_harm_year, "
                                  "baseline_self_harm_current, "
                                  "baseline_suicidal_year, activated_on, closed_on, closure_reason, "
                                  "outcome_education_work, "
                                  "outcome_became_mentor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { row.id, row.prisonerId, MenteeEpisode::statusKey(row.status),
                    StoredValue::date(row.referredOn), MenteeEpisode::sourceKey(row.referralSource),
                    row.referralReason, StoredValue::date(row.consentOn), int(row.baselineSelfHarmEver),
                    int(row.baselineSelfHarmYear), int(row.baselineSelfHarmCurrent),
                    MenteeEpisode::suicidalKey(row.baselineSuicidalYear), StoredValue::date(row.activatedOn),
                    StoredValue::date(row.closedOn),
                    row.closureReason ? QVariant(MenteeEpisode::closureReasonKey(*row.closureReason)) : null,
                    int(row.outcomeEducationWork), int(row.outcomeBecameMentor), created, created })) {
            return false;
        }
        const QString worker = QString::fromLatin1(Staff[e.id % 3]);
        event(e.referredDay, 10 * 60, [row, worker] {
            MenteeEpisode referral = row;
            referral.status = MenteeEpisode::Stage::Referred;
            referral.consentOn = referral.activatedOn = referral.closedOn = {};
            referral.closureReason.reset();
            referral.outcomeEducationWork = referral.outcomeBecameMentor = false;
            return AuditEvent { 0, QDateTime(row.referredOn, QTime(10, 0), Qt::UTC), worker,
                AuditAction::Create, QStringLiteral("mentee_episode"), QString::number(row.id),
                fieldValues(referral.fields()), {}, {}, {} };
        });
        if (e.activeFrom >= 0) {
            event(e.activeFrom, 10 * 60 + 5, [row, worker, day = e.activeFrom] {
                return AuditEvent { 0, instant(day, 10 * 60 + 5), worker, AuditAction::Change,
                    QStringLiteral("mentee_episode"), QString::number(row.id),
                    QJsonObject { { QStringLiteral("status"),
                                      changed(QStringLiteral("referred"), QStringLiteral("active")) },
                        { QStringLiteral("consent_on"),
                            changed(QJsonValue::Null, row.consentOn.toString(Qt::ISODate)) },
                        { QStringLiteral("activated_on"),
                            changed(QJsonValue::Null, row.activatedOn.toString(Qt::ISODate)) } },
                    {}, {}, {} };
            });
        }
        if (e.closed) {
            event(e.end - 1, 16 * 60, [row, worker, day = e.end - 1] {
                return AuditEvent { 0, instant(day, 16 * 60), worker, AuditAction::Change,
                    QStringLiteral("mentee_episode"), QString::number(row.id),
                    QJsonObject { { QStringLiteral("status"),
                                      changed(QStringLiteral("active"), QStringLiteral("closed")) },
                        { QStringLiteral("closed_on"),
                            changed(QJsonValue::Null, row.closedOn.toString(Qt::ISODate)) },
                        { QStringLiteral("closure_reason"),
                            changed(QJsonValue::Null, MenteeEpisode::closureReasonKey(*row.closureReason)) },
                        { QStringLiteral("outcome_education_work"),
                            changed(false, row.outcomeEducationWork) },
                        { QStringLiteral("outcome_became_mentor"),
                            changed(false, row.outcomeBecameMentor) } },
                    {}, {}, {} };
            });
        }
        for (const Allocation& a : e.allocations) {
            if (!w.run(
                    QStringLiteral(
                        "INSERT INTO mentor_allocations (id, episode_id, mentor_id, allocated_on, ended_on, "
                        "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    { a.id, e.id, a.mentorId, dayText(a.from), a.current ? null : QVariant(dayText(a.to - 1)),
                        stamp(a.from, 10 * 60 + 10) })) {
                return false;
            }
            event(a.from, 10 * 60 + 10, [a, worker, episode = e.id] {
                return AuditEvent { 0, instant(a.from, 10 * 60 + 10), worker, AuditAction::Create,
                    QStringLiteral("mentor_allocation"), QString::number(a.id),
                    QJsonObject { { QStringLiteral("episode_id"), episode },
                        { QStringLiteral("mentor_id"), a.mentorId },
                        { QStringLiteral("allocated_on"), dayText(a.from) },
                        { QStringLiteral("ended_on"), QJsonValue::Null },
                        { QStringLiteral("capacity_override_reason"), QJsonValue::Null } },
                    {}, {}, {} };
            });
            if (!a.current) {
                event(a.to - 1, 16 * 60 + 1, [a, worker] {
                    return AuditEvent { 0, instant(a.to - 1, 16 * 60 + 1), worker, AuditAction::Change,
                        QStringLiteral("mentor_allocation"), QString::number(a.id),
                        QJsonObject {
                            { QStringLiteral("ended_on"), changed(QJsonValue::Null, dayText(a.to - 1)) } },
                        {}, {}, {} };
                });
            }
        }
        return true;
    });
    if (!status)
        return status;

    // Sessions, their mentors, registers and follow-up actions.
    status = inBatches(qint64(m_sessions.size()), 25000, [&](Writer& w, qint64 i) {
        const Session& s = m_sessions[size_t(i)];
        const qint64 id = i + 1;
        MenteeSession row;
        row.id = id;
        row.heldAt
            = QDateTime(DecadeGenerator::firstDay().addDays(s.day), QTime(0, 0).addSecs(s.minuteOfDay * 60));
        row.durationMinutes = s.duration;
        row.sessionType = m_sessionTypes.value(s.type);
        row.isGroup = s.group;
        row.location
            = s.group ? QStringLiteral("B wing association room") : QStringLiteral("B wing quiet room");
        row.notes = QString::fromUtf8(SessionNotes[s.note]);
        row.recordedBy = QString::fromLatin1(Staff[s.recorder]);
        for (qint64 mentor : s.mentors)
            row.mentorIds.append(mentor);
        for (const auto& [episode, attended] : s.attendees)
            row.attendees.append({ episode, attended, s.concern });
        const int recordedMinute = s.minuteOfDay + s.duration + 10;
        const QString created = stamp(s.day, recordedMinute);
        const QString heldAt = MenteeSession::heldAtText(row.heldAt);
        if (!w.run(QStringLiteral(
                       "INSERT INTO mentee_sessions (id, held_at, duration_minutes, session_type, is_group, "
                       "location, notes, concern_raised, recorded_by, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { id, heldAt, row.durationMinutes, row.sessionType, int(row.isGroup), row.location, row.notes,
                    int(s.concern), row.recordedBy, created, created })) {
            return false;
        }
        for (qint64 mentor : s.mentors) {
            if (!w.run(QStringLiteral("INSERT INTO session_mentors (session_id, mentor_id) VALUES (?, ?)"),
                    { id, mentor }))
                return false;
        }
        for (const auto& [episode, attended] : s.attendees) {
            if (!w.run(QStringLiteral(
                           "INSERT INTO session_attendance (session_id, episode_id, attended, held_at) "
                           "VALUES (?, ?, ?, ?)"),
                    { id, episode, int(attended), heldAt })) {
                return false;
            }
            ++m_made.attendance;
        }
        QJsonArray followUps;
        if (s.followUpDue >= 0) {
            const QString description = QStringLiteral("Ask education about a course place");
            if (!w.run(QStringLiteral("INSERT INTO follow_up_actions (session_id, description, due_on, "
                                      "done_on, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    { id, description, dayText(s.followUpDue),
                        s.followUpDone >= 0 ? QVariant(dayText(s.followUpDone)) : null, created,
                        s.followUpDone >= 0 ? stamp(s.followUpDone, 12 * 60) : created })) {
                return false;
            }
            const qint64 followUpId = ++m_made.followUps;
            followUps.append(QJsonObject { { QStringLiteral("id"), followUpId },
                { QStringLiteral("description"), description },
                { QStringLiteral("due_on"), dayText(s.followUpDue) },
                { QStringLiteral("done_on"), QJsonValue::Null } });
            if (s.followUpDone >= 0) {
                // Done at noon, or just after it was written up when that was the same day.
                const int doneMinute = s.followUpDone == s.day ? recordedMinute + 1 : 12 * 60;
                event(s.followUpDone, doneMinute,
                    [followUpId, recorder = row.recordedBy, day = s.followUpDone, doneMinute] {
                        return AuditEvent { 0, instant(day, doneMinute), recorder, AuditAction::Change,
                            QStringLiteral("follow_up_action"), QString::number(followUpId),
                            QJsonObject {
                                { QStringLiteral("done_on"), changed(QJsonValue::Null, dayText(day)) } },
                            {}, {}, {} };
                    });
            }
        }
        // Looking at the mentee's record before writing it up, now and then.
        if (i % 2 == 0) {
            const qint64 episode = s.attendees.front().first;
            event(s.day, recordedMinute - 2, [episode, row, day = s.day, minute = recordedMinute - 2] {
                return AuditEvent { 0, instant(day, minute), row.recordedBy, AuditAction::View,
                    QStringLiteral("mentee_episode"), QString::number(episode),
                    QJsonObject { { QStringLiteral("record"), QStringLiteral("timeline") } }, {}, {}, {} };
            });
        }
        event(s.day, recordedMinute,
            [row, followUps, concern = s.concern, day = s.day, minute = recordedMinute] {
                QJsonObject details = fieldValues(row.fields());
                details.insert(QStringLiteral("follow_up_actions"), followUps);
                details.insert(QStringLiteral("concern_raised"), concern);
                return AuditEvent { 0, instant(day, minute), row.recordedBy, AuditAction::Create,
                    QStringLiteral("mentee_session"), QString::number(row.id), details, {}, {}, {} };
            });
        return true;
    });
    if (!status)
        return status;

    status = inBatches(qint64(m_checkIns.size()), 25000, [&](Writer& w, qint64 i) {
        const CheckInRow& c = m_checkIns[size_t(i)];
        CheckIn row;
        row.id = i + 1;
        row.episodeId = c.episodeId;
        row.checkedOn = DecadeGenerator::firstDay().addDays(c.day);
        row.recordedBy = QString::fromLatin1(Staff[c.recorder]);
        row.wellbeingRating = c.rating;
        row.selfHarm = CheckIn::SelfHarm(c.selfHarm);
        row.suicidal = CheckIn::Suicidal(c.suicidal);
        row.coping = QStringLiteral("Gym, phone calls home");
        row.protectiveFactors = QStringLiteral("Children; wants to finish his course");
        row.scaleName = QStringLiteral("SWEMWBS");
        row.scaleTotal = c.scaleTotal;
        const QString created = stamp(c.day, 15 * 60);
        if (!w.run(
                QStringLiteral(
                    "INSERT INTO check_ins (id, episode_id, checked_on, recorded_by, wellbeing_rating, "
                    "self_harm, "
                    "suicidal, coping, protective_factors, scale_name, scale_total, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { row.id, row.episodeId, StoredValue::date(row.checkedOn), row.recordedBy, c.rating,
                    CheckIn::selfHarmKey(row.selfHarm), CheckIn::suicidalKey(row.suicidal), row.coping,
                    row.protectiveFactors, row.scaleName, c.scaleTotal, created, created })) {
            return false;
        }
        event(c.day, 15 * 60, [row, day = c.day] {
            return AuditEvent { 0, instant(day, 15 * 60), row.recordedBy, AuditAction::Create,
                QStringLiteral("check_in"), QString::number(row.id), fieldValues(row.fields()), {}, {}, {} };
        });
        return true;
    });
    if (!status)
        return status;

    // Concerns and the nurse's reviews; each episode keeps its latest review.
    status = inBatches(qint64(m_concerns.size()), 50000, [&](Writer& w, qint64 i) {
        const ConcernRow& k = m_concerns[size_t(i)];
        const qint64 id = i + 1;
        const QString raised = stamp(k.day, k.fromCheckIn ? 15 * 60 + 1 : 12 * 60);
        const QString description = k.fromCheckIn
            ? QStringLiteral("Raised by a check-in: self-harm or suicidal plans.")
            : QStringLiteral("Raised at the session.");
        const bool reviewed = k.reviewDay >= 0;
        if (!w.run(QStringLiteral(
                       "INSERT INTO concerns (id, episode_id, raised_at, source, check_in_id, session_id, "
                       "description, status, raised_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)"),
                { id, k.episodeId, raised,
                    k.fromCheckIn ? QStringLiteral("check_in") : QStringLiteral("session"),
                    k.fromCheckIn ? QVariant(k.sourceId) : null, k.fromCheckIn ? null : QVariant(k.sourceId),
                    description, reviewed ? QStringLiteral("reviewed") : QStringLiteral("open"),
                    QString::fromLatin1(Staff[id % 3]), raised,
                    reviewed ? stamp(k.reviewDay, 11 * 60) : raised })) {
            return false;
        }
        event(k.day, k.fromCheckIn ? 15 * 60 + 1 : 12 * 60, [k, id, raised, description] {
            return AuditEvent { 0, QDateTime::fromString(raised, Qt::ISODateWithMs),
                QString::fromLatin1(Staff[id % 3]), AuditAction::Create, QStringLiteral("concern"),
                QString::number(id),
                QJsonObject { { QStringLiteral("episode_id"), k.episodeId },
                    { QStringLiteral("raised_at"), raised },
                    { QStringLiteral("source"),
                        k.fromCheckIn ? QStringLiteral("check_in") : QStringLiteral("session") },
                    { QStringLiteral("check_in_id"),
                        k.fromCheckIn ? QJsonValue(k.sourceId) : QJsonValue::Null },
                    { QStringLiteral("session_id"),
                        k.fromCheckIn ? QJsonValue::Null : QJsonValue(k.sourceId) },
                    { QStringLiteral("description"), description },
                    { QStringLiteral("status"), QStringLiteral("open") } },
                {}, {}, {} };
        });
        if (!reviewed)
            return true;
        static const char* const outcomes[]
            = { "no_further_action", "monitor", "referred_mental_health", "acct_opened" };
        static const char* const risks[] = { "low", "medium", "high" };
        if (!w.run(QStringLiteral(
                       "INSERT INTO reviews (episode_id, concern_id, reviewed_on, reviewer, outcome, "
                       "risk_level, "
                       "next_review_on, notes, created_at) VALUES (?, ?, ?, 'bench.nurse', ?, ?, ?, ?, ?)"),
                { k.episodeId, id, dayText(k.reviewDay), QString::fromLatin1(outcomes[k.outcome]),
                    QString::fromLatin1(risks[k.risk]), dayText(k.nextReview),
                    QStringLiteral("Seen on the wing; safety plan updated with him."),
                    stamp(k.reviewDay, 11 * 60) })) {
            return false;
        }
        // The episode keeps what its latest review (by day, then as
        // recorded) said, as the trail's order has it.
        // Reviewed at eleven, or soon after it was raised when that was the same day.
        const int reviewMinute = k.reviewDay == k.day ? (k.fromCheckIn ? 15 * 60 + 1 : 12 * 60) + 5 : 11 * 60;
        LatestReview& latest = m_latestReview[k.episodeId];
        if (std::tuple(k.reviewDay, reviewMinute, id) > std::tuple(latest.day, latest.minute, latest.concern))
            latest = { k.reviewDay, reviewMinute, id, k.risk, k.outcome, k.nextReview };
        const qint64 reviewId = ++m_made.reviews;
        event(k.reviewDay, reviewMinute, [k, id, reviewId, reviewMinute] {
            const QString acct = k.outcome == 3 ? QStringLiteral("ACCT-%1").arg(id) : QString();
            return AuditEvent { 0, instant(k.reviewDay, reviewMinute), QStringLiteral("bench.nurse"),
                AuditAction::Create, QStringLiteral("review"), QString::number(reviewId),
                QJsonObject { { QStringLiteral("episode_id"), k.episodeId },
                    { QStringLiteral("concern_id"), id },
                    { QStringLiteral("reviewed_on"), dayText(k.reviewDay) },
                    { QStringLiteral("outcome"), QString::fromLatin1(outcomes[k.outcome]) },
                    { QStringLiteral("risk_level"), QString::fromLatin1(risks[k.risk]) },
                    { QStringLiteral("next_review_on"), dayText(k.nextReview) },
                    { QStringLiteral("notes"),
                        QStringLiteral("Seen on the wing; safety plan updated with him.") } },
                {}, {}, {} };
        });
        event(k.reviewDay, reviewMinute, [k, id, reviewId, reviewMinute] {
            return AuditEvent { 0, instant(k.reviewDay, reviewMinute), QStringLiteral("bench.nurse"),
                AuditAction::Change, QStringLiteral("concern"), QString::number(id),
                QJsonObject {
                    { QStringLiteral("status"), changed(QStringLiteral("open"), QStringLiteral("reviewed")) },
                    { QStringLiteral("review_id"), reviewId } },
                {}, {}, {} };
        });
        event(k.reviewDay, reviewMinute, [k, id, reviewMinute] {
            // Only the "after" is replayed; the "before" is not kept here.
            return AuditEvent { 0, instant(k.reviewDay, reviewMinute), QStringLiteral("bench.nurse"),
                AuditAction::Change, QStringLiteral("mentee_episode"), QString::number(k.episodeId),
                QJsonObject { { QStringLiteral("risk_level"),
                                  changed(QJsonValue::Null, QString::fromLatin1(risks[k.risk])) },
                    { QStringLiteral("next_review_on"), changed(QJsonValue::Null, dayText(k.nextReview)) },
                    { QStringLiteral("acct_open"), changed(false, k.outcome == 3) },
                    { QStringLiteral("acct_reference"),
                        changed(
                            QString(), k.outcome == 3 ? QStringLiteral("ACCT-%1").arg(id) : QString()) } },
                {}, {}, {} };
        });
        return true;
    });
    if (!status)
        return status;

    // Each reviewed episode keeps its latest review's risk, next review and ACCT.
    status = inBatches(1, 1, [&](Writer& w, qint64) {
        static const char* const risks[] = { "low", "medium", "high" };
        for (auto latest = m_latestReview.cbegin(); latest != m_latestReview.cend(); ++latest) {
            const LatestReview& r = latest->second;
            if (!w.run(QStringLiteral(
                           "UPDATE mentee_episodes SET risk_level = ?, next_review_on = ?, acct_open = ?, "
                           "acct_reference = ?, updated_at = ? WHERE id = ?"),
                    { QString::fromLatin1(risks[r.risk]), dayText(r.nextReview), int(r.outcome == 3),
                        r.outcome == 3 ? QStringLiteral("ACCT-%1").arg(r.concern) : QString::fromLatin1(""),
                        stamp(r.day, 11 * 60), latest->first })) {
                return false;
            }
        }
        return true;
    });
    if (!status)
        return status;

    // A working day: the support workers sign in and out.
    for (int day = 0; day < DecadeDays; ++day) {
        for (int worker = 0; worker < 2; ++worker) {
            const QString name = QString::fromLatin1(Staff[(day + worker) % 3]);
            event(day, 8 * 60 + worker, [name, day, worker] {
                return AuditEvent { 0, instant(day, 8 * 60 + worker), name, AuditAction::Login,
                    QStringLiteral("user"), name, {}, {}, {}, {} };
            });
            event(day, 17 * 60 + 30 + worker, [name, day, worker] {
                return AuditEvent { 0, instant(day, 17 * 60 + 30 + worker), name, AuditAction::Logout,
                    QStringLiteral("user"), name, {}, {}, {}, {} };
            });
        }
    }
    m_made.prisoners = prisonerCount;
    m_made.episodes = qint64(m_episodes.size());
    m_made.sessions = qint64(m_sessions.size());
    m_made.checkIns = qint64(m_checkIns.size());
    m_made.concerns = qint64(m_concerns.size());
    return Status::success();
}

Status Generation::writeAudit()
{
    std::stable_sort(m_events.begin(), m_events.end(), [](const PendingEvent& a, const PendingEvent& b) {
        return std::pair(a.minute, a.order) < std::pair(b.minute, b.order);
    });
    AuditLog& log = m_session.auditLog();
    // Each member of staff signs the work recorded in their name with a key
    // of their own (they have no slot: they sign in to nothing here); the
    // trail records each key at its holder's first commit.
    std::map<QString, SecureBytes> seeds;
    for (const char* name : Staff)
        seeds.emplace(QString::fromLatin1(name), SecureBytes::random(crypto_sign_SEEDBYTES));
    const qint64 batch = 50000;
    for (qint64 start = 0; start < qint64(m_events.size()); start += batch) {
        const Status status = m_session.write([&](WriteContext&) {
            // One signed commit per run of one person's events, as they would
            // have been recorded.
            if (start == 0) {
                // The staff's accounts, added by the administrator.
                const QString admin = QString::fromLatin1(DecadeGenerator::AdminUsername);
                for (const char* name : Staff) {
                    const QString username = QString::fromLatin1(name);
                    AuditEvent added { 0, instant(-200, 9 * 60), admin, AuditAction::UserAdmin,
                        QStringLiteral("user"), username,
                        QJsonObject { { QStringLiteral("operation"), QStringLiteral("add") },
                            { QStringLiteral("role"), staffRole(username) },
                            { QStringLiteral("display_name"), username } },
                        {}, {}, {} };
                    if (Status s = log.append(added); !s)
                        return s;
                }
                if (Status s = log.seal(admin, instant(-200, 9 * 60)); !s)
                    return s;
            }
            const qint64 end = qMin(qint64(m_events.size()), start + batch);
            AuditEvent next = m_events[size_t(start)].make();
            for (qint64 i = start; i < end; ++i) {
                AuditEvent event = std::move(next);
                if (Status s = log.append(event); !s)
                    return s;
                if (i + 1 < end) {
                    next = m_events[size_t(i + 1)].make();
                    if (next.actor == event.actor)
                        continue;
                }
                const auto seed = seeds.find(event.actor);
                if (Status s = seed == seeds.end() ? log.seal(event.actor, event.occurredAt)
                                                   : log.seal(event.actor, event.occurredAt, seed->second);
                    !s) {
                    return s;
                }
            }
            return Status::success();
        });
        if (!status)
            return status;
    }
    m_made.auditEvents = qint64(m_events.size());
    m_events.clear();
    return Status::success();
}

Result<DecadeGenerator::Made> Generation::run()
{
    m_sessionTypes = m_session.settings().list(Setting::SessionTypes);
    m_modules = m_session.settings().list(Setting::MandatoryModules);
    if (m_sessionTypes.isEmpty())
        m_sessionTypes = { QStringLiteral("1:1") };
    planMentors();
    planEpisodes();
    planSessionsAndCheckIns();
    if (Status status = writeRecords(); !status)
        return status;
    // No ANALYZE: a wing's vault never has statistics, so neither does this.
    if (Status status = writeAudit(); !status)
        return status;
    return m_made;
}

} // namespace

QDate DecadeGenerator::firstDay()
{
    return QDate(2016, 11, 1);
}

QDate DecadeGenerator::lastDay()
{
    return firstDay().addDays(DecadeDays - 1);
}

QDateTime DecadeGenerator::now()
{
    return QDateTime(lastDay().addDays(1), QTime(12, 0), Qt::UTC);
}

Result<DecadeGenerator::Made> DecadeGenerator::generate(
    const QString& directory, VaultStorage storage, const Clock& clock, const DecadeShape& shape)
{
    Vault::CreateOptions options { QString::fromLatin1(AdminUsername),
        QStringLiteral("Decade benchmark administrator"), QString::fromLatin1(Password),
        KdfParams::minimum() };
    Result<UserSession::Created> created = UserSession::createVault(directory, options, clock, storage);
    if (!created)
        return created.status();
    std::unique_ptr<UserSession> session = std::move(created->session);
    Result<Made> made = Generation(*session, shape).run();
    session->signOut();
    return made;
}

} // namespace wingmate::bench

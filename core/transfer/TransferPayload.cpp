#include "transfer/TransferPayload.h"

#include "domain/Validation.h"

#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace wingmate {

namespace {

using Column = TransferPayload::Column;
using Kind = TransferPayload::Kind;
using Table = TransferPayload::Table;

constexpr int ShortText = 200;
constexpr int LongText = 20000;
// Refs are whole numbers JSON doubles carry exactly.
constexpr double MaxRef = 9007199254740991.0;

Column text(const char* name, int maxLength = ShortText, bool required = false)
{
    return { name, Kind::Text, false, maxLength, required, 0, 0, {} };
}
Column optionalText(const char* name, int maxLength = ShortText)
{
    return { name, Kind::Text, true, maxLength, false, 0, 0, {} };
}
Column date(const char* name, bool nullable = false)
{
    return { name, Kind::Date, nullable, 0, false, 0, 0, {} };
}
Column stamp(const char* name)
{
    return { name, Kind::Stamp, false, 0, false, 0, 0, {} };
}
Column integer(const char* name, double min, double max, bool nullable = false)
{
    return { name, Kind::Integer, nullable, 0, false, min, max, {} };
}
Column flag(const char* name)
{
    return { name, Kind::Flag, false, 0, false, 0, 1, {} };
}
Column choice(const char* name, QStringList choices, bool nullable = false)
{
    return { name, Kind::Choice, nullable, 0, false, 0, 0, std::move(choices) };
}

QStringList words(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

const QStringList MentorStatuses = words("applied cleared shadowing trained active paused suspended left");
const QStringList RiskLevels = words("low medium high");

bool isDate(const QString& text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isStamp(const QString& text)
{
    if (text.size() < 16 || text.size() > 40)
        return false;
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
        || QDateTime::fromString(text, Qt::ISODate).isValid();
}

// Empty when the value fits the column; otherwise what is wrong.
QString valueProblem(const QJsonValue& value, const Column& column)
{
    if (value.isNull())
        return column.nullable ? QString() : QStringLiteral("must not be null");
    switch (column.kind) {
    case Kind::Text: {
        if (!value.isString())
            return QStringLiteral("must be text");
        return Validation::textProblem(
            QStringLiteral("text"), value.toString(), column.maxLength, column.required, true);
    }
    case Kind::Date:
        return value.isString() && isDate(value.toString()) ? QString() : QStringLiteral("must be a date");
    case Kind::Stamp:
        return value.isString() && isStamp(value.toString()) ? QString()
                                                             : QStringLiteral("must be a date and time");
    case Kind::Integer: {
        const double d = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < column.min || d > column.max)
            return QStringLiteral("must be a whole number from %1 to %2").arg(column.min).arg(column.max);
        return {};
    }
    case Kind::Flag:
        return value.isBool() ? QString() : QStringLiteral("must be true or false");
    case Kind::Real: {
        const double d = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(d) || d < column.min || d > column.max)
            return QStringLiteral("must be a number from %1 to %2").arg(column.min).arg(column.max);
        return {};
    }
    case Kind::Choice:
        return value.isString() && column.choices.contains(value.toString())
            ? QString()
            : QStringLiteral("is not one of the known values");
    }
    return QStringLiteral("has an unknown type");
}

// Every column present and valid, and no key beyond the columns and extras.
QString rowProblem(const QJsonValue& value, const Table& table)
{
    if (!value.isObject())
        return QStringLiteral("is not an object");
    const QJsonObject row = value.toObject();
    QSet<QString> known;
    for (const Column& column : table.columns) {
        const QString name = QString::fromLatin1(column.name);
        known.insert(name);
        if (!row.contains(name))
            return QStringLiteral("lacks %1").arg(name);
        if (const QString problem = valueProblem(row.value(name), column); !problem.isEmpty())
            return QStringLiteral("%1 %2").arg(name, problem);
    }
    for (const QString& key : table.extraKeys)
        known.insert(key);
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("has an unknown field %1").arg(it.key().left(40));
    }
    return {};
}

// A list of rows of one table. Writes the first problem to *problem.
bool checkRows(
    const QJsonObject& parent, const QString& key, const Table& table, const QString& where, QString* problem)
{
    const QJsonValue value = parent.value(key);
    if (!value.isArray()) {
        *problem = QStringLiteral("%1: %2 is not a list").arg(where, key);
        return false;
    }
    const QJsonArray rows = value.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (const QString p = rowProblem(rows.at(i), table); !p.isEmpty()) {
            *problem = QStringLiteral("%1: %2 %3 %4").arg(where, key).arg(i + 1).arg(p);
            return false;
        }
    }
    return true;
}

bool isRef(const QJsonValue& value)
{
    const double d = value.toDouble(-1);
    return value.isDouble() && std::isfinite(d) && std::floor(d) == d && d >= 1 && d <= MaxRef;
}

// Collects the "ref" of each row: present, a positive whole number, unique.
bool collectRefs(const QJsonArray& rows, QSet<qint64>* refs)
{
    for (const QJsonValue& row : rows) {
        const QJsonValue ref = row.toObject().value(QStringLiteral("ref"));
        if (!isRef(ref) || refs->contains(qint64(ref.toDouble())))
            return false;
        refs->insert(qint64(ref.toDouble()));
    }
    return true;
}

// A reference to another row of the package: null, or one of refs.
bool refersTo(const QJsonObject& row, const QString& key, const QSet<qint64>& refs)
{
    if (!row.contains(key))
        return false;
    const QJsonValue value = row.value(key);
    return value.isNull() || (isRef(value) && refs.contains(qint64(value.toDouble())));
}

QString episodeProblem(const QJsonObject& episode, const QString& where)
{
    QString problem;
    if (!checkRows(episode, QStringLiteral("sessions"), TransferPayload::sessions(), where, &problem)
        || !checkRows(episode, QStringLiteral("checkIns"), TransferPayload::checkIns(), where, &problem)
        || !checkRows(episode, QStringLiteral("concerns"), TransferPayload::concerns(), where, &problem)
        || !checkRows(episode, QStringLiteral("reviews"), TransferPayload::reviews(), where, &problem)) {
        return problem;
    }
    const QJsonArray sessions = episode.value(QStringLiteral("sessions")).toArray();
    QSet<qint64> sessionRefs;
    QSet<qint64> checkInRefs;
    QSet<qint64> concernRefs;
    if (!collectRefs(sessions, &sessionRefs))
        return where + QStringLiteral(": a session's ref is missing or repeated");
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const QJsonObject session = sessions.at(i).toObject();
        if (!session.value(QStringLiteral("attended")).isBool())
            return QStringLiteral("%1: session %2 attended must be true or false").arg(where).arg(i + 1);
        if (!checkRows(session, QStringLiteral("followUps"), TransferPayload::followUps(),
                QStringLiteral("%1 session %2").arg(where).arg(i + 1), &problem)) {
            return problem;
        }
    }
    if (!collectRefs(episode.value(QStringLiteral("checkIns")).toArray(), &checkInRefs))
        return where + QStringLiteral(": a check-in's ref is missing or repeated");
    const QJsonArray concerns = episode.value(QStringLiteral("concerns")).toArray();
    if (!collectRefs(concerns, &concernRefs))
        return where + QStringLiteral(": a concern's ref is missing or repeated");
    for (const QJsonValue& value : concerns) {
        const QJsonObject concern = value.toObject();
        if (!refersTo(concern, QStringLiteral("checkIn"), checkInRefs)
            || !refersTo(concern, QStringLiteral("session"), sessionRefs))
            return where + QStringLiteral(": a concern refers to a check-in or session not in the package");
    }
    for (const QJsonValue& value : episode.value(QStringLiteral("reviews")).toArray()) {
        if (!refersTo(value.toObject(), QStringLiteral("concern"), concernRefs))
            return where + QStringLiteral(": a review refers to a concern not in the package");
    }
    return {};
}

QString mentorProblem(const QJsonObject& mentor, const QString& where)
{
    QString problem;
    if (!checkRows(mentor, QStringLiteral("statusHistory"), TransferPayload::statusHistory(), where, &problem)
        || !checkRows(mentor, QStringLiteral("shadowing"), TransferPayload::shadowing(), where, &problem)
        || !checkRows(mentor, QStringLiteral("training"), TransferPayload::training(), where, &problem)
        || !checkRows(
            mentor, QStringLiteral("supervisions"), TransferPayload::supervisions(), where, &problem)) {
        return problem;
    }
    return {};
}

} // namespace

const Table& TransferPayload::prisoners()
{
    static const Table table { "prisoners",
        { text("prison_number", 7, true), text("full_name", 200, true), date("date_of_birth", true),
            date("expected_release", true) },
        {} };
    return table;
}

const Table& TransferPayload::episodes()
{
    static const Table table { "mentee_episodes",
        { choice("status", words("referred active closed")), date("referred_on"),
            choice("referral_source", words("self staff healthcare mentor")),
            text("referral_reason", LongText), date("consent_on", true), flag("baseline_self_harm_ever"),
            flag("baseline_self_harm_year"), flag("baseline_self_harm_current"),
            choice("baseline_suicidal_year", words("none thoughts attempt")), flag("acct_open"),
            text("acct_reference"), choice("risk_level", RiskLevels, true), date("next_review_on", true),
            date("activated_on", true), date("closed_on", true),
            choice(
                "closure_reason", words("goals_met declined transferred released became_mentor other"), true),
            flag("outcome_education_work"), flag("outcome_became_mentor"), text("outcome_notes", LongText),
            stamp("created_at"), stamp("updated_at") },
        { QStringLiteral("sessions"), QStringLiteral("checkIns"), QStringLiteral("concerns"),
            QStringLiteral("reviews") } };
    return table;
}

const Table& TransferPayload::sessions()
{
    static const Table table { "mentee_sessions",
        { stamp("held_at"), integer("duration_minutes", 1, 1440), text("session_type", ShortText, true),
            flag("is_group"), text("location"), text("notes", LongText), flag("concern_raised"),
            text("recorded_by", ShortText, true), stamp("created_at"), stamp("updated_at") },
        { QStringLiteral("ref"), QStringLiteral("attended"), QStringLiteral("followUps") } };
    return table;
}

const Table& TransferPayload::followUps()
{
    static const Table table { "follow_up_actions",
        { text("description", LongText, true), date("due_on"), date("done_on", true), stamp("created_at"),
            stamp("updated_at") },
        {} };
    return table;
}

const Table& TransferPayload::checkIns()
{
    static const Table table { "check_ins",
        { date("checked_on"), text("recorded_by", ShortText, true), integer("wellbeing_rating", 1, 10, true),
            choice("self_harm", words("none thoughts act")),
            choice("suicidal", words("none thoughts plans attempt")), text("coping", LongText),
            text("protective_factors", LongText), text("scale_name"),
            integer("scale_total", -100000, 100000, true), text("notes", LongText), stamp("created_at"),
            stamp("updated_at") },
        { QStringLiteral("ref") } };
    return table;
}

const Table& TransferPayload::concerns()
{
    static const Table table { "concerns",
        { stamp("raised_at"), choice("source", words("check_in session staff")),
            text("description", LongText), choice("status", words("open reviewed")),
            text("raised_by", ShortText, true), stamp("created_at"), stamp("updated_at") },
        { QStringLiteral("ref"), QStringLiteral("checkIn"), QStringLiteral("session") } };
    return table;
}

const Table& TransferPayload::reviews()
{
    static const Table table { "reviews",
        { date("reviewed_on"), text("reviewer", ShortText, true),
            choice("outcome", words("no_further_action monitor referred_mental_health acct_opened")),
            choice("risk_level", RiskLevels), date("next_review_on", true), text("notes", LongText),
            stamp("created_at") },
        { QStringLiteral("concern") } };
    return table;
}

const Table& TransferPayload::mentors()
{
    static const Table table { "mentors",
        { choice("status", MentorStatuses), date("applied_on"), text("application_notes", LongText),
            date("governor_approved_on", true), optionalText("governor_approved_by"),
            date("security_cleared_on", true), optionalText("security_cleared_by"),
            integer("capacity", 0, 50),
            choice("pathway_tier", words("peer_mentor health_champion health_trainer")),
            date("agreement_signed_on", true), optionalText("agreement_version"),
            choice("left_reason", words("released transferred resigned removed"), true), stamp("created_at"),
            stamp("updated_at") },
        { QStringLiteral("statusHistory"), QStringLiteral("shadowing"), QStringLiteral("training"),
            QStringLiteral("supervisions") } };
    return table;
}

const Table& TransferPayload::statusHistory()
{
    static const Table table { "mentor_status_history",
        { choice("from_status", MentorStatuses, true), choice("to_status", MentorStatuses),
            date("changed_on"), text("reason", LongText), text("recorded_by", ShortText, true),
            stamp("recorded_at") },
        {} };
    return table;
}

const Table& TransferPayload::shadowing()
{
    static const Table table { "shadowing_periods",
        { date("started_on"), date("ended_on", true), integer("sessions_observed", 0, 100000),
            date("signed_off_on", true), optionalText("signed_off_by"), text("notes", LongText),
            stamp("created_at"), stamp("updated_at") },
        {} };
    return table;
}

const Table& TransferPayload::training()
{
    static const Table table { "training_records",
        { text("module", ShortText, true), text("provider"), date("started_on", true),
            date("completed_on", true), Column { "hours", Kind::Real, true, 0, false, 0, 100000, {} },
            text("accreditation"), text("assessor"), date("expires_on", true), stamp("created_at"),
            stamp("updated_at") },
        {} };
    return table;
}

const Table& TransferPayload::supervisions()
{
    static const Table table { "supervisions",
        { date("held_on"), text("supervisor", ShortText, true), text("notes", LongText),
            text("mentor_wellbeing", LongText), stamp("created_at"), stamp("updated_at") },
        {} };
    return table;
}

QString TransferPayload::columnList(const Table& table, const QString& prefix)
{
    QStringList names;
    for (const Column& column : table.columns)
        names.append(prefix + QString::fromLatin1(column.name));
    return names.join(QStringLiteral(", "));
}

QJsonObject TransferPayload::rowToJson(const QSqlQuery& query, const Table& table, int first)
{
    QJsonObject row;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const Column& column = table.columns.at(i);
        const QVariant value = query.value(first + int(i));
        const QString name = QString::fromLatin1(column.name);
        if (value.isNull() && column.nullable) {
            row.insert(name, QJsonValue::Null);
            continue;
        }
        switch (column.kind) {
        case Kind::Flag:
            row.insert(name, value.toLongLong() != 0);
            break;
        case Kind::Integer:
            row.insert(name, double(value.toLongLong()));
            break;
        case Kind::Real:
            row.insert(name, value.toDouble());
            break;
        default:
            row.insert(name, value.toString());
            break;
        }
    }
    return row;
}

QVariantList TransferPayload::rowValues(const QJsonObject& row, const Table& table)
{
    QVariantList values;
    for (const Column& column : table.columns) {
        const QJsonValue value = row.value(QString::fromLatin1(column.name));
        if (value.isNull()) {
            values.append(QVariant());
            continue;
        }
        switch (column.kind) {
        case Kind::Flag:
            values.append(value.toBool() ? 1 : 0);
            break;
        case Kind::Integer:
            values.append(qint64(value.toDouble()));
            break;
        case Kind::Real:
            values.append(value.toDouble());
            break;
        case Kind::Text:
            // Kept as typed, but never as a NULL where the schema wants text.
            values.append(value.toString().isNull() ? QString::fromLatin1("") : value.toString());
            break;
        default:
            values.append(value.toString());
            break;
        }
    }
    return values;
}

qint64 TransferPayload::Counts::total() const
{
    return episodes + sessions + followUps + checkIns + concerns + reviews + mentors + statusChanges
        + shadowing + training + supervisions;
}

QList<std::pair<QString, qint64>> TransferPayload::Counts::rows() const
{
    return { { tr("Mentee episodes"), episodes }, { tr("Sessions attended"), sessions },
        { tr("Follow-up actions"), followUps }, { tr("Check-ins"), checkIns }, { tr("Concerns"), concerns },
        { tr("Reviews"), reviews }, { tr("Mentor records"), mentors },
        { tr("Mentor status changes"), statusChanges }, { tr("Shadowing periods"), shadowing },
        { tr("Training records"), training }, { tr("Supervision sessions"), supervisions } };
}

QJsonObject TransferPayload::Counts::toJson() const
{
    return { { QStringLiteral("episodes"), episodes }, { QStringLiteral("sessions"), sessions },
        { QStringLiteral("followUps"), followUps }, { QStringLiteral("checkIns"), checkIns },
        { QStringLiteral("concerns"), concerns }, { QStringLiteral("reviews"), reviews },
        { QStringLiteral("mentors"), mentors }, { QStringLiteral("statusChanges"), statusChanges },
        { QStringLiteral("shadowing"), shadowing }, { QStringLiteral("training"), training },
        { QStringLiteral("supervisions"), supervisions } };
}

TransferPayload::Counts TransferPayload::counts() const
{
    Counts c;
    const auto size = [](const QJsonObject& parent, const char* key) {
        return qint64(parent.value(QLatin1String(key)).toArray().size());
    };
    for (const QJsonValue& value : episodeList) {
        const QJsonObject episode = value.toObject();
        ++c.episodes;
        c.sessions += size(episode, "sessions");
        for (const QJsonValue& session : episode.value(QStringLiteral("sessions")).toArray())
            c.followUps += size(session.toObject(), "followUps");
        c.checkIns += size(episode, "checkIns");
        c.concerns += size(episode, "concerns");
        c.reviews += size(episode, "reviews");
    }
    for (const QJsonValue& value : mentorList) {
        const QJsonObject mentor = value.toObject();
        ++c.mentors;
        c.statusChanges += size(mentor, "statusHistory");
        c.shadowing += size(mentor, "shadowing");
        c.training += size(mentor, "training");
        c.supervisions += size(mentor, "supervisions");
    }
    return c;
}

QByteArray TransferPayload::toJson() const
{
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("wingmate-transfer") },
        { QStringLiteral("version"), FormatVersion }, { QStringLiteral("source"), source },
        { QStringLiteral("destination"), destination },
        { QStringLiteral("exportedAt"), exportedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("exportedBy"), exportedBy }, { QStringLiteral("prisoner"), prisoner },
        { QStringLiteral("episodes"), episodeList }, { QStringLiteral("mentors"), mentorList } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<TransferPayload> TransferPayload::parse(const QByteArray& json)
{
    const auto refuse = [](const QString& details) {
        return Status::failure(ErrorCode::Damaged,
            tr("The transfer package's contents are not valid; ask the sending establishment for a new one."),
            details);
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refuse(QStringLiteral("not a JSON object: %1").arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("wingmate-transfer"))
        return refuse(QStringLiteral("format marker missing"));
    if (root.value(QStringLiteral("version")) != QJsonValue(FormatVersion)) {
        return Status::failure(ErrorCode::Damaged,
            tr("This transfer package was made by a newer version of Wingmate; update Wingmate to import "
               "it."));
    }
    static const QStringList RootKeys { QStringLiteral("format"), QStringLiteral("version"),
        QStringLiteral("source"), QStringLiteral("destination"), QStringLiteral("exportedAt"),
        QStringLiteral("exportedBy"), QStringLiteral("prisoner"), QStringLiteral("episodes"),
        QStringLiteral("mentors") };
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!RootKeys.contains(it.key()))
            return refuse(QStringLiteral("unknown field %1").arg(it.key().left(40)));
    }
    TransferPayload payload;
    for (const auto& [key, target] :
        { std::pair { "source", &payload.source }, std::pair { "destination", &payload.destination },
            std::pair { "exportedBy", &payload.exportedBy } }) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isString()
            || !Validation::textProblem(QStringLiteral("text"), value.toString(), ShortText, false).isEmpty())
            return refuse(QStringLiteral("%1 is not valid").arg(QLatin1String(key)));
        *target = value.toString();
    }
    const QJsonValue exportedAt = root.value(QStringLiteral("exportedAt"));
    if (!exportedAt.isString() || !isStamp(exportedAt.toString()))
        return refuse(QStringLiteral("exportedAt is not valid"));
    payload.exportedAt = QDateTime::fromString(exportedAt.toString(), Qt::ISODateWithMs);

    if (const QString p = rowProblem(root.value(QStringLiteral("prisoner")), prisoners()); !p.isEmpty())
        return refuse(QStringLiteral("prisoner ") + p);
    payload.prisoner = root.value(QStringLiteral("prisoner")).toObject();
    const QString number = payload.prisoner.value(QStringLiteral("prison_number")).toString();
    if (Validation::canonicalPrisonNumber(number) != number)
        return refuse(QStringLiteral("prison number is not valid"));

    QString problem;
    if (!checkRows(root, QStringLiteral("episodes"), episodes(), QStringLiteral("package"), &problem)
        || !checkRows(root, QStringLiteral("mentors"), mentors(), QStringLiteral("package"), &problem)) {
        return refuse(problem);
    }
    payload.episodeList = root.value(QStringLiteral("episodes")).toArray();
    payload.mentorList = root.value(QStringLiteral("mentors")).toArray();
    int open = 0;
    for (qsizetype i = 0; i < payload.episodeList.size(); ++i) {
        const QJsonObject episode = payload.episodeList.at(i).toObject();
        if (const QString p = episodeProblem(episode, QStringLiteral("episode %1").arg(i + 1)); !p.isEmpty())
            return refuse(p);
        if (episode.value(QStringLiteral("status")).toString() != QLatin1String("closed"))
            ++open;
    }
    int current = 0;
    for (qsizetype i = 0; i < payload.mentorList.size(); ++i) {
        const QJsonObject mentor = payload.mentorList.at(i).toObject();
        if (const QString p = mentorProblem(mentor, QStringLiteral("mentor record %1").arg(i + 1));
            !p.isEmpty())
            return refuse(p);
        if (mentor.value(QStringLiteral("status")).toString() != QLatin1String("left"))
            ++current;
    }
    if (open > 1 || current > 1)
        return refuse(QStringLiteral("more than one open episode or current mentor role"));
    if (payload.episodeList.isEmpty() && payload.mentorList.isEmpty())
        return refuse(QStringLiteral("no records"));
    return payload;
}

} // namespace wingmate

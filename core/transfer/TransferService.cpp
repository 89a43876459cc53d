#include "transfer/TransferService.h"

#include "audit/Disclosure.h"
#include "domain/MenteeSession.h"
#include "domain/Prisoner.h"
#include "domain/Validation.h"
#include "services/PrisonerService.h"
#include "storage/AtomicFile.h"
#include "storage/StorageErrors.h"
#include "transfer/TransferPackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>

namespace wingmate {

namespace {

using Table = TransferPayload::Table;

const QString EntityType = QStringLiteral("prisoner");

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

// Reads rows of table (id first, then the transferred columns) into JSON,
// keeping each row's id beside it.
Result<QList<std::pair<qint64, QJsonObject>>> readRows(
    QSqlDatabase db, const Table& table, const QString& where, const QVariantList& values)
{
    QSqlQuery query(db);
    const QString sql
        = QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 ORDER BY id")
              .arg(TransferPayload::columnList(table), QString::fromLatin1(table.sqlName), where);
    if (!run(query, sql, values))
        return storageFailure(
            query.lastError(), TransferService::tr("The records could not be read for the transfer."));
    QList<std::pair<qint64, QJsonObject>> rows;
    while (query.next())
        rows.append({ query.value(0).toLongLong(), TransferPayload::rowToJson(query, table, 1) });
    return rows;
}

QJsonArray withoutIds(const QList<std::pair<qint64, QJsonObject>>& rows)
{
    QJsonArray out;
    for (const auto& row : rows)
        out.append(row.second);
    return out;
}

QJsonValue refOrNull(const QVariant& id, const QHash<qint64, qint64>& refs)
{
    if (id.isNull() || !refs.contains(id.toLongLong()))
        return QJsonValue::Null;
    return double(refs.value(id.toLongLong()));
}

// One episode with everything hanging from it, as this person's record:
// sessions they attended (a group session without its notes or follow-up
// actions, which are about the whole group), their check-ins, concerns and
// reviews.
Result<QJsonObject> readEpisode(QSqlDatabase db, qint64 episodeId, QJsonObject episode)
{
    QSqlQuery sessions(db);
    if (!run(sessions,
            QStringLiteral("SELECT s.id, a.attended, %1 FROM mentee_sessions s JOIN session_attendance a ON "
                           "a.session_id = s.id "
                           "WHERE a.episode_id = ? AND s.deleted_at IS NULL ORDER BY s.held_at, s.id")
                .arg(TransferPayload::columnList(TransferPayload::sessions(), QStringLiteral("s."))),
            { episodeId })) {
        return storageFailure(
            sessions.lastError(), TransferService::tr("The records could not be read for the transfer."));
    }
    QHash<qint64, qint64> sessionRefs;
    QJsonArray sessionList;
    while (sessions.next()) {
        const qint64 id = sessions.value(0).toLongLong();
        QJsonObject session = TransferPayload::rowToJson(sessions, TransferPayload::sessions(), 2);
        const bool group = session.value(QStringLiteral("is_group")).toBool();
        sessionRefs.insert(id, sessionRefs.size() + 1);
        session.insert(QStringLiteral("ref"), double(sessionRefs.size()));
        session.insert(QStringLiteral("attended"), sessions.value(1).toLongLong() != 0);
        QJsonArray followUps;
        if (group) {
            session.insert(QStringLiteral("notes"), QString());
        } else {
            auto rows = readRows(db, TransferPayload::followUps(), QStringLiteral("session_id = ?"), { id });
            if (!rows)
                return rows.status();
            followUps = withoutIds(*rows);
        }
        session.insert(QStringLiteral("followUps"), followUps);
        sessionList.append(session);
    }
    episode.insert(QStringLiteral("sessions"), sessionList);

    auto checkIns = readRows(db, TransferPayload::checkIns(),
        QStringLiteral("episode_id = ? AND deleted_at IS NULL"), { episodeId });
    if (!checkIns)
        return checkIns.status();
    QHash<qint64, qint64> checkInRefs;
    QJsonArray checkInList;
    for (auto& [id, row] : *checkIns) {
        checkInRefs.insert(id, checkInRefs.size() + 1);
        row.insert(QStringLiteral("ref"), double(checkInRefs.size()));
        checkInList.append(row);
    }
    episode.insert(QStringLiteral("checkIns"), checkInList);

    QSqlQuery concerns(db);
    if (!run(concerns,
            QStringLiteral(
                "SELECT id, check_in_id, session_id, %1 FROM concerns WHERE episode_id = ? ORDER BY id")
                .arg(TransferPayload::columnList(TransferPayload::concerns())),
            { episodeId })) {
        return storageFailure(
            concerns.lastError(), TransferService::tr("The records could not be read for the transfer."));
    }
    QHash<qint64, qint64> concernRefs;
    QJsonArray concernList;
    while (concerns.next()) {
        QJsonObject concern = TransferPayload::rowToJson(concerns, TransferPayload::concerns(), 3);
        concernRefs.insert(concerns.value(0).toLongLong(), concernRefs.size() + 1);
        concern.insert(QStringLiteral("ref"), double(concernRefs.size()));
        concern.insert(QStringLiteral("checkIn"), refOrNull(concerns.value(1), checkInRefs));
        concern.insert(QStringLiteral("session"), refOrNull(concerns.value(2), sessionRefs));
        concernList.append(concern);
    }
    episode.insert(QStringLiteral("concerns"), concernList);

    QSqlQuery reviews(db);
    if (!run(reviews,
            QStringLiteral("SELECT concern_id, %1 FROM reviews WHERE episode_id = ? ORDER BY id")
                .arg(TransferPayload::columnList(TransferPayload::reviews())),
            { episodeId })) {
        return storageFailure(
            reviews.lastError(), TransferService::tr("The records could not be read for the transfer."));
    }
    QJsonArray reviewList;
    while (reviews.next()) {
        QJsonObject review = TransferPayload::rowToJson(reviews, TransferPayload::reviews(), 1);
        review.insert(QStringLiteral("concern"), refOrNull(reviews.value(0), concernRefs));
        reviewList.append(review);
    }
    episode.insert(QStringLiteral("reviews"), reviewList);
    return episode;
}

// A mentor record with its history, shadowing (without the experienced
// mentor, who is someone else), training and supervision.
Result<QJsonObject> readMentor(QSqlDatabase db, qint64 mentorId, QJsonObject mentor)
{
    const std::pair<const char*, const Table*> parts[]
        = { { "statusHistory", &TransferPayload::statusHistory() },
              { "shadowing", &TransferPayload::shadowing() }, { "training", &TransferPayload::training() },
              { "supervisions", &TransferPayload::supervisions() } };
    for (const auto& [key, table] : parts) {
        const QString where = table == &TransferPayload::statusHistory()
            ? QStringLiteral("mentor_id = ?")
            : QStringLiteral("mentor_id = ? AND deleted_at IS NULL");
        auto rows = readRows(db, *table, where, { mentorId });
        if (!rows)
            return rows.status();
        mentor.insert(QLatin1String(key), withoutIds(*rows));
    }
    return mentor;
}

// What an import wrote, table by table ({ id: { column: value } }), for the
// audit trail, which must account for every row.
using Imported = QHash<QString, QJsonObject>;

// Inserts one row; extra columns (foreign keys) come first.
Result<qint64> insertRow(QSqlDatabase db, const Table& table, const QJsonObject& row,
    const QStringList& extraColumns, const QVariantList& extraValues, Imported& imported)
{
    QStringList columns = extraColumns;
    columns.append(TransferPayload::columnList(table));
    QVariantList values = extraValues;
    values.append(TransferPayload::rowValues(row, table));
    QStringList marks;
    for (qsizetype i = 0; i < values.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query(db);
    if (!run(query,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(QString::fromLatin1(table.sqlName), columns.join(QStringLiteral(", ")),
                    marks.join(QStringLiteral(", "))),
            values)) {
        return storageFailure(query.lastError(),
            TransferService::tr("The transferred records could not be saved; nothing was imported."));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    QJsonObject written;
    for (qsizetype i = 0; i < extraColumns.size(); ++i)
        written.insert(extraColumns.at(i), QJsonValue::fromVariant(extraValues.at(i)));
    for (const auto& column : table.columns) {
        const QString name = QString::fromLatin1(column.name);
        written.insert(name, row.value(name));
    }
    imported[QString::fromLatin1(table.sqlName)].insert(QString::number(id), written);
    return id;
}

QVariant refValue(const QJsonObject& row, const QString& key, const QHash<qint64, qint64>& ids)
{
    const QJsonValue value = row.value(key);
    if (value.isNull())
        return {};
    return ids.value(qint64(value.toDouble()));
}

// Counts rows as they are written and asks whether to go on.
class Ticker {
public:
    Ticker(const ProgressCallback& progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    {
    }
    bool step()
    {
        ++m_done;
        return !m_progress || m_progress({}, m_done, m_total);
    }

private:
    const ProgressCallback& m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

Status cancelled()
{
    return Status::failure(ErrorCode::Usage, TransferService::tr("Cancelled; nothing was changed."),
        QStringLiteral("cancelled"));
}

Status importEpisode(
    QSqlDatabase db, qint64 prisonerId, const QJsonObject& episode, Ticker& ticker, Imported& imported)
{
    const auto cancel = cancelled();
    Result<qint64> episodeId = insertRow(db, TransferPayload::episodes(), episode,
        { QStringLiteral("prisoner_id") }, { prisonerId }, imported);
    if (!episodeId)
        return episodeId.status();
    if (!ticker.step())
        return cancel;
    QHash<qint64, qint64> sessionIds;
    for (const QJsonValue& value : episode.value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject session = value.toObject();
        Result<qint64> sessionId = insertRow(db, TransferPayload::sessions(), session, {}, {}, imported);
        if (!sessionId)
            return sessionId.status();
        sessionIds.insert(qint64(session.value(QStringLiteral("ref")).toDouble()), *sessionId);
        QSqlQuery attendance(db);
        if (!run(attendance,
                QStringLiteral("INSERT INTO session_attendance (session_id, episode_id, attended, held_at) "
                               "VALUES (?, ?, ?, ?)"),
                { *sessionId, *episodeId, session.value(QStringLiteral("attended")).toBool() ? 1 : 0,
                    session.value(QStringLiteral("held_at")).toString() })) {
            return storageFailure(attendance.lastError(),
                TransferService::tr("The transferred records could not be saved; nothing was imported."));
        }
        // A package made before schema 9 may hold a group typed 1:1: it is
        // corrected at the next sign-in, as the upgrade corrects its own.
        if (session.value(QStringLiteral("is_group")).toBool()
            && session.value(QStringLiteral("session_type")).toString() == MenteeSession::oneToOneType()) {
            QSqlQuery repair(db);
            if (!run(repair,
                    QStringLiteral(
                        "INSERT INTO pending_repairs (repair, record_id) VALUES ('group_session_type', ?)"),
                    { *sessionId })) {
                return storageFailure(repair.lastError(),
                    TransferService::tr("The transferred records could not be saved; nothing was imported."));
            }
        }
        // Its one attendee, here: mentors are not transferred.
        QJsonObject& sessionsWritten = imported[QStringLiteral("mentee_sessions")];
        QJsonObject written = sessionsWritten.value(QString::number(*sessionId)).toObject();
        const bool attended = session.value(QStringLiteral("attended")).toBool();
        written.insert(
            QStringLiteral("attended_episode_ids"), attended ? QJsonArray { *episodeId } : QJsonArray());
        written.insert(
            QStringLiteral("absent_episode_ids"), attended ? QJsonArray() : QJsonArray { *episodeId });
        written.insert(QStringLiteral("mentor_ids"), QJsonArray());
        sessionsWritten.insert(QString::number(*sessionId), written);
        if (!ticker.step())
            return cancel;
        for (const QJsonValue& followUp : session.value(QStringLiteral("followUps")).toArray()) {
            if (auto id = insertRow(db, TransferPayload::followUps(), followUp.toObject(),
                    { QStringLiteral("session_id") }, { *sessionId }, imported);
                !id) {
                return id.status();
            }
            if (!ticker.step())
                return cancel;
        }
    }
    QHash<qint64, qint64> checkInIds;
    for (const QJsonValue& value : episode.value(QStringLiteral("checkIns")).toArray()) {
        const QJsonObject checkIn = value.toObject();
        Result<qint64> id = insertRow(db, TransferPayload::checkIns(), checkIn,
            { QStringLiteral("episode_id") }, { *episodeId }, imported);
        if (!id)
            return id.status();
        checkInIds.insert(qint64(checkIn.value(QStringLiteral("ref")).toDouble()), *id);
        if (!ticker.step())
            return cancel;
    }
    QHash<qint64, qint64> concernIds;
    for (const QJsonValue& value : episode.value(QStringLiteral("concerns")).toArray()) {
        const QJsonObject concern = value.toObject();
        Result<qint64> id = insertRow(db, TransferPayload::concerns(), concern,
            { QStringLiteral("episode_id"), QStringLiteral("check_in_id"), QStringLiteral("session_id") },
            { *episodeId, refValue(concern, QStringLiteral("checkIn"), checkInIds),
                refValue(concern, QStringLiteral("session"), sessionIds) },
            imported);
        if (!id)
            return id.status();
        concernIds.insert(qint64(concern.value(QStringLiteral("ref")).toDouble()), *id);
        if (!ticker.step())
            return cancel;
    }
    for (const QJsonValue& value : episode.value(QStringLiteral("reviews")).toArray()) {
        const QJsonObject review = value.toObject();
        if (auto id = insertRow(db, TransferPayload::reviews(), review,
                { QStringLiteral("episode_id"), QStringLiteral("concern_id") },
                { *episodeId, refValue(review, QStringLiteral("concern"), concernIds) }, imported);
            !id) {
            return id.status();
        }
        if (!ticker.step())
            return cancel;
    }
    return Status::success();
}

Status importMentor(
    QSqlDatabase db, qint64 prisonerId, const QJsonObject& mentor, Ticker& ticker, Imported& imported)
{
    Result<qint64> mentorId = insertRow(
        db, TransferPayload::mentors(), mentor, { QStringLiteral("prisoner_id") }, { prisonerId }, imported);
    if (!mentorId)
        return mentorId.status();
    if (!ticker.step())
        return cancelled();
    const std::pair<const char*, const Table*> parts[]
        = { { "statusHistory", &TransferPayload::statusHistory() },
              { "shadowing", &TransferPayload::shadowing() }, { "training", &TransferPayload::training() },
              { "supervisions", &TransferPayload::supervisions() } };
    for (const auto& [key, table] : parts) {
        for (const QJsonValue& value : mentor.value(QLatin1String(key)).toArray()) {
            if (auto id = insertRow(
                    db, *table, value.toObject(), { QStringLiteral("mentor_id") }, { *mentorId }, imported);
                !id)
                return id.status();
            if (!ticker.step())
                return cancelled();
        }
    }
    return Status::success();
}

// An episode's span: referral to closure (open-ended while not closed).
std::pair<QDate, QDate> span(const QString& referred, const QVariant& closed)
{
    const QDate end = closed.isNull() || closed.toString().isEmpty()
        ? QDate(9999, 12, 31)
        : QDate::fromString(closed.toString(), Qt::ISODate);
    return { QDate::fromString(referred, Qt::ISODate), end };
}

} // namespace

TransferService::TransferService(UserSession& session)
    : m_session(session)
{
}

QDate TransferService::today() const
{
    return m_session.clock().now().toLocalTime().date();
}

Result<TransferService::Exported> TransferService::exportPackage(const QString& prisonNumber,
    const QString& destination, const QString& path, const ProgressCallback& progress, ExistingFile existing)
{
    if (Status status = m_session.require(Operation::TransferRecords); !status)
        return status;
    const QString number = Validation::canonicalPrisonNumber(prisonNumber);
    if (number.isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
            tr("The prison number must be a letter, four digits and two letters, like A1234BC."));
    const QString to = destination.trimmed();
    if (QString problem = Validation::textProblem(tr("The destination establishment"), to, 200, true);
        !problem.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, problem);
    if (path.isEmpty())
        return Status::failure(ErrorCode::Usage, tr("Say where to write the transfer package."));
    const Result<Prisoner> prisoner = PrisonerService(m_session).findByPrisonNumber(number);
    if (!prisoner)
        return prisoner.status();
    // A package only for a prisoner recorded as transferred or released.
    if (Status status = PrisonerService(m_session).requireDisclosure(Operation::TransferRecords, *prisoner);
        !status)
        return status;

    QSqlDatabase db = m_session.database();
    TransferPayload payload;
    payload.source = m_session.settings().text(Setting::EstablishmentName).left(200);
    payload.destination = to;
    payload.exportedAt = m_session.clock().now().toUTC();
    payload.exportedBy = m_session.user().username;
    auto prisonerRows
        = readRows(db, TransferPayload::prisoners(), QStringLiteral("id = ?"), { prisoner->id });
    if (!prisonerRows)
        return prisonerRows.status();
    if (prisonerRows->isEmpty())
        return Status::failure(
            ErrorCode::InvalidInput, tr("No prisoner with number %1 is recorded.").arg(number));
    payload.prisoner = prisonerRows->constFirst().second;

    auto episodes = readRows(db, TransferPayload::episodes(),
        QStringLiteral("prisoner_id = ? AND deleted_at IS NULL"), { prisoner->id });
    if (!episodes)
        return episodes.status();
    auto mentors = readRows(db, TransferPayload::mentors(),
        QStringLiteral("prisoner_id = ? AND deleted_at IS NULL"), { prisoner->id });
    if (!mentors)
        return mentors.status();
    if (episodes->isEmpty() && mentors->isEmpty()) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("%1 has no mentee episode or mentor record to transfer.").arg(prisoner->fullName));
    }
    // Reading, then sealing (one unit each), then writing.
    const qint64 total = episodes->size() + mentors->size() + 2;
    qint64 done = 0;
    const auto step = [&]() {
        ++done;
        return !progress || progress({}, done, total);
    };
    for (const auto& [id, row] : *episodes) {
        Result<QJsonObject> episode = readEpisode(db, id, row);
        if (!episode)
            return episode.status();
        payload.episodeList.append(*episode);
        if (!step())
            return cancelled();
    }
    for (const auto& [id, row] : *mentors) {
        Result<QJsonObject> mentor = readMentor(db, id, row);
        if (!mentor)
            return mentor.status();
        payload.mentorList.append(*mentor);
        if (!step())
            return cancelled();
    }
    Exported exported;
    exported.code = TransferPackage::newCode();
    exported.prisonNumber = number;
    exported.fullName = prisoner->fullName;
    exported.counts = payload.counts();
    const Result<QByteArray> sealed = TransferPackage::seal(
        payload.toJson(), exported.code, payload.source, to, payload.exportedAt, KdfParams::forNewSlots());
    if (!sealed)
        return sealed.status();
    if (!step())
        return cancelled();

    const QString absolute = QDir::current().absoluteFilePath(path);
    bool written = false;
    const Status status = m_session.write([&](WriteContext& ctx) {
        // A disclosure: whose by the prisoner's id, never their number.
        const Disclosure disclosure { QStringLiteral("transfer_package"), Disclosure::prisoner(prisoner->id),
            exported.counts.total(), QDir::toNativeSeparators(absolute) };
        const QJsonObject details = disclosure.details({ { QStringLiteral("destination"), to },
            { QStringLiteral("counts"), exported.counts.toJson() } });
        if (Status s
            = ctx.audit(AuditAction::TransferOut, EntityType, QString::number(prisoner->id), details);
            !s)
            return s;
        // Written inside the transaction: a package that could not be
        // audited is removed again below.
        if (Status s = writeOutputFile(absolute, *sealed, existing); !s)
            return s;
        written = true;
        return Status::success();
    });
    if (!status) {
        if (written)
            QFile::remove(absolute);
        return status;
    }
    if (progress)
        progress({}, total, total);
    return exported;
}

Result<TransferPayload> TransferService::open(const QString& path, const QString& code)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::failure(ErrorCode::Io,
            tr("The transfer package %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    }
    if (file.size() > TransferPackage::MaxFileSize)
        return Status::failure(ErrorCode::Damaged, tr("This file is not a Wingmate transfer package."));
    const QByteArray bytes = file.read(TransferPackage::MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Status::failure(
            ErrorCode::Io, tr("The transfer package could not be read."), file.errorString());
    const Result<TransferPackage> package = TransferPackage::parse(bytes);
    if (!package)
        return package.status();
    const Result<QByteArray> plaintext = package->open(code);
    if (!plaintext)
        return plaintext.status();
    Result<TransferPayload> payload = TransferPayload::parse(*plaintext);
    if (!payload)
        return payload.status();
    // The clear header and the sealed contents must tell the same story.
    if (payload->source != package->source || payload->destination != package->destination) {
        return Status::failure(ErrorCode::Damaged,
            tr("The transfer package's contents are not valid; ask the sending establishment for a new one."),
            QStringLiteral("header and payload disagree"));
    }
    return payload;
}

Result<TransferService::Preview> TransferService::compare(
    QSqlDatabase db, const TransferPayload& payload) const
{
    Preview preview;
    preview.source = payload.source;
    preview.destination = payload.destination;
    preview.exportedAt = payload.exportedAt;
    preview.exportedBy = payload.exportedBy;
    preview.prisonNumber = payload.prisoner.value(QStringLiteral("prison_number")).toString();
    preview.fullName = payload.prisoner.value(QStringLiteral("full_name")).toString();
    preview.dateOfBirth
        = QDate::fromString(payload.prisoner.value(QStringLiteral("date_of_birth")).toString(), Qt::ISODate);
    preview.counts = payload.counts();

    QSqlQuery prisoner(db);
    if (!run(prisoner,
            QStringLiteral("SELECT id, full_name, date_of_birth FROM prisoners WHERE prison_number = ? AND "
                           "deleted_at IS NULL"),
            { preview.prisonNumber })) {
        return storageFailure(prisoner.lastError(), tr("The vault could not be searched for this prisoner."));
    }
    if (!prisoner.next())
        return preview;
    preview.existingPrisonerId = prisoner.value(0).toLongLong();
    const QString localName = prisoner.value(1).toString();
    const QDate localBirth = QDate::fromString(prisoner.value(2).toString(), Qt::ISODate);
    if (Validation::searchKey(localName) != Validation::searchKey(preview.fullName)) {
        preview.conflicts.append(tr("Prison number %1 is recorded here as %2, but the package names %3.")
                                     .arg(preview.prisonNumber, localName, preview.fullName));
    }
    if (localBirth.isValid() && preview.dateOfBirth.isValid() && localBirth != preview.dateOfBirth) {
        preview.conflicts.append(
            tr("%1's date of birth is recorded here as %2, but the package says %3.")
                .arg(localName, localBirth.toString(Qt::ISODate), preview.dateOfBirth.toString(Qt::ISODate)));
    }

    QSqlQuery episodes(db);
    if (!run(episodes,
            QStringLiteral("SELECT referred_on, closed_on, status FROM mentee_episodes WHERE prisoner_id = ? "
                           "AND deleted_at IS NULL"),
            { preview.existingPrisonerId })) {
        return storageFailure(episodes.lastError(), tr("The vault could not be searched for this prisoner."));
    }
    while (episodes.next()) {
        const auto [localStart, localEnd] = span(episodes.value(0).toString(), episodes.value(1));
        for (const QJsonValue& value : payload.episodeList) {
            const QJsonObject episode = value.toObject();
            const auto [start, end] = span(episode.value(QStringLiteral("referred_on")).toString(),
                episode.value(QStringLiteral("closed_on")).toVariant());
            if (start <= localEnd && localStart <= end) {
                const QString localText = episodes.value(2).toString() == QLatin1String("closed")
                    ? tr("%1 to %2").arg(localStart.toString(Qt::ISODate), localEnd.toString(Qt::ISODate))
                    : tr("open since %1").arg(localStart.toString(Qt::ISODate));
                preview.conflicts.append(
                    tr("The package's episode referred on %1 overlaps the episode recorded here (%2).")
                        .arg(start.toString(Qt::ISODate), localText));
            }
        }
    }

    bool packageHasCurrentRole = false;
    for (const QJsonValue& value : payload.mentorList)
        packageHasCurrentRole
            |= value.toObject().value(QStringLiteral("status")).toString() != QLatin1String("left");
    QSqlQuery mentors(db);
    if (!run(mentors,
            QStringLiteral("SELECT count(*) FROM mentors WHERE prisoner_id = ? AND deleted_at IS NULL AND "
                           "status <> 'left'"),
            { preview.existingPrisonerId })
        || !mentors.next()) {
        return storageFailure(mentors.lastError(), tr("The vault could not be searched for this prisoner."));
    }
    if (packageHasCurrentRole && mentors.value(0).toInt() > 0)
        preview.conflicts.append(
            tr("%1 already has a current mentoring role here, and so does the package.").arg(localName));
    return preview;
}

Result<TransferService::Preview> TransferService::preview(const QString& path, const QString& code)
{
    if (Status status = m_session.require(Operation::TransferRecords); !status)
        return status;
    const Result<TransferPayload> payload = open(path, code);
    if (!payload)
        return payload.status();
    return preview(*payload);
}

Result<TransferService::Preview> TransferService::preview(const TransferPayload& payload)
{
    if (Status status = m_session.require(Operation::TransferRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    return compare(m_session.database(), payload);
}

Result<TransferService::Preview> TransferService::importPackage(
    const QString& path, const QString& code, const ProgressCallback& progress)
{
    if (Status status = m_session.require(Operation::TransferRecords); !status)
        return status;
    const Result<TransferPayload> payload = open(path, code);
    if (!payload)
        return payload.status();
    return importPayload(*payload, progress);
}

Result<TransferService::Preview> TransferService::importPayload(
    const TransferPayload& given, const ProgressCallback& progress)
{
    if (Status status = m_session.require(Operation::TransferRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    const TransferPayload* payload = &given;
    std::optional<Preview> done;
    const Status status = m_session.write([&](WriteContext& ctx) {
        // Compared again inside the transaction, so nothing can slip in
        // between the check and the writes.
        Result<Preview> preview = compare(ctx.database(), *payload);
        if (!preview)
            return preview.status();
        if (!preview->conflicts.isEmpty()) {
            return Status::failure(ErrorCode::InvalidInput,
                tr("Nothing was imported, because the package conflicts with this vault: %1")
                    .arg(preview->conflicts.join(QLatin1Char(' '))));
        }
        qint64 prisonerId = preview->existingPrisonerId;
        if (prisonerId == 0) {
            Prisoner p;
            p.prisonNumber = preview->prisonNumber;
            p.fullName = preview->fullName;
            p.dateOfBirth = preview->dateOfBirth;
            p.expectedRelease = QDate::fromString(
                payload->prisoner.value(QStringLiteral("expected_release")).toString(), Qt::ISODate);
            Result<qint64> id = PrisonerService(m_session).insert(ctx, p);
            if (!id)
                return id.status();
            prisonerId = *id;
        }
        Ticker ticker(progress, preview->counts.total());
        Imported imported;
        for (const QJsonValue& episode : payload->episodeList) {
            if (Status s = importEpisode(ctx.database(), prisonerId, episode.toObject(), ticker, imported);
                !s)
                return s;
        }
        for (const QJsonValue& mentor : payload->mentorList) {
            if (Status s = importMentor(ctx.database(), prisonerId, mentor.toObject(), ticker, imported); !s)
                return s;
        }
        QJsonObject records;
        for (auto table = imported.cbegin(); table != imported.cend(); ++table)
            records.insert(table.key(), table.value());
        const QJsonObject details { { QStringLiteral("source"), payload->source },
            { QStringLiteral("destination"), payload->destination },
            { QStringLiteral("prisonNumber"), preview->prisonNumber },
            { QStringLiteral("exportedAt"), payload->exportedAt.toString(Qt::ISODateWithMs) },
            { QStringLiteral("exportedBy"), payload->exportedBy },
            { QStringLiteral("prisonerAdded"), preview->existingPrisonerId == 0 },
            { QStringLiteral("counts"), preview->counts.toJson() },
            // Every row written, so that the trail accounts for each.
            { QStringLiteral("records"), records } };
        if (Status s = ctx.audit(AuditAction::TransferIn, EntityType, QString::number(prisonerId), details);
            !s)
            return s;
        preview->existingPrisonerId = prisonerId;
        done = *preview;
        return Status::success();
    });
    if (!status)
        return status;
    return *done;
}

} // namespace wingmate

#include "storage/SchemaMigrator.h"

#include "storage/SqlCipherDriver.h"
#include "storage/StorageErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

namespace wingmate {

namespace {
// This file's strings, under the context lupdate also sees.
struct SchemaMigratorText {
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
};
} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase database)
    : SchemaMigrator(std::move(database), migrationFiles())
{
}

SchemaMigrator::SchemaMigrator(QSqlDatabase database, QStringList migrationFiles)
    : m_db(std::move(database))
    , m_files(std::move(migrationFiles))
{
}

QStringList SchemaMigrator::migrationFiles()
{
    QStringList files;
    const QStringList names = QDir(QStringLiteral(":/schema")).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString& name : names)
        files.append(QStringLiteral(":/schema/") + name);
    return files;
}

Status SchemaMigrator::checkObjects() const
{
    // What the migrations this vault has had create (they never drop or
    // rename anything).
    Result<int> version = currentVersion();
    if (!version)
        return version.status();
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    static const QRegularExpression created(
        QStringLiteral(
            "\\bCREATE\\s+(?:UNIQUE\\s+)?(TABLE|INDEX|TRIGGER|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QString> expected; // name -> type
    for (qsizetype i = 0; i < qMin<qsizetype>(*version, m_files.size()); ++i) {
        QFile file(m_files.at(i));
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(ErrorCode::Io,
                SchemaMigratorText::tr("A schema update is missing from this build."), file.fileName());
        const QString sql = QString::fromUtf8(file.readAll()).remove(comment);
        for (auto it = created.globalMatch(sql); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            expected.insert(match.captured(2).toLower(), match.captured(1).toLower());
        }
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return Status::failure(ErrorCode::Io, SchemaMigratorText::tr("The vault's schema could not be read."),
            query.lastError().text());
    QMap<QString, QString> found;
    while (query.next())
        found.insert(query.value(1).toString().toLower(), query.value(0).toString().toLower());
    const auto changed = [](const QString& message, const QString& type, const QString& name) {
        return Status::failure(ErrorCode::Damaged, message, QStringLiteral("schema: %1 %2").arg(type, name));
    };
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (expected.value(it.key()) != it.value()) {
            return changed(
                SchemaMigratorText::tr("The vault's database has been changed outside Wingmate: it holds "
                                       "the %1 \"%2\", which Wingmate never made.")
                    .arg(it.value(), it.key()),
                it.value(), it.key());
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!found.contains(it.key())) {
            return changed(
                SchemaMigratorText::tr("The vault's database has been changed outside Wingmate: its %1 "
                                       "\"%2\" has been removed.")
                    .arg(it.value(), it.key()),
                it.value(), it.key());
        }
    }
    return Status::success();
}

int SchemaMigrator::latestVersion() { return int(migrationFiles().size()); }

Result<int> SchemaMigrator::currentVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return storageFailure(query.lastError(), SchemaMigratorText::tr("The vault's version could not be read."));
    return query.value(0).toInt();
}

Status SchemaMigrator::migrate()
{
    const Result<int> current = currentVersion();
    if (!current)
        return current.status();
    const QStringList& files = m_files;
    if (*current > files.size()) {
        return Status::failure(ErrorCode::InvalidInput,
            SchemaMigratorText::tr("This vault was made by a newer version of Wingmate; install that version to open it."),
            QStringLiteral("schema version %1, this build knows %2").arg(*current).arg(files.size()));
    }
    auto* driver = static_cast<SqlCipherDriver*>(m_db.driver());
    for (int version = *current + 1; version <= files.size(); ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(ErrorCode::Io, SchemaMigratorText::tr("A schema update is missing from this build."), file.fileName());
        const QString sql = QString::fromUtf8(file.readAll());
        if (!m_db.transaction())
            return storageFailure(m_db.lastError(), SchemaMigratorText::tr("The vault could not be updated."));
        if (!driver->execScript(sql + QStringLiteral(";\nPRAGMA user_version = %1;").arg(version))) {
            const QSqlError error = driver->lastError();
            m_db.rollback();
            return storageFailure(error, SchemaMigratorText::tr("The vault could not be updated to the current version; nothing was changed."));
        }
        if (!m_db.commit()) {
            const QSqlError error = m_db.lastError();
            m_db.rollback();
            return storageFailure(error, SchemaMigratorText::tr("The vault could not be updated to the current version; nothing was changed."));
        }
    }
    return Status::success();
}

} // namespace wingmate

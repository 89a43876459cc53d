#include "storage/SchemaMigrator.h"

#include "storage/SqlCipherDriver.h"
#include "storage/StorageErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

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

namespace {

// The objects of a schema: name -> (type, table, CREATE statement without
// comments and with its spaces collapsed).
struct SchemaObject {
    QString type;
    QString table;
    QString sql;
};

Result<QMap<QString, SchemaObject>> schemaObjects(QSqlDatabase db)
{
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QSqlQuery query(db);
    // Every object, SQLite's own included (a trigger named sqlite_... is still
    // a trigger), but the statistics an ANALYZE keeps, which are data.
    if (!query.exec(
            QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE NOT (type = 'table' "
                           "AND name IN ('sqlite_stat1', 'sqlite_stat4'))")))
        return Status::failure(ErrorCode::Io, SchemaMigratorText::tr("The vault's schema could not be read."),
            query.lastError().text());
    QMap<QString, SchemaObject> objects;
    while (query.next()) {
        objects.insert(query.value(1).toString().toLower(),
            { query.value(0).toString().toLower(), query.value(2).toString().toLower(),
                query.value(3).toString().remove(comment).replace(spaces, QStringLiteral(" ")).trimmed() });
    }
    return objects;
}

// The objects these migrations make, run on an empty database in memory.
Result<QMap<QString, SchemaObject>> madeAfresh(const QStringList& files)
{
    static std::atomic<int> references { 0 };
    const QString name = QStringLiteral("wingmate-schema-reference-%1").arg(++references);
    const auto made = [&]() -> Result<QMap<QString, SchemaObject>> {
        auto* driver = new SqlCipherDriver;
        driver->setUnencrypted(true);
        QSqlDatabase reference = QSqlDatabase::addDatabase(driver, name);
        reference.setDatabaseName(QStringLiteral(":memory:"));
        if (!reference.open()) {
            return Status::failure(ErrorCode::Io,
                SchemaMigratorText::tr("The vault's schema could not be checked."),
                reference.lastError().text());
        }
        if (Status migrated = SchemaMigrator(reference, files).migrate(); !migrated)
            return migrated;
        return schemaObjects(reference);
    };
    const Result<QMap<QString, SchemaObject>> objects = made();
    QSqlDatabase::removeDatabase(name);
    return objects;
}

} // namespace

Status SchemaMigrator::checkObjects() const
{
    // What the migrations this vault has had make, made afresh in memory
    // (they never drop or rename anything).
    Result<int> version = currentVersion();
    if (!version)
        return version.status();
    const Result<QMap<QString, SchemaObject>> expected
        = madeAfresh(m_files.mid(0, qMin<qsizetype>(*version, m_files.size())));
    if (!expected)
        return expected.status();
    const Result<QMap<QString, SchemaObject>> found = schemaObjects(m_db);
    if (!found)
        return found.status();
    const auto changed = [](const QString& message, const QString& type, const QString& name) {
        return Status::failure(ErrorCode::Damaged, message, QStringLiteral("schema: %1 %2").arg(type, name));
    };
    for (auto it = found->cbegin(); it != found->cend(); ++it) {
        const auto made = expected->constFind(it.key());
        if (made == expected->cend() || made->type != it->type) {
            return changed(
                SchemaMigratorText::tr("The vault's database has been changed outside Wingmate: it holds "
                                       "the %1 \"%2\", which Wingmate never made.")
                    .arg(it->type, it.key()),
                it->type, it.key());
        }
        // A trigger or view redefined under its own name, or a table
        // rebuilt without its checks, is as good as a new one.
        if (made->table != it->table || made->sql != it->sql) {
            return changed(
                SchemaMigratorText::tr("The vault's database has been changed outside Wingmate: its %1 "
                                       "\"%2\" is not the one Wingmate made.")
                    .arg(it->type, it.key()),
                it->type, it.key());
        }
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!found->contains(it.key())) {
            return changed(
                SchemaMigratorText::tr("The vault's database has been changed outside Wingmate: its %1 "
                                       "\"%2\" has been removed.")
                    .arg(it->type, it.key()),
                it->type, it.key());
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

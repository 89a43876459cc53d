#include "storage/SchemaMigrator.h"

#include "storage/SqlCipherDriver.h"
#include "storage/StorageErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

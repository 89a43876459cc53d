#pragma once

#include "Status.h"

#include <QSqlDatabase>
#include <QStringList>

namespace wingmate {

class SqlCipherDriver;

// Brings a vault's schema up to date. Migrations are SQL files compiled in
// from resources/schema, named NNNN_what.sql; migration N moves the schema
// from user_version N-1 to N, in one transaction with the version bump, so a
// failure or crash leaves the previous version intact.
class SchemaMigrator {
public:
    explicit SchemaMigrator(QSqlDatabase database);
    // With another list of migration files (tests prove the rollback with a
    // migration that fails half-way).
    SchemaMigrator(QSqlDatabase database, QStringList migrationFiles);

    // The version this build of Wingmate writes.
    static int latestVersion();
    // Migration file resource paths in order, from ":/schema".
    static QStringList migrationFiles();

    Result<int> currentVersion() const;
    // Applies every migration above the current version. A vault written by a
    // newer Wingmate is refused, untouched.
    Status migrate();

    // The database holds exactly the tables, indexes, views and triggers its
    // migrations made: none removed (a trigger that keeps the audit trail
    // unchanged, say) and none added (a trigger that copies what a purge
    // deletes elsewhere). ErrorCode::Damaged naming the first difference.
    Status checkObjects() const;

private:
    QSqlDatabase m_db;
    QStringList m_files;
};

} // namespace wingmate

#pragma once

#include "Status.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace wingmate {

// Wing policy, kept inside the vault (table settings). One enum and one
// table of keys, types and defaults; changes go through
// UserSession::changeSetting so they are permitted and audited.
enum class Setting {
    EstablishmentName, // text
    WingName,          // text
    SessionTypes,      // list of text
    MandatoryModules,  // list of text
    MinimumShadowingMonths,
    IdleLockMinutes,
    BackupFolder,      // text (a folder path)
    BackupsToKeep,
    RetentionYears,    // 0 = off
};

class WingSettings {
public:
    enum class Type { Text, Integer, TextList };

    explicit WingSettings(QSqlDatabase database);

    static QList<Setting> all();
    static QString key(Setting setting);           // stored name, e.g. "idle_lock_minutes"
    static std::optional<Setting> fromKey(const QString& key);
    static QString label(Setting setting);         // for people, translated
    static Type type(Setting setting);
    static QVariant defaultValue(Setting setting);

    // The stored value, or the default.
    QVariant value(Setting setting) const;
    int integer(Setting setting) const { return value(setting).toInt(); }
    QString text(Setting setting) const { return value(setting).toString(); }
    QStringList list(Setting setting) const { return value(setting).toStringList(); }

    // Checks and normalises a value (from the GUI or from text typed on the
    // command line: lists as comma-separated text). InvalidInput if wrong.
    static Result<QVariant> validate(Setting setting, const QVariant& value);
    // The stored form of a valid value.
    static QString encode(Setting setting, const QVariant& value);

private:
    QSqlDatabase m_db;
};

} // namespace wingmate

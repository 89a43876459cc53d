#include "services/WingSettings.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace wingmate {

namespace {

struct Definition {
    Setting setting;
    const char* key;
    const char* label;
    WingSettings::Type type;
    int minimum;
    int maximum;
};

constexpr Definition Definitions[] = {
    { Setting::EstablishmentName, "establishment_name", QT_TRANSLATE_NOOP("WingSettings", "Establishment"), WingSettings::Type::Text, 0, 200 },
    { Setting::WingName, "wing_name", QT_TRANSLATE_NOOP("WingSettings", "Wing"), WingSettings::Type::Text, 0, 200 },
    { Setting::SessionTypes, "session_types", QT_TRANSLATE_NOOP("WingSettings", "Session types"), WingSettings::Type::TextList, 1, 30 },
    { Setting::MandatoryModules, "mandatory_modules", QT_TRANSLATE_NOOP("WingSettings", "Mandatory training modules"), WingSettings::Type::TextList, 0, 30 },
    { Setting::MinimumShadowingMonths, "minimum_shadowing_months", QT_TRANSLATE_NOOP("WingSettings", "Minimum shadowing (months)"), WingSettings::Type::Integer, 1, 24 },
    { Setting::IdleLockMinutes, "idle_lock_minutes", QT_TRANSLATE_NOOP("WingSettings", "Lock after idle (minutes)"), WingSettings::Type::Integer, 1, 60 },
    { Setting::BackupFolder, "backup_folder", QT_TRANSLATE_NOOP("WingSettings", "Backup folder"), WingSettings::Type::Text, 0, 1000 },
    { Setting::BackupsToKeep, "backups_to_keep", QT_TRANSLATE_NOOP("WingSettings", "Backups to keep"), WingSettings::Type::Integer, 1, 365 },
    { Setting::RetentionYears, "retention_years", QT_TRANSLATE_NOOP("WingSettings", "Keep closed records for (years, 0 = for ever)"), WingSettings::Type::Integer, 0, 100 },
};

const Definition& definition(Setting setting)
{
    for (const Definition& d : Definitions) {
        if (d.setting == setting)
            return d;
    }
    Q_UNREACHABLE();
}

} // namespace

WingSettings::WingSettings(QSqlDatabase database)
    : m_db(std::move(database))
{
}

QList<Setting> WingSettings::all()
{
    QList<Setting> settings;
    for (const Definition& d : Definitions)
        settings.append(d.setting);
    return settings;
}

QString WingSettings::key(Setting setting) { return QString::fromLatin1(definition(setting).key); }

std::optional<Setting> WingSettings::fromKey(const QString& key)
{
    for (const Definition& d : Definitions) {
        if (key == QLatin1String(d.key))
            return d.setting;
    }
    return std::nullopt;
}

QString WingSettings::label(Setting setting) { return QCoreApplication::translate("WingSettings", definition(setting).label); }

WingSettings::Type WingSettings::type(Setting setting) { return definition(setting).type; }

QVariant WingSettings::defaultValue(Setting setting)
{
    switch (setting) {
    case Setting::EstablishmentName:
    case Setting::WingName:
    case Setting::BackupFolder:
        return QString();
    case Setting::SessionTypes:
        return QStringList { QStringLiteral("1:1"), QStringLiteral("Group"), QStringLiteral("CBT-based"),
            QStringLiteral("Art therapy"), QStringLiteral("Holistic support"), QStringLiteral("Night call-out"),
            QStringLiteral("Other") };
    case Setting::MandatoryModules:
        return QStringList { QStringLiteral("Supporting people with mental health concerns"),
            QStringLiteral("Managing concerns"), QStringLiteral("Talking with people"),
            QStringLiteral("What to do about worrying issues"), QStringLiteral("Facilitating a group") };
    case Setting::MinimumShadowingMonths:
        return 3;
    case Setting::IdleLockMinutes:
        return 5;
    case Setting::BackupsToKeep:
        return 14;
    case Setting::RetentionYears:
        return 0;
    }
    return {};
}

QVariant WingSettings::value(Setting setting) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key(setting));
    if (!query.exec() || !query.next())
        return defaultValue(setting);
    const QString stored = query.value(0).toString();
    switch (type(setting)) {
    case Type::Integer:
        return stored.toInt();
    case Type::TextList: {
        QStringList items;
        for (const QJsonValue& item : QJsonDocument::fromJson(stored.toUtf8()).array())
            items.append(item.toString());
        return items;
    }
    case Type::Text:
        return stored;
    }
    return stored;
}

Result<QVariant> WingSettings::validate(Setting setting, const QVariant& value)
{
    const Definition& d = definition(setting);
    const QString label = WingSettings::label(setting);
    switch (d.type) {
    case Type::Integer: {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok || number < d.minimum || number > d.maximum) {
            return Status::failure(ErrorCode::InvalidInput,
                QCoreApplication::translate("WingSettings", "%1 must be a whole number from %2 to %3.")
                    .arg(label)
                    .arg(d.minimum)
                    .arg(d.maximum));
        }
        return QVariant(number);
    }
    case Type::Text: {
        const QString text = value.toString().trimmed();
        if (text.size() > d.maximum) {
            return Status::failure(ErrorCode::InvalidInput,
                QCoreApplication::translate("WingSettings", "%1 is too long (%2 characters at most).").arg(label).arg(d.maximum));
        }
        // Control characters and broken text cannot be stored as typed.
        if (const QString problem = Validation::textProblem(label, text, d.maximum, false); !problem.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, problem);
        return QVariant(text);
    }
    case Type::TextList: {
        QStringList items = value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                                     : value.toString().split(QLatin1Char(','));
        QStringList cleaned;
        for (const QString& item : items) {
            const QString t = item.trimmed();
            if (!t.isEmpty() && !cleaned.contains(t, Qt::CaseInsensitive))
                cleaned.append(t);
        }
        if (cleaned.size() < d.minimum || cleaned.size() > d.maximum) {
            return Status::failure(ErrorCode::InvalidInput,
                QCoreApplication::translate("WingSettings", "%1 needs from %2 to %3 entries.").arg(label).arg(d.minimum).arg(d.maximum));
        }
        for (const QString& t : cleaned) {
            if (t.size() > 100) {
                return Status::failure(ErrorCode::InvalidInput,
                    QCoreApplication::translate("WingSettings", "Each entry of %1 must be 100 characters or fewer.").arg(label));
            }
            if (const QString problem = Validation::textProblem(label, t, 100, false); !problem.isEmpty())
                return Status::failure(ErrorCode::InvalidInput, problem);
        }
        return QVariant(cleaned);
    }
    }
    return value;
}

QString WingSettings::encode(Setting setting, const QVariant& value)
{
    if (type(setting) == Type::TextList)
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(value.toStringList())).toJson(QJsonDocument::Compact));
    return value.toString();
}

} // namespace wingmate

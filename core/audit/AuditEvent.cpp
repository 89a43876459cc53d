#include "audit/AuditEvent.h"

#include <QJsonDocument>

namespace wingmate {

QString AuditEvent::toLine() const
{
    QString line = QStringLiteral("%1\t%2\t%3\t%4\t%5")
                       .arg(seq)
                       .arg(occurredAt.toUTC().toString(Qt::ISODateWithMs),
                           actor.isEmpty() ? QStringLiteral("-") : actor, action);
    const QString entity = entityType.isEmpty() ? QStringLiteral("-")
                                                : entityType + (entityId.isEmpty() ? QString() : QLatin1Char(':') + entityId);
    line = line.arg(entity);
    if (!details.isEmpty())
        line += QLatin1Char('\t') + QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return line;
}

} // namespace wingmate

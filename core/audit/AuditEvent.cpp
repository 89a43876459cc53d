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
    if (!details.isEmpty() || !erased.isEmpty())
        line += QLatin1Char('\t') + detailsText();
    return line;
}

QString AuditEvent::detailsText(bool indented) const
{
    QString text = erased;
    if (!details.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QString::fromUtf8(
            QJsonDocument(details).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact));
    }
    return text;
}

} // namespace wingmate

#include "audit/AuditExport.h"

#include "audit/AuditEvent.h"
#include "audit/AuditLog.h"
#include "audit/Disclosure.h"
#include "services/UserSession.h"

#include <QDir>
#include <QJsonObject>

namespace wingmate {

Result<AuditExport::Text> AuditExport::render(
    UserSession& session, const QDate& from, const QDate& to, const QString& file)
{
    if (Status status = session.require(Operation::ViewAuditLog); !status)
        return status;
    const Result<QList<AuditEvent>> events = session.auditLog().list(session, from, to);
    if (!events)
        return events.status();
    const QString destination = file.isEmpty()
        ? QStringLiteral("stdout")
        : QDir::toNativeSeparators(QDir::cleanPath(QDir::current().absoluteFilePath(file)));
    QJsonObject details { { QStringLiteral("from"), from.toString(Qt::ISODate) },
        { QStringLiteral("to"), to.toString(Qt::ISODate) }, { QStringLiteral("destination"), destination },
        { QStringLiteral("rows"), events->size() } };
    if (!file.isEmpty())
        details
            = Disclosure { QStringLiteral("audit_trail"), Disclosure::wing(), events->size(), destination }
                  .details(details);
    // Reading the trail is itself recorded, before anything is shown.
    if (Status status = session.auditRead(AuditAction::AuditRead, QStringLiteral("audit"), {}, details);
        !status)
        return status;
    Text text;
    text.events = int(events->size());
    for (const AuditEvent& event : *events)
        text.text += event.toLine() + QLatin1Char('\n');
    return text;
}

Status AuditExport::recordFileExport(
    UserSession& session, const QDate& from, const QDate& to, qsizetype events, const QString& file)
{
    if (Status status = session.require(Operation::ViewAuditLog); !status)
        return status;
    const QString destination
        = QDir::toNativeSeparators(QDir::cleanPath(QDir::current().absoluteFilePath(file)));
    const QJsonObject details
        = Disclosure { QStringLiteral("audit_trail"), Disclosure::wing(), events, destination }.details(
            { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                { QStringLiteral("to"), to.toString(Qt::ISODate) }, { QStringLiteral("events"), events } });
    return session.auditRead(AuditAction::Export, QStringLiteral("audit_log"), {}, details);
}

} // namespace wingmate

#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace wingmate {

class UserSession;

// The audit trail as text, one event per line (AuditEvent::toLine), for the
// terminal or a file. The trail names people (the fields before and after a
// change), so writing it to a file is a disclosure. Needs ViewAuditLog,
// checked here; the reading is audited (AuditAction::AuditRead with the
// period, the destination and the number of events) before the text is
// returned, and when it goes to a file the event is also a disclosure
// (audit/Disclosure.h, what "audit_trail", subject "wing"). The caller
// writes the text.
class AuditExport {
    Q_DECLARE_TR_FUNCTIONS(AuditExport)
public:
    struct Text {
        QString text;
        int events = 0;
    };
    // file: where the caller will write the text, empty for the terminal.
    static Result<Text> render(UserSession& session, const QDate& from, const QDate& to, const QString& file);
    // For a front end that already shows the events and writes the file
    // itself: checks ViewAuditLog and records the export of events events
    // to file as a disclosure (AuditAction::Export, entity audit_log), before
    // the file may appear under its name.
    static Status recordFileExport(
        UserSession& session, const QDate& from, const QDate& to, qsizetype events, const QString& file);
};

} // namespace wingmate

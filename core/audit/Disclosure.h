#pragma once

#include <QJsonObject>
#include <QString>

namespace wingmate {

// The audit details of a disclosure: identifiable data written to a file
// outside the vault (a named row export, a PDF of a record, a transfer
// package, the audit trail). Every one carries
//   "disclosure": true, "what": what left (mentee_summary, training_record,
//   transfer_package, sessions, check_ins, audit_trail), "subject": whose
//   records ("prisoner:<id>" for one person, "wing" for many), "records":
//   how many records, "file": the file written (absolute path),
// and never a name, a prison number or any other personal content: whose
// record it was is found from the prisoner's id inside the vault.
struct Disclosure {
    QString what;
    QString subject;
    qint64 records = 0;
    QString file;

    static QString prisoner(qint64 id) { return QStringLiteral("prisoner:%1").arg(id); }
    static QString wing() { return QStringLiteral("wing"); }

    // These details added to extra (which they override).
    QJsonObject details(QJsonObject extra = {}) const
    {
        extra.insert(QStringLiteral("disclosure"), true);
        extra.insert(QStringLiteral("what"), what);
        extra.insert(QStringLiteral("subject"), subject);
        extra.insert(QStringLiteral("records"), records);
        extra.insert(QStringLiteral("file"), file);
        return extra;
    }
};

} // namespace wingmate

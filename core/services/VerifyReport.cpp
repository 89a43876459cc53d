#include "services/VerifyReport.h"

#include <QCoreApplication>

namespace wingmate {

QString verifiedSummary()
{
    return QCoreApplication::translate("VerifyReport",
        "Checked, and found nothing wrong: SQLite's integrity check of the database file; SQLCipher's check "
        "of every page's authentication code, free pages included; every key slot in the key file against "
        "the database's record of it; the audit trail's chain, every event linked to the one before it; "
        "every event signed by the person it names, with a key the trail records as theirs; what it says "
        "about prisoners sealed under keys that open it, kept only for people still in the vault and "
        "destroyed only by retention purges; the wing's settings against the trail's last change to each; "
        "every record (prisoners, mentors and their training, episodes, sessions, check-ins, concerns, "
        "reviews, accounts) against what the trail last recorded of it, and the figures kept with them "
        "against the records; the database's tables, indexes and triggers against those Wingmate made; "
        "and the trail's last event "
        "against the key file's and this PC's records of it. Nothing more was checked.");
}

} // namespace wingmate

#pragma once

#include "Status.h"
#include "TestSession.h"
#include "domain/MenteeEpisode.h"
#include "domain/Mentor.h"
#include "domain/MentorStatus.h"
#include "domain/Prisoner.h"
#include "domain/TrainingRecord.h"
#include "services/UserSession.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <initializer_list>

// The records the scheme's tests start from (prisoners, mentors, mentee
// episodes), made through the real services as whoever is signed in, and the
// checks they share: reading the vault back and proving that a refused
// operation changed nothing.
namespace wingmate::test {

// The session clock's date, in local time, as the services see "today".
QDate today(const TestSession& ts);

// --- records, made through the services (each fails the test if refused) ---

Prisoner prisonerRecord(const QString& number, const QString& name);
qint64 addPrisoner(UserSession& session, const QString& number, const QString& name);

Mentor mentorApplication(qint64 prisonerId, const QDate& on);
// A completed training module, started a week before it was completed.
TrainingRecord trainingModule(
    qint64 mentorId, const QString& name, const QDate& completed, const QDate& expires = {});

// A new mentor for this prisoner, driven along the status graph to target
// with every condition met: applied 200 days ago, governor approval and
// security clearance, a shadowing period from 180 days ago signed off today,
// every mandatory module completed 30 days ago. The dates lie in the past,
// so the clock is not moved (tests rely on its time). Paused and suspended
// go through active; left is reached straight from applied.
qint64 mentorAt(UserSession& session, qint64 prisonerId, MentorStatus target, int capacity = 3);
// A new prisoner who becomes a mentor in the given status (see mentorAt).
qint64 addMentor(UserSession& session, const QString& number, const QString& name,
    MentorStatus status = MentorStatus::Active, int capacity = 3);

// When an episode made by addEpisode starts, in days before today.
struct EpisodeStart {
    int referred = 20;
    int consented = 19;
    int activated = 18;
    bool activate = true; // false: left referred, without consent
};

// Refers (the referral as given), then, when both dates are valid, records
// consent and activates. Returns the episode as stored.
MenteeEpisode startEpisode(UserSession& session, const MenteeEpisode& referral, const QDate& consentOn = {},
    const QDate& activatedOn = {});
// A self-referral of a new prisoner, started as start says. Returns its id.
qint64 addEpisode(
    TestSession& ts, const QString& number, const QString& name, const EpisodeStart& start = {});

// --- reading back ---

// The first column of the first row of a query (a count, a flag).
int scalar(UserSession& session, const QString& sql);
int auditEvents(UserSession& session);
// The details of the newest audit event about this entity, as stored
// (compact JSON) and parsed.
QString lastDetails(UserSession& session, const QString& action, const QString& entityType, qint64 id);
QJsonObject lastDetailsObject(
    UserSession& session, const QString& action, const QString& entityType, qint64 id);

// Counts and stamps of everything a prisoner, mentee, session, check-in or
// concern operation may write, the audit trail included: equal before and
// after a refused operation.
QString fingerprint(UserSession& session);

// --- checking answers ---

// Fails the test, showing the message, unless the status is success.
void requireOk(const Status& status);
// A refusal with this code whose message contains every fragment.
void checkRefused(const Status& status, ErrorCode code, const QStringList& fragments);
void checkRefused(const Status& status, ErrorCode code, std::initializer_list<QString> fragments);
void checkRefused(const Status& status, ErrorCode code, const QString& fragment);

} // namespace wingmate::test

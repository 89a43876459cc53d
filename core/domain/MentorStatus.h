#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace wingmate {

// Where a prisoner's mentoring role stands. The allowed moves between
// statuses are the graph below; MentorService checks the conditions that go
// with some of them (clearance, shadowing, mandatory training, reasons).
//
//   applied -> cleared -> shadowing -> trained -> active
//   active <-> paused
//   active, paused -> suspended (reason) -> active
//   any status but left -> left (leaving reason)
enum class MentorStatus { Applied, Cleared, Shadowing, Trained, Active, Paused, Suspended, Left };

// Why a mentor left the scheme.
enum class LeavingReason { Released, Transferred, Resigned, Removed };

QList<MentorStatus> allMentorStatuses();
// The stable name stored in the database ("applied", ...).
QString mentorStatusKey(MentorStatus status);
std::optional<MentorStatus> mentorStatusFromKey(const QString& key);
// The name a person reads ("Applied", ...), translated.
QString mentorStatusLabel(MentorStatus status);

// The statuses the graph allows next from this one, in the order a person
// would expect them offered. Empty from Left: a mentor who left applies again.
QList<MentorStatus> allowedNextStatuses(MentorStatus from);
bool isAllowedTransition(MentorStatus from, MentorStatus to);

QList<LeavingReason> allLeavingReasons();
QString leavingReasonKey(LeavingReason reason);
std::optional<LeavingReason> leavingReasonFromKey(const QString& key);
QString leavingReasonLabel(LeavingReason reason);

} // namespace wingmate

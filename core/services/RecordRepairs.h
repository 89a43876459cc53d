#pragma once

#include "Status.h"


namespace wingmate {

class WriteContext;

// Corrections a schema upgrade found to make in what was recorded before it
// (the pending_repairs table, see resources/schema/0009_*.sql). Each is made
// in the sign-in's write as an audited change with its reason, as a person
// amending the record would leave it, so the audit trail and a verify agree
// with what is stored.
namespace RecordRepairs {

// Makes every pending correction: a group session recorded as 1:1 takes the
// wing's group type (MenteeSession::groupTypeAmong of the SessionTypes setting), added to
// the SessionTypes setting if the wing has none. How many records were
// corrected.
Result<int> apply(WriteContext& ctx);

} // namespace RecordRepairs

} // namespace wingmate

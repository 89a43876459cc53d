#pragma once

#include <QString>

namespace wingmate {

// What a successful UserSession::verify() checked, in plain words, for every
// place that reports it (wingmate-cli verify, and any window that shows it).
// It says exactly what ran, never more: SQLite's integrity check of the
// database, the audit chain from its first event, and its head against the
// anchors. It does not claim that every record is as it was written.
QString verifiedSummary();

} // namespace wingmate

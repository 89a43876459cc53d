#pragma once

#include <QString>

#include <functional>

namespace wingmate::bench {

// Timing and the benchmark's output lines, shared by wingmate-bench and
// wingmate-gui-bench.
namespace BenchReport {

// Runs work once to warm the caches, then `runs` times, and returns the
// median wall-clock time in milliseconds.
double medianMs(int runs, const std::function<void()>& work);
double median(QList<double> values);

// "bench: NAME enc_ms=X plain_ms=Y ratio=Z", on standard output.
void line(const QString& name, double encryptedMs, double plainMs);
// A figure with no unencrypted counterpart: "bench: NAME UNIT=X".
void figure(const QString& name, const QString& unit, double value);
// A comment line ("# ..."), for what the figures mean.
void note(const QString& text);
// Stops with a message on standard error and exit code 1.
[[noreturn]] void fail(const QString& what);

// Resident memory of this process in MiB (VmRSS), or -1 if unknown.
double residentMiB();

} // namespace BenchReport

} // namespace wingmate::bench

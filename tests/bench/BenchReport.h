#pragma once

#include <QString>

#include <array>
#include <functional>

namespace wingmate::bench {

// Timing and the benchmark's output lines, shared by wingmate-bench and
// wingmate-gui-bench.
namespace BenchReport {

// Median wall-clock and CPU (this process, user + system) milliseconds.
struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};
// Times the two sides of a comparison (work(0), work(1)): each run once to
// warm the caches, then both `runs` times, alternately, so a spell of load
// on a shared machine falls on both sides rather than on one.
std::array<Timing, 2> measureAlternately(int runs, const std::function<void(int side)>& work);
double median(QList<double> values);

// "bench: NAME enc_ms=X plain_ms=Y ratio=Z", on standard output.
void line(const QString& name, double encryptedMs, double plainMs);
// line() with the wall-clock medians, preceded by a "# cpu: ..." note with
// the CPU medians: on a shared machine the wall clock includes waiting for
// a core, the CPU time does not.
void line(const QString& name, const Timing& encrypted, const Timing& plain);
// A figure with no unencrypted counterpart: "bench: NAME UNIT=X".
void figure(const QString& name, const QString& unit, double value);
// A comment line ("# ..."), for what the figures mean.
void note(const QString& text);
// Stops with a message on standard error and exit code 1.
[[noreturn]] void fail(const QString& what);

// CPU time this process has used so far, in milliseconds.
double cpuMs();

// Resident memory of this process in MiB (VmRSS), or -1 if unknown.
double residentMiB();

} // namespace BenchReport

} // namespace wingmate::bench

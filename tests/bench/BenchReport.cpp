#include "BenchReport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace wingmate::bench::BenchReport {

namespace {

QString number(double value) { return QString::number(value, 'f', value < 10 ? 2 : 1); }

void print(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

std::array<Timing, 2> measureAlternately(int runs, const std::function<void(int side)>& work)
{
    work(0);
    work(1);
    std::array<QList<double>, 2> wall;
    std::array<QList<double>, 2> cpu;
    for (int i = 0; i < runs; ++i) {
        for (int side = 0; side < 2; ++side) {
            const double cpuStart = cpuMs();
            QElapsedTimer timer;
            timer.start();
            work(side);
            wall[side].append(double(timer.nsecsElapsed()) / 1e6);
            cpu[side].append(cpuMs() - cpuStart);
        }
    }
    return { Timing { median(wall[0]), median(cpu[0]) }, Timing { median(wall[1]), median(cpu[1]) } };
}

void line(const QString& name, double encryptedMs, double plainMs)
{
    print(QStringLiteral("bench: %1 enc_ms=%2 plain_ms=%3 ratio=%4")
              .arg(name, number(encryptedMs), number(plainMs),
                  plainMs > 0 ? QString::number(encryptedMs / plainMs, 'f', 2) : QStringLiteral("-")));
}

void line(const QString& name, const Timing& encrypted, const Timing& plain)
{
    note(QStringLiteral("cpu: %1 enc_ms=%2 plain_ms=%3").arg(name, number(encrypted.cpuMs), number(plain.cpuMs)));
    line(name, encrypted.wallMs, plain.wallMs);
}

void figure(const QString& name, const QString& unit, double value)
{
    print(QStringLiteral("bench: %1 %2=%3").arg(name, unit, number(value)));
}

void note(const QString& text) { print(QStringLiteral("# ") + text); }

void fail(const QString& what)
{
    std::fprintf(stderr, "wingmate-bench: %s\n", what.toUtf8().constData());
    std::exit(1);
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& row : status.readAll().split('\n')) {
        if (row.startsWith("VmRSS:"))
            return row.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace wingmate::bench::BenchReport

#include "Reliability.h"

#include "TestVault.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

namespace wingmate::test::reliability {

int count(const char* variable, int ciCount, int floor)
{
    bool ok = false;
    const int requested = qEnvironmentVariableIntValue(variable, &ok);
    if (ok && requested > 0)
        return requested;
    return std::max(floor, ciCount / divisor());
}

int divisor()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("WINGMATE_RELIABILITY_DIVISOR", &ok);
    return ok && value > 1 ? value : 1;
}

void recordFigures(const QString& line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    fflush(stdout);
    const QString path = qEnvironmentVariable("WINGMATE_RELIABILITY_FIGURES");
    if (path.isEmpty())
        return;
    QFile file(path);
    // Tests run two at a time: each line is one append.
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    REQUIRE(file.write(utf8) == utf8.size());
}

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(WINGMATE_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted())
        return run;
    process.write(AdminPassword.toUtf8() + '\n');
    process.closeWriteChannel();
    run.finished = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CliRun cliVerify(const QString& vaultDirectory)
{
    return runCli({ QStringLiteral("--vault"), vaultDirectory, QStringLiteral("verify"), QStringLiteral("--user"),
        AdminName, QStringLiteral("--password-stdin") });
}

QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        files.insert(name, readFile(dir.filePath(name)));
    return files;
}

QStringList changedFiles(const QMap<QString, QByteArray>& before, const QMap<QString, QByteArray>& after)
{
    QStringList changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changed.append(it.key() + QStringLiteral(" (removed)"));
        else if (after.value(it.key()) != it.value())
            changed.append(it.key() + QStringLiteral(" (changed)"));
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changed.append(it.key() + QStringLiteral(" (added)"));
    }
    return changed;
}

} // namespace wingmate::test::reliability

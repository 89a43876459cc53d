#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <catch2/catch_test_macros.hpp>

// Runs the real wingmate-cli (WINGMATE_CLI_PATH, set for every test binary)
// with fast key derivation, and checks what it prints.
namespace wingmate::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// timeoutMs: how long the run may take (a demonstration wing with years of
// records takes longer than a minute on a slow machine).
inline CliRun runCli(
    const QStringList& arguments, const QByteArray& input = {}, bool closeInput = true, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WINGMATE_INSECURE_FAST_KDF"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WINGMATE_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    if (closeInput)
        process.closeWriteChannel();
    REQUIRE(process.waitForFinished(timeoutMs));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

inline QByteArray inputLine(const QString& text)
{
    return (text + QLatin1Char('\n')).toUtf8();
}

// stderr holds exactly one sentence on one line.
inline void requireOneSentence(const CliRun& run)
{
    INFO("stderr: " << run.err.toStdString());
    const QString trimmed = run.err.trimmed();
    REQUIRE_FALSE(trimmed.isEmpty());
    CHECK_FALSE(trimmed.contains(QLatin1Char('\n')));
    CHECK(trimmed.endsWith(QLatin1Char('.')));
}

} // namespace wingmate::test

#pragma once

#include "Status.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What the reliability tests share: how many cycles or inputs to try, where
// their figures go, and running wingmate-cli against a vault.
namespace wingmate::test::reliability {

// A count the test runs at least this many times: the value of the named
// environment variable when it is set to a positive number, otherwise
// ciCount, divided by WINGMATE_RELIABILITY_DIVISOR when that is set (the
// sanitizer run sets it, because everything there runs several times slower)
// but never below floor.
int count(const char* variable, int ciCount, int floor);
// WINGMATE_RELIABILITY_DIVISOR, or 1 when it is not set.
int divisor();

// Appends one line of figures ("crash: cycles=200 lost=0 damaged=0") to the
// file the summary test prints at the end of the labelled run, and writes it
// to standard output.
void recordFigures(const QString& line);

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false; // false: it hung or crashed
};
// Runs wingmate-cli with these arguments, the administrator's password on
// standard input, and waits at most a minute.
CliRun runCli(const QStringList& arguments);
// wingmate-cli --vault DIR verify as the administrator.
CliRun cliVerify(const QString& vaultDirectory);

// Every file directly in the folder, by name, with its bytes.
QMap<QString, QByteArray> snapshot(const QString& folder);
// The names of files added, removed or changed between two snapshots.
QStringList changedFiles(const QMap<QString, QByteArray>& before, const QMap<QString, QByteArray>& after);

} // namespace wingmate::test::reliability

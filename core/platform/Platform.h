#pragma once

#include <QString>

namespace wingmate::platform {

// The only place with operating-system calls that Qt does not wrap.

// Disables core dumps (setrlimit, prctl) and sets umask 077, so a crash never
// writes decrypted records to disk and every file made is private.
// Returns false if a step failed; the program still runs.
bool hardenProcess();

// Flushes a folder's entries to disk, so a file renamed into it survives a
// power cut. Returns false if the folder could not be synced.
bool syncDirectory(const QString& path);

// Gives an existing file a second name (a hard link), so the file stays
// reachable under it when the first name is replaced. False if it could not.
bool hardLink(const QString& existing, const QString& link);

// Renames from to to, replacing to in one step (rename(2)). False if it could not.
bool renameOver(const QString& from, const QString& to);

// True when standard input is an interactive terminal.
bool stdinIsTerminal();
// True when standard error is an interactive terminal (for progress output).
bool stderrIsTerminal();

// Prints prompt on standard error and reads one line from the terminal with
// echo turned off. Returns false at end of input.
bool readHiddenLine(const QString& prompt, QString* line);

} // namespace wingmate::platform

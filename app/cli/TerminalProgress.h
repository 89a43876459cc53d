#pragma once

#include "Progress.h"

#include <QString>
#include <QTextStream>

namespace wingmate::cli {

// A long operation's progress on standard error, as one line rewritten in
// place, and only when a person is watching (stderr is a terminal): a
// script's stderr holds nothing but the outcome.
class TerminalProgress {
public:
    TerminalProgress(QTextStream& err, QString label = {});
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    // The callback to hand to core; the current step shows in place of the
    // label when the operation names its steps.
    ProgressCallback callback();
    // Ends the line, if one was shown.
    void finish();

private:
    void show(const QString& label, int percent);

    QTextStream& m_err;
    QString m_label;
    QString m_shownLabel;
    bool m_watched;
    int m_last = -1;
};

} // namespace wingmate::cli

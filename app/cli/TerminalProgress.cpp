#include "cli/TerminalProgress.h"

#include "platform/Platform.h"

namespace wingmate::cli {

TerminalProgress::TerminalProgress(QTextStream& err, QString label)
    : m_err(err)
    , m_label(std::move(label))
    , m_watched(platform::stderrIsTerminal())
{
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

ProgressCallback TerminalProgress::callback()
{
    return [this](const QString& step, qint64 done, qint64 total) {
        if (total > 0)
            show(step.isEmpty() ? m_label : step, int(qBound(qint64(0), done * 100 / total, qint64(100))));
        return true;
    };
}

void TerminalProgress::show(const QString& label, int percent)
{
    if (!m_watched || (percent == m_last && label == m_shownLabel))
        return;
    // Padding covers what a longer earlier label left on the line.
    m_err << '\r' << QStringLiteral("%1: %2%").arg(label).arg(percent, 3) << QStringLiteral("        ");
    m_err.flush();
    m_last = percent;
    m_shownLabel = label;
}

void TerminalProgress::finish()
{
    if (m_watched && m_last >= 0) {
        m_err << Qt::endl;
        m_last = -1;
    }
}

} // namespace wingmate::cli

#pragma once

#include "Status.h"

#include <QString>
#include <functional>

namespace wingmate {

// The one way a long core operation (a backup, a restore, a transfer, a
// purge, a copy of the database) reports how far it has got: done out of
// total (total 0 while not yet known) and a short description of the current
// step, empty when the operation has a single step and the front end's own
// label says it. Returning false asks the operation to stop: it does so at
// its next safe point and leaves nothing half-done.
using ProgressCallback = std::function<bool(const QString& step, qint64 done, qint64 total)>;

// Splits one operation's progress into weighted steps, so a front end sees a
// single bar (in thousandths) that only moves forward.
class ProgressTracker {
public:
    explicit ProgressTracker(ProgressCallback callback)
        : m_callback(std::move(callback))
    {
    }

    // Starts a step that takes weight thousandths of the whole.
    bool begin(const QString& step, int weight)
    {
        m_base += m_weight;
        m_weight = weight;
        m_step = step;
        return report(0, 1);
    }
    // done out of total within the current step. False when asked to stop.
    bool report(qint64 done, qint64 total)
    {
        if (m_cancelled)
            return false;
        if (!m_callback)
            return true;
        const qint64 within = total > 0 ? qBound(qint64(0), done * m_weight / total, qint64(m_weight)) : 0;
        m_cancelled = !m_callback(m_step, qMin(1000, m_base + int(within)), 1000);
        return !m_cancelled;
    }
    // The whole operation is done (its result no longer depends on cancel).
    void finish()
    {
        if (m_callback && !m_cancelled)
            m_callback(m_step, 1000, 1000);
    }
    bool cancelled() const { return m_cancelled; }

private:
    ProgressCallback m_callback;
    QString m_step;
    int m_base = 0;
    int m_weight = 0;
    bool m_cancelled = false;
};

// The Status of an operation stopped at the person's request. It uses
// ErrorCode::Usage with details "cancelled" so front ends can stay quiet.
inline Status cancelledStatus(const QString& message)
{
    return Status::failure(ErrorCode::Usage, message, QStringLiteral("cancelled"));
}
inline bool isCancelled(const Status& status)
{
    return status.code() == ErrorCode::Usage && status.details() == QLatin1String("cancelled");
}

} // namespace wingmate

#pragma once

#include "Clock.h"

namespace wingmate {

// The demonstration wing's clock: the real time, except while its earlier
// years are written, when it is set to the moment each record was made, so
// that every record and its audit event carry the date they are about.
class DemoClock final : public Clock {
public:
    QDateTime now() const override { return m_set.isValid() ? m_set : Clock::system().now(); }
    // Until live() is called, now() answers time (never earlier than before).
    void set(const QDateTime& time) { m_set = m_set.isValid() ? qMax(m_set, time.toUTC()) : time.toUTC(); }
    void live() { m_set = {}; }

private:
    QDateTime m_set;
};

} // namespace wingmate

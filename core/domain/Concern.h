#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace wingmate {

// Something about a mentee's safety that waits for a mental health nurse's
// review. Raised automatically by a risky check-in, from a session, or by
// staff.
struct Concern {
    enum class Source { CheckIn, Session, Staff };
    enum class ReviewState { Open, Reviewed };

    qint64 id = 0;
    qint64 episodeId = 0;
    QDateTime raisedAt; // UTC
    Source source = Source::Staff;
    std::optional<qint64> checkInId;
    std::optional<qint64> sessionId;
    QString description;
    ReviewState status = ReviewState::Open;
    QString raisedBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    QVariantMap fields() const;

    static QString sourceKey(Source value);
    static std::optional<Source> sourceFromKey(const QString& key);
    static QString sourceLabel(Source value);
    static QString statusKey(ReviewState value);
    static std::optional<ReviewState> statusFromKey(const QString& key);
};

} // namespace wingmate

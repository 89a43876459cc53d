#pragma once

#include "domain/MenteeEpisode.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace wingmate {

// A mental health nurse's review of a mentee: of a raised concern, or a
// scheduled one when the next review date comes round.
struct Review {
    enum class Outcome { NoFurtherAction, Monitor, ReferredMentalHealth, AcctOpened };

    qint64 id = 0;
    qint64 episodeId = 0;
    std::optional<qint64> concernId; // unset for a scheduled review
    QDate reviewedOn;
    QString reviewer;
    Outcome outcome = Outcome::Monitor;
    MenteeEpisode::RiskLevel riskLevel = MenteeEpisode::RiskLevel::Low;
    QDate nextReviewOn; // needed unless no further action
    QString notes;
    QString acctReference; // with AcctOpened: copied to the episode
    QDateTime createdAt;

    QVariantMap fields() const;

    static QString outcomeKey(Outcome value);
    static std::optional<Outcome> outcomeFromKey(const QString& key);
    static QString outcomeLabel(Outcome value);
};

} // namespace wingmate

#pragma once

#include "domain/KeyedValue.h"
#include "storage/StoredValue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <cstddef>
#include <optional>

namespace wingmate {


// One period of peer support for a prisoner: from referral, through consent
// and activation, to closure with its outcomes. A prisoner has at most one
// open (referred or active) episode at a time.
struct MenteeEpisode {
    enum class Stage { Referred, Active, Closed };
    enum class ReferralSource { Self, Staff, Healthcare, Mentor };
    enum class BaselineSuicidal { None, Thoughts, Attempt }; // past 12 months
    enum class ClosureReason { GoalsMet, Declined, Transferred, Released, BecameMentor, Other };
    enum class RiskLevel { Low, Medium, High };

    qint64 id = 0;
    qint64 prisonerId = 0;
    Stage status = Stage::Referred;
    QDate referredOn;
    ReferralSource referralSource = ReferralSource::Self;
    QString referralReason;
    QDate consentOn; // unset until consent is recorded

    bool baselineSelfHarmEver = false;
    bool baselineSelfHarmYear = false;
    bool baselineSelfHarmCurrent = false;
    BaselineSuicidal baselineSuicidalYear = BaselineSuicidal::None;

    // The ACCT itself lives in the prison's systems; this only says one is open.
    bool acctOpen = false;
    QString acctReference;

    // Set by a nurse's review.
    std::optional<RiskLevel> riskLevel;
    QDate nextReviewOn;

    QDate activatedOn;
    QDate closedOn;
    std::optional<ClosureReason> closureReason;
    bool outcomeEducationWork = false;
    bool outcomeBecameMentor = false;
    QString outcomeNotes;

    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const { return status != Stage::Closed; }

    // Every stored field by column name, for audit create and before/after.
    QVariantMap fields() const;

    // The status graph: referred -> active -> closed, and a referral that
    // never started (declined, transferred, released) may be closed.
    static bool canMove(Stage from, Stage to);

    static QString statusKey(Stage value);
    static std::optional<Stage> statusFromKey(const QString& key);
    static QString statusLabel(Stage value);
    static QString sourceKey(ReferralSource value);
    static std::optional<ReferralSource> sourceFromKey(const QString& key);
    static QString sourceLabel(ReferralSource value);
    static QString suicidalKey(BaselineSuicidal value);
    static std::optional<BaselineSuicidal> suicidalFromKey(const QString& key);
    static QString suicidalLabel(BaselineSuicidal value);
    static QString closureReasonKey(ClosureReason value);
    static std::optional<ClosureReason> closureReasonFromKey(const QString& key);
    static QString closureReasonLabel(ClosureReason value);
    static QString riskKey(RiskLevel value);
    static std::optional<RiskLevel> riskFromKey(const QString& key);
    static QString riskLabel(RiskLevel value);
};

} // namespace wingmate

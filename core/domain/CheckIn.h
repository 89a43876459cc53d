#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace wingmate {

// A wellbeing and self-harm check-in with a mentee. A self-harm act or
// suicidal plans or an attempt raise a concern for the nurse.
struct CheckIn {
    enum class SelfHarm { None, Thoughts, Act }; // since the last check-in
    enum class Suicidal { None, Thoughts, Plans, Attempt };

    // A validated wellbeing scale whose total may be recorded. Item texts
    // are licensed, so only totals are stored.
    struct Scale {
        const char* name;
        int minimum;
        int maximum;
    };
    static QList<Scale> scales();
    static std::optional<Scale> scale(const QString& name);

    qint64 id = 0;
    qint64 episodeId = 0;
    QDate checkedOn;
    QString recordedBy;
    std::optional<int> wellbeingRating; // 1-10
    SelfHarm selfHarm = SelfHarm::None;
    Suicidal suicidal = Suicidal::None;
    QString coping;
    QString protectiveFactors;
    QString scaleName; // empty when no scale was used
    std::optional<int> scaleTotal;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The answers that must reach the nurse now: a self-harm act, or
    // suicidal plans or an attempt.
    bool raisesConcern() const;
    QVariantMap fields() const;

    static QString selfHarmKey(SelfHarm value);
    static std::optional<SelfHarm> selfHarmFromKey(const QString& key);
    static QString selfHarmLabel(SelfHarm value);
    static QString suicidalKey(Suicidal value);
    static std::optional<Suicidal> suicidalFromKey(const QString& key);
    static QString suicidalLabel(Suicidal value);
};

} // namespace wingmate

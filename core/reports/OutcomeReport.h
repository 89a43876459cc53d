#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace wingmate {

class CsvWriter;

// The outcome figures a commissioner asks for, over the mentee episodes
// open on at least one day of a period, each as a count and a percentage
// of its base. comparisonRule() says in words how a baseline is compared
// with later check-ins; the README and the Reports page show the same text.
struct OutcomeReport {
    Q_DECLARE_TR_FUNCTIONS(OutcomeReport)
public:
    static constexpr int FormatVersion = 1;

    struct Measure {
        QString key;   // stable name in the CSV, e.g. "self_harm_stopped_or_reduced"
        QString label; // for people, translated
        int count = 0;
        int base = 0;  // what the percentage is of
        int indent = 0; // 1 for a subgroup of the line above it
        // count / base as a percentage, one decimal; none when base is 0.
        std::optional<double> percent() const;
    };

    QDate from;
    QDate to;
    int mentees = 0;
    int selfHarmHistory = 0;
    int selfHarmingAtBaseline = 0;
    int selfHarmStopped = 0;
    int selfHarmReduced = 0;
    int selfHarmNoFollowUp = 0;
    int suicidalAtBaseline = 0;
    int suicidalStopped = 0;
    int suicidalReduced = 0;
    int suicidalNoFollowUp = 0;
    int educationWork = 0;
    int becameMentor = 0;

    static QString comparisonRule();
    static Result<OutcomeReport> compute(QSqlDatabase database, const QDate& from, const QDate& to);

    // The figures in display order.
    QList<Measure> measures() const;
    // Header (format_version, from, to, measure, label, n, of, percent), then one row per measure.
    void write(CsvWriter& csv) const;
};

} // namespace wingmate

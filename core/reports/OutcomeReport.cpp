#include "reports/OutcomeReport.h"

#include "reports/CsvWriter.h"
#include "storage/StorageErrors.h"

#include <QSqlQuery>

#include <cmath>

namespace wingmate {

namespace {

// Episodes open on at least one day from :from to :to, each with its
// latest check-in after the referral day and on or before :to (one step
// down check_ins_episode per episode).
const char* const OutcomeSql = R"SQL(
SELECT count(*),
       ifnull(sum(e.baseline_self_harm_ever), 0),
       ifnull(sum(e.baseline_self_harm_current), 0),
       ifnull(sum(e.baseline_self_harm_current = 1 AND c.self_harm = 'none'), 0),
       ifnull(sum(e.baseline_self_harm_current = 1 AND c.self_harm = 'thoughts'), 0),
       ifnull(sum(e.baseline_self_harm_current = 1 AND c.id IS NULL), 0),
       ifnull(sum(e.baseline_suicidal_year <> 'none'), 0),
       ifnull(sum(e.baseline_suicidal_year <> 'none' AND c.suicidal = 'none'), 0),
       ifnull(sum(e.baseline_suicidal_year = 'attempt' AND c.suicidal IN ('thoughts', 'plans')), 0),
       ifnull(sum(e.baseline_suicidal_year <> 'none' AND c.id IS NULL), 0),
       ifnull(sum(e.outcome_education_work), 0),
       ifnull(sum(e.outcome_became_mentor = 1 OR e.closure_reason = 'became_mentor'), 0)
  FROM mentee_episodes e
  LEFT JOIN check_ins c ON c.id = (SELECT c2.id FROM check_ins c2
                                    WHERE c2.episode_id = e.id AND c2.deleted_at IS NULL
                                      AND c2.checked_on > e.referred_on AND c2.checked_on <= :to
                                    ORDER BY c2.checked_on DESC, c2.id DESC LIMIT 1)
 WHERE e.deleted_at IS NULL AND e.referred_on <= :to AND (e.closed_on IS NULL OR e.closed_on >= :from)
)SQL";

} // namespace

std::optional<double> OutcomeReport::Measure::percent() const
{
    if (base <= 0)
        return std::nullopt;
    return std::round(count * 1000.0 / base) / 10.0;
}

QString OutcomeReport::comparisonRule()
{
    return tr("Who is counted: every mentee episode open on at least one day of the period (referred on or before "
              "its last day and not closed before its first day). Baseline figures are those recorded at referral. "
              "Each baseline is compared with the episode's latest check-in after the referral day and on or before "
              "the period's last day. Self-harm: a mentee self-harming at baseline has stopped if that check-in "
              "records no self-harm, and has reduced if it records thoughts of self-harm but no act. Suicidal "
              "thoughts or attempts in the 12 months before referral: stopped if that check-in records none; "
              "reduced if the baseline was an attempt and the check-in records thoughts or plans but no attempt. "
              "A mentee with no such check-in counts as \"no later check-in\" and never as stopped or reduced. "
              "Education or work and becoming a mentor come from the outcomes recorded when an episode closes "
              "(or a closure because the mentee became a mentor).");
}

Result<OutcomeReport> OutcomeReport::compute(QSqlDatabase database, const QDate& from, const QDate& to)
{
    OutcomeReport r;
    r.from = from;
    r.to = to;
    QSqlQuery q(database);
    q.setForwardOnly(true);
    q.prepare(QString::fromUtf8(OutcomeSql));
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return storageFailure(q.lastError(), tr("The outcome report could not be worked out."));
    int i = 0;
    for (int* field : { &r.mentees, &r.selfHarmHistory, &r.selfHarmingAtBaseline, &r.selfHarmStopped,
             &r.selfHarmReduced, &r.selfHarmNoFollowUp, &r.suicidalAtBaseline, &r.suicidalStopped,
             &r.suicidalReduced, &r.suicidalNoFollowUp, &r.educationWork, &r.becameMentor })
        *field = q.value(i++).toInt();
    return r;
}

QList<OutcomeReport::Measure> OutcomeReport::measures() const
{
    return {
        { QStringLiteral("mentees"), tr("Mentees in the period"), mentees, mentees, 0 },
        { QStringLiteral("self_harm_history"), tr("Had self-harmed in the past"), selfHarmHistory, mentees, 0 },
        { QStringLiteral("self_harming_at_baseline"), tr("Self-harming at referral"), selfHarmingAtBaseline, mentees, 0 },
        { QStringLiteral("self_harm_stopped_or_reduced"), tr("of those, stopped or reduced"),
            selfHarmStopped + selfHarmReduced, selfHarmingAtBaseline, 1 },
        { QStringLiteral("self_harm_stopped"), tr("of those, stopped"), selfHarmStopped, selfHarmingAtBaseline, 1 },
        { QStringLiteral("self_harm_reduced"), tr("of those, reduced"), selfHarmReduced, selfHarmingAtBaseline, 1 },
        { QStringLiteral("self_harm_no_later_check_in"), tr("of those, no later check-in"), selfHarmNoFollowUp,
            selfHarmingAtBaseline, 1 },
        { QStringLiteral("suicidal_at_baseline"), tr("Suicidal thoughts or attempts in the 12 months before referral"),
            suicidalAtBaseline, mentees, 0 },
        { QStringLiteral("suicidal_stopped_or_reduced"), tr("of those, reduced or stopped"),
            suicidalStopped + suicidalReduced, suicidalAtBaseline, 1 },
        { QStringLiteral("suicidal_stopped"), tr("of those, stopped"), suicidalStopped, suicidalAtBaseline, 1 },
        { QStringLiteral("suicidal_reduced"), tr("of those, reduced"), suicidalReduced, suicidalAtBaseline, 1 },
        { QStringLiteral("suicidal_no_later_check_in"), tr("of those, no later check-in"), suicidalNoFollowUp,
            suicidalAtBaseline, 1 },
        { QStringLiteral("education_or_work"), tr("Moved into education or work"), educationWork, mentees, 0 },
        { QStringLiteral("became_mentor"), tr("Became mentors"), becameMentor, mentees, 0 },
    };
}

void OutcomeReport::write(CsvWriter& csv) const
{
    csv.row({ QStringLiteral("format_version"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("measure"),
        QStringLiteral("label"), QStringLiteral("n"), QStringLiteral("of"), QStringLiteral("percent") });
    for (const Measure& m : measures()) {
        csv.number(FormatVersion);
        csv.text(from.toString(Qt::ISODate));
        csv.text(to.toString(Qt::ISODate));
        csv.text(m.key);
        csv.text(m.label);
        csv.number(m.count);
        csv.number(m.base);
        if (const std::optional<double> p = m.percent())
            csv.decimal(*p, 1);
        else
            csv.empty();
        csv.endRow();
    }
}

} // namespace wingmate

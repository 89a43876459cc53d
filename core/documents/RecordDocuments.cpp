#include "documents/RecordDocuments.h"

#include "audit/AuditEvent.h"
#include "audit/Disclosure.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/MentorRecordQuery.h"
#include "services/PrisonerService.h"
#include "services/UserSession.h"
#include "storage/AtomicFile.h"
#include "storage/StorageErrors.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextDocument>
#include <algorithm>

namespace wingmate {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString day(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QStringLiteral("—");
}

QString yesNo(bool value)
{
    return value ? RecordDocuments::tr("Yes") : RecordDocuments::tr("No");
}

// Two-column table of facts.
class Facts {
public:
    Facts& add(const QString& label, const QString& value)
    {
        m_html += QStringLiteral("<tr><td class='label' width='35%'>%1</td><td>%2</td></tr>")
                      .arg(esc(label), value.isEmpty() ? QStringLiteral("—") : esc(value));
        return *this;
    }
    QString html() const
    {
        return QStringLiteral("<table class='facts' width='100%' cellspacing='0' cellpadding='2'>%1</table>")
            .arg(m_html);
    }

private:
    QString m_html;
};

// A table with a header row; cells are escaped.
QString table(const QStringList& headers, const QList<QStringList>& rows, const QString& empty,
    const QList<int>& widths = {})
{
    if (rows.isEmpty())
        return QStringLiteral("<p class='none'>%1</p>").arg(esc(empty));
    QString html = QStringLiteral("<table class='list' width='100%' cellspacing='0' cellpadding='3'><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        const QString width
            = i < widths.size() ? QStringLiteral(" width='%1%'").arg(widths.at(i)) : QString();
        html += QStringLiteral("<th align='left'%1>%2</th>").arg(width, esc(headers.at(i)));
    }
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

const char* const Style = R"CSS(
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; border-bottom: 1px solid #888; }
p.meta { color: #444; font-size: 9pt; }
p.notice { font-size: 9pt; border: 1px solid #888; padding: 4pt; }
td.label { color: #333; font-weight: bold; padding-right: 12pt; }
table.list th { background-color: #e6e6e6; border-bottom: 1px solid #888; }
table.list td { border-bottom: 1px solid #ddd; }
p.none { color: #555; font-style: italic; }
)CSS";

QString page(const QString& title, const QString& subtitle, const QString& meta, const QString& body)
{
    return QStringLiteral("<html><head><style>%1</style></head><body><h1>%2</h1><p>%3</p><p "
                          "class='meta'>%4</p>%5</body></html>")
        .arg(QString::fromUtf8(Style), esc(title), esc(subtitle), esc(meta), body);
}

} // namespace

RecordDocuments::RecordDocuments(UserSession& session)
    : m_session(session)
{
}

Result<Prisoner> RecordDocuments::printable(const QString& prisonNumber)
{
    if (Status s = m_session.require(Operation::PrintRecords); !s)
        return s;
    const Result<Prisoner> prisoner
        = PrisonerService(m_session).findByPrisonNumber(prisonNumber.trimmed().toUpper());
    if (!prisoner)
        return prisoner.status();
    if (Status s = PrisonerService(m_session).requireDisclosure(Operation::PrintRecords, *prisoner); !s)
        return s;
    return prisoner;
}

Result<QString> RecordDocuments::menteeSummaryHtml(const QString& prisonNumber)
{
    const Result<Prisoner> prisoner = printable(prisonNumber);
    if (!prisoner)
        return prisoner.status();
    MenteeService mentees(m_session);
    const Result<QList<MenteeEpisode>> episodes = mentees.episodesOf(prisoner->id);
    if (!episodes)
        return episodes.status();
    if (episodes->isEmpty()) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("%1 has never been referred as a mentee, so there is no summary to print.")
                .arg(prisoner->prisonNumber));
    }
    const MenteeEpisode& e = episodes->constFirst(); // the newest
    const QDate today = m_session.clock().now().toLocalTime().date();

    QString body;
    body += QStringLiteral("<p class='notice'>%1</p>")
                .arg(esc(tr(
                    "Confidential: special category health information. Hand it only to the receiving "
                    "team, keep it locked away and destroy it when no longer needed. This summary does not "
                    "replace the prison's ACCT and emergency procedures.")));
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Person")));
    body += Facts()
                .add(tr("Name"), prisoner->fullName)
                .add(tr("Prison number"), prisoner->prisonNumber)
                .add(tr("Date of birth"),
                    prisoner->dateOfBirth.isValid() ? day(prisoner->dateOfBirth) : QString())
                .add(tr("Location"), prisoner->location)
                .add(tr("Expected release"),
                    prisoner->expectedRelease.isValid() ? day(prisoner->expectedRelease) : QString())
                .add(tr("Custody status"),
                    Prisoner::statusLabel(prisoner->status)
                        + (prisoner->statusDate.isValid() ? QStringLiteral(", ") + day(prisoner->statusDate)
                                                          : QString()))
                .html();

    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Peer support")));
    Facts support;
    support.add(tr("Status"), MenteeEpisode::statusLabel(e.status))
        .add(tr("Referred"),
            tr("%1, by %2").arg(day(e.referredOn), MenteeEpisode::sourceLabel(e.referralSource)))
        .add(tr("Reason for referral"), e.referralReason)
        .add(tr("Consent recorded"), e.consentOn.isValid() ? day(e.consentOn) : QString())
        .add(tr("Active since"), e.activatedOn.isValid() ? day(e.activatedOn) : QString());
    if (!e.isOpen()) {
        support
            .add(tr("Closed"),
                day(e.closedOn)
                    + (e.closureReason
                            ? QStringLiteral(", ") + MenteeEpisode::closureReasonLabel(*e.closureReason)
                            : QString()))
            .add(tr("Moved into education or work"), yesNo(e.outcomeEducationWork))
            .add(tr("Became a mentor"), yesNo(e.outcomeBecameMentor));
    }
    const Result<QList<MenteeService::Allocation>> allocations = mentees.allocations(e.id);
    if (!allocations)
        return allocations.status();
    QStringList mentors;
    for (const MenteeService::Allocation& a : *allocations) {
        mentors << tr("%1 (from %2%3)")
                       .arg(a.mentorName, day(a.allocatedOn),
                           a.endedOn.isValid() ? tr(" to %1").arg(day(a.endedOn)) : QString());
    }
    support.add(tr("Peer mentors"), mentors.join(QStringLiteral("; ")));
    QSqlQuery sessions(m_session.database());
    sessions.prepare(QStringLiteral(
        "SELECT count(*), max(a.held_at) FROM session_attendance a JOIN mentee_sessions s "
        "ON s.id = a.session_id WHERE a.episode_id = ? AND a.attended = 1 AND s.deleted_at IS NULL"));
    sessions.addBindValue(e.id);
    if (!sessions.exec() || !sessions.next())
        return storageFailure(sessions.lastError(), tr("The mentee's sessions could not be read."));
    support.add(tr("Sessions attended"), QString::number(sessions.value(0).toInt()))
        .add(tr("Last session"),
            sessions.value(1).isNull()
                ? QString()
                : day(QDate::fromString(sessions.value(1).toString().left(10), Qt::ISODate)));
    body += support.html();

    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Risk and wellbeing")));
    body += Facts()
                .add(tr("ACCT open"), e.acctOpen ? tr("Yes — %1").arg(e.acctReference) : tr("No"))
                .add(tr("Risk level (latest review)"),
                    e.riskLevel ? MenteeEpisode::riskLabel(*e.riskLevel) : QString())
                .add(tr("Next review due"), e.nextReviewOn.isValid() ? day(e.nextReviewOn) : QString())
                .add(tr("Self-harm at referral"),
                    e.baselineSelfHarmCurrent    ? tr("Current")
                        : e.baselineSelfHarmYear ? tr("In the past 12 months")
                        : e.baselineSelfHarmEver ? tr("In the past")
                                                 : tr("None recorded"))
                .add(tr("Suicidal thoughts or attempts, 12 months before referral"),
                    MenteeEpisode::suicidalLabel(e.baselineSuicidalYear))
                .html();

    const Result<QList<CheckIn>> checkIns = CheckInService(m_session).checkIns(e.id);
    if (!checkIns)
        return checkIns.status();
    QList<CheckIn> recent = *checkIns;
    std::sort(recent.begin(), recent.end(),
        [](const CheckIn& a, const CheckIn& b) { return a.checkedOn > b.checkedOn; });
    QList<QStringList> checkInRows;
    for (const CheckIn& c : recent.mid(0, 8)) {
        checkInRows.append(
            { day(c.checkedOn), c.wellbeingRating ? QString::number(*c.wellbeingRating) : QString(),
                CheckIn::selfHarmLabel(c.selfHarm), CheckIn::suicidalLabel(c.suicidal),
                c.scaleTotal ? QStringLiteral("%1 %2").arg(c.scaleName).arg(*c.scaleTotal) : QString() });
    }
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Latest check-ins")));
    body += table(
        { tr("Date"), tr("Wellbeing (1–10)"), tr("Self-harm"), tr("Suicidal thoughts"), tr("Scale") },
        checkInRows, tr("No check-ins recorded."), { 18, 17, 20, 25, 20 });

    ConcernService concernService(m_session);
    const Result<QList<Concern>> concerns = concernService.concerns(e.id);
    if (!concerns)
        return concerns.status();
    const Result<QList<Review>> reviews = concernService.reviews(e.id);
    if (!reviews)
        return reviews.status();
    QList<QStringList> concernRows;
    for (const Concern& c : *concerns) {
        concernRows.append(
            { day(c.raisedAt.toLocalTime().date()), Concern::sourceLabel(c.source), c.description,
                c.status == Concern::ReviewState::Open ? tr("Waiting for review") : tr("Reviewed") });
    }
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Concerns")));
    body += table({ tr("Raised"), tr("From"), tr("What"), tr("Status") }, concernRows,
        tr("No concerns raised."), { 16, 14, 50, 20 });
    QList<QStringList> reviewRows;
    for (const Review& r : *reviews) {
        reviewRows.append({ day(r.reviewedOn), r.reviewer, Review::outcomeLabel(r.outcome),
            MenteeEpisode::riskLabel(r.riskLevel),
            r.nextReviewOn.isValid() ? day(r.nextReviewOn) : QString() });
    }
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Reviews by the mental health team")));
    body += table({ tr("Date"), tr("Reviewer"), tr("Outcome"), tr("Risk"), tr("Next review") }, reviewRows,
        tr("No reviews recorded."), { 16, 20, 30, 14, 20 });

    const WingSettings settings = m_session.settings();
    return page(tr("Peer support summary for handover"),
        tr("%1 — %2, %3")
            .arg(prisoner->fullName, settings.text(Setting::EstablishmentName),
                settings.text(Setting::WingName)),
        tr("Printed %1 by %2 from Wingmate.").arg(day(today), m_session.user().displayName), body);
}

Result<QString> RecordDocuments::trainingRecordHtml(const QString& prisonNumber)
{
    const Result<Prisoner> prisoner = printable(prisonNumber);
    if (!prisoner)
        return prisoner.status();
    // The newest mentoring role (a mentor who left and applied again has two).
    QSqlQuery find(m_session.database());
    find.prepare(QStringLiteral(
        "SELECT id FROM mentors WHERE prisoner_id = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1"));
    find.addBindValue(prisoner->id);
    if (!find.exec())
        return storageFailure(find.lastError(), tr("The mentor record could not be read."));
    if (!find.next()) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("%1 has never applied to be a peer mentor, so there is no training record to print.")
                .arg(prisoner->prisonNumber));
    }
    // Printing is audited as the export it is, not as a view of the record.
    const Result<MentorRecordQuery::Record> record
        = MentorRecordQuery(m_session).load(find.value(0).toLongLong());
    if (!record)
        return record.status();
    const Mentor& m = record->mentor;
    const QDate today = m_session.clock().now().toLocalTime().date();

    QString body;
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Peer mentor")));
    Facts facts;
    facts.add(tr("Name"), prisoner->fullName)
        .add(tr("Prison number"), prisoner->prisonNumber)
        .add(tr("Role"), Mentor::tierLabel(m.pathwayTier))
        .add(tr("Status"), mentorStatusLabel(m.status))
        .add(tr("Applied"), day(m.appliedOn))
        .add(tr("Governor approval"), m.governorApprovedOn.isValid() ? day(m.governorApprovedOn) : QString())
        .add(tr("Security clearance"), m.securityClearedOn.isValid() ? day(m.securityClearedOn) : QString());
    if (m.agreementSignedOn.isValid())
        facts.add(tr("Mentor agreement signed"),
            tr("%1 (version %2)").arg(day(m.agreementSignedOn), m.agreementVersion));
    QDate activeSince;
    for (const Mentor::StatusChange& change : record->history) {
        if (change.to == MentorStatus::Active && !activeSince.isValid())
            activeSince = change.changedOn;
    }
    facts.add(tr("Mentoring since"), activeSince.isValid() ? day(activeSince) : QString())
        .add(tr("Sessions delivered"),
            tr("%1 (%2 hours)")
                .arg(record->sessionsDelivered)
                .arg(QLocale().toString(record->minutesDelivered / 60.0, 'f', 1)));
    body += facts.html();

    double totalHours = 0;
    QList<QStringList> rows;
    QList<TrainingRecord> training = record->training;
    std::sort(training.begin(), training.end(), [](const TrainingRecord& a, const TrainingRecord& b) {
        return (a.completedOn.isValid() ? a.completedOn : a.startedOn)
            < (b.completedOn.isValid() ? b.completedOn : b.startedOn);
    });
    for (const TrainingRecord& t : training) {
        if (t.hours)
            totalHours += *t.hours;
        QString dates = t.completedOn.isValid() ? day(t.completedOn) : tr("In progress");
        if (t.startedOn.isValid() && t.startedOn != t.completedOn)
            dates = tr("%1 to %2").arg(day(t.startedOn), dates);
        if (t.expiresOn.isValid())
            dates += tr(" (valid until %1)").arg(day(t.expiresOn));
        rows.append({ t.module, t.provider, dates, t.hours ? QLocale().toString(*t.hours, 'f', 1) : QString(),
            t.accreditation, t.assessor });
    }
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Training")));
    body += table({ tr("Module or course"), tr("Provider"), tr("Dates"), tr("Hours"), tr("Accreditation"),
                      tr("Assessor") },
        rows, tr("No training recorded."), { 26, 15, 19, 8, 18, 14 });
    if (!rows.isEmpty())
        body += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Total: %1 hours of training.").arg(QLocale().toString(totalHours, 'f', 1))));

    QList<QStringList> shadowRows;
    for (const ShadowingPeriod& s : record->shadowing) {
        shadowRows.append({ day(s.startedOn), s.endedOn.isValid() ? day(s.endedOn) : QString(),
            QString::number(s.sessionsObserved),
            s.signedOffOn.isValid() ? tr("%1, %2").arg(day(s.signedOffOn), s.signedOffBy) : tr("Not yet") });
    }
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Shadowing an experienced mentor")));
    body += table({ tr("From"), tr("To"), tr("Sessions observed"), tr("Signed off") }, shadowRows,
        tr("No shadowing recorded."));

    const WingSettings settings = m_session.settings();
    return page(tr("Peer mentor training record"),
        tr("%1 — %2, %3")
            .arg(prisoner->fullName, settings.text(Setting::EstablishmentName),
                settings.text(Setting::WingName)),
        tr("Printed %1 by %2 from Wingmate. This record lists the training completed while a peer mentor at "
           "this "
           "establishment.")
            .arg(day(today), m_session.user().displayName),
        body);
}

Result<RecordDocuments::Written> RecordDocuments::writeMenteeSummary(
    const QString& prisonNumber, const QString& path, ExistingFile existing)
{
    const Result<QString> html = menteeSummaryHtml(prisonNumber);
    if (!html)
        return html.status();
    const Result<Prisoner> prisoner = printable(prisonNumber);
    if (!prisoner)
        return prisoner.status();
    return write(
        QStringLiteral("mentee_summary"), prisoner->id, path, tr("Peer support summary"), *html, existing);
}

Result<RecordDocuments::Written> RecordDocuments::writeTrainingRecord(
    const QString& prisonNumber, const QString& path, ExistingFile existing)
{
    const Result<QString> html = trainingRecordHtml(prisonNumber);
    if (!html)
        return html.status();
    const Result<Prisoner> prisoner = printable(prisonNumber);
    if (!prisoner)
        return prisoner.status();
    return write(QStringLiteral("training_record"), prisoner->id, path, tr("Peer mentor training record"),
        *html, existing);
}

Result<RecordDocuments::Written> RecordDocuments::write(const QString& what, qint64 prisonerId,
    const QString& path, const QString& title, const QString& html, ExistingFile existing)
{
    if (path.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Choose where to save the PDF."));
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Wingmate"));
        writer.setResolution(300);
        // QTextDocument::print() adds its own 2 cm margins and the page numbers.
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        // print() lays the document out on the writer's pages and numbers them.
        document.print(&writer);
    }
    buffer.close();
    // print() lays out a copy of the document, so its pages are counted in the file.
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?!s)"));
    pages = int(QString::fromLatin1(pdf).count(pageObject));
    if (pdf.isEmpty())
        return Status::failure(
            ErrorCode::Io, tr("The PDF could not be made."), QStringLiteral("QPdfWriter wrote nothing"));

    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    bool written = false;
    const Status status = m_session.write([&](WriteContext& ctx) -> Status {
        if (Status s = writeOutputFile(absolute, pdf, existing); !s)
            return s;
        written = true;
        // A disclosure of one person's record; whose by the prisoner's id
        // only, so the trail itself holds no name or prison number.
        const Disclosure disclosure { what, Disclosure::prisoner(prisonerId), 1, absolute };
        return ctx.audit(AuditAction::Export, QStringLiteral("record"), what,
            disclosure.details({ { QStringLiteral("destination"), absolute },
                { QStringLiteral("pages"), pages }, { QStringLiteral("rows"), pages } }));
    });
    if (!status) {
        if (written)
            QFile::remove(absolute);
        return status;
    }
    return Written { absolute, pages };
}

} // namespace wingmate

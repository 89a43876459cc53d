#include "MentorRecordDialog.h"

#include "ClearanceDialog.h"
#include "ShadowingDialogs.h"
#include "StatusChangeDialog.h"
#include "SupervisionDialog.h"
#include "TrainingDialog.h"
#include "services/MentorRecordQuery.h"
#include "services/MentorService.h"
#include "services/PrisonerService.h"
#include "services/UserSession.h"
#include "shell/Appearance.h"
#include "transfer/TransferOutDialog.h"
#include "widgets/ErrorPanel.h"
#include "widgets/PrintRecordButton.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace wingmate::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setHorizontalHeaderLabels(headers);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void fill(QTableWidget* view, const QList<QStringList>& rows)
{
    view->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < view->columnCount(); ++c)
            view->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    view->resizeColumnsToContents();
}

void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

MentorRecordDialog::MentorRecordDialog(UserSession& session, qint64 mentorId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mentorId(mentorId)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_checklist(new QVBoxLayout)
    , m_transitions(new QHBoxLayout)
    , m_notYet(new QLabel(this))
    , m_governorButton(new QPushButton(tr("Record &governor approval…"), this))
    , m_securityButton(new QPushButton(tr("Record securit&y clearance…"), this))
    , m_history(
          table(this, "statusHistory", { tr("Date"), tr("From"), tr("To"), tr("Reason"), tr("Recorded by") }))
    , m_shadowing(table(this, "shadowingTable",
          { tr("Started"), tr("Ended"), tr("Shadowing"), tr("Days"), tr("Sessions observed"),
              tr("Signed off"), tr("By"), tr("Notes") }))
    , m_addShadowing(new QPushButton(tr("&New shadowing period…"), this))
    , m_signOffShadowing(new QPushButton(tr("Sign &off shadowing…"), this))
    , m_training(table(this, "trainingTable",
          { tr("Module"), tr("Provider"), tr("Completed"), tr("Expires"), tr("Hours"), tr("Accreditation"),
              tr("Assessor") }))
    , m_addTraining(new QPushButton(tr("Add &training…"), this))
    , m_printTraining(new PrintRecordButton(session, PrintRecordButton::Kind::TrainingRecord, this))
    , m_supervision(
          table(this, "supervisionTable", { tr("Held on"), tr("Supervisor"), tr("Wellbeing"), tr("Notes") }))
    , m_addSupervision(new QPushButton(tr("Add s&upervision…"), this))
    , m_delivered(new QLabel(this))
    , m_mentees(
          table(this, "menteesTable", { tr("Name"), tr("Prison number"), tr("Status"), tr("Allocated on") }))
{
    setObjectName(QStringLiteral("mentorRecordDialog"));
    m_title->setObjectName(QStringLiteral("mentorTitle"));
    m_status->setObjectName(QStringLiteral("mentorStatus"));
    m_notYet->setObjectName(QStringLiteral("notYetPossible"));
    m_governorButton->setObjectName(QStringLiteral("governorApprovalButton"));
    m_securityButton->setObjectName(QStringLiteral("securityClearanceButton"));
    m_addTraining->setObjectName(QStringLiteral("addTrainingButton"));
    m_addShadowing->setObjectName(QStringLiteral("addShadowingButton"));
    m_signOffShadowing->setObjectName(QStringLiteral("signOffShadowingButton"));
    m_addSupervision->setObjectName(QStringLiteral("addSupervisionButton"));
    m_delivered->setObjectName(QStringLiteral("sessionsDelivered"));
    m_tabs->setObjectName(QStringLiteral("mentorTabs"));
    m_history->setAccessibleName(tr("Status history"));
    m_shadowing->setAccessibleName(tr("Shadowing periods"));
    m_training->setAccessibleName(tr("Training"));
    m_supervision->setAccessibleName(tr("Supervision"));
    m_mentees->setAccessibleName(tr("Current mentees"));
    setWindowTitle(tr("Mentor record"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notYet->setWordWrap(true);

    // Only what the role may do is offered; core checks again on each use.
    const bool manage = m_session.can(Operation::ManageMentors);
    m_addTraining->setVisible(manage);
    m_addSupervision->setVisible(manage);
    m_addShadowing->setVisible(manage);
    m_signOffShadowing->setVisible(manage);
    for (QPushButton* button : { m_governorButton, m_securityButton, m_addTraining, m_addSupervision,
             m_addShadowing, m_signOffShadowing })
        button->setAutoDefault(false);

    // --- Status tab ---
    auto* statusTab = new QWidget(m_tabs);
    auto* readiness = new QGroupBox(tr("Readiness to become active"), statusTab);
    readiness->setObjectName(QStringLiteral("readinessChecklist"));
    auto* readinessLayout = new QVBoxLayout(readiness);
    readinessLayout->addLayout(m_checklist);
    auto* clearanceRow = new QHBoxLayout;
    clearanceRow->addWidget(m_governorButton);
    clearanceRow->addWidget(m_securityButton);
    clearanceRow->addStretch(1);
    readinessLayout->addLayout(clearanceRow);

    auto* moves = new QGroupBox(tr("Change status"), statusTab);
    moves->setObjectName(QStringLiteral("transitions"));
    auto* movesLayout = new QVBoxLayout(moves);
    movesLayout->addLayout(m_transitions);
    movesLayout->addWidget(m_notYet);

    auto* statusLayout = new QVBoxLayout(statusTab);
    statusLayout->addWidget(readiness);
    statusLayout->addWidget(moves);
    statusLayout->addWidget(new QLabel(tr("Status history"), statusTab));
    statusLayout->addWidget(m_history, 1);
    m_tabs->addTab(statusTab, tr("&Status"));

    // --- Shadowing tab ---
    auto* shadowingTab = new QWidget(m_tabs);
    auto* shadowingLayout = new QVBoxLayout(shadowingTab);
    shadowingLayout->addWidget(m_shadowing, 1);
    auto* shadowingButtons = new QHBoxLayout;
    shadowingButtons->addStretch(1);
    shadowingButtons->addWidget(m_signOffShadowing);
    shadowingButtons->addWidget(m_addShadowing);
    shadowingLayout->addLayout(shadowingButtons);
    m_tabs->addTab(shadowingTab, tr("Shado&wing"));

    // --- Training tab ---
    auto* trainingTab = new QWidget(m_tabs);
    auto* trainingLayout = new QVBoxLayout(trainingTab);
    trainingLayout->addWidget(m_training, 1);
    auto* trainingButtons = new QHBoxLayout;
    trainingButtons->addWidget(m_printTraining);
    trainingButtons->addStretch(1);
    trainingButtons->addWidget(m_addTraining);
    trainingLayout->addLayout(trainingButtons);
    m_tabs->addTab(trainingTab, tr("T&raining"));

    // --- Supervision tab ---
    auto* supervisionTab = new QWidget(m_tabs);
    auto* supervisionLayout = new QVBoxLayout(supervisionTab);
    supervisionLayout->addWidget(m_supervision, 1);
    auto* supervisionButtons = new QHBoxLayout;
    supervisionButtons->addStretch(1);
    supervisionButtons->addWidget(m_addSupervision);
    supervisionLayout->addLayout(supervisionButtons);
    m_tabs->addTab(supervisionTab, tr("Super&vision"));

    // --- Mentees tab ---
    auto* menteesTab = new QWidget(m_tabs);
    auto* menteesLayout = new QVBoxLayout(menteesTab);
    menteesLayout->addWidget(m_delivered);
    menteesLayout->addWidget(m_mentees, 1);
    m_tabs->addTab(menteesTab, tr("&Mentees"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (session.can(Operation::TransferRecords)) {
        QPushButton* transfer = buttons->addButton(tr("Trans&fer out…"), QDialogButtonBox::ActionRole);
        transfer->setObjectName(QStringLiteral("transferOutButton"));
        m_transferButton = transfer;
        connect(transfer, &QPushButton::clicked, this, [this] {
            auto* dialog = new TransferOutDialog(m_session, m_prisonNumber, m_name, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_governorButton, &QPushButton::clicked, this, [this] { recordClearance(true); });
    connect(m_securityButton, &QPushButton::clicked, this, [this] { recordClearance(false); });
    connect(m_addTraining, &QPushButton::clicked, this, &MentorRecordDialog::addTraining);
    connect(m_addShadowing, &QPushButton::clicked, this, &MentorRecordDialog::addShadowing);
    connect(m_signOffShadowing, &QPushButton::clicked, this, &MentorRecordDialog::signOffShadowing);
    connect(m_shadowing, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_shadowing->currentRow();
        m_signOffShadowing->setEnabled(row >= 0 && row < m_shadowingIds.size() && m_shadowingIds.at(row) > 0);
    });
    connect(m_addSupervision, &QPushButton::clicked, this, &MentorRecordDialog::addSupervision);

    reload();
    resize(840, 680);
}

QLabel* MentorRecordDialog::checkLabel(const QString& name, bool met, const QString& text)
{
    // A tick or cross in words as well as colour.
    auto* label = new QLabel((met ? tr("✓ %1") : tr("✗ %1")).arg(text));
    label->setObjectName(name);
    label->setProperty("met", met);
    label->setWordWrap(true);
    Appearance::setTextColour(
        label, met ? Appearance::goodText(palette()) : Appearance::warningText(palette()));
    return label;
}

QString MentorRecordDialog::transitionText(MentorStatus to)
{
    switch (to) {
    case MentorStatus::Cleared:
        return tr("Mark as &cleared");
    case MentorStatus::Shadowing:
        return tr("Start s&hadowing");
    case MentorStatus::Trained:
        return tr("Mark as tra&ined");
    case MentorStatus::Active:
        return tr("Make &active");
    case MentorStatus::Paused:
        return tr("Pa&use");
    case MentorStatus::Suspended:
        return tr("Suspen&d…");
    case MentorStatus::Left:
        return tr("Record &leaving…");
    case MentorStatus::Applied:
        break;
    }
    return mentorStatusLabel(to);
}

void MentorRecordDialog::reload()
{
    const Result<MentorRecordQuery::Record> found = MentorRecordQuery(m_session).record(m_mentorId);
    if (!found) {
        m_error->showStatus(found.status());
        return;
    }
    const MentorRecordQuery::Record& record = *found;
    const Mentor& mentor = record.mentor;
    const MentorService::Readiness& readiness = record.readiness;
    setWindowTitle(tr("Mentor record — %1").arg(record.prisoner.fullName));
    m_title->setText(tr("%1 (%2)").arg(record.prisoner.fullName, record.prisoner.prisonNumber));
    m_printTraining->setPrisoner(record.prisoner);
    if (m_transferButton) {
        // Only for a prisoner recorded as transferred or released; the core
        // refuses it too.
        const Status transfer
            = PrisonerService(m_session).requireDisclosure(Operation::TransferRecords, record.prisoner);
        m_transferButton->setEnabled(transfer.ok());
        m_transferButton->setToolTip(transfer
                ? tr("Send this person's records to the establishment they are moving to")
                : transfer.message());
    }
    m_prisonNumber = record.prisoner.prisonNumber;
    m_name = record.prisoner.fullName;
    QString status = tr("Status: %1 — %2, up to %n mentee(s)", nullptr, mentor.capacity)
                         .arg(mentorStatusLabel(mentor.status), Mentor::tierLabel(mentor.pathwayTier));
    if (mentor.status == MentorStatus::Left && mentor.leftReason)
        status += tr(" (%1)").arg(leavingReasonLabel(*mentor.leftReason));
    m_status->setText(status);

    // --- the readiness checklist ---
    clearLayout(m_checklist);
    m_checkLabels.clear();
    m_checkLabels << checkLabel(QStringLiteral("checkGovernor"), mentor.governorApproved(),
        mentor.governorApproved() ? tr("Governor approval: %1, by %2")
                                        .arg(dateText(mentor.governorApprovedOn), mentor.governorApprovedBy)
                                  : tr("Governor approval: not recorded"));
    m_checkLabels << checkLabel(QStringLiteral("checkSecurity"), mentor.securityCleared(),
        mentor.securityCleared() ? tr("Security clearance: %1, by %2")
                                       .arg(dateText(mentor.securityClearedOn), mentor.securityClearedBy)
                                 : tr("Security clearance: not recorded"));
    const bool shadowingMet
        = readiness.shadowingSignedOff && readiness.shadowingDaysDone >= readiness.shadowingDaysRequired;
    QString shadowing;
    if (record.shadowing.isEmpty()) {
        shadowing = tr("Shadowing: none recorded yet (at least %n month(s))", nullptr,
            m_session.settings().integer(Setting::MinimumShadowingMonths));
    } else {
        shadowing = tr("Shadowing: %1 of %2 days")
                        .arg(readiness.shadowingDaysDone)
                        .arg(readiness.shadowingDaysRequired);
        const auto signedOff = std::find_if(record.shadowing.cbegin(), record.shadowing.cend(),
            [](const ShadowingPeriod& period) { return period.signedOff(); });
        if (signedOff != record.shadowing.cend())
            shadowing
                += tr("; signed off %1, by %2").arg(dateText(signedOff->signedOffOn), signedOff->signedOffBy);
        else
            shadowing += tr("; not signed off");
    }
    m_checkLabels << checkLabel(QStringLiteral("checkShadowing"), shadowingMet, shadowing);
    const QStringList mandatory = m_session.settings().list(Setting::MandatoryModules);
    for (int i = 0; i < mandatory.size(); ++i) {
        const bool done = !readiness.missingModules.contains(mandatory.at(i));
        m_checkLabels << checkLabel(QStringLiteral("checkModule%1").arg(i), done,
            done ? tr("Training: %1").arg(mandatory.at(i))
                 : tr("Training: %1 — not completed, or expired").arg(mandatory.at(i)));
    }
    for (QLabel* label : std::as_const(m_checkLabels))
        m_checklist->addWidget(label);
    // Offered until recorded, and while still an application (to correct it).
    const bool clearance = m_session.can(Operation::RecordClearance) && mentor.status != MentorStatus::Left;
    const bool applying = mentor.status == MentorStatus::Applied;
    m_governorButton->setVisible(clearance && (applying || !mentor.governorApproved()));
    m_securityButton->setVisible(clearance && (applying || !mentor.securityCleared()));

    // --- the moves allowed now ---
    clearLayout(m_transitions);
    m_transitionButtons.clear();
    const Result<QList<MentorService::Move>> moves = MentorService(m_session).nextMoves(m_mentorId);
    if (!moves)
        m_error->showStatus(moves.status());
    // Why a move the graph has is not offered now, in core's own words (the
    // same sentence changeStatus would refuse it with), each said once.
    QStringList notYet;
    for (const MentorService::Move& move : moves ? *moves : QList<MentorService::Move> {}) {
        if (!move.possible()) {
            if (!notYet.contains(move.blocker.message()))
                notYet << move.blocker.message();
            continue;
        }
        const MentorStatus to = move.to;
        auto* button = new QPushButton(transitionText(to));
        button->setObjectName(QStringLiteral("transition_%1").arg(mentorStatusKey(to)));
        button->setProperty("targetStatus", mentorStatusKey(to));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
        m_transitions->addWidget(button);
        m_transitionButtons << button;
    }
    m_transitions->addStretch(1);
    if (mentor.status == MentorStatus::Left)
        notYet << tr("This mentor has left; they may apply again as a new application.");
    m_notYet->setText(notYet.join(QLatin1Char('\n')));
    m_notYet->setVisible(!notYet.isEmpty());

    // --- history, training, supervision, mentees ---
    QList<QStringList> rows;
    // Newest first, so the latest change is in view.
    for (auto change = record.history.crbegin(); change != record.history.crend(); ++change) {
        rows << QStringList { dateText(change->changedOn),
            change->from ? mentorStatusLabel(*change->from) : QString(), mentorStatusLabel(change->to),
            change->reason, change->recordedBy };
    }
    fill(m_history, rows);
    rows.clear();
    const QDate today = m_session.clock().now().toLocalTime().date();
    // Shadowing, newest first; the ids of those still to be signed off.
    QHash<qint64, QString> mentorNames;
    if (const Result<QList<MentorRecordQuery::ListEntry>> all = MentorRecordQuery(m_session).list(true)) {
        for (const MentorRecordQuery::ListEntry& entry : *all)
            mentorNames.insert(entry.mentorId, entry.fullName);
    }
    m_shadowingIds.clear();
    for (auto period = record.shadowing.crbegin(); period != record.shadowing.crend(); ++period) {
        rows << QStringList { dateText(period->startedOn), dateText(period->endedOn),
            mentorNames.value(period->experiencedMentorId), QString::number(period->daysDone(today)),
            QString::number(period->sessionsObserved), dateText(period->signedOffOn), period->signedOffBy,
            QString(period->notes).replace(QLatin1Char('\n'), QLatin1Char(' ')) };
        m_shadowingIds << (period->signedOff() ? 0 : period->id);
    }
    fill(m_shadowing, rows);
    const bool canShadow = mentor.status == MentorStatus::Cleared || mentor.status == MentorStatus::Shadowing;
    m_addShadowing->setEnabled(canShadow);
    m_addShadowing->setToolTip(canShadow ? tr("Record the start of a period shadowing an experienced mentor")
                                         : tr("Shadowing is recorded once the application is cleared."));
    // The period still to be signed off, when there is one, is chosen.
    int open = -1;
    for (int row = 0; row < m_shadowingIds.size() && open < 0; ++row) {
        if (m_shadowingIds.at(row) > 0)
            open = row;
    }
    if (open >= 0)
        m_shadowing->selectRow(open);
    m_signOffShadowing->setEnabled(open >= 0);
    rows.clear();
    for (const TrainingRecord& training : record.training) {
        QString completed
            = training.completedOn.isValid() ? dateText(training.completedOn) : tr("In progress");
        if (training.completedOn.isValid() && !training.isCurrent(today))
            completed += tr(" (expired)");
        rows << QStringList { training.module, training.provider, completed, dateText(training.expiresOn),
            training.hours ? QLocale().toString(*training.hours) : QString(), training.accreditation,
            training.assessor };
    }
    fill(m_training, rows);
    rows.clear();
    for (const Supervision& supervision : record.supervisions) {
        rows << QStringList { dateText(supervision.heldOn), supervision.supervisor,
            supervision.mentorWellbeing,
            QString(supervision.notes).replace(QLatin1Char('\n'), QLatin1Char(' ')) };
    }
    fill(m_supervision, rows);
    rows.clear();
    for (const MentorRecordQuery::CurrentMentee& mentee : record.mentees) {
        rows << QStringList { mentee.fullName, mentee.prisonNumber,
            mentee.episodeStatus == QStringLiteral("referred") ? tr("Referred") : tr("Active"),
            dateText(mentee.allocatedOn) };
    }
    fill(m_mentees, rows);
    m_delivered->setText(tr("%1 of %n mentee(s) now.", nullptr, mentor.capacity).arg(record.mentees.size())
        + QLatin1Char(' ') + tr("%n session(s) delivered", nullptr, record.sessionsDelivered)
        + tr(" (%1 hours in all).").arg(QLocale().toString(record.minutesDelivered / 60.0, 'f', 1)));
    m_tabs->setTabText(1, tr("Shado&wing (%1)").arg(record.shadowing.size()));
    m_tabs->setTabText(2, tr("T&raining (%1)").arg(record.training.size()));
    m_tabs->setTabText(3, tr("Super&vision (%1)").arg(record.supervisions.size()));
    m_tabs->setTabText(4, tr("&Mentees (%1)").arg(record.mentees.size()));
}

void MentorRecordDialog::saved()
{
    m_error->clear();
    reload();
    Q_EMIT changed();
}

void MentorRecordDialog::changeStatus(MentorStatus to)
{
    if (to == MentorStatus::Suspended || to == MentorStatus::Left) {
        auto* dialog = new StatusChangeDialog(m_session, m_mentorId, to, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &StatusChangeDialog::statusChanged, this, &MentorRecordDialog::saved);
        dialog->open();
        return;
    }
    const Status status = MentorService(m_session).changeStatus(m_mentorId, to, {});
    if (!status) {
        m_error->showStatus(status);
        reload();
        return;
    }
    saved();
}

void MentorRecordDialog::recordClearance(bool governor)
{
    auto* dialog = new ClearanceDialog(m_session, m_mentorId,
        governor ? ClearanceDialog::Kind::GovernorApproval : ClearanceDialog::Kind::SecurityClearance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClearanceDialog::recorded, this, &MentorRecordDialog::saved);
    dialog->open();
}

void MentorRecordDialog::addTraining()
{
    auto* dialog = new TrainingDialog(m_session, m_mentorId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrainingDialog::added, this, &MentorRecordDialog::saved);
    dialog->open();
}

void MentorRecordDialog::addShadowing()
{
    auto* dialog = new AddShadowingDialog(m_session, m_mentorId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddShadowingDialog::added, this, &MentorRecordDialog::saved);
    dialog->open();
}

void MentorRecordDialog::signOffShadowing()
{
    const int row = m_shadowing->currentRow();
    if (row < 0 || row >= m_shadowingIds.size() || m_shadowingIds.at(row) <= 0)
        return;
    auto* dialog = new SignOffShadowingDialog(m_session, m_shadowingIds.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignOffShadowingDialog::signedOff, this, &MentorRecordDialog::saved);
    dialog->open();
}

void MentorRecordDialog::addSupervision()
{
    auto* dialog = new SupervisionDialog(m_session, m_mentorId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SupervisionDialog::added, this, &MentorRecordDialog::saved);
    dialog->open();
}

} // namespace wingmate::ui

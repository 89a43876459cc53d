#include "SessionDialog.h"

#include "services/CaseloadQuery.h"
#include "services/MentorRecordQuery.h"
#include "services/SessionService.h"
#include "services/UserSession.h"
#include "services/WingSettings.h"
#include "widgets/ErrorPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace wingmate::ui {

namespace {

enum RegisterColumn { MenteeColumn, AttendedColumn, ConcernColumn, RegisterColumns };

QTableWidgetItem* tick(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

SessionDialog::SessionDialog(UserSession& session, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_type(new QComboBox(this))
    , m_group(new QCheckBox(tr("&Group session, with a register"), this))
    , m_heldAt(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_location(new QLineEdit(this))
    , m_mentor(new QComboBox(this))
    , m_secondMentor(new QComboBox(this))
    , m_menteeLabel(new QLabel(tr("M&entee:"), this))
    , m_mentee(new QComboBox(this))
    , m_registerBox(new QWidget(this))
    , m_register(new QTableWidget(0, RegisterColumns, m_registerBox))
    , m_addMentee(new QComboBox(m_registerBox))
    , m_addButton(new QPushButton(tr("&Add to register"), m_registerBox))
    , m_notes(new QPlainTextEdit(this))
    , m_followUp(new QLineEdit(this))
    , m_followUpDue(new QDateEdit(this))
    , m_concern(new QCheckBox(tr("Con&cern raised about the mentee"), this))
    , m_concernText(new QLineEdit(this))
    , m_error(new ErrorPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(tr("Log a session"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_group->setObjectName(QStringLiteral("groupCheck"));
    m_group->setToolTip(
        tr("A group has a register of who came. Its type is never 1:1: ticking this chooses the "
           "group type, and choosing 1:1 clears it."));
    m_heldAt->setObjectName(QStringLiteral("heldAt"));
    m_duration->setObjectName(QStringLiteral("duration"));
    m_location->setObjectName(QStringLiteral("location"));
    m_mentor->setObjectName(QStringLiteral("mentorCombo"));
    m_secondMentor->setObjectName(QStringLiteral("secondMentorCombo"));
    m_mentee->setObjectName(QStringLiteral("menteeCombo"));
    m_register->setObjectName(QStringLiteral("register"));
    m_addMentee->setObjectName(QStringLiteral("addMenteeCombo"));
    m_addButton->setObjectName(QStringLiteral("addToRegister"));
    m_notes->setObjectName(QStringLiteral("sessionNotes"));
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUpDue->setObjectName(QStringLiteral("followUpDue"));
    m_concern->setObjectName(QStringLiteral("concernCheck"));
    m_concernText->setObjectName(QStringLiteral("concernText"));

    const QDateTime now = m_session.clock().now().toLocalTime();
    m_heldAt->setDisplayFormat(QStringLiteral("d MMM yyyy HH:mm"));
    m_heldAt->setCalendarPopup(true);
    m_heldAt->setMaximumDate(now.date());
    m_heldAt->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    m_duration->setRange(1, 1440);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSingleStep(15);
    m_location->setMaxLength(100);
    m_location->setPlaceholderText(tr("e.g. B wing association room"));

    m_register->setHorizontalHeaderLabels({ tr("Mentee"), tr("Attended"), tr("Concern") });
    m_register->horizontalHeader()->setSectionResizeMode(MenteeColumn, QHeaderView::Stretch);
    m_register->horizontalHeader()->setSectionResizeMode(AttendedColumn, QHeaderView::ResizeToContents);
    m_register->horizontalHeader()->setSectionResizeMode(ConcernColumn, QHeaderView::ResizeToContents);
    m_register->verticalHeader()->hide();
    m_register->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_register->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_register->setMinimumHeight(m_register->fontMetrics().lineSpacing() * 8);
    m_register->setToolTip(tr("Space ticks or unticks; Delete takes a mentee off the register"));
    m_register->setAccessibleName(tr("Register"));
    auto* removeRow = new QShortcut(QKeySequence::Delete, m_register);
    removeRow->setContext(Qt::WidgetShortcut);
    connect(removeRow, &QShortcut::activated, this, [this] {
        if (m_register->currentRow() >= 0) {
            m_register->removeRow(m_register->currentRow());
            m_registerEdited = true;
            updateConcern();
        }
    });
    m_addButton->setAutoDefault(false);
    auto* addRow = new QHBoxLayout;
    addRow->setContentsMargins(0, 0, 0, 0);
    addRow->addWidget(m_addMentee, 1);
    addRow->addWidget(m_addButton);
    auto* registerLayout = new QVBoxLayout(m_registerBox);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    registerLayout->addWidget(m_register);
    registerLayout->addLayout(addRow);

    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was talked about (Enter for a new line, Ctrl+Enter saves)"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_followUp->setPlaceholderText(tr("Optional: what needs doing next"));
    m_followUp->setMaxLength(1000);
    m_followUpDue->setCalendarPopup(true);
    m_followUpDue->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_followUpDue->setDate(now.date().addDays(7));
    m_concernText->setPlaceholderText(tr("What worried the mentor (goes to the mental health nurse)"));
    m_concernText->setMaxLength(2000);

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save session"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(m_heldAt, 1);
    auto* durationLabel = new QLabel(tr("Durat&ion:"), this);
    durationLabel->setBuddy(m_duration);
    whenRow->addWidget(durationLabel);
    whenRow->addWidget(m_duration);
    auto* followRow = new QHBoxLayout;
    followRow->addWidget(m_followUp, 1);
    auto* dueLabel = new QLabel(tr("d&ue:"), this);
    dueLabel->setBuddy(m_followUpDue);
    followRow->addWidget(dueLabel);
    followRow->addWidget(m_followUpDue);
    auto* registerLabel = new QLabel(tr("Register:"), this);
    auto* whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_heldAt);
    auto* followLabel = new QLabel(tr("&Follow-up:"), this);
    followLabel->setBuddy(m_followUp);
    m_menteeLabel->setBuddy(m_mentee);

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_group);
    form->addRow(whenLabel, whenRow);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Mentor:"), m_mentor);
    form->addRow(m_menteeLabel, m_mentee);
    form->addRow(registerLabel, m_registerBox);
    form->addRow(tr("Also &delivered by:"), m_secondMentor);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(followLabel, followRow);
    form->addRow(QString(), m_concern);
    form->addRow(tr("C&oncern:"), m_concernText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // The register's label follows the register's visibility.
    connect(m_group, &QCheckBox::toggled, registerLabel, &QLabel::setVisible);

    const QList<QWidget*> tabOrder { m_type, m_group, m_heldAt, m_duration, m_location, m_mentor, m_mentee,
        m_register, m_addMentee, m_addButton, m_secondMentor, m_notes, m_followUp, m_followUpDue, m_concern,
        m_concernText };
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    for (const QKeySequence& keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &SessionDialog::accept);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SessionDialog::typeChanged);
    connect(m_group, &QCheckBox::toggled, this, &SessionDialog::groupChanged);
    connect(m_mentor, &QComboBox::currentIndexChanged, this, &SessionDialog::mentorChanged);
    connect(m_addButton, &QPushButton::clicked, this, &SessionDialog::addChosenToRegister);
    connect(m_concern, &QCheckBox::toggled, this, &SessionDialog::updateConcern);
    connect(m_register, &QTableWidget::itemChanged, this, [this] {
        m_registerEdited = true;
        updateConcern();
    });

    if (const Status allowed = m_session.require(Operation::RecordSessions); !allowed) {
        m_error->showStatus(allowed);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    loadChoices();
    registerLabel->setVisible(m_group->isChecked());
    groupChanged();
    updateConcern();
    // Type, date and time are already right most of the time: start on who.
    m_mentor->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(640);
}

QString SessionDialog::lastTypeKey()
{
    return QStringLiteral("sessionDialog/lastType");
}

void SessionDialog::loadChoices()
{
    const QStringList types = m_session.settings().list(Setting::SessionTypes);
    m_type->addItems(types);
    const QString last = QSettings().value(lastTypeKey()).toString();
    int typeIndex = m_type->findText(last);
    if (typeIndex < 0)
        typeIndex = std::max(0, m_type->findText(MenteeSession::oneToOneType()));
    m_type->setCurrentIndex(typeIndex);
    m_group->setChecked(MenteeSession::isGroupType(m_type->currentText()));

    m_mentor->addItem(tr("— choose the mentor —"), qint64(0));
    m_secondMentor->addItem(tr("No one else"), qint64(0));
    Result<QList<MentorRecordQuery::ListEntry>> mentors = MentorRecordQuery(m_session).list();
    if (!mentors) {
        m_error->showStatus(mentors.status());
    } else {
        for (const MentorRecordQuery::ListEntry& m : *mentors) {
            if (m.status != MentorStatus::Active)
                continue;
            const QString label = tr("%1 (%2)").arg(m.fullName, m.prisonNumber);
            m_mentor->addItem(label, m.mentorId);
            m_secondMentor->addItem(label, m.mentorId);
        }
    }
    // With one active mentor there is nothing to choose.
    if (m_mentor->count() == 2)
        m_mentor->setCurrentIndex(1);

    Result<QList<CaseloadQuery::Row>> caseload = CaseloadQuery(m_session).run();
    if (!caseload) {
        m_error->showStatus(caseload.status());
    } else {
        for (const CaseloadQuery::Row& row : *caseload)
            m_mentees.append({ row.episodeId, tr("%1 (%2)").arg(row.prisonerName, row.prisonNumber) });
        std::sort(m_mentees.begin(), m_mentees.end(), [](const Mentee& a, const Mentee& b) {
            return QString::localeAwareCompare(a.label, b.label) < 0;
        });
    }
    mentorChanged();
}

QList<qint64> SessionDialog::ownMentees(qint64 mentorId)
{
    if (mentorId == 0)
        return {};
    auto found = m_ownMentees.constFind(mentorId);
    if (found != m_ownMentees.constEnd())
        return *found;
    QList<qint64> ids;
    // Names for the picker only: not a view of the mentor's record.
    const Result<QList<MentorRecordQuery::CurrentMentee>> mentees
        = MentorRecordQuery(m_session).currentMentees(mentorId);
    if (mentees) {
        for (const MentorRecordQuery::CurrentMentee& m : *mentees)
            ids.append(m.episodeId);
    }
    m_ownMentees.insert(mentorId, ids);
    return ids;
}

QString SessionDialog::menteeLabel(qint64 episodeId) const
{
    for (const Mentee& m : m_mentees) {
        if (m.episodeId == episodeId)
            return m.label;
    }
    return {};
}

void SessionDialog::fillMenteeCombo(QComboBox* combo, const QList<qint64>& first, qint64 keep)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("— choose the mentee —"), qint64(0));
    // The mentor's own mentees first, then everyone else on the caseload.
    for (const Mentee& m : std::as_const(m_mentees)) {
        if (first.contains(m.episodeId))
            combo->addItem(m.label, m.episodeId);
    }
    if (!first.isEmpty() && first.size() < m_mentees.size())
        combo->insertSeparator(combo->count());
    for (const Mentee& m : std::as_const(m_mentees)) {
        if (!first.contains(m.episodeId))
            combo->addItem(m.label, m.episodeId);
    }
    const int index = combo->findData(keep);
    combo->setCurrentIndex(std::max(0, index));
}

void SessionDialog::mentorChanged()
{
    const QList<qint64> own = ownMentees(m_mentor->currentData().toLongLong());
    fillMenteeCombo(m_mentee, own, m_mentee->currentData().toLongLong());
    fillMenteeCombo(m_addMentee, own, 0);
    // A mentor's group is usually their own mentees: offer them until the
    // register has been changed by hand.
    if (isGroup() && !m_registerEdited) {
        m_register->setRowCount(0);
        for (qint64 id : own)
            addToRegister(id);
        m_registerEdited = false;
    }
}

void SessionDialog::typeChanged()
{
    const QString type = m_type->currentText();
    if (type == MenteeSession::oneToOneType())
        m_group->setChecked(false);
    else if (MenteeSession::isGroupType(type))
        m_group->setChecked(true);
}

void SessionDialog::matchTypeToGroup()
{
    // The type and the tick always agree: a group is never 1:1 (the
    // monthly return counts sessions by type), and a type named for a group
    // has a register.
    const QString type = m_type->currentText();
    if (isGroup() && type == MenteeSession::oneToOneType()) {
        QStringList types;
        for (int i = 0; i < m_type->count(); ++i)
            types << m_type->itemText(i);
        const int group = m_type->findText(MenteeSession::groupTypeAmong(types));
        if (group >= 0)
            m_type->setCurrentIndex(group);
    } else if (!isGroup() && MenteeSession::isGroupType(type)) {
        const int oneToOne = m_type->findText(MenteeSession::oneToOneType());
        if (oneToOne >= 0)
            m_type->setCurrentIndex(oneToOne);
    }
}

bool SessionDialog::isGroup() const
{
    return m_group->isChecked();
}

void SessionDialog::groupChanged()
{
    matchTypeToGroup();
    const bool group = isGroup();
    m_menteeLabel->setVisible(!group);
    m_mentee->setVisible(!group);
    m_registerBox->setVisible(group);
    m_concern->setVisible(!group);
    if (group && m_register->rowCount() == 0) {
        // Start the register from the 1:1 choice, or the mentor's mentees.
        if (const qint64 chosen = m_mentee->currentData().toLongLong()) {
            addToRegister(chosen);
        } else {
            for (qint64 id : ownMentees(m_mentor->currentData().toLongLong()))
                addToRegister(id);
        }
        m_registerEdited = false;
    }
    updateConcern();
}

void SessionDialog::addToRegister(qint64 episodeId, bool attended)
{
    if (episodeId == 0)
        return;
    for (int row = 0; row < m_register->rowCount(); ++row) {
        if (m_register->item(row, MenteeColumn)->data(Qt::UserRole).toLongLong() == episodeId)
            return;
    }
    const QSignalBlocker blocker(m_register);
    const int row = m_register->rowCount();
    m_register->insertRow(row);
    auto* name = new QTableWidgetItem(menteeLabel(episodeId));
    name->setData(Qt::UserRole, episodeId);
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_register->setItem(row, MenteeColumn, name);
    m_register->setItem(row, AttendedColumn, tick(attended));
    m_register->setItem(row, ConcernColumn, tick(false));
}

void SessionDialog::addChosenToRegister()
{
    addToRegister(m_addMentee->currentData().toLongLong());
    m_registerEdited = true;
    m_addMentee->setCurrentIndex(0);
    updateConcern();
}

void SessionDialog::updateConcern()
{
    bool concern = m_concern->isChecked();
    if (isGroup()) {
        concern = false;
        for (int row = 0; row < m_register->rowCount(); ++row)
            concern = concern || m_register->item(row, ConcernColumn)->checkState() == Qt::Checked;
    }
    m_concernText->setEnabled(concern);
}

void SessionDialog::setMentor(qint64 mentorId)
{
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(mentorId)));
}

void SessionDialog::setMentee(qint64 episodeId)
{
    if (isGroup())
        addToRegister(episodeId);
    else
        m_mentee->setCurrentIndex(std::max(0, m_mentee->findData(episodeId)));
}

MenteeSession SessionDialog::menteeSession() const
{
    MenteeSession s;
    s.heldAt = m_heldAt->dateTime();
    s.durationMinutes = m_duration->value();
    s.sessionType = m_type->currentText();
    s.isGroup = isGroup();
    s.location = m_location->text();
    for (QComboBox* combo : { m_mentor, m_secondMentor }) {
        if (const qint64 id = combo->currentData().toLongLong())
            s.mentorIds.append(id);
    }
    if (s.isGroup) {
        for (int row = 0; row < m_register->rowCount(); ++row) {
            MenteeSession::Attendee a;
            a.episodeId = m_register->item(row, MenteeColumn)->data(Qt::UserRole).toLongLong();
            a.attended = m_register->item(row, AttendedColumn)->checkState() == Qt::Checked;
            a.concernRaised = m_register->item(row, ConcernColumn)->checkState() == Qt::Checked;
            s.attendees.append(a);
        }
    } else if (const qint64 id = m_mentee->currentData().toLongLong()) {
        s.attendees.append({ id, true, m_concern->isChecked() });
    }
    s.notes = m_notes->toPlainText();
    if (!m_followUp->text().trimmed().isEmpty())
        s.followUps.append({ 0, m_followUp->text(), m_followUpDue->date(), {} });
    if (m_concernText->isEnabled())
        s.concernDescription = m_concernText->text();
    return s;
}

void SessionDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    Result<SessionService::Recorded> saved = SessionService(m_session).record(menteeSession());
    if (!saved) {
        // Everything typed stays, so the worker only mends what was refused.
        m_error->showStatus(saved.status());
        return;
    }
    m_error->clear();
    m_sessionId = saved->sessionId;
    QSettings().setValue(lastTypeKey(), m_type->currentText());
    Q_EMIT recorded(m_sessionId);
    QDialog::accept();
}

} // namespace wingmate::ui

#include "ReviewDialog.h"

#include "caseload/CaseloadModel.h"
#include "domain/Review.h"
#include "services/ConcernService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace wingmate::ui {

ReviewDialog::ReviewDialog(UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_episodeId(episodeId)
    , m_concern(new QComboBox(this))
    , m_concernText(new QLabel(this))
    , m_reviewedOn(new QDateEdit(this))
    , m_outcome(new QComboBox(this))
    , m_risk(new QComboBox(this))
    , m_nextReview(new QDateEdit(this))
    , m_acctLabel(new QLabel(tr("ACCT &reference:"), this))
    , m_acctReference(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new ErrorPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review — %1").arg(menteeName));
    m_concern->setObjectName(QStringLiteral("concernCombo"));
    m_concernText->setObjectName(QStringLiteral("concernText"));
    m_reviewedOn->setObjectName(QStringLiteral("reviewedOn"));
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_risk->setObjectName(QStringLiteral("riskCombo"));
    m_nextReview->setObjectName(QStringLiteral("nextReviewOn"));
    m_acctReference->setObjectName(QStringLiteral("acctReference"));
    m_notes->setObjectName(QStringLiteral("reviewNotes"));

    const QDate today = m_session.clock().now().toLocalTime().date();

    Result<QList<Concern>> concerns = ConcernService(m_session).concerns(episodeId);
    if (!concerns) {
        m_error->showStatus(concerns.status());
    } else {
        for (const Concern& c : *concerns) {
            if (c.status == Concern::ReviewState::Open)
                m_openConcerns.append(c);
        }
        std::sort(m_openConcerns.begin(), m_openConcerns.end(),
            [](const Concern& a, const Concern& b) { return a.raisedAt < b.raisedAt; });
    }
    for (const Concern& c : std::as_const(m_openConcerns)) {
        m_concern->addItem(tr("Raised %1 (%2)")
                               .arg(CaseloadModel::dateText(c.raisedAt.toLocalTime().date()),
                                   Concern::sourceLabel(c.source)),
            c.id);
    }
    if (m_openConcerns.isEmpty())
        m_concern->addItem(tr("Scheduled review (no concern waiting)"), qint64(0));
    m_concern->setEnabled(m_openConcerns.size() > 1);
    m_concernText->setWordWrap(true);
    m_concernText->setTextFormat(Qt::PlainText);
    m_concernText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reviewedOn->setCalendarPopup(true);
    m_reviewedOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_reviewedOn->setMaximumDate(today);
    m_reviewedOn->setDate(today);

    for (Review::Outcome o : { Review::Outcome::NoFurtherAction, Review::Outcome::Monitor,
             Review::Outcome::ReferredMentalHealth, Review::Outcome::AcctOpened })
        m_outcome->addItem(Review::outcomeLabel(o), int(o));
    m_outcome->setCurrentIndex(m_outcome->findData(int(Review::Outcome::Monitor)));
    for (MenteeEpisode::RiskLevel r :
        { MenteeEpisode::RiskLevel::Low, MenteeEpisode::RiskLevel::Medium, MenteeEpisode::RiskLevel::High })
        m_risk->addItem(MenteeEpisode::riskLabel(r), int(r));
    m_risk->setCurrentIndex(m_risk->findData(int(MenteeEpisode::RiskLevel::Medium)));

    m_nextReview->setCalendarPopup(true);
    m_nextReview->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_nextReview->setMinimumDate(today.addDays(1));
    m_nextReview->setDate(today.addDays(7));

    m_acctReference->setMaxLength(100);
    m_acctLabel->setBuddy(m_acctReference);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was found and agreed (Ctrl+Enter saves)"));
    // Enter in the notes is a new line; Ctrl+Enter saves, as Enter does elsewhere.
    for (const QKeySequence& keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ReviewDialog::accept);

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save review"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* heading = new QLabel(tr("Mental health review of <b>%1</b>").arg(menteeName.toHtmlEscaped()), this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Concern:"), m_concern);
    form->addRow(QString(), m_concernText);
    form->addRow(tr("Reviewed &on:"), m_reviewedOn);
    form->addRow(tr("O&utcome:"), m_outcome);
    form->addRow(tr("Ris&k level:"), m_risk);
    form->addRow(tr("&Next review:"), m_nextReview);
    form->addRow(m_acctLabel, m_acctReference);
    form->addRow(tr("No&tes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setTabOrder(m_concern, m_reviewedOn);
    setTabOrder(m_reviewedOn, m_outcome);
    setTabOrder(m_outcome, m_risk);
    setTabOrder(m_risk, m_nextReview);
    setTabOrder(m_nextReview, m_acctReference);
    setTabOrder(m_acctReference, m_notes);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ReviewDialog::updateFields);
    connect(m_concern, &QComboBox::currentIndexChanged, this, &ReviewDialog::showConcern);

    const bool allowed = m_session.can(Operation::ReviewConcerns);
    if (!allowed) {
        m_error->showStatus(m_session.require(Operation::ReviewConcerns));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    showConcern();
    updateFields();
    m_outcome->setFocus(Qt::OtherFocusReason);
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

qint64 ReviewDialog::concernId() const
{
    return m_concern->currentData().toLongLong();
}

void ReviewDialog::setConcern(qint64 concernId)
{
    const int index = m_concern->findData(concernId);
    if (index >= 0)
        m_concern->setCurrentIndex(index);
}

void ReviewDialog::showConcern()
{
    const qint64 id = concernId();
    for (const Concern& c : std::as_const(m_openConcerns)) {
        if (c.id == id) {
            m_concernText->setText(c.description.isEmpty() ? tr("(no description)") : c.description);
            return;
        }
    }
    m_concernText->setText(tr("No concern is waiting; this records a scheduled review."));
}

void ReviewDialog::updateFields()
{
    const auto outcome = Review::Outcome(m_outcome->currentData().toInt());
    // No further action needs no next review.
    m_nextReview->setEnabled(outcome != Review::Outcome::NoFurtherAction);
    const bool acct = outcome == Review::Outcome::AcctOpened;
    m_acctLabel->setVisible(acct);
    m_acctReference->setVisible(acct);
}

void ReviewDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    Review review;
    review.episodeId = m_episodeId;
    if (const qint64 id = concernId())
        review.concernId = id;
    review.reviewedOn = m_reviewedOn->date();
    review.outcome = Review::Outcome(m_outcome->currentData().toInt());
    review.riskLevel = MenteeEpisode::RiskLevel(m_risk->currentData().toInt());
    if (review.outcome != Review::Outcome::NoFurtherAction)
        review.nextReviewOn = m_nextReview->date();
    review.notes = m_notes->toPlainText();
    if (review.outcome == Review::Outcome::AcctOpened)
        review.acctReference = m_acctReference->text();

    Result<qint64> saved = ConcernService(m_session).review(review);
    if (!saved) {
        // The input stays, so nothing typed is lost.
        m_error->showStatus(saved.status());
        return;
    }
    m_error->clear();
    m_reviewId = *saved;
    Q_EMIT reviewed(m_reviewId);
    QDialog::accept();
}

} // namespace wingmate::ui

#include "SessionsPage.h"

#include "SessionDialog.h"
#include "SessionListModel.h"
#include "services/SessionService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RecordTables.h"

#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace wingmate::ui {

SessionsPage::SessionsPage(UserSession& session, QWidget* parent)
    : RecordListPage(session,
          { tr("Find by type, mentor, mentee or prison number (Ctrl+F)"), tr("Filter the sessions"),
              QStringLiteral("sessionsFilter") },
          parent)
    , m_model(new SessionListModel(session, this))
    , m_proxy(new WordFilterProxy(SessionListModel::SearchRole, this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("sessionsPage"));
    countLabel()->setObjectName(QStringLiteral("sessionsCount"));
    m_from->setObjectName(QStringLiteral("sessionsFrom"));
    m_to->setObjectName(QStringLiteral("sessionsTo"));
    showTable({ m_model, m_proxy, SessionListModel::SessionIdRole, SessionListModel::SortRole,
        SessionListModel::HeldAt, Qt::DescendingOrder, tr("Sessions"), QStringLiteral("sessionsView") });

    const QDate today = session.clock().now().toLocalTime().date();
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setMaximumDate(today);
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_to->setMinimumDate(m_from->date());
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto* fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    for (QWidget* widget : std::initializer_list<QWidget*> { fromLabel, m_from, toLabel, m_to })
        addBeforeFilter(widget);
    addRefreshButton(tr("Read the sessions again (F5)"));

    m_deleteButton = addButton(tr("&Delete session…"), QStringLiteral("deleteSessionButton"),
        tr("Delete a session entered by mistake; the audit trail keeps what it held"),
        session.can(Operation::DeleteRecords));
    addOpenButton(tr("&Open mentee record"), QStringLiteral("openMenteeButton"),
        tr("Open the record of the mentee this session was for (Enter)"));
    QPushButton* log = addButton(tr("&Log session…"), QStringLiteral("logSessionButton"),
        tr("Record a session (Ctrl+N)"), session.can(Operation::RecordSessions));

    auto* logShortcut = new QShortcut(QKeySequence::New, this);
    logShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(logShortcut, &QShortcut::activated, this, &SessionsPage::logSession);
    connect(log, &QPushButton::clicked, this, &SessionsPage::logSession);
    connect(m_deleteButton, &QPushButton::clicked, this, &SessionsPage::deleteCurrent);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        m_to->setMinimumDate(m_from->date());
        refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &SessionsPage::refresh);
}

Status SessionsPage::readRecords()
{
    return m_model->refresh(m_from->date(), m_to->date());
}

void SessionsPage::clearRecords()
{
    m_model->clear();
}

void SessionsPage::updateRowActions()
{
    if (m_deleteButton)
        m_deleteButton->setEnabled(currentIndex().isValid());
}

QString SessionsPage::countText() const
{
    const int total = m_model->rowCount();
    QString text = m_proxy->rowCount() == total
        ? tr("%n session(s)", nullptr, total)
        : tr("%1 of %n session(s)", nullptr, total).arg(m_proxy->rowCount());
    if (m_model->truncated())
        text = tr("%1 — only the newest are shown; choose fewer days to see the rest").arg(text);
    return text;
}

void SessionsPage::logSession()
{
    if (!session().can(Operation::RecordSessions))
        return;
    auto* dialog = new SessionDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionDialog::recorded, this, [this](qint64 sessionId) {
        // A session logged for a day outside the range brings the range to it.
        const Result<MenteeSession> stored = SessionService(session()).get(sessionId);
        const QDate day = stored ? stored->heldAt.date() : QDate();
        if (day.isValid() && day < m_from->date())
            m_from->setDate(day);
        refresh();
        select(sessionId);
        Q_EMIT sessionsChanged();
    });
    dialog->open();
}

void SessionsPage::open(const QModelIndex& index)
{
    const SessionListQuery::Row& row = m_model->record(m_proxy->mapToSource(index).row());
    if (row.attendees.size() == 1) {
        Q_EMIT menteeRequested(row.attendees.constFirst().episodeId);
        return;
    }
    // A group: choose whose record.
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("attendeeMenu"));
    for (const SessionListQuery::Attendee& a : row.attendees) {
        const QString label = a.attended ? tr("%1 (%2)").arg(a.name, a.prisonNumber)
                                         : tr("%1 (%2), did not attend").arg(a.name, a.prisonNumber);
        QAction* action = menu.addAction(label);
        const qint64 episodeId = a.episodeId;
        connect(action, &QAction::triggered, this, [this, episodeId] { Q_EMIT menteeRequested(episodeId); });
    }
    const QRect cell = view()->visualRect(index);
    menu.exec(view()->viewport()->mapToGlobal(cell.bottomLeft()));
}

void SessionsPage::deleteCurrent()
{
    const qint64 sessionId = currentSessionId();
    if (!sessionId || !session().can(Operation::DeleteRecords))
        return;
    const SessionListQuery::Row& row = m_model->record(m_model->rowOf(sessionId));
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Delete session"),
        tr("Why is the %1 session of %2 being deleted? The reason is kept in the audit trail.")
            .arg(row.sessionType, QLocale().toString(row.heldAt, QStringLiteral("d MMM yyyy, HH:mm"))),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        errorPanel()->showMessage(tr("Nothing was deleted: a reason is needed."));
        return;
    }
    const auto answer = QMessageBox::warning(this, tr("Delete session"),
        tr("Delete this session for %1? It disappears from every record.")
            .arg(SessionListModel::menteesText(row)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status status = SessionService(session()).remove(sessionId, reason.trimmed()); !status) {
        errorPanel()->showStatus(status);
        return;
    }
    refresh();
    Q_EMIT sessionsChanged();
}

} // namespace wingmate::ui

#include "SessionsPage.h"

#include "SessionDialog.h"
#include "SessionListModel.h"
#include "services/SessionService.h"
#include "services/UserSession.h"
#include "shell/RefreshWhenShown.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RecordTables.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace wingmate::ui {

SessionsPage::SessionsPage(UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SessionListModel(session, this))
    , m_proxy(new WordFilterProxy(SessionListModel::SearchRole, this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_logButton(new QPushButton(tr("&Log session…"), this))
    , m_openButton(new QPushButton(tr("&Open mentee record"), this))
    , m_deleteButton(new QPushButton(tr("&Delete session…"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_count(new QLabel(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("sessionsPage"));
    m_from->setObjectName(QStringLiteral("sessionsFrom"));
    m_to->setObjectName(QStringLiteral("sessionsTo"));
    m_filter->setObjectName(QStringLiteral("sessionsFilter"));
    m_view->setObjectName(QStringLiteral("sessionsView"));
    m_logButton->setObjectName(QStringLiteral("logSessionButton"));
    m_openButton->setObjectName(QStringLiteral("openMenteeButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteSessionButton"));
    m_count->setObjectName(QStringLiteral("sessionsCount"));

    const QDate today = m_session.clock().now().toLocalTime().date();
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setMaximumDate(today);
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto* fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);

    RecordTables::configureFilter(m_filter, tr("Find by type, mentor, mentee or prison number (Ctrl+F)"),
        tr("Filter the sessions"), this);
    // Shown, the page gives the keyboard to its filter.
    setFocusProxy(m_filter);

    RecordTables::showThrough(m_view, m_proxy, m_model, SessionListModel::SortRole, tr("Sessions"));
    m_view->sortByColumn(SessionListModel::HeldAt, Qt::DescendingOrder);
    m_view->installEventFilter(this);

    m_logButton->setToolTip(tr("Record a session (Ctrl+N)"));
    m_openButton->setToolTip(tr("Open the record of the mentee this session was for (Enter)"));
    m_deleteButton->setToolTip(tr("Delete a session entered by mistake; the audit trail keeps what it held"));
    m_refreshButton->setToolTip(tr("Read the sessions again (F5)"));
    m_logButton->setVisible(m_session.can(Operation::RecordSessions));
    m_deleteButton->setVisible(m_session.can(Operation::DeleteRecords));

    auto* top = new QHBoxLayout;
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    top->addWidget(m_refreshButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_deleteButton);
    bottom->addWidget(m_openButton);
    bottom->addWidget(m_logButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    RecordTables::addShortcuts(this, m_filter, [this] { refresh(); });
    auto* logShortcut = new QShortcut(QKeySequence::New, this);
    logShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(logShortcut, &QShortcut::activated, this, &SessionsPage::logSession);

    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        m_to->setMinimumDate(m_from->date());
        refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &SessionsPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateCount();
        updateActions();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &SessionsPage::refresh);
    connect(m_logButton, &QPushButton::clicked, this, &SessionsPage::logSession);
    connect(m_openButton, &QPushButton::clicked, this, &SessionsPage::openCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &SessionsPage::deleteCurrent);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            openCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SessionsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SessionsPage::updateActions);

    m_to->setMinimumDate(m_from->date());
    RefreshWhenShown::install(this, [this] { refresh(); });
}

qint64 SessionsPage::currentSessionId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(SessionListModel::SessionIdRole).toLongLong() : 0;
}

void SessionsPage::refresh()
{
    const qint64 current = currentSessionId();
    if (const Status status = m_model->refresh(m_from->date(), m_to->date()); !status)
        m_error->showStatus(status);
    else
        m_error->clear();
    RecordTables::fitColumns(m_view);
    select(current);
    updateCount();
    updateActions();
}

void SessionsPage::clear()
{
    m_model->clear();
    m_filter->clear();
    updateCount();
    updateActions();
}

void SessionsPage::select(qint64 sessionId)
{
    const int sourceRow = m_model->rowOf(sessionId);
    if (sourceRow >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(sourceRow, 0)));
    else if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void SessionsPage::updateActions()
{
    const bool hasRow = m_view->currentIndex().isValid();
    m_openButton->setEnabled(hasRow);
    m_deleteButton->setEnabled(hasRow);
}

void SessionsPage::updateCount()
{
    const int total = m_model->rowCount();
    QString text = m_proxy->rowCount() == total
        ? tr("%n session(s)", nullptr, total)
        : tr("%1 of %n session(s)", nullptr, total).arg(m_proxy->rowCount());
    if (m_model->truncated())
        text = tr("%1 — only the newest are shown; choose fewer days to see the rest").arg(text);
    m_count->setText(text);
}

void SessionsPage::logSession()
{
    if (!m_session.can(Operation::RecordSessions))
        return;
    auto* dialog = new SessionDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionDialog::recorded, this, [this](qint64 sessionId) {
        // A session logged for a day outside the range brings the range to it.
        const Result<MenteeSession> stored = SessionService(m_session).get(sessionId);
        const QDate day = stored ? stored->heldAt.date() : QDate();
        if (day.isValid() && day < m_from->date())
            m_from->setDate(day);
        refresh();
        select(sessionId);
        Q_EMIT sessionsChanged();
    });
    dialog->open();
}

void SessionsPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
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
    const QRect cell = m_view->visualRect(index);
    menu.exec(m_view->viewport()->mapToGlobal(cell.bottomLeft()));
}

void SessionsPage::deleteCurrent()
{
    const qint64 sessionId = currentSessionId();
    if (!sessionId || !m_session.can(Operation::DeleteRecords))
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
        m_error->showMessage(tr("Nothing was deleted: a reason is needed."));
        return;
    }
    const auto answer = QMessageBox::warning(this, tr("Delete session"),
        tr("Delete this session for %1? It disappears from every record.")
            .arg(SessionListModel::menteesText(row)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status status = SessionService(m_session).remove(sessionId, reason.trimmed()); !status) {
        m_error->showStatus(status);
        return;
    }
    refresh();
    Q_EMIT sessionsChanged();
}

bool SessionsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_view && RecordTables::isPlainEnter(key)) {
            openCurrent();
            return true;
        }
        if (watched == m_filter && RecordTables::moveIntoTable(key, m_view))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wingmate::ui

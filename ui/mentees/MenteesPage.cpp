#include "MenteesPage.h"

#include "MenteeListModel.h"
#include "ReferralDialog.h"
#include "services/UserSession.h"
#include "shell/RefreshWhenShown.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RecordTables.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace wingmate::ui {

MenteesPage::MenteesPage(UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MenteeListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_view(new QTableView(this))
    , m_referButton(new QPushButton(tr("&New referral…"), this))
    , m_openButton(new QPushButton(tr("&Open record"), this))
    , m_count(new QLabel(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("menteesPage"));
    m_search->setObjectName(QStringLiteral("menteeSearch"));
    m_view->setObjectName(QStringLiteral("menteesView"));
    m_referButton->setObjectName(QStringLiteral("newReferralButton"));
    m_openButton->setObjectName(QStringLiteral("openMenteeButton"));
    m_count->setObjectName(QStringLiteral("menteesCount"));

    m_search->setPlaceholderText(tr("Find by name or prison number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find mentees"));
    m_search->installEventFilter(this);
    // One search per pause in typing, not one per key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    RecordTables::showThrough(m_view, m_proxy, m_model, MenteeListModel::SortRole, tr("Mentees"));
    // Core answers newest referral first; keep that until a header is clicked.
    m_view->sortByColumn(MenteeListModel::Referred, Qt::DescendingOrder);
    m_view->installEventFilter(this);

    m_referButton->setToolTip(tr("Record a referral for an existing or a new prisoner"));
    m_openButton->setToolTip(tr("Open this mentee's record (Enter or double-click)"));
    m_referButton->setVisible(m_session.can(Operation::ManageMentees));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_referButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_openButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &MenteesPage::refresh);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MenteesPage::refresh);
    connect(m_referButton, &QPushButton::clicked, this, &MenteesPage::newReferral);
    connect(m_openButton, &QPushButton::clicked, this, &MenteesPage::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT menteeRequested(index.data(MenteeListModel::EpisodeIdRole).toLongLong());
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MenteesPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MenteesPage::updateActions);

    RefreshWhenShown::install(this, [this] { refresh(); });
}

void MenteesPage::refresh()
{
    m_searchDelay->stop();
    const qint64 current = currentEpisodeId();
    if (const Status status = m_model->search(m_search->text()); !status) {
        m_error->showStatus(status);
    } else {
        m_error->clear();
    }
    RecordTables::fitColumns(m_view);
    select(current);
    updateCount();
    updateActions();
}

void MenteesPage::select(qint64 episodeId)
{
    const int sourceRow = m_model->rowOf(episodeId);
    if (sourceRow >= 0) {
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(sourceRow, MenteeListModel::Name)));
    } else if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, MenteeListModel::Name));
    }
}

void MenteesPage::clear()
{
    m_searchDelay->stop();
    m_model->clear();
    const QSignalBlocker quiet(m_search);
    m_search->clear();
    updateCount();
    updateActions();
}

qint64 MenteesPage::currentEpisodeId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(MenteeListModel::EpisodeIdRole).toLongLong() : 0;
}

void MenteesPage::updateActions()
{
    m_openButton->setEnabled(m_view->currentIndex().isValid());
}

void MenteesPage::updateCount()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_count->setText(m_search->text().trimmed().isEmpty()
                ? tr("No mentees recorded yet")
                : tr("No mentee matches “%1”").arg(m_search->text().trimmed()));
        return;
    }
    m_count->setText(tr("%n episode(s)", nullptr, rows));
}

void MenteesPage::openCurrent()
{
    if (const qint64 id = currentEpisodeId())
        Q_EMIT menteeRequested(id);
}

void MenteesPage::newReferral()
{
    if (!m_session.can(Operation::ManageMentees))
        return;
    auto* dialog = new ReferralDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralDialog::referred, this, [this](qint64 episodeId) {
        refresh();
        select(episodeId);
        Q_EMIT referred(episodeId);
    });
    dialog->open();
}

bool MenteesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_view && enter && key->modifiers() == Qt::NoModifier) {
            openCurrent();
            return true;
        }
        if (watched == m_search && enter) {
            // Search now, then move into the results.
            refresh();
            if (m_proxy->rowCount() > 0)
                m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wingmate::ui

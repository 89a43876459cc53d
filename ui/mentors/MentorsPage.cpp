#include "MentorsPage.h"

#include "MentorApplicationDialog.h"
#include "MentorListModel.h"
#include "MentorRecordDialog.h"
#include "domain/Validation.h"
#include "services/UserSession.h"
#include "shell/RefreshWhenShown.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RecordTables.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace wingmate::ui {

MentorsPage::MentorsPage(UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MentorListModel(session, this))
    , m_proxy(new WordFilterProxy(MentorListModel::SearchRole, this))
    , m_filter(new QLineEdit(this))
    , m_showLeft(new QCheckBox(tr("Show those who have &left"), this))
    , m_view(new QTableView(this))
    , m_newButton(new QPushButton(tr("&New application…"), this))
    , m_openButton(new QPushButton(tr("&Open record"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_count(new QLabel(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("mentorsPage"));
    m_filter->setObjectName(QStringLiteral("mentorFilter"));
    m_showLeft->setObjectName(QStringLiteral("showLeft"));
    m_view->setObjectName(QStringLiteral("mentorsView"));
    m_newButton->setObjectName(QStringLiteral("newApplicationButton"));
    m_openButton->setObjectName(QStringLiteral("openMentorButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshMentorsButton"));
    m_count->setObjectName(QStringLiteral("mentorCount"));

    RecordTables::configureFilter(
        m_filter, tr("Find by name or prison number (Ctrl+F)"), tr("Filter the mentors"), this);
    // Shown, the page gives the keyboard to its filter.
    setFocusProxy(m_filter);

    RecordTables::showThrough(m_view, m_proxy, m_model, MentorListModel::SortRole, tr("Mentors"));
    m_view->sortByColumn(MentorListModel::Name, Qt::AscendingOrder);
    m_view->installEventFilter(this);

    m_newButton->setToolTip(tr("Record a prisoner's application to become a mentor"));
    m_openButton->setToolTip(tr("Open this mentor's record (Enter or double-click)"));
    m_refreshButton->setToolTip(tr("Read the list again (F5)"));
    m_newButton->setVisible(m_session.can(Operation::ManageMentors));

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_showLeft);
    top->addWidget(m_refreshButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_newButton);
    bottom->addWidget(m_openButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    RecordTables::addShortcuts(this, m_filter, [this] { refresh(); });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, MentorListModel::Name));
        updateCount();
        updateActions();
    });
    connect(m_showLeft, &QCheckBox::toggled, this, &MentorsPage::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &MentorsPage::refresh);
    connect(m_newButton, &QPushButton::clicked, this, &MentorsPage::newApplication);
    connect(m_openButton, &QPushButton::clicked, this, &MentorsPage::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            openMentor(index.data(MentorListModel::MentorIdRole).toLongLong());
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MentorsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MentorsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MentorsPage::updateActions);

    RefreshWhenShown::install(this, [this] { refresh(); });
}

void MentorsPage::refresh()
{
    const qint64 current = currentMentorId();
    if (const wingmate::Status status = m_model->refresh(m_showLeft->isChecked()); !status)
        m_error->showStatus(status);
    else
        m_error->clear();
    RecordTables::fitColumns(m_view, 280);
    select(current);
    updateCount();
    updateActions();
}

void MentorsPage::select(qint64 mentorId)
{
    // Stay on the mentor the user was looking at.
    const int sourceRow = m_model->rowOf(mentorId);
    if (sourceRow >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(sourceRow, MentorListModel::Name)));
    else if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, MentorListModel::Name));
}

void MentorsPage::clear()
{
    m_model->clear();
    m_filter->clear();
    updateCount();
    updateActions();
}

qint64 MentorsPage::currentMentorId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(MentorListModel::MentorIdRole).toLongLong() : 0;
}

void MentorsPage::updateActions()
{
    m_openButton->setEnabled(m_view->currentIndex().isValid());
}

void MentorsPage::updateCount()
{
    const int all = m_model->rowCount();
    m_count->setText(m_proxy->rowCount() == all
            ? tr("%n mentor(s)", nullptr, all)
            : tr("%1 of %n mentor(s)", nullptr, all).arg(m_proxy->rowCount()));
}

MentorRecordDialog* MentorsPage::openCurrent()
{
    const qint64 id = currentMentorId();
    return id ? openMentor(id) : nullptr;
}

MentorRecordDialog* MentorsPage::openMentor(qint64 mentorId)
{
    auto* dialog = new MentorRecordDialog(m_session, mentorId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MentorRecordDialog::changed, this, [this, mentorId] {
        refresh();
        Q_EMIT mentorChanged(mentorId);
    });
    dialog->open();
    return dialog;
}

void MentorsPage::newApplication()
{
    if (!m_session.can(Operation::ManageMentors))
        return;
    auto* dialog = new MentorApplicationDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MentorApplicationDialog::applied, this, [this](qint64 mentorId) {
        refresh();
        select(mentorId);
        Q_EMIT mentorChanged(mentorId);
    });
    dialog->open();
}

bool MentorsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_view && RecordTables::isPlainEnter(key)) {
            openCurrent();
            return true;
        }
        // From the filter, Down or Enter moves into the table.
        if (watched == m_filter && RecordTables::moveIntoTable(key, m_view))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wingmate::ui

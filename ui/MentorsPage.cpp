#include "MentorsPage.h"

#include "ErrorPanel.h"
#include "MentorApplicationDialog.h"
#include "MentorListModel.h"
#include "MentorRecordDialog.h"
#include "domain/Validation.h"
#include "services/UserSession.h"

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

namespace {

// Every typed word must appear in the name or prison number, ignoring case
// and accents.
class MentorFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text)
    {
        m_words = Validation::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QString key = sourceModel()
                                ->index(sourceRow, MentorListModel::Name, sourceParent)
                                .data(MentorListModel::SearchRole)
                                .toString();
        return std::all_of(
            m_words.cbegin(), m_words.cend(), [&key](const QString& word) { return key.contains(word); });
    }

private:
    QStringList m_words;
};

} // namespace

MentorsPage::MentorsPage(UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MentorListModel(session, this))
    , m_proxy(new MentorFilter(this))
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

    m_filter->setPlaceholderText(tr("Find by name or prison number (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the mentors"));
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MentorListModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MentorListModel::Name, Qt::AscendingOrder);
    m_view->installEventFilter(this);
    m_view->setAccessibleName(tr("Mentors"));

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

    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &MentorsPage::refresh);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        static_cast<MentorFilter*>(m_proxy)->setText(text);
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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MentorsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MentorsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MentorsPage::updateActions);

    refresh();
}

void MentorsPage::refresh()
{
    const qint64 current = currentMentorId();
    if (const wingmate::Status status = m_model->refresh(m_showLeft->isChecked()); !status)
        m_error->showStatus(status);
    else
        m_error->clear();
    m_view->resizeColumnsToContents();
    for (int column = 0; column < MentorListModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column) + 16, 280));
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
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_view && enter && key->modifiers() == Qt::NoModifier) {
            openCurrent();
            return true;
        }
        // From the filter, Down or Enter moves into the table.
        if (watched == m_filter && (key->key() == Qt::Key_Down || enter) && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::OtherFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, MentorListModel::Name));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wingmate::ui

#pragma once

#include "widgets/RecordListPage.h"

class QPushButton;
class QSortFilterProxyModel;
class QTimer;

namespace wingmate::ui {

class MenteeListModel;

// Every mentee episode, referred, active or closed, found by partial name or
// prison number as the user types (core ignores case and accents). New
// referral… records a referral; Enter or double-click asks for the record.
class MenteesPage : public RecordListPage {
    Q_OBJECT
public:
    explicit MenteesPage(UserSession& session, QWidget* parent = nullptr);

    MenteeListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* searchField() const { return filterField(); }

    // The episode of the current row, or 0.
    qint64 currentEpisodeId() const { return currentId(); }
    // Opens the referral dialog (if the role may record referrals).
    void newReferral();

Q_SIGNALS:
    void menteeRequested(qint64 episodeId);
    // A referral was recorded from this page.
    void referred(qint64 episodeId);

protected:
    // Searches core for what the search field holds (typing waits a moment).
    Status readRecords() override;
    void clearRecords() override;
    QString countText() const override;
    void open(const QModelIndex& index) override;
    void filterChanged(const QString& text) override;
    void applyFilterNow() override;

private:
    MenteeListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_searchDelay;
};

} // namespace wingmate::ui

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ConcernListModel;
class ErrorPanel;
class WordFilterProxy;

// The Concerns section: every concern waiting for the mental health team,
// longest waiting first and highlighted, or (from the Show list) also those
// reviewed in the last 30 days or 12 months with who reviewed them and the
// outcome. A nurse reviews from here (Review…, or Enter on a waiting
// concern); Open record (or Enter otherwise) asks for the mentee's record.
class ConcernsPage : public QWidget {
    Q_OBJECT
public:
    enum class Range { Waiting, LastMonth, LastYear };

    explicit ConcernsPage(UserSession& session, QWidget* parent = nullptr);

    ConcernListModel* model() const { return m_model; }
    WordFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    void setRange(Range range);
    qint64 currentConcernId() const;
    void refresh();
    void clear();
    // Opens the review dialog for the current concern, if a nurse may.
    void reviewCurrent();

Q_SIGNALS:
    void menteeRequested(qint64 episodeId);
    void reviewed(qint64 episodeId, qint64 reviewId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();
    void updateCount();
    bool currentIsOpen() const;

    UserSession& m_session;
    ConcernListModel* m_model;
    WordFilterProxy* m_proxy;
    QComboBox* m_range;
    QLineEdit* m_filter;
    QTableView* m_view;
    QPushButton* m_reviewButton;
    QPushButton* m_openButton;
    QPushButton* m_refreshButton;
    QLabel* m_count;
    QLabel* m_advice;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui

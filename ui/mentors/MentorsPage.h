#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;
class WordFilterProxy;
class MentorListModel;
class MentorRecordDialog;

// The wing's mentors in a sortable table (name, prison number, status,
// mentees against capacity, pathway tier), filtered as the user types.
// Those who left are shown only when asked. Enter or double-click opens the
// mentor's record; New application… starts one (ManageMentors only).
class MentorsPage : public QWidget {
    Q_OBJECT
public:
    explicit MentorsPage(UserSession& session, QWidget* parent = nullptr);

    MentorListModel* model() const { return m_model; }
    WordFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    // The mentor of the current row, or 0.
    qint64 currentMentorId() const;
    // Opens the record of the current row; returns the dialog (or nullptr).
    MentorRecordDialog* openCurrent();
    MentorRecordDialog* openMentor(qint64 mentorId);
    void newApplication();
    // Reads the list again (F5).
    void refresh();
    // Forgets every row, e.g. when the vault locks.
    void clear();

Q_SIGNALS:
    // Something was saved from this page or a dialog it opened.
    void mentorChanged(qint64 mentorId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();
    void updateCount();
    void select(qint64 mentorId);

    UserSession& m_session;
    MentorListModel* m_model;
    WordFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QCheckBox* m_showLeft;
    QTableView* m_view;
    QPushButton* m_newButton;
    QPushButton* m_openButton;
    QPushButton* m_refreshButton;
    QLabel* m_count;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui

#pragma once

#include "widgets/RecordListPage.h"

class QCheckBox;

namespace wingmate::ui {

class MentorListModel;
class MentorRecordDialog;

// The wing's mentors in a sortable table (name, prison number, status,
// mentees against capacity, pathway tier), filtered as the user types.
// Those who left are shown only when asked. Enter or double-click opens the
// mentor's record; New application… starts one (ManageMentors only).
class MentorsPage : public RecordListPage {
    Q_OBJECT
public:
    explicit MentorsPage(UserSession& session, QWidget* parent = nullptr);

    MentorListModel* model() const { return m_model; }
    WordFilterProxy* proxy() const { return m_proxy; }

    // The mentor of the current row, or 0.
    qint64 currentMentorId() const { return currentId(); }
    // Opens the record of the current row; returns the dialog (or nullptr).
    MentorRecordDialog* openCurrent();
    MentorRecordDialog* openMentor(qint64 mentorId);
    void newApplication();

Q_SIGNALS:
    // Something was saved from this page or a dialog it opened.
    void mentorChanged(qint64 mentorId);

protected:
    Status readRecords() override;
    void clearRecords() override;
    QString countText() const override;
    void open(const QModelIndex& index) override;

private:
    MentorListModel* m_model;
    WordFilterProxy* m_proxy;
    QCheckBox* m_showLeft;
};

} // namespace wingmate::ui

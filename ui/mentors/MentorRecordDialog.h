#pragma once

#include "domain/MentorStatus.h"

#include <QDialog>
#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QVBoxLayout;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class PrintRecordButton;

class ErrorPanel;

// One mentor's record: the status with what stands between the mentor and
// becoming active (clearance, shadowing, each mandatory module), a button
// for each move the status graph allows now, clearance (RecordClearance
// only), training, supervision, and the mentees and sessions delivered.
// Reasons are asked for where core needs them; its refusals are shown here.
class MentorRecordDialog : public QDialog {
    Q_OBJECT
public:
    MentorRecordDialog(UserSession& session, qint64 mentorId, QWidget* parent = nullptr);

    qint64 mentorId() const { return m_mentorId; }
    // The transition buttons shown now, in the order offered.
    QList<QPushButton*> transitionButtons() const { return m_transitionButtons; }
    // Reads the record again.
    void reload();

Q_SIGNALS:
    // Something about the mentor was saved.
    void changed();

private:
    void changeStatus(MentorStatus to);
    void recordClearance(bool governor);
    void addTraining();
    void addSupervision();
    void addShadowing();
    void signOffShadowing();
    void saved();
    QLabel* checkLabel(const QString& name, bool met, const QString& text);
    static QString transitionText(MentorStatus to);

    UserSession& m_session;
    qint64 m_mentorId;
    QLabel* m_title;
    QLabel* m_status;
    ErrorPanel* m_error;
    QTabWidget* m_tabs;
    QVBoxLayout* m_checklist;
    QList<QLabel*> m_checkLabels;
    QHBoxLayout* m_transitions;
    QList<QPushButton*> m_transitionButtons;
    QLabel* m_notYet;
    QPushButton* m_governorButton;
    QPushButton* m_securityButton;
    QTableWidget* m_history;
    QTableWidget* m_shadowing;
    QPushButton* m_addShadowing;
    QPushButton* m_signOffShadowing;
    QList<qint64> m_shadowingIds; // by row of m_shadowing
    QTableWidget* m_training;
    QPushButton* m_addTraining;
    PrintRecordButton* m_printTraining;
    QTableWidget* m_supervision;
    QPushButton* m_addSupervision;
    QPushButton* m_transferButton = nullptr; // only for roles with TransferRecords
    QLabel* m_delivered;
    QTableWidget* m_mentees;
    QString m_prisonNumber; // for Transfer out
    QString m_name;
};

} // namespace wingmate::ui

#pragma once

#include "widgets/EntryDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Adds a training record to a mentor: the module (the wing's mandatory
// modules are offered, any other may be typed), who provided it, when it was
// completed and, if it does, when it expires. Core checks the fields.
class TrainingDialog : public EntryDialog {
    Q_OBJECT
public:
    TrainingDialog(UserSession& session, qint64 mentorId, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void added(qint64 recordId);

private:
    UserSession& m_session;
    qint64 m_mentorId;
    QComboBox* m_module;
    QLineEdit* m_provider;
    QCheckBox* m_completed;
    QDateEdit* m_completedOn;
    QCheckBox* m_expires;
    QDateEdit* m_expiresOn;
    QDoubleSpinBox* m_hours;
    QLineEdit* m_accreditation;
    QLineEdit* m_assessor;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui

#pragma once

#include "storage/AtomicFile.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class AuditEventModel;
class ErrorPanel;

// The audit trail between two dates, for administrators, with Export… to a
// text file. Reading the trail is itself audited (audit_read) before it is
// shown, and an export is audited too. The trail is read when the page is
// first shown and on Show, not when the window is made, so unlocking does
// not record a read nobody made.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditPage(UserSession& session, QWidget* parent = nullptr);

    AuditEventModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QString errorMessage() const;

public Q_SLOTS:
    // Reads the events between the chosen dates; false if core refused.
    bool reload();
    // Asks where to save and exports there.
    void exportEvents();
    // Writes the listed events to path, atomically, and audits the export.
    // An existing file is replaced only with Replace: the save dialog has
    // asked (QFileDialog confirms an overwrite). Written owner-only, never
    // through a link (writeOutputFile).
    bool exportTo(const QString& path, ExistingFile existing = ExistingFile::Refuse);

protected:
    void showEvent(QShowEvent* event) override;

private:
    UserSession& m_session;
    AuditEventModel* m_model;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_showButton;
    QPushButton* m_exportButton;
    QTableView* m_view;
    QLabel* m_countLabel;
    ErrorPanel* m_error;
    bool m_loaded = false;
};

} // namespace wingmate::ui

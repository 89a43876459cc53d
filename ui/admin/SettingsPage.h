#pragma once

#include "services/WingSettings.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Wing policy: every WingSettings setting with an editor for its type (a
// line for text, a number box, one entry per line for lists). Everyone may
// read it; only a role allowed to change settings gets Save and Revert, and
// each saved change is audited by core.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(UserSession& session, QWidget* parent = nullptr);

    bool isEditable() const { return m_editable; }
    // True when an editor differs from what is stored.
    bool hasChanges() const;
    QWidget* editor(Setting setting) const { return m_editors.value(setting); }
    QString errorMessage() const;

public Q_SLOTS:
    // Saves every changed setting; stops at the first one core refuses.
    bool save();
    // Puts the stored values back in the editors.
    void revert();

private:
    QVariant editorValue(Setting setting) const;
    void setEditorValue(Setting setting, const QVariant& value);
    void updateButtons();
    // The backup folder's line with a folder picker beside it.
    QWidget* backupFolderField(QLineEdit* line);

    UserSession& m_session;
    bool m_editable;
    QMap<Setting, QWidget*> m_editors;
    QMap<Setting, QVariant> m_stored;
    ErrorPanel* m_error;
    QLabel* m_savedLabel;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
};

} // namespace wingmate::ui

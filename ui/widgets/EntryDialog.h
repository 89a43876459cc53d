#pragma once

#include <QDialog>

namespace wingmate::ui {

// A dialog in which someone enters a record. Esc, Cancel and the window's
// close button ask before throwing away anything typed or chosen since the
// dialog was shown ("Discard" or "Keep editing", the safe answer first);
// with nothing changed they close at once, and a save (accept) never asks.
// What the dialog filled in before it was shown is its starting point, not
// a change.
class EntryDialog : public QDialog {
    Q_OBJECT
public:
    using QDialog::QDialog;

    // Whether anything was typed or chosen since the dialog was shown.
    bool hasChanges() const { return m_changed; }

    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    // Changes the watch on the fields cannot see (a register row removed).
    void markChanged() { m_changed = true; }

private:
    void watchForChanges();

    bool m_watching = false;
    bool m_changed = false;
};

} // namespace wingmate::ui

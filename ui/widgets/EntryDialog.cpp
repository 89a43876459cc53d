#include "EntryDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>

namespace wingmate::ui {

void EntryDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_watching) {
        m_watching = true;
        watchForChanges();
    }
}

void EntryDialog::watchForChanges()
{
    const auto changed = [this] { m_changed = true; };
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        // A spin box's or combo box's own line edit is watched through it.
        if (!qobject_cast<QAbstractSpinBox*>(edit->parentWidget())
            && !qobject_cast<QComboBox*>(edit->parentWidget()))
            connect(edit, &QLineEdit::textEdited, this, changed);
    }
    for (QPlainTextEdit* edit : findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (QTextEdit* edit : findChildren<QTextEdit*>())
        connect(edit, &QTextEdit::textChanged, this, changed);
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        connect(combo, &QComboBox::activated, this, changed);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, changed);
    }
    for (QSpinBox* spin : findChildren<QSpinBox*>())
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QDateTimeEdit* edit : findChildren<QDateTimeEdit*>())
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, changed);
    for (QAbstractButton* button : findChildren<QAbstractButton*>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::clicked, this, changed);
    }
    for (QTableWidget* table : findChildren<QTableWidget*>())
        connect(table, &QTableWidget::itemChanged, this, changed);
    for (QListWidget* list : findChildren<QListWidget*>())
        connect(list, &QListWidget::currentRowChanged, this, changed);
}

void EntryDialog::reject()
{
    if (!m_changed) {
        QDialog::reject();
        return;
    }
    if (findChild<QMessageBox*>(QStringLiteral("discardQuestion")))
        return; // already asking
    // Opened, not exec()'d: a lock may throw the window and its dialogs away
    // while the question is showing.
    auto* ask = new QMessageBox(QMessageBox::Question, windowTitle(),
        tr("What you entered here has not been saved. Discard it?"), QMessageBox::NoButton, this);
    ask->setObjectName(QStringLiteral("discardQuestion"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* keep = ask->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    QPushButton* discard = ask->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    ask->setDefaultButton(keep);
    ask->setEscapeButton(keep);
    connect(ask, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton* clicked) {
        if (clicked == discard)
            QDialog::reject();
    });
    ask->open();
}

} // namespace wingmate::ui

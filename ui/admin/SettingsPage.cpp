#include "SettingsPage.h"

#include "RetentionDialog.h"
#include "backup/BackupService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wingmate::ui {

namespace {

QStringList linesOf(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

} // namespace

QWidget* SettingsPage::backupFolderField(QLineEdit* line)
{
    line->setPlaceholderText(
        tr("Beside the vault: %1")
            .arg(QDir::toNativeSeparators(BackupService::defaultBackupFolder(m_session.directory()))));
    line->setToolTip(
        tr("Wingmate backs up here when it closes and once a day while it runs, keeping the newest as "
           "many as set below. Best on another drive than the vault."));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    choose->setAutoDefault(false);
    choose->setEnabled(m_editable);
    choose->setVisible(m_editable);
    connect(choose, &QPushButton::clicked, this, [this, line] {
        const QString current = line->text().trimmed().isEmpty()
            ? BackupService::defaultBackupFolder(m_session.directory())
            : QDir::fromNativeSeparators(line->text().trimmed());
        auto* dialog = new QFileDialog(this, tr("Folder for backups"), current);
        dialog->setObjectName(QStringLiteral("backupFolderDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        connect(dialog, &QFileDialog::fileSelected, this, [this, line](const QString& folder) {
            line->setText(QDir::toNativeSeparators(folder));
            updateButtons();
        });
        dialog->open();
    });
    auto* field = new QWidget(this);
    auto* row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(line, 1);
    row->addWidget(choose);
    return field;
}

SettingsPage::SettingsPage(UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_editable(session.can(Operation::ChangeSettings))
    , m_error(new ErrorPanel(this))
    , m_savedLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    m_revertButton->setObjectName(QStringLiteral("revertSettingsButton"));
    m_savedLabel->setObjectName(QStringLiteral("settingsSavedLabel"));

    auto* heading = new QLabel(tr("Wing settings"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(m_editable
            ? tr("The wing's policy, kept in the vault. Every change is recorded in the audit log.")
            : tr("The wing's policy, kept in the vault. Only an administrator can change these settings."),
        this);
    intro->setObjectName(QStringLiteral("settingsIntro"));
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    QWidget* previous = nullptr;
    for (const Setting setting : WingSettings::all()) {
        QWidget* editor = nullptr;
        switch (WingSettings::type(setting)) {
        case WingSettings::Type::Text: {
            auto* line = new QLineEdit(this);
            line->setReadOnly(!m_editable);
            connect(line, &QLineEdit::textEdited, this, &SettingsPage::updateButtons);
            editor = line;
            break;
        }
        case WingSettings::Type::Integer: {
            auto* spin = new QSpinBox(this);
            // Core knows the real limits and says them when a value is outside.
            spin->setRange(0, 9999);
            spin->setReadOnly(!m_editable);
            spin->setButtonSymbols(m_editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
            spin->setMaximumWidth(spin->fontMetrics().averageCharWidth() * 14);
            connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::updateButtons);
            editor = spin;
            break;
        }
        case WingSettings::Type::TextList: {
            auto* list = new QPlainTextEdit(this);
            list->setReadOnly(!m_editable);
            list->setTabChangesFocus(true);
            list->setPlaceholderText(tr("One entry per line"));
            list->setToolTip(tr("One entry per line"));
            list->setFixedHeight(list->fontMetrics().lineSpacing() * 9);
            connect(list, &QPlainTextEdit::textChanged, this, &SettingsPage::updateButtons);
            editor = list;
            break;
        }
        }
        editor->setObjectName(WingSettings::key(setting));
        editor->setAccessibleName(WingSettings::label(setting));
        auto* label = new QLabel(tr("%1:").arg(WingSettings::label(setting)), this);
        label->setBuddy(editor);
        form->addRow(label,
            setting == Setting::BackupFolder ? backupFolderField(static_cast<QLineEdit*>(editor)) : editor);
        m_editors.insert(setting, editor);
        if (previous)
            setTabOrder(previous, editor);
        previous = editor;
    }

    auto* formHolder = new QWidget(this);
    formHolder->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(formHolder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_saveButton->setToolTip(tr("Save the changed settings (Ctrl+S)"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_savedLabel->setTextFormat(Qt::PlainText);
    auto* buttons = new QHBoxLayout;
    if (session.can(Operation::PurgeRecords)) {
        auto* retention = new QPushButton(tr("Retention and &purging…"), this);
        retention->setObjectName(QStringLiteral("retentionButton"));
        connect(retention, &QPushButton::clicked, this, [this] {
            auto* dialog = new RetentionDialog(m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            // The dialog may change the retention period: show what is stored.
            connect(dialog, &QDialog::finished, this, &SettingsPage::revert);
            dialog->open();
        });
        buttons->addWidget(retention);
    }
    buttons->addWidget(m_savedLabel, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    if (previous) {
        setTabOrder(previous, m_saveButton);
        setTabOrder(m_saveButton, m_revertButton);
    }
    m_saveButton->setVisible(m_editable);
    m_revertButton->setVisible(m_editable);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &SettingsPage::revert);

    revert();
}

QVariant SettingsPage::editorValue(Setting setting) const
{
    QWidget* editor = m_editors.value(setting);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text().trimmed();
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        return spin->value();
    if (auto* list = qobject_cast<QPlainTextEdit*>(editor))
        return linesOf(list->toPlainText());
    return {};
}

void SettingsPage::setEditorValue(Setting setting, const QVariant& value)
{
    QWidget* editor = m_editors.value(setting);
    const QSignalBlocker blocker(editor);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value.toString());
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.toInt());
    else if (auto* list = qobject_cast<QPlainTextEdit*>(editor))
        list->setPlainText(value.toStringList().join(QLatin1Char('\n')));
}

bool SettingsPage::hasChanges() const
{
    for (const Setting setting : WingSettings::all()) {
        if (editorValue(setting) != m_stored.value(setting))
            return true;
    }
    return false;
}

QString SettingsPage::errorMessage() const
{
    return m_error->isVisibleTo(this) ? m_error->message() : QString();
}

void SettingsPage::revert()
{
    m_error->clear();
    m_savedLabel->clear();
    if (Status status = m_session.requireUnlocked(); !status) {
        m_error->showStatus(status);
        return;
    }
    const WingSettings settings = m_session.settings();
    for (const Setting setting : WingSettings::all()) {
        QVariant value = settings.value(setting);
        // Stored in the editors' own shapes, so "changed" compares like with like.
        switch (WingSettings::type(setting)) {
        case WingSettings::Type::Text:
            value = value.toString();
            break;
        case WingSettings::Type::Integer:
            value = value.toInt();
            break;
        case WingSettings::Type::TextList:
            value = value.toStringList();
            break;
        }
        m_stored.insert(setting, value);
        setEditorValue(setting, value);
    }
    updateButtons();
}

bool SettingsPage::save()
{
    if (!m_editable)
        return false;
    m_error->clear();
    m_savedLabel->clear();
    // Check everything first, so one bad field does not leave the others
    // half saved.
    QList<Setting> changed;
    for (const Setting setting : WingSettings::all()) {
        const QVariant value = editorValue(setting);
        if (value == m_stored.value(setting))
            continue;
        if (const Result<QVariant> valid = WingSettings::validate(setting, value); !valid) {
            m_error->showStatus(valid.status());
            m_editors.value(setting)->setFocus();
            return false;
        }
        changed.append(setting);
    }
    for (const Setting setting : changed) {
        if (const Status status = m_session.changeSetting(setting, editorValue(setting)); !status) {
            m_error->showStatus(status);
            m_editors.value(setting)->setFocus();
            return false;
        }
        m_stored.insert(setting, editorValue(setting));
    }
    revert();
    m_savedLabel->setText(tr("Saved %n change(s).", nullptr, int(changed.size())));
    return true;
}

void SettingsPage::updateButtons()
{
    const bool changes = m_editable && hasChanges();
    m_saveButton->setEnabled(changes);
    m_revertButton->setEnabled(changes);
    if (changes)
        m_savedLabel->clear();
}

} // namespace wingmate::ui

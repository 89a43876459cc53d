#include "FirstRunVaultFolderPage.h"

#include "start/VaultFolders.h"
#include "storage/Vault.h"
#include "widgets/ErrorPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

namespace {

// The nearest folder that exists on the way up to path (path itself if it
// exists), so we can tell whether a missing folder could be created.
QString nearestExistingFolder(QString path)
{
    while (!path.isEmpty() && !QFileInfo::exists(path)) {
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    return path;
}

} // namespace

FirstRunVaultFolderPage::FirstRunVaultFolderPage(const QString& suggestedFolder, QWidget* parent)
    : QWizardPage(parent)
    , m_folderEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_note(new QLabel(this))
    , m_problem(new ErrorPanel(this))
    , m_openExistingButton(new QPushButton(tr("&Open this vault instead"), this))
{
    setObjectName(QStringLiteral("vaultFolderPage"));
    m_folderEdit->setObjectName(QStringLiteral("folderEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_note->setObjectName(QStringLiteral("folderNote"));
    m_openExistingButton->setObjectName(QStringLiteral("openExistingButton"));

    setTitle(tr("Where to keep the vault"));
    setSubTitle(tr("Wingmate keeps every record in one encrypted vault: a folder holding the encrypted "
                   "database and its key file."));

    auto* intro = new QLabel(tr("Choose a new or empty folder on this PC's own disk. Only people who "
                                "can sign in to Wingmate can read what is inside it."),
        this);
    intro->setWordWrap(true);

    auto* folderLabel = new QLabel(tr("Vault &folder:"), this);
    folderLabel->setBuddy(m_folderEdit);
    m_folderEdit->setText(QDir::toNativeSeparators(suggestedFolder));
    m_folderEdit->setClearButtonEnabled(true);
    m_browseButton->setAutoDefault(false);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_openExistingButton->setAutoDefault(false);
    m_openExistingButton->hide();

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browseButton);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_openExistingButton);
    openRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(layout->spacing() * 2);
    layout->addWidget(folderLabel);
    layout->addLayout(folderRow);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addLayout(openRow);
    layout->addStretch(1);

    registerField(QString::fromLatin1(FolderField), m_folderEdit);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &FirstRunVaultFolderPage::checkFolder);
    connect(m_browseButton, &QPushButton::clicked, this, &FirstRunVaultFolderPage::browse);
    connect(m_openExistingButton, &QPushButton::clicked, this,
        [this] { Q_EMIT openExistingVaultRequested(cleanVaultFolder(m_folderEdit->text())); });
    checkFolder();
}

QString FirstRunVaultFolderPage::folder() const
{
    return m_usable ? cleanVaultFolder(m_folderEdit->text()) : QString();
}

bool FirstRunVaultFolderPage::isComplete() const
{
    return m_usable;
}

void FirstRunVaultFolderPage::browse()
{
    // Start from the nearest folder that exists, so the dialog opens near the
    // suggestion even before the vault folder is made.
    const QString start = nearestExistingFolder(cleanVaultFolder(m_folderEdit->text()));
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Choose a folder for the vault"), start.isEmpty() ? QDir::homePath() : start);
    if (!chosen.isEmpty())
        m_folderEdit->setText(QDir::toNativeSeparators(chosen));
}

void FirstRunVaultFolderPage::checkFolder()
{
    const QString path = cleanVaultFolder(m_folderEdit->text());
    const QFileInfo info(path);
    bool holdsVault = false;
    QString note;
    QString problem;
    m_usable = false;

    if (m_folderEdit->text().trimmed().isEmpty()) {
        note = tr("Enter the folder for the vault, or choose one with Browse.");
    } else if (path.isEmpty()) {
        problem = tr("Enter the full path of the folder, starting with /.");
    } else if (info.exists() && !info.isDir()) {
        problem = tr("That is a file, not a folder.");
    } else if (Vault::exists(path)) {
        holdsVault = true;
        problem = tr("This folder already holds a Wingmate vault. Choose another folder for a new vault, "
                     "or open this one.");
    } else if (!isEmptyOrMissingFolder(path)) {
        problem = tr("This folder already has other files in it. Choose an empty folder, or type the name "
                     "of a new one.");
    } else if (info.exists() && !info.isWritable()) {
        problem = tr("Wingmate is not allowed to write to this folder.");
    } else if (!info.exists()) {
        const QFileInfo parent(nearestExistingFolder(path));
        if (!parent.isDir() || !parent.isWritable()) {
            problem = tr("Wingmate is not allowed to make a folder there.");
        } else {
            m_usable = true;
            note = tr("The folder will be made when the vault is created.");
        }
    } else {
        m_usable = true;
        note = tr("The folder is empty and ready for the vault.");
    }

    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_problem->showMessage(problem);
    m_openExistingButton->setVisible(holdsVault);
    Q_EMIT completeChanged();
}

} // namespace wingmate::ui

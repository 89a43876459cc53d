#include "HelpBrowser.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace wingmate::ui {

namespace {

const QString HelpFolder = QStringLiteral(":/help");
const QString ContentsPage = QStringLiteral("index.html");

// A button of the help window's own bar.
QToolButton* toolButton(QWidget* parent, const QString& name, const QString& text, const QString& tip,
    const QKeySequence& shortcut)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setShortcut(shortcut);
    return button;
}

} // namespace

HelpBrowser::HelpBrowser(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Wingmate Help"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setAccessibleName(tr("Help page"));
    // The wing PC is offline: every link stays inside the help.
    m_text->setOpenExternalLinks(false);
    m_text->setOpenLinks(true);

    auto* back = toolButton(this, QStringLiteral("helpBackButton"), tr("&Back"),
        tr("The page before (Alt+Left)"), QKeySequence::Back);
    back->setEnabled(false);
    connect(back, &QToolButton::clicked, m_text, &QTextBrowser::backward);
    connect(m_text, &QTextBrowser::backwardAvailable, back, &QToolButton::setEnabled);
    auto* forward = toolButton(this, QStringLiteral("helpForwardButton"), tr("&Forward"),
        tr("The page after (Alt+Right)"), QKeySequence::Forward);
    forward->setEnabled(false);
    connect(forward, &QToolButton::clicked, m_text, &QTextBrowser::forward);
    connect(m_text, &QTextBrowser::forwardAvailable, forward, &QToolButton::setEnabled);
    auto* contents = toolButton(this, QStringLiteral("helpContentsButton"), tr("&Contents"),
        tr("Go to the list of help pages (Alt+Home)"), QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(contents, &QToolButton::clicked, this, [this] { showPage(ContentsPage); });

    auto* close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    connect(m_text, &QTextBrowser::sourceChanged, this,
        [this] { setWindowTitle(tr("Wingmate Help — %1").arg(currentTitle())); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(forward);
    buttons->addWidget(contents);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_text, 1);

    resize(720, 640);
}

QUrl HelpBrowser::pageUrl(const QString& page)
{
    return QUrl(QStringLiteral("qrc:/help/") + page);
}

QString HelpBrowser::pageForSection(const QString& sectionKey)
{
    const QString page = sectionKey + QStringLiteral(".html");
    return !sectionKey.isEmpty() && QFile::exists(HelpFolder + QLatin1Char('/') + page) ? page : ContentsPage;
}

QStringList HelpBrowser::pages()
{
    return QDir(HelpFolder).entryList({ QStringLiteral("*.html") }, QDir::Files, QDir::Name);
}

void HelpBrowser::showPage(const QString& page)
{
    m_text->setSource(pageUrl(page));
    show();
    raise();
    activateWindow();
}

void HelpBrowser::closeEvent(QCloseEvent* event)
{
    // Back to the window the help was opened from, so the keyboard carries on
    // there even without a window manager choosing where focus goes.
    if (QWidget* opener = parentWidget())
        opener->activateWindow();
    QWidget::closeEvent(event);
}

QUrl HelpBrowser::currentUrl() const
{
    return m_text->source();
}

QString HelpBrowser::currentTitle() const
{
    return m_text->documentTitle();
}

} // namespace wingmate::ui

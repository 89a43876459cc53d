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

} // namespace

HelpBrowser::HelpBrowser(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_text(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Wingmate Help"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setAccessibleName(tr("Help page"));
    // The wing PC is offline: every link stays inside the help.
    m_text->setOpenExternalLinks(false);
    m_text->setOpenLinks(true);

    auto* contents = new QToolButton(this);
    contents->setObjectName(QStringLiteral("helpContentsButton"));
    contents->setText(tr("&Contents"));
    contents->setToolTip(tr("Go to the list of help pages (Alt+Home)"));
    contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(contents, &QToolButton::clicked, this, [this] { showPage(ContentsPage); });

    m_back->setObjectName(QStringLiteral("helpBackButton"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("The page before (Alt+Left)"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_text, &QTextBrowser::backward);
    connect(m_text, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);

    m_forward->setObjectName(QStringLiteral("helpForwardButton"));
    m_forward->setText(tr("&Forward"));
    m_forward->setToolTip(tr("The page after (Alt+Right)"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    connect(m_forward, &QToolButton::clicked, m_text, &QTextBrowser::forward);
    connect(m_text, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);

    auto* close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    connect(m_text, &QTextBrowser::sourceChanged, this, [this] {
        setWindowTitle(tr("Wingmate Help — %1").arg(currentTitle()));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addWidget(contents);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_text, 1);

    resize(720, 640);
}

QUrl HelpBrowser::pageUrl(const QString& page) { return QUrl(QStringLiteral("qrc:/help/") + page); }

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

QUrl HelpBrowser::currentUrl() const { return m_text->source(); }

QString HelpBrowser::currentTitle() const { return m_text->documentTitle(); }

} // namespace wingmate::ui

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace wingmate {

namespace {

// Translations are compiled into the program (resources/CMakeLists.txt).
const QString OwnTranslations = QStringLiteral(":/i18n");

bool install(QTranslator* translator, bool loaded)
{
    if (loaded)
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}

} // namespace

QString installTranslations()
{
    QCoreApplication* app = QCoreApplication::instance();
    Q_ASSERT(app);
    const QLocale locale;

    auto* qt = new QTranslator(app);
    install(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)));

    auto* own = new QTranslator(app);
    const bool loaded = own->load(locale, QStringLiteral("wingmate"), QStringLiteral("_"), OwnTranslations)
        || own->load(QStringLiteral("wingmate_en"), OwnTranslations);
    if (!loaded) {
        delete own;
        return {};
    }
    const QString language = own->language();
    return install(own, true) ? language : QString();
}

} // namespace wingmate

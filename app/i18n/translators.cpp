#include "app/i18n/translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace ic {

Translators::Translators(const QLocale &locale)
{
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    if (m_ours.load(locale, QStringLiteral("influencecore"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        m_oursInstalled = QCoreApplication::installTranslator(&m_ours);
}

Translators::~Translators()
{
    if (m_oursInstalled)
        QCoreApplication::removeTranslator(&m_ours);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

} // namespace ic

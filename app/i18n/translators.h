#pragma once

#include <QLocale>
#include <QTranslator>

namespace ic {

// Qt's own translations (dialog buttons, --help) and ours, the .qm files embedded under
// :/i18n by the ic_i18n library, installed on the application for as long as this lives.
// Both executables and the translation tests use it, so they look up the same files.
class Translators final {
public:
    explicit Translators(const QLocale &locale = QLocale());
    ~Translators();
    Q_DISABLE_COPY_MOVE(Translators)

    // Whether our own translation for the locale was found (English needs none).
    bool hasOurs() const { return m_oursInstalled; }

private:
    QTranslator m_qt;
    QTranslator m_ours;
    bool m_qtInstalled = false;
    bool m_oursInstalled = false;
};

} // namespace ic

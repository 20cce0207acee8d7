// Runs as a person in France would, with the system locale French (main() below sets it
// before Qt reads it): the sentences of the services and of influencecore-cli come out in
// French, from the same :/i18n files the application embeds.
#include "app/i18n/translators.h"
#include "models/money.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ic;

namespace {

// The French environment, for this process and for the CLI it starts.
constexpr std::pair<const char *, const char *> frenchEnvironment[] = {
    {"LANGUAGE", "fr"}, {"LC_ALL", "fr_FR.UTF-8"}, {"LANG", "fr_FR.UTF-8"}};

} // namespace

TEST(Translations, TheSystemLocaleIsFrench)
{
    EXPECT_EQ(QLocale().language(), QLocale::French);
    const Translators translators;
    EXPECT_TRUE(translators.hasOurs());
}

TEST(Translations, AServiceRefusalIsInFrench)
{
    const Translators translators;
    const auto parsed = Money::parse(u"douze"_qs, u"EUR"_qs, QLocale());
    ASSERT_FALSE(parsed);
    // French typography: guillemets with no-break spaces inside, no-break space before ";".
    EXPECT_EQ(
        parsed.error().message,
        u"«\u00a0douze\u00a0» n’est pas un montant\u00a0; saisissez-le sous la forme 1234,50."_qs);
}

TEST(Translations, TheCliAnswersInFrench)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QTemporaryDir home; // a data folder of the test's own
    env.insert(u"XDG_DATA_HOME"_qs, home.path());
    for (const auto &[name, value] : frenchEnvironment)
        env.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(IC_CLI_PATH), {u"nonsense"_qs});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    EXPECT_EQ(err, u"«\u00a0nonsense\u00a0» n’est pas une commande d’influencecore-cli\u00a0; "
                   "lancez influencecore-cli --help pour en avoir la liste."_qs)
        << err.toStdString();
}

int main(int argc, char **argv)
{
    for (const auto &[name, value] : frenchEnvironment)
        qputenv(name, value);
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

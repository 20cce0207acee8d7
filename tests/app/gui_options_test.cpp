// The desktop program's start-up options (--database, --demo and the hidden --as,
// --preview-width) and the books it refuses to open (a newer schema, a bad address), each
// refused in one sentence that names the value, the book left as it was and no book
// created. The program says a refusal in a message box and on its standard error; the test
// reads the latter, then ends the program, which waits for the box to be closed.
#include "services/storage/database.h"
#include "services/storage/migrator.h"
#include "tests/app/clirun.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace ic;
using namespace ic::test;

namespace {

struct Started {
    QString said;       // the first line on standard error that reads as a sentence
    bool ended = false; // the program ended by itself (it may, before showing the box)
    int exitCode = -1;
};

// Starts the program offscreen with its data and settings in `home`; returns once it has
// said a sentence, ended, or 60 s passed; the program is then ended.
Started startProgram(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    env.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_qs, u"1"_qs);
    env.insert(u"XDG_DATA_HOME"_qs, home + u"/data"_qs);
    env.insert(u"XDG_CONFIG_HOME"_qs, home + u"/config"_qs);
    env.insert(u"LANGUAGE"_qs, u"en"_qs);
    env.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(IC_GUI_PATH), arguments);
    Started out;
    if (!process.waitForStarted(30000)) {
        ADD_FAILURE() << "the program did not start";
        return out;
    }
    // Qt's own notes (offscreen, runtime folder, fonts) are lines of their own: the sentence is
    // the first line that is none of them.
    auto sentenceIn = [](const QByteArray &err) {
        static const QStringList noise{u"QStandardPaths:"_qs, u"This plugin does not support"_qs,
                                       u"qt."_qs, u"Fontconfig"_qs, u"js:"_qs};
        for (const QString &line : QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts)) {
            const QString l = line.trimmed();
            if (std::none_of(noise.begin(), noise.end(),
                             [&l](const QString &n) { return l.startsWith(n); }) &&
                (l.endsWith(u'.') || l.endsWith(u'?')))
                return l;
        }
        return QString();
    };
    QByteArray err;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (process.waitForFinished(50)) {
            out.ended = true;
            out.exitCode = process.exitCode();
            err += process.readAllStandardError();
            break;
        }
        err += process.readAllStandardError();
        if (!sentenceIn(err).isEmpty())
            break;
    }
    if (!out.ended) {
        process.kill();
        process.waitForFinished(10000);
    }
    out.said = sentenceIn(err);
    if (out.said.isEmpty())
        ADD_FAILURE() << "the program said no sentence within 60 s: " << err.toStdString();
    return out;
}

} // namespace

TEST(GuiOptions, BadStartUpOptionsAreRefusedAndNoBookIsCreated)
{
    QTemporaryDir home;
    struct Case {
        QStringList arguments;
        QString sentence;
    };
    const Case cases[] = {
        {{u"--database"_qs, u"book.sqlite"_qs, u"--demo"_qs},
         u"Give either --database or --demo, not both."_qs},
        {{u"--demo"_qs, u"--as"_qs, u"nobody"_qs},
         u"There is no role called \"nobody\"; give admin, accountant or support."_qs},
        {{u"--as"_qs, u"admin"_qs},
         u"--as signs in to the demo book only: give --demo with it."_qs},
        {{u"--demo"_qs, u"--as"_qs, u"admin"_qs, u"--preview-width"_qs, u"watch"_qs},
         u"There is no preview width called \"watch\"; give phone, tablet or desktop."_qs},
    };
    for (const Case &c : cases) {
        const Started run = startProgram(c.arguments, home.path());
        EXPECT_EQ(run.said, c.sentence) << c.arguments.join(u' ').toStdString();
        if (run.ended) {
            EXPECT_EQ(run.exitCode, 2);
        }
        // Refused before any book is opened: neither the demo book nor the default one.
        EXPECT_TRUE(filesUnder(home.path() + u"/data"_qs).isEmpty())
            << c.arguments.join(u' ').toStdString() << ": a book was created";
    }
}

TEST(GuiOptions, ABookOfANewerSchemaOrABadAddressIsRefusedAndLeftAsItWas)
{
    QTemporaryDir home;
    const QString future = home.filePath(u"future.sqlite"_qs);
    {
        auto db = Database::open(ConnectionSpec::sqlite(future), Database::Open::CreateIfMissing);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(Migrator(*db).migrate().has_value());
        ASSERT_TRUE(db->exec(u"INSERT INTO schema_version (version, name, applied_at) VALUES "
                             u"(999, 'future', 'x')"_qs)
                        .has_value());
        ASSERT_TRUE(db->execDirect(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs).has_value());
    }
    const QByteArray before = digestOf(future);
    Started run = startProgram({u"--database"_qs, future}, home.path());
    EXPECT_TRUE(run.said.contains(u"newer"_qs)) << run.said.toStdString();
    EXPECT_TRUE(run.said.contains(u"schema 999"_qs)) << run.said.toStdString();
    EXPECT_EQ(digestOf(future), before);

    const QString address = u"postgresql://ic@127.0.0.1:99999/book"_qs;
    run = startProgram({u"--database"_qs, address}, home.path());
    EXPECT_EQ(run.said, u"\""_qs + address +
                            u"\" is not a PostgreSQL address; write it like "
                            u"postgresql://user@host:5432/database."_qs);
    const QString missing = home.filePath(u"no-such-folder/book.sqlite"_qs);
    run = startProgram({u"--database"_qs, missing}, home.path());
    EXPECT_TRUE(run.said.contains(u"no-such-folder"_qs)) << run.said.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_TRUE(filesUnder(home.path() + u"/data"_qs).isEmpty());
}

#pragma once

// Runs influencecore-cli as a person would, as a separate process, with a data folder of the
// tests' own (so the default book is never the person's), bounded in time.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ic::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// The data folder every run uses unless `extra` gives XDG_DATA_HOME.
inline QString cliDataHome()
{
    static QTemporaryDir home;
    return home.path();
}

inline CliRun cli(const QStringList &arguments, const QProcessEnvironment &extra = {},
                  int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), cliDataHome());
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en")); // the English sentences
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(IC_CLI_PATH), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        ADD_FAILURE() << "influencecore-cli " << arguments.join(QLatin1Char(' ')).toStdString()
                      << " did not finish within " << timeoutMs / 1000 << " s: killed";
        process.kill();
        process.waitForFinished(5000);
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline QByteArray digestOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// One clear sentence: a single line that ends with a full stop or a question mark.
inline void expectOneSentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    EXPECT_FALSE(trimmed.isEmpty());
    EXPECT_FALSE(trimmed.contains(QLatin1Char('\n'))) << trimmed.toStdString();
    EXPECT_TRUE(trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QLatin1Char('?')))
        << trimmed.toStdString();
}

// Every file under `folder` with its digest: a refusal leaves this as it was.
inline QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        files.insert(name, digestOf(dir.filePath(name)));
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        for (auto [name, digest] : filesUnder(dir.filePath(sub)).asKeyValueRange())
            files.insert(sub + QLatin1Char('/') + name, digest);
    return files;
}

} // namespace ic::test

// Run by tests/services/keys_test.cpp in a process whose session bus does not exist: tries
// to store a secret in the system keychain and prints the refusal for the test to read.
#include "services/security/keys.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString service =
        QStringLiteral("InfluenceCore tests ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto written =
        ic::SystemKeychain(service).write(QStringLiteral("s3 key"), QStringLiteral("secret"));
    if (written) {
        std::printf("STORED\n");
        return 1;
    }
    std::printf("SENTENCE:%s\n", qPrintable(written.error().message));
    std::printf("CODE:%d\n", int(written.error().code));
    return 0;
}

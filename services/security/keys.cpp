#include "services/security/keys.h"

#include "models/tr.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace ic {

namespace {

Error errorOf(const QKeychain::Job &job, const QString &key)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {ErrorCode::NotFound,
                Tr::tr("Nothing is stored in the system keychain for %1.").arg(key)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {
            ErrorCode::AccessDenied,
            Tr::tr("The system keychain refused access to %1; unlock it and try again.").arg(key)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {ErrorCode::Unavailable, Tr::tr("No system keychain is available (start GNOME "
                                               "Keyring or KWallet in your session): the keys "
                                               "are kept nowhere else.")};
    default:
        return {
            ErrorCode::Unavailable,
            Tr::tr("The system keychain could not be used (%1): the keys are kept nowhere else.")
                .arg(job.errorString())};
    }
}

template <typename JobType> void runAndWait(JobType &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

SystemKeychain::SystemKeychain(QString service)
    : m_service(std::move(service))
{
}

Result<QString> SystemKeychain::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runAndWait(job);
    if (job.error() != QKeychain::NoError)
        return std::unexpected(errorOf(job, key));
    return job.textData();
}

Done SystemKeychain::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    runAndWait(job);
    if (job.error() != QKeychain::NoError)
        return std::unexpected(errorOf(job, key));
    return {};
}

Done SystemKeychain::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runAndWait(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return std::unexpected(errorOf(job, key));
    return {};
}

} // namespace ic

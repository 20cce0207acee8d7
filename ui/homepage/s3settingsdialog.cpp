#include "ui/homepage/s3settingsdialog.h"

#include "services/publish/publishsettings.h"
#include "services/security/keys.h"
#include "ui/common/fielderror.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

namespace {

QWidget *withError(QWidget *field, FieldError *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

S3SettingsDialog::S3SettingsDialog(Database &db, SecretStore &keychain, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_keychain(keychain)
    , m_endpoint(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_bucket(new QLineEdit(this))
    , m_pathStyle(new QCheckBox(tr("Address the bucket as &endpoint/bucket"), this))
    , m_siteUrl(new QLineEdit(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_keysState(new QLabel(this))
    , m_endpointError(new FieldError(this))
    , m_regionError(new FieldError(this))
    , m_bucketError(new FieldError(this))
    , m_siteUrlError(new FieldError(this))
    , m_keysError(new FieldError(this))
    , m_error(new FieldError(this))
{
    setWindowTitle(tr("S3 Settings"));
    m_endpoint->setPlaceholderText(u"https://s3.eu-west-3.amazonaws.com"_qs);
    m_region->setPlaceholderText(u"us-east-1"_qs);
    m_siteUrl->setPlaceholderText(tr("https://www.example.com/ (empty: the bucket's address)"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_keysState->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("E&ndpoint:"), withError(m_endpoint, m_endpointError));
    form->addRow(tr("&Region:"), withError(m_region, m_regionError));
    form->addRow(tr("&Bucket:"), withError(m_bucket, m_bucketError));
    form->addRow(QString(), m_pathStyle);
    form->addRow(tr("&Site address:"), withError(m_siteUrl, m_siteUrlError));
    form->addRow(tr("&Access key id:"), m_accessKeyId);
    form->addRow(tr("Secret access &key:"), withError(m_secret, m_keysError));
    form->addRow(QString(), m_keysState);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
}

FieldError *S3SettingsDialog::errorFor(const QString &field) const
{
    if (field == u"endpoint")
        return m_endpointError;
    if (field == u"region")
        return m_regionError;
    if (field == u"bucket")
        return m_bucketError;
    if (field == u"siteUrl")
        return m_siteUrlError;
    if (field == u"keys")
        return m_keysError;
    return m_error;
}

void S3SettingsDialog::load()
{
    auto settings = PublishSettings::load(m_db);
    if (!settings) {
        m_error->setSentence(settings.error().message);
        return;
    }
    m_endpoint->setText(settings->endpoint.toString());
    m_region->setText(settings->region);
    m_bucket->setText(settings->bucket);
    m_pathStyle->setChecked(settings->pathStyle);
    m_siteUrl->setText(settings->siteUrl);
    if (!settings->isConfigured()) {
        m_keysState->setText(tr("The keys are kept in the system keychain, never in the book."));
        return;
    }
    auto id = m_keychain.read(PublishSettings::accessKeyIdKey(settings->endpoint));
    if (id) {
        m_accessKeyId->setText(*id);
        m_keysState->setText(
            tr("The secret is stored in the system keychain; type a new one to replace it."));
    } else if (id.error().code == ErrorCode::NotFound) {
        m_keysState->setText(
            tr("No keys are stored for this endpoint yet; they go to the system keychain."));
    } else {
        m_keysError->setSentence(id.error().message);
    }
}

bool S3SettingsDialog::save()
{
    for (FieldError *e :
         {m_endpointError, m_regionError, m_bucketError, m_siteUrlError, m_keysError, m_error})
        e->setSentence({});
    PublishSettings s;
    s.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    s.region = m_region->text().trimmed().isEmpty() ? u"us-east-1"_qs : m_region->text().trimmed();
    s.bucket = m_bucket->text().trimmed();
    s.pathStyle = m_pathStyle->isChecked();
    s.siteUrl = m_siteUrl->text().trimmed();
    if (auto problem = s.problem()) {
        FieldError *where = errorFor(problem->field);
        where->setSentence(problem->message);
        return false;
    }
    const QString id = m_accessKeyId->text().trimmed();
    const QString secret = m_secret->text();
    if (!secret.isEmpty() && id.isEmpty()) {
        m_keysError->setSentence(tr("Give the access key id that goes with this secret."));
        return false;
    }
    // The keys first: a keychain that refuses leaves the book's settings as they were.
    if (!secret.isEmpty()) {
        if (auto stored = PublishSettings::storeKeys(m_keychain, s.endpoint, id, secret); !stored) {
            m_keysError->setSentence(stored.error().message);
            return false;
        }
        m_secret->clear();
    }
    if (auto saved = s.save(m_db); !saved) {
        m_error->setSentence(saved.error().message);
        return false;
    }
    return true;
}

} // namespace ic

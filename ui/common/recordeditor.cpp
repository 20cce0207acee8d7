#include "ui/common/recordeditor.h"

#include "models/result.h"
#include "services/security/session.h"
#include "ui/common/fielderror.h"
#include "ui/common/readonlyform.h"
#include "ui/common/undoableform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ic {

RecordEditor::RecordEditor(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_form(new UndoableForm(this))
    , m_title(new QLabel(this))
    , m_readOnlyNote(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::Bold);
    m_title->setFont(titleFont);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    m_readOnlyNote->hide();
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fbeaea; color: #8a1f14; border: 1px solid #e6b8b3; padding: 6px;"));
    m_banner->hide();
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert->setObjectName(QStringLiteral("revert"));

    connect(m_form, &UndoableForm::changed, this, [this](int field) {
        setError(field, QString());
        updateButtons();
    });
    connect(m_form->undoStack(), &QUndoStack::cleanChanged, this, &RecordEditor::updateButtons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { revert(); });
    setEnabled(false);
    updateButtons();
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::finishLayout(QFormLayout *form, QPushButton *extraButton)
{
    auto *buttons = new QHBoxLayout;
    if (extraButton)
        buttons->addWidget(extraButton);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

QLineEdit *RecordEditor::newLineEdit(int field, const QString &label, const char *name,
                                     const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    m_edits.insert(field, edit);
    m_form->bind(field, edit);
    m_form->setLabel(field, label);
    return edit;
}

FieldError *RecordEditor::newFieldError(int field, const char *name)
{
    auto *error = new FieldError(this);
    error->setObjectName(QLatin1String(name) + u"Error");
    m_errors.insert(field, error);
    return error;
}

QUndoStack *RecordEditor::undoStack() const
{
    return m_form->undoStack();
}

QString RecordEditor::fieldError(int field) const
{
    const FieldError *e = m_errors.value(field);
    return e && !e->isHidden() ? e->text() : QString();
}

QString RecordEditor::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool RecordEditor::isModified() const
{
    return m_hasRecord && (!m_form->undoStack()->isClean() || m_recordId == 0);
}

QString RecordEditor::signInFirst()
{
    return tr("Sign in to change the catalogue.");
}

void RecordEditor::setSession(const Session *session)
{
    m_session = session;
    const Done may = session ? require(*session, Permission::EditCatalog)
                             : failure(ErrorCode::Forbidden, signInFirst());
    m_readOnly = !may.has_value();
    m_readOnlyNote->setText(may ? QString() : may.error().message);
    m_readOnlyNote->setVisible(m_readOnly);
    setFormReadOnly(this, m_readOnly);
    m_save->setVisible(!m_readOnly);
    m_revert->setVisible(!m_readOnly);
    updateButtons();
}

QString RecordEditor::readOnlyText() const
{
    return m_readOnly ? m_readOnlyNote->text() : QString();
}

void RecordEditor::setDatabase(Database *db)
{
    m_db = db;
    forgetRecord();
    m_hasRecord = false;
    m_recordId = 0;
    setEnabled(false);
    m_title->clear();
}

void RecordEditor::beginLoad(qint64 id, const QString &title)
{
    m_hasRecord = true;
    m_recordId = id;
    setEnabled(true);
    m_title->setText(title);
    clearErrors();
    showBanner(QString());
}

void RecordEditor::endLoad()
{
    m_form->undoStack()->clear();
    updateButtons();
}

void RecordEditor::clearErrors()
{
    for (FieldError *e : std::as_const(m_errors))
        e->setSentence(QString());
}

void RecordEditor::setError(int field, const QString &sentence)
{
    if (FieldError *e = m_errors.value(field))
        e->setSentence(sentence);
}

void RecordEditor::showBanner(const QString &sentence)
{
    m_banner->setText(sentence);
    m_banner->setVisible(!sentence.isEmpty());
}

void RecordEditor::updateButtons()
{
    m_save->setEnabled(isModified());
    m_revert->setEnabled(isModified());
}

} // namespace ic

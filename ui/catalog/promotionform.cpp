// PromotionEditor, reading the form back: every field parsed in the person's locale and
// checked, each refusal named beside its field.

#include "ui/catalog/promotioneditor.h"

#include "ui/catalog/amounttext.h"
#include "ui/common/undoableform.h"

#include <QLocale>

namespace ic {

std::optional<Promotion> PromotionEditor::promotionFromForm()
{
    clearErrors();
    const QLocale loc = locale();
    Promotion p = m_original;
    bool ok = true;
    p.code = m_form->value(Code).toString().trimmed();
    p.name = m_form->value(Name).toString().trimmed();
    p.description = m_form->value(Description).toString().trimmed();
    if (p.code.isEmpty()) {
        setError(Code, tr("A promotion needs a code."));
        ok = false;
    }
    if (p.name.isEmpty()) {
        setError(Name, tr("A promotion needs a name."));
        ok = false;
    }
    p.type =
        discountTypeFromString(m_form->value(Type).toString()).value_or(DiscountType::Percentage);
    const QString currency = m_form->value(Currency).toString();
    const QString valueText = m_form->value(Value).toString().trimmed();
    if (p.type == DiscountType::Percentage) {
        p.amount.reset();
        QString digits = valueText;
        digits.remove(u'%').remove(QChar(0x202f));
        // Read as an amount of a two-digit currency, the minor units are basis points.
        auto read = Money::parse(digits, QStringLiteral("EUR"), loc);
        if (!read || read->isNegative()) {
            setError(Value, tr("\"%1\" is not a percentage; type it like %2.")
                                .arg(valueText, percentText(1250, loc)));
            ok = false;
        } else if (read->minor() > 10000) {
            setError(Value, tr("A percentage discount cannot be more than 100 %."));
            ok = false;
        } else {
            p.percentBp = int(read->minor());
        }
    } else {
        p.percentBp = 0;
        auto amount = Money::parse(valueText, currency, loc);
        if (!amount) {
            setError(Value, amount.error().message);
            ok = false;
        } else if (amount->isNegative()) {
            setError(Value, tr("A fixed discount cannot be negative."));
            ok = false;
        } else {
            p.amount = *amount;
        }
    }
    auto readCount = [&](Field field, std::optional<int> &out) {
        const QString text = m_form->value(field).toString().trimmed();
        if (text.isEmpty()) {
            out.reset();
            return;
        }
        bool isNumber = false;
        const int n = loc.toInt(text, &isNumber);
        if (!isNumber || n < 0) {
            setError(MaxUses,
                     tr("\"%1\" is not a number of uses; leave it blank for no limit.").arg(text));
            ok = false;
            return;
        }
        out = n;
    };
    readCount(MaxUses, p.maxUses);
    readCount(MaxUsesPerCustomer, p.maxUsesPerCustomer);
    p.appliesTo = promotionScopeFromString(m_form->value(AppliesTo).toString())
                      .value_or(PromotionScope::Both);
    p.startsOn = m_form->value(StartsOn).toDate();
    p.endsOn = m_form->value(EndsOn).toDate();
    if (p.startsOn.isValid() && p.endsOn.isValid() && p.endsOn < p.startsOn) {
        setError(EndsOn, tr("The promotion would end on %1, before it starts on %2.")
                             .arg(loc.toString(p.endsOn, QLocale::LongFormat),
                                  loc.toString(p.startsOn, QLocale::LongFormat)));
        ok = false;
    }
    p.isActive = m_form->value(IsActive).toBool();
    p.autoApply = m_form->value(AutoApply).toBool();
    p.autoNewCustomersOnly = m_form->value(AutoNewCustomersOnly).toBool();
    p.isStackable = m_form->value(IsStackable).toBool();
    const QString minimumText = m_form->value(AutoMinimum).toString().trimmed();
    if (minimumText.isEmpty()) {
        p.autoMinimumAmount.reset();
    } else {
        auto minimum = Money::parse(minimumText, currency, loc);
        if (!minimum) {
            setError(AutoMinimum, minimum.error().message);
            ok = false;
        } else {
            p.autoMinimumAmount = *minimum;
        }
    }
    p.planIds.clear();
    for (const QVariant &id : m_form->value(Plans).toList())
        p.planIds.append(id.toLongLong());
    p.serviceIds.clear();
    for (const QVariant &id : m_form->value(Services).toList())
        p.serviceIds.append(id.toLongLong());
    if (!ok)
        return std::nullopt;
    return p;
}

} // namespace ic

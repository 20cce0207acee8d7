#include "services/storage/partysnapshot.h"

#include "services/storage/customerrepository.h"
#include "services/storage/rowvalues.h"
#include "services/storage/selleridentitystore.h"

namespace ic {

QJsonObject sellerJson(const SellerIdentity &s)
{
    return {
        {u"legal_name"_qs, s.legalName},
        {u"legal_form"_qs, s.legalForm},
        {u"share_capital"_qs, s.shareCapital},
        {u"address_lines"_qs, s.addressLines},
        {u"postal_code"_qs, s.postalCode},
        {u"city"_qs, s.city},
        {u"country"_qs, s.country},
        {u"siren"_qs, s.siren},
        {u"siret"_qs, s.siret},
        {u"rcs_city"_qs, s.rcsCity},
        {u"vat_number"_qs, s.vatNumber},
        {u"iban"_qs, s.iban},
        {u"bic"_qs, s.bic},
        {u"email"_qs, s.email},
        {u"phone"_qs, s.phone},
        {u"late_penalty_sentence"_qs, s.latePenaltySentence},
        {u"late_penalty_rate_bp"_qs, s.latePenaltyRateBp},
        {u"early_payment_discount"_qs, s.earlyPaymentDiscount},
        {u"footer"_qs, s.footer},
        {u"logo_path"_qs, s.logoPath},
    };
}

SellerIdentity sellerFromJson(const QJsonObject &j)
{
    SellerIdentity s;
    s.legalName = j.value(u"legal_name").toString();
    s.legalForm = j.value(u"legal_form").toString();
    s.shareCapital = j.value(u"share_capital").toString();
    s.addressLines = j.value(u"address_lines").toString();
    s.postalCode = j.value(u"postal_code").toString();
    s.city = j.value(u"city").toString();
    s.country = j.value(u"country").toString(u"FR"_qs);
    s.siren = j.value(u"siren").toString();
    s.siret = j.value(u"siret").toString();
    s.rcsCity = j.value(u"rcs_city").toString();
    s.vatNumber = j.value(u"vat_number").toString();
    s.iban = j.value(u"iban").toString();
    s.bic = j.value(u"bic").toString();
    s.email = j.value(u"email").toString();
    s.phone = j.value(u"phone").toString();
    s.latePenaltySentence = j.value(u"late_penalty_sentence").toString();
    s.latePenaltyRateBp = j.value(u"late_penalty_rate_bp").toInt();
    s.earlyPaymentDiscount = j.value(u"early_payment_discount").toString();
    s.footer = j.value(u"footer").toString();
    s.logoPath = j.value(u"logo_path").toString();
    return s;
}

QJsonObject buyerJson(const Customer &c)
{
    return {
        {u"id"_qs, c.id},
        {u"name"_qs, c.name},
        {u"company"_qs, c.company},
        {u"email"_qs, c.email},
        {u"language"_qs, c.language},
        {u"address_lines"_qs, c.addressLines},
        {u"postal_code"_qs, c.postalCode},
        {u"city"_qs, c.city},
        {u"country"_qs, c.country},
        {u"vat_number"_qs, c.vatNumber},
        {u"siren"_qs, c.siren},
    };
}

Customer buyerFromJson(const QJsonObject &j)
{
    Customer c;
    c.id = j.value(u"id").toInteger();
    c.name = j.value(u"name").toString();
    c.company = j.value(u"company").toString();
    c.email = j.value(u"email").toString();
    c.language = j.value(u"language").toString(u"en"_qs);
    c.addressLines = j.value(u"address_lines").toString();
    c.postalCode = j.value(u"postal_code").toString();
    c.city = j.value(u"city").toString();
    c.country = j.value(u"country").toString();
    c.vatNumber = j.value(u"vat_number").toString();
    c.siren = j.value(u"siren").toString();
    return c;
}

Result<PartySnapshot> takePartySnapshot(Database &db, qint64 customerId)
{
    auto seller = SellerIdentityStore(db).load();
    if (!seller)
        return std::unexpected(seller.error());
    auto customer = CustomerRepository(db).find(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    return PartySnapshot{jsonText(sellerJson(*seller)), jsonText(buyerJson(*customer))};
}

} // namespace ic

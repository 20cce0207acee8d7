#pragma once

#include "models/customer.h"
#include "models/result.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace ic {

class Database;

// How an invoice to one customer is taxed.
enum class TaxRegime {
    Domestic,         // the customer is in the seller's country: the seller's rate
    EuConsumerSeller, // an EU consumer elsewhere, setting "seller": the seller's rate
    EuConsumerOss,    // an EU consumer elsewhere, setting "destination": their country's rate (OSS)
    ReverseCharge,    // an EU business elsewhere with a VAT number: 0 %, the customer accounts
    OutsideEu,        // a customer outside the EU: 0 %
};

struct TaxDecision {
    TaxRegime regime = TaxRegime::Domestic;
    QString rateCountry; // whose rates apply; empty for the 0 % regimes
    QString mention;     // printed on the invoice (reverse charge, export), empty otherwise
    bool isReverseCharge() const { return regime == TaxRegime::ReverseCharge; }
    bool isZeroRated() const { return rateCountry.isEmpty(); }
};

// The legal mentions printed on zero-rated invoices (bilingual on purpose: they are quoted
// as they are, whatever the customer's language).
inline const QString kReverseChargeMention = QStringLiteral(
    "Autoliquidation / Reverse charge: VAT due by the customer, art. 196 Directive 2006/112/EC");
inline const QString kOutsideEuMention = QStringLiteral(
    "TVA non applicable, art. 259-1 du CGI / VAT not applicable: customer established outside "
    "the EU");

// VAT by the rules of a seller established in the EU (settings billing.seller_country,
// FR by default, and billing.eu_consumer_vat = seller | destination). Rates come from the
// tax_rates table, never from code; which countries are in the EU is a fact kept here.
class TaxPolicy final {
public:
    explicit TaxPolicy(Database &db)
        : m_db(db)
    {
    }

    Result<TaxDecision> decide(const Customer &customer) const;
    // The rate in basis points of `category` ("standard", "reduced", ...) in `country` on
    // `date`: the tax_rates row valid that day. No such row: a sentence saying what to add.
    Result<int> rateFor(const QString &country, const QDate &date,
                        const QString &category = QStringLiteral("standard")) const;
    // The rate of one invoice line under `decision`: 0 for the zero-rated regimes.
    Result<int> lineRate(const TaxDecision &decision, const QDate &date,
                         const QString &category = QStringLiteral("standard")) const;

    static bool isEuCountry(const QString &country);
    Result<QString> sellerCountry() const;

private:
    Result<QString> setting(const QString &key, const QString &fallback) const;
    Database &m_db;
    // What this object has read: a policy lives for one use case (or one day of the daily
    // run, which prices thousands of lines with the same few settings and rates).
    mutable QHash<QString, QString> m_settings;
    mutable QHash<QString, int> m_rates;
};

} // namespace ic

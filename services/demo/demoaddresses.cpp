#include "services/demo/demoaddresses.h"

#include "models/identifiers.h"
#include "services/storage/selleridentitystore.h"

#include <QList>

#include <random>

namespace ic {

namespace {

struct Place {
    const char *postalCode;
    const char *city;
};

// How one country writes a street address: "12 rue de la Paix", "Hauptstraße 12",
// "Calle Mayor, 12".
enum class NumberFirst { Yes, No, Comma };

struct CountryAddresses {
    const char *country;
    NumberFirst numberFirst;
    QList<const char *> streets;
    QList<Place> places;
    const char *secondLine; // for some businesses: a building, a floor, a suite
};

const CountryAddresses kAddresses[] = {
    {"FR",
     NumberFirst::Yes,
     {"rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo",
      "place du Marché", "rue des Lilas", "allée des Tilleuls", "chemin des Vignes",
      "rue du Faubourg Saint-Antoine", "quai de la Fosse"},
     {{"75011", "Paris"},
      {"69003", "Lyon"},
      {"13006", "Marseille"},
      {"31000", "Toulouse"},
      {"44000", "Nantes"},
      {"33000", "Bordeaux"},
      {"59000", "Lille"},
      {"67000", "Strasbourg"},
      {"35000", "Rennes"},
      {"34000", "Montpellier"},
      {"06000", "Nice"},
      {"38000", "Grenoble"}},
     "Bâtiment B, 2e étage"},
    {"BE",
     NumberFirst::No,
     {"Rue Neuve", "Avenue Louise", "Chaussée de Wavre", "Kerkstraat", "Rue de la Loi"},
     {{"1000", "Bruxelles"},
      {"4000", "Liège"},
      {"5000", "Namur"},
      {"9000", "Gent"},
      {"2000", "Antwerpen"}},
     "Boîte 3"},
    {"DE",
     NumberFirst::No,
     {"Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße"},
     {{"10115", "Berlin"},
      {"80331", "München"},
      {"20095", "Hamburg"},
      {"50667", "Köln"},
      {"60311", "Frankfurt am Main"}},
     "Hinterhaus, 3. OG"},
    {"ES",
     NumberFirst::Comma,
     {"Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo de Gracia"},
     {{"28013", "Madrid"}, {"08001", "Barcelona"}, {"46002", "València"}, {"41001", "Sevilla"}},
     "Planta 2, puerta B"},
    {"IT",
     NumberFirst::No,
     {"Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante"},
     {{"00184", "Roma"}, {"20121", "Milano"}, {"10121", "Torino"}, {"40121", "Bologna"}},
     "Scala B, interno 4"},
    {"NL",
     NumberFirst::No,
     {"Kerkstraat", "Dorpsstraat", "Stationsweg", "Prinsengracht"},
     {{"1012 AB", "Amsterdam"},
      {"3011 AD", "Rotterdam"},
      {"3511 AA", "Utrecht"},
      {"2511 CV", "Den Haag"}},
     "2e verdieping"},
    {"PT",
     NumberFirst::Comma,
     {"Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina"},
     {{"1100-053", "Lisboa"}, {"4000-446", "Porto"}, {"3000-150", "Coimbra"}},
     "2.º Esq."},
    {"IE",
     NumberFirst::Yes,
     {"Main Street", "O'Connell Street", "Church Road", "Harcourt Street"},
     {{"D02 X285", "Dublin"}, {"T12 W8DR", "Cork"}, {"H91 E2K3", "Galway"}},
     "Unit 4"},
    {"GB",
     NumberFirst::Yes,
     {"High Street", "Station Road", "Church Lane", "Victoria Road"},
     {{"EC1A 1BB", "London"},
      {"M1 1AE", "Manchester"},
      {"BS1 4DJ", "Bristol"},
      {"LS1 4AP", "Leeds"}},
     "Suite 2"},
    {"US",
     NumberFirst::Yes,
     {"Market Street", "Main Street", "Oak Avenue", "Mission Street"},
     {{"94103", "San Francisco, CA"},
      {"10001", "New York, NY"},
      {"78701", "Austin, TX"},
      {"98101", "Seattle, WA"}},
     "Suite 200"},
    {"CH",
     NumberFirst::No,
     {"Bahnhofstrasse", "Rue du Rhône", "Marktgasse"},
     {{"8001", "Zürich"}, {"1204", "Genève"}, {"1003", "Lausanne"}, {"3011", "Bern"}},
     "2. Stock"},
};

const CountryAddresses &addressesOf(const QString &country)
{
    for (const CountryAddresses &a : kAddresses)
        if (country == QLatin1String(a.country))
            return a;
    return kAddresses[0];
}

// A SIREN whose Luhn key holds, made of 8 drawn digits and the key digit.
QString drawSiren(std::mt19937_64 &random)
{
    const qint64 body = std::uniform_int_distribution<qint64>(30000000, 99999999)(random);
    for (int key = 0; key < 10; ++key) {
        const QString candidate = QString::number(body) + QString::number(key);
        if (luhnHolds(candidate))
            return candidate;
    }
    return {};
}

} // namespace

SellerIdentity demoSellerIdentity()
{
    SellerIdentity s;
    s.legalName = QStringLiteral("InfluenceCore SAS");
    s.legalForm = QStringLiteral("SAS");
    s.shareCapital = QStringLiteral("20 000 €");
    s.addressLines = QStringLiteral("12 rue de la Paix");
    s.postalCode = QStringLiteral("75002");
    s.city = QStringLiteral("Paris");
    s.country = QStringLiteral("FR");
    s.siren = QStringLiteral("912345600"); // Luhn holds: made up for the demo
    s.siret = QStringLiteral("91234560000015");
    s.rcsCity = QStringLiteral("Paris");
    s.vatNumber = QStringLiteral("FR34912345600"); // key (12 + 3 × (912345600 mod 97)) mod 97
    s.iban = QStringLiteral("FR7630006000011234567890189");
    s.bic = QStringLiteral("AGRIFRPP");
    s.email = QStringLiteral("billing@influencecore.example");
    s.phone = QStringLiteral("+33 1 84 80 00 00");
    s.latePenaltySentence = QStringLiteral(
        "En cas de retard de paiement, une pénalité égale à trois fois le taux d'intérêt légal "
        "est exigible, sans rappel nécessaire");
    s.latePenaltyRateBp = 1500;
    s.earlyPaymentDiscount = QStringLiteral("Pas d'escompte pour paiement anticipé");
    s.footer = QStringLiteral("InfluenceCore SAS — 12 rue de la Paix, 75002 Paris — "
                              "billing@influencecore.example");
    return s;
}

Done writeDemoParties(Database &db, quint64 seed)
{
    if (auto saved = SellerIdentityStore(db).save(demoSellerIdentity()); !saved)
        return saved;
    auto q = db.exec(QStringLiteral("SELECT id, country, company FROM customers ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    struct Row {
        qint64 id;
        QString country;
        bool business;
    };
    QList<Row> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString().trimmed(),
                     !q->value(2).toString().isEmpty()});
    for (const Row &row : rows) {
        std::mt19937_64 random(seed * 1000003u + quint64(row.id));
        auto pick = [&](qsizetype n) {
            return std::uniform_int_distribution<qsizetype>(0, n - 1)(random);
        };
        const CountryAddresses &a = addressesOf(row.country);
        const QString street = QString::fromUtf8(a.streets.at(pick(a.streets.size())));
        const QString number = QString::number(1 + pick(140));
        QString line = a.numberFirst == NumberFirst::Yes  ? QString(number + u' ' + street)
                       : a.numberFirst == NumberFirst::No ? QString(street + u' ' + number)
                                                          : QString(street + u", " + number);
        if (row.business && pick(4) == 0)
            line += u'\n' + QString::fromUtf8(a.secondLine);
        const Place &place = a.places.at(pick(a.places.size()));
        QString siren;
        QString vat;
        if (row.business && row.country == u"FR") {
            siren = drawSiren(random);
            vat = frenchVatNumber(siren);
        }
        auto u = db.exec(
            QStringLiteral("UPDATE customers SET address_lines = :lines, postal_code = :postal, "
                           "city = :city, siren = :siren, vat_number = COALESCE(:vat, vat_number) "
                           "WHERE id = :id"),
            {{"lines", line},
             {"postal", QString::fromUtf8(place.postalCode)},
             {"city", QString::fromUtf8(place.city)},
             {"siren", siren.isEmpty() ? QVariant() : QVariant(siren)},
             {"vat", vat.isEmpty() ? QVariant() : QVariant(vat)}, // NULL keeps the number
             {"id", row.id}});
        if (!u)
            return std::unexpected(u.error());
    }
    return {};
}

} // namespace ic

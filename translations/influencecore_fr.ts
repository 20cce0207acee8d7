<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BookOpening</name>
    <message>
        <source>Building the demo book: 2,000 customers and a year of billing…</source>
        <translation>Construction du livre de démonstration : 2 000 clients et un an de facturation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo Book</source>
        <translation>Livre de démonstration</translation>
    </message>
    <message>
        <source>The demo book was not built: it was cancelled.</source>
        <translation>Le livre de démonstration n’a pas été construit : la construction a été annulée.</translation>
    </message>
    <message>
        <source>The demo book could not be saved as %1.</source>
        <translation>Le livre de démonstration n’a pas pu être enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Book not opened</source>
        <translation>Livre non ouvert</translation>
    </message>
    <message>
        <source>InfluenceCore Back-Office: the homepage and the billing of a small SaaS company.</source>
        <translation>InfluenceCore Back-Office : la page d’accueil et la facturation d’une petite entreprise SaaS.</translation>
    </message>
    <message>
        <source>Opens the book at URL_OR_FILE: a SQLite file, or postgresql://user@host:port/database.</source>
        <translation>Ouvre le livre situé à URL_OU_FICHIER : un fichier SQLite, ou postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>URL_OR_FILE</source>
        <translation>URL_OU_FICHIER</translation>
    </message>
    <message>
        <source>Opens the demo book, building it the first time.</source>
        <translation>Ouvre le livre de démonstration, en le construisant la première fois.</translation>
    </message>
    <message>
        <source>Give either --database or --demo, not both.</source>
        <translation>Indiquez soit --database, soit --demo, pas les deux.</translation>
    </message>
</context>
<context>
    <name>ic::MainWindow</name>
    <message>
        <source>InfluenceCore</source>
        <translation>InfluenceCore</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>&amp;Ouvrir un livre…</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Se connecter à &amp;PostgreSQL…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Book</source>
        <translation>Ouvrir le livre de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About InfluenceCore</source>
        <translation>À &amp;propos d’InfluenceCore</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Book not opened</source>
        <translation>Livre non ouvert</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>Ouvrir un livre</translation>
    </message>
    <message>
        <source>InfluenceCore books (*.sqlite *.db *.book);;All files (*)</source>
        <translation>Livres InfluenceCore (*.sqlite *.db *.book);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About InfluenceCore</source>
        <translation>À propos d’InfluenceCore</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InfluenceCore Back-Office %1&lt;/h3&gt;&lt;p&gt;The homepage and the billing of a small SaaS company: plans, subscriptions, invoices and dunning, on SQLite or PostgreSQL.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InfluenceCore Back-Office %1&lt;/h3&gt;&lt;p&gt;La page d’accueil et la facturation d’une petite entreprise SaaS : offres, abonnements, factures et relances, sur SQLite ou PostgreSQL.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>Aucun livre n’est ouvert</translation>
    </message>
    <message>
        <source>%1 — InfluenceCore</source>
        <translation>%1 — InfluenceCore</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The book answered at %1.</source>
        <translation>Le livre a répondu à %1.</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>The book did not answer; the figures shown may be out of date.</source>
        <translation>Le livre n’a pas répondu ; les chiffres affichés peuvent être périmés.</translation>
    </message>
</context>
<context>
    <name>ic::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>Abonnements actifs</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>En essai</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>En retard de paiement</translation>
    </message>
    <message>
        <source>Invoices this month</source>
        <translation>Factures du mois</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>Chiffre d’affaires du mois</translation>
    </message>
    <message>
        <source>Open dunning cases</source>
        <translation>Relances en cours</translation>
    </message>
    <message>
        <source>in the book</source>
        <translation>dans le livre</translation>
    </message>
    <message>
        <source>paid and renewing</source>
        <translation>payants et renouvelés</translation>
    </message>
    <message>
        <source>in their free trial</source>
        <translation>en période d’essai gratuite</translation>
    </message>
    <message>
        <source>a payment failed; retrying</source>
        <translation>un paiement a échoué</translation>
    </message>
    <message>
        <source>unpaid invoices being chased</source>
        <translation>factures impayées en relance</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>La vue d’ensemble n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>issued in %1</source>
        <translation>émises en %1</translation>
    </message>
    <message>
        <source>no paid invoice issued in %1</source>
        <translation>aucune facture payée émise en %1</translation>
    </message>
    <message>
        <source>paid invoices issued in %1</source>
        <translation>factures payées émises en %1</translation>
    </message>
</context>
<context>
    <name>ic::PostgresDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Se connecter à PostgreSQL</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The book is a PostgreSQL database shared by the team.</source>
        <translation>Le livre est une base PostgreSQL partagée par l’équipe.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
</TS>

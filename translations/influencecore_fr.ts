<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BookOpening</name>
    <message>
        <source>Building the demo book: 2,000 customers and a year of billing…</source>
        <translation>Construction du dossier de démonstration&#xa0;: 2&#xa0;000 clients et un an de facturation…</translation>
    </message>
    <message>
        <source>Demo Book</source>
        <translation>Dossier de démonstration</translation>
    </message>
    <message>
        <source>The demo book was not built: it was cancelled.</source>
        <translation>Le dossier de démonstration n’a pas été construit&#xa0;: la construction a été annulée.</translation>
    </message>
    <message>
        <source>The demo book could not be saved as %1.</source>
        <translation>Le dossier de démonstration n’a pas pu être enregistré sous %1.</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>EditingHeader</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Book not opened</source>
        <translation>Dossier non ouvert</translation>
    </message>
    <message>
        <source>InfluenceCore Back-Office: the homepage and the billing of a small SaaS company.</source>
        <translation>InfluenceCore Back-Office&#xa0;: la page d’accueil et la facturation d’une petite entreprise SaaS.</translation>
    </message>
    <message>
        <source>Opens the book at URL_OR_FILE: a SQLite file, or postgresql://user@host:port/database.</source>
        <translation>Ouvre le dossier situé à URL_OU_FICHIER&#xa0;: un fichier SQLite, ou postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>URL_OR_FILE</source>
        <translation>URL_OU_FICHIER</translation>
    </message>
    <message>
        <source>Opens the demo book, building it the first time.</source>
        <translation>Ouvre le dossier de démonstration, en le construisant la première fois.</translation>
    </message>
    <message>
        <source>Give either --database or --demo, not both.</source>
        <translation>Indiquez soit --database, soit --demo, pas les deux.</translation>
    </message>
    <message>
        <source>There is no area called &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’espace nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no role called &quot;%1&quot;; give admin, accountant or support.</source>
        <translation>Il n’y a pas de rôle nommé «&#xa0;%1&#xa0;»&#xa0;; indiquez admin, accountant ou support.</translation>
    </message>
    <message>
        <source>--as signs in to the demo book only: give --demo with it.</source>
        <translation>--as ne sert qu’à se connecter au dossier de démonstration&#xa0;: indiquez aussi --demo.</translation>
    </message>
    <message>
        <source>There is no preview width called &quot;%1&quot;; give phone, tablet or desktop.</source>
        <translation>Il n’y a pas de largeur d’aperçu nommée «&#xa0;%1&#xa0;»&#xa0;; indiquez phone, tablet ou desktop.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Cannot add %1 to %2: the amounts are in different currencies.</source>
        <translation>Impossible d’ajouter %1 à %2&#xa0;: les montants sont dans des devises différentes.</translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2: the amounts are in different currencies.</source>
        <translation>Impossible de soustraire %1 de %2&#xa0;: les montants sont dans des devises différentes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; type it like 1234.50.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant&#xa0;; saisissez-le sous la forme 1234,50.</translation>
    </message>
    <message>
        <source>%1 has no cents: type a whole number.</source>
        <translation>La devise %1 n’a pas de centimes&#xa0;: saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de %2 décimales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>«&#xa0;%1&#xa0;» est un montant trop élevé.</translation>
    </message>
    <message>
        <source>A %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1 ne peut pas passer du statut «&#xa0;%2&#xa0;» au statut «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The number of customers must be between 1 and 10,000,000.</source>
        <translation>Le nombre de clients doit être compris entre 1 et 10&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>The number of months must be between 1 and 120.</source>
        <translation>Le nombre de mois doit être compris entre 1 et 120.</translation>
    </message>
    <message>
        <source>This book already holds %1 customers and %2 plans; add --force to replace everything in it with the demo book.</source>
        <translation>Ce dossier contient déjà %1 clients et %2 offres&#xa0;; ajoutez --force pour remplacer tout son contenu par le dossier de démonstration.</translation>
    </message>
    <message>
        <source>The demo book refers from %1 to a missing row of %2; nothing was saved.</source>
        <translation>Le dossier de démonstration fait référence, depuis %1, à une ligne absente de %2&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Building the demo book was cancelled; the book is left as it was.</source>
        <translation>La construction du dossier de démonstration a été annulée&#xa0;; le dossier est resté tel quel.</translation>
    </message>
    <message>
        <source>An audit entry says who did what to which record.</source>
        <translation>Une entrée du journal d’audit indique qui a fait quoi sur quel enregistrement.</translation>
    </message>
    <message>
        <source>An audit entry needs the time it happened.</source>
        <translation>Une entrée du journal d’audit doit indiquer l’heure de l’action.</translation>
    </message>
    <message>
        <source>The audit entry was not saved.</source>
        <translation>L’entrée du journal d’audit n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation>Aucune base de données n’a été indiquée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it like postgresql://user@host:5432/database.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse PostgreSQL&#xa0;; écrivez-la sous la forme postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a PostgreSQL address (postgresql://...) nor a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une adresse PostgreSQL (postgresql://...) ni un fichier.</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>Fichier SQLite %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1 on %2:%3</source>
        <translation>PostgreSQL %1 sur %2:%3</translation>
    </message>
    <message>
        <source>A credit belongs to a customer.</source>
        <translation>Un crédit appartient à un client.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une devise connue de ce programme.</translation>
    </message>
    <message>
        <source>A credit must be worth more than nothing.</source>
        <translation>Un crédit doit avoir un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>A credit cannot be used beyond its amount.</source>
        <translation>Un crédit ne peut pas être utilisé au-delà de son montant.</translation>
    </message>
    <message>
        <source>Say who grants the credit.</source>
        <translation>Indiquez qui accorde le crédit.</translation>
    </message>
    <message>
        <source>The credit was not saved.</source>
        <translation>Le crédit n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Apply an amount greater than nothing.</source>
        <translation>Imputez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Credit %1 is in %2; it cannot pay an amount in %3.</source>
        <translation>Le crédit %1 est en %2&#xa0;; il ne peut pas régler un montant en %3.</translation>
    </message>
    <message>
        <source>Credit %1 has only %2 left; %3 cannot be taken from it.</source>
        <translation>Il ne reste que %2 sur le crédit %1&#xa0;; impossible d’en déduire %3.</translation>
    </message>
    <message>
        <source>Credit %1 does not exist.</source>
        <translation>Le crédit %1 n’existe pas.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Un client doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as FR.</source>
        <translation>Le pays doit être un code à deux lettres, comme FR.</translation>
    </message>
    <message>
        <source>The language must be English (en) or French (fr).</source>
        <translation>La langue doit être l’anglais (en) ou le français (fr).</translation>
    </message>
    <message>
        <source>Another customer already uses %1.</source>
        <translation>Un autre client utilise déjà %1.</translation>
    </message>
    <message>
        <source>The new customer was not saved.</source>
        <translation>Le nouveau client n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation>La fiche de %1 a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte&#xa0;; rechargez-la pour voir sa modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No customer uses %1.</source>
        <translation>Aucun client n’utilise %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un répertoire, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Il n’y a pas de fichier de base de données à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le répertoire %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an InfluenceCore database: it is not a SQLite file.</source>
        <translation>%1 n’est pas une base de données InfluenceCore&#xa0;: ce n’est pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1:%2 refused the sign-in of &quot;%3&quot;: check the user name and password.</source>
        <translation>Le serveur PostgreSQL %1:%2 a refusé la connexion de «&#xa0;%3&#xa0;»&#xa0;: vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1:%2 has no database named &quot;%3&quot;.</source>
        <translation>Le serveur PostgreSQL %1:%2 n’a pas de base de données nommée «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1:%2; is it running and accepting connections?</source>
        <translation>Impossible de joindre le serveur PostgreSQL %1:%2&#xa0;; est-il démarré et accepte-t-il les connexions&#xa0;?</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database: %2</source>
        <translation>Impossible d’ouvrir %1 comme base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>au démarrage d’une transaction</translation>
    </message>
    <message>
        <source>There is no transaction to save.</source>
        <translation>Il n’y a aucune transaction à enregistrer.</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>à l’enregistrement</translation>
    </message>
    <message>
        <source>That value is already taken%1.</source>
        <translation>Cette valeur est déjà utilisée%1.</translation>
    </message>
    <message>
        <source>The database refused a value outside its rules%1.</source>
        <translation>La base de données a refusé une valeur contraire à ses règles%1.</translation>
    </message>
    <message>
        <source>The row refers to something that does not exist%1.</source>
        <translation>La ligne fait référence à un élément qui n’existe pas%1.</translation>
    </message>
    <message>
        <source>Your database role may not do this%1.</source>
        <translation>Votre rôle dans la base de données ne permet pas cette opération%1.</translation>
    </message>
    <message>
        <source>Another seat was writing at the same moment%1; try again.</source>
        <translation>Un autre poste écrivait au même moment%1&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The database connection was lost%1.</source>
        <translation>La connexion à la base de données a été perdue%1.</translation>
    </message>
    <message>
        <source>The database reported an error%1: %2</source>
        <translation>La base de données a signalé une erreur%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation>Rien n’a été trouvé.</translation>
    </message>
    <message>
        <source>A dunning case belongs to an invoice and a customer.</source>
        <translation>Un dossier de relance se rattache à une facture et à un client.</translation>
    </message>
    <message>
        <source>A dunning case needs the day it was opened.</source>
        <translation>Un dossier de relance doit indiquer le jour de son ouverture.</translation>
    </message>
    <message>
        <source>A dunning stage or extension cannot be negative.</source>
        <translation>Une étape de relance ou un délai supplémentaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Invoice %1 already has a dunning case.</source>
        <translation>La facture %1 a déjà un dossier de relance.</translation>
    </message>
    <message>
        <source>The dunning case was not saved.</source>
        <translation>Le dossier de relance n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Dunning case %1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation>Le dossier de relance %1 a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert&#xa0;; rechargez-le pour voir sa modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>Dunning case %1 does not exist.</source>
        <translation>Le dossier de relance %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Invoice %1 has no dunning case.</source>
        <translation>La facture %1 n’a pas de dossier de relance.</translation>
    </message>
    <message>
        <source>An invoice needs a customer.</source>
        <translation>Une facture doit avoir un client.</translation>
    </message>
    <message>
        <source>A credit note must say which invoice it corrects.</source>
        <translation>Un avoir doit indiquer la facture qu’il corrige.</translation>
    </message>
    <message>
        <source>The billed period ends before it starts.</source>
        <translation>La période facturée se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Every invoice line needs a description.</source>
        <translation>Chaque ligne de facture doit avoir un libellé.</translation>
    </message>
    <message>
        <source>A tax rate must lie between 0 % and 100 %.</source>
        <translation>Un taux de taxe doit être compris entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>A new invoice starts as a draft without a number; issuing it gives it one.</source>
        <translation>Une nouvelle facture naît brouillon, sans numéro&#xa0;; c’est son émission qui lui en attribue un.</translation>
    </message>
    <message>
        <source>The new invoice was not saved.</source>
        <translation>La nouvelle facture n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Invoice %1 has been issued: its lines and amounts can no longer change. Issue a credit note to correct it.</source>
        <translation>La facture %1 a été émise&#xa0;: ses lignes et ses montants ne peuvent plus changer. Émettez un avoir pour la corriger.</translation>
    </message>
    <message>
        <source>This draft invoice was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation>Ce brouillon de facture a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert&#xa0;; rechargez-le pour voir sa modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>Issuing an invoice needs an issue date and a due date.</source>
        <translation>Pour émettre une facture, il faut une date d’émission et une date d’échéance.</translation>
    </message>
    <message>
        <source>The invoice would be due on %1, before it is issued on %2.</source>
        <translation>La facture serait exigible le %1, avant son émission le %2.</translation>
    </message>
    <message>
        <source>The draft invoice was changed by someone else while it was being issued; reload it and issue it again.</source>
        <translation>Le brouillon de facture a été modifié par quelqu’un d’autre pendant son émission&#xa0;; rechargez-le et émettez-le de nouveau.</translation>
    </message>
    <message>
        <source>A draft is sent by issuing it, which gives it its number.</source>
        <translation>Un brouillon s’envoie en l’émettant, ce qui lui attribue son numéro.</translation>
    </message>
    <message>
        <source>Invoice %1 was changed by someone else since you opened it; reload it and try again.</source>
        <translation>La facture %1 a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte&#xa0;; rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>Invoice %1 does not exist.</source>
        <translation>La facture %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no invoice numbered %1.</source>
        <translation>Aucune facture ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not an InfluenceCore book.</source>
        <translation>%1 contient les tables d’un autre programme, pas un dossier InfluenceCore.</translation>
    </message>
    <message>
        <source>This book was written by a newer InfluenceCore (schema %1; this program knows up to %2): update the program to open it.</source>
        <translation>Ce dossier a été écrit par une version plus récente d’InfluenceCore (schéma %1&#xa0;; ce programme connaît jusqu’au schéma %2)&#xa0;: mettez le programme à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>This book needs upgrading (schema %1 of %2): run &quot;influencecore-cli migrate&quot; first.</source>
        <translation>Ce dossier doit être mis à niveau (schéma %1 sur %2)&#xa0;: lancez d’abord «&#xa0;influencecore-cli migrate&#xa0;».</translation>
    </message>
    <message>
        <source>A notification needs a template and a recipient.</source>
        <translation>Une notification doit avoir un modèle et un destinataire.</translation>
    </message>
    <message>
        <source>That notification is not in the outbox.</source>
        <translation>Cette notification n’est pas dans la file d’envoi.</translation>
    </message>
    <message>
        <source>Notification %1 is not waiting to be sent (it is %2).</source>
        <translation>La notification %1 n’est pas en attente d’envoi (état&#xa0;: %2).</translation>
    </message>
    <message>
        <source>A page needs a slug, the path it is published at.</source>
        <translation>Une page doit avoir un identifiant d’URL (slug), le chemin où elle est publiée.</translation>
    </message>
    <message>
        <source>A page needs a title.</source>
        <translation>Une page doit avoir un titre.</translation>
    </message>
    <message>
        <source>Say who saves this version of the page.</source>
        <translation>Indiquez qui enregistre cette version de la page.</translation>
    </message>
    <message>
        <source>Every service shown on the page needs a name.</source>
        <translation>Chaque service présenté sur la page doit avoir un nom.</translation>
    </message>
    <message>
        <source>Someone else saved a version of the page %1 at the same moment; reload it and save again.</source>
        <translation>Quelqu’un d’autre a enregistré une version de la page %1 au même moment&#xa0;; rechargez-la et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The page was not saved.</source>
        <translation>La page n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Page %1 does not exist.</source>
        <translation>La page %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;.</source>
        <translation>Il n’y a pas de page «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No version of the page &quot;%1&quot; is published.</source>
        <translation>Aucune version de la page «&#xa0;%1&#xa0;» n’est publiée.</translation>
    </message>
    <message>
        <source>Version %1 of the page %2 is already %3.</source>
        <translation>La version %1 de la page %2 est déjà à l’état «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Version %1 of the page %2 was changed by someone else since you opened it; reload it and try again.</source>
        <translation>La version %1 de la page %2 a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte&#xa0;; rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>A payment belongs to an invoice and a customer.</source>
        <translation>Un paiement se rattache à une facture et à un client.</translation>
    </message>
    <message>
        <source>A payment cannot be negative; a refund is a status of the payment.</source>
        <translation>Un paiement ne peut pas être négatif&#xa0;; un remboursement est un statut du paiement.</translation>
    </message>
    <message>
        <source>A payment needs the time it was attempted.</source>
        <translation>Un paiement doit indiquer l’heure de sa tentative.</translation>
    </message>
    <message>
        <source>A payment with the idempotency key %1 was already recorded.</source>
        <translation>Un paiement avec la clé d’idempotence %1 a déjà été enregistré.</translation>
    </message>
    <message>
        <source>The payment was not saved.</source>
        <translation>Le paiement n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Payment %1 was changed by someone else since it was read; reload it and try again.</source>
        <translation>Le paiement %1 a été modifié par quelqu’un d’autre depuis sa lecture&#xa0;; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>Payment %1 does not exist.</source>
        <translation>Le paiement %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No payment has the idempotency key %1.</source>
        <translation>Aucun paiement n’a la clé d’idempotence %1.</translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation>Une offre doit avoir un nom.</translation>
    </message>
    <message>
        <source>A plan needs a slug, the short name used in links.</source>
        <translation>Une offre doit avoir un identifiant d’URL (slug), le nom court utilisé dans les liens.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; may only hold letters, digits, hyphens and underscores.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, des traits d’union et des tirets bas.</translation>
    </message>
    <message>
        <source>The price of a plan cannot be negative.</source>
        <translation>Le prix d’une offre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The setup fee of a plan cannot be negative.</source>
        <translation>Les frais de mise en service d’une offre ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The setup fee must be in the plan&apos;s currency, %1.</source>
        <translation>Les frais de mise en service doivent être dans la devise de l’offre, %1.</translation>
    </message>
    <message>
        <source>The trial cannot last a negative number of days.</source>
        <translation>La période d’essai ne peut pas durer un nombre de jours négatif.</translation>
    </message>
    <message>
        <source>The billing interval cannot be negative.</source>
        <translation>La périodicité de facturation ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Every feature line of a plan needs a label.</source>
        <translation>Chaque fonctionnalité d’une offre doit avoir un libellé.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is already used by another plan.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» est déjà utilisé par une autre offre.</translation>
    </message>
    <message>
        <source>The new plan was not saved.</source>
        <translation>La nouvelle offre n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The plan %1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation>L’offre %1 a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte&#xa0;; rechargez-la pour voir sa modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>The plan %1 was changed by someone else since you opened it; reload it and try again.</source>
        <translation>L’offre %1 a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte&#xa0;; rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>Plan %1 does not exist.</source>
        <translation>L’offre %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No plan has the slug &quot;%1&quot;.</source>
        <translation>Aucune offre n’a l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A promotion needs a code.</source>
        <translation>Une promotion doit avoir un code.</translation>
    </message>
    <message>
        <source>A promotion needs a name.</source>
        <translation>Une promotion doit avoir un nom.</translation>
    </message>
    <message>
        <source>A percentage discount must lie between 0 % and 100 %.</source>
        <translation>Une remise en pourcentage doit être comprise entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>A fixed discount needs an amount.</source>
        <translation>Une remise fixe doit avoir un montant.</translation>
    </message>
    <message>
        <source>A fixed discount needs a currency this program knows.</source>
        <translation>Une remise fixe doit être dans une devise connue de ce programme.</translation>
    </message>
    <message>
        <source>A fixed discount cannot be negative.</source>
        <translation>Une remise fixe ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The minimum amount cannot be negative.</source>
        <translation>Le montant minimum ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The minimum amount must be in the discount&apos;s currency, %1.</source>
        <translation>Le montant minimum doit être dans la devise de la remise, %1.</translation>
    </message>
    <message>
        <source>The promotion ends on %1, before it starts on %2.</source>
        <translation>La promotion se termine le %1, avant de commencer le %2.</translation>
    </message>
    <message>
        <source>A limit of uses cannot be negative.</source>
        <translation>Une limite d’utilisations ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by another promotion.</source>
        <translation>Le code «&#xa0;%1&#xa0;» est déjà utilisé par une autre promotion.</translation>
    </message>
    <message>
        <source>The promotion %1 has already been used more than %2 times; the limit cannot be lower than that.</source>
        <translation>La promotion %1 a déjà été utilisée plus de %2 fois&#xa0;; la limite ne peut pas être inférieure.</translation>
    </message>
    <message>
        <source>The new promotion was not saved.</source>
        <translation>La nouvelle promotion n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The promotion %1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation>La promotion %1 a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte&#xa0;; rechargez-la pour voir sa modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>Promotion %1 does not exist.</source>
        <translation>La promotion %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No promotion has the code &quot;%1&quot;.</source>
        <translation>Aucune promotion n’a le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The amounts of one promotion use must be in one currency.</source>
        <translation>Les montants d’une même utilisation de promotion doivent être dans une seule devise.</translation>
    </message>
    <message>
        <source>The amount after the discount must be the amount before it less the discount.</source>
        <translation>Le montant après remise doit être égal au montant avant remise, moins la remise.</translation>
    </message>
    <message>
        <source>The promotion %1 has been used its %2 times already; it cannot be used again.</source>
        <translation>La promotion %1 a déjà été utilisée les %2 fois prévues&#xa0;; elle ne peut plus servir.</translation>
    </message>
    <message>
        <source>This customer has already used the promotion %1 as often as it allows (%2 times).</source>
        <translation>Ce client a déjà utilisé la promotion %1 autant de fois qu’elle le permet (%2 fois).</translation>
    </message>
    <message>
        <source>The promotion use was not saved.</source>
        <translation>L’utilisation de la promotion n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A staff member needs a user name.</source>
        <translation>Un membre de l’équipe doit avoir un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may not contain spaces.</source>
        <translation>Le nom d’utilisateur «&#xa0;%1&#xa0;» ne doit pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>A staff member needs a name to show.</source>
        <translation>Un membre de l’équipe doit avoir un nom à afficher.</translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>Un plafond de crédit ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>Le nom d’utilisateur «&#xa0;%1&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <source>The staff member was not saved.</source>
        <translation>Le membre de l’équipe n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>Le membre de l’équipe %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Nobody signs in as &quot;%1&quot;.</source>
        <translation>Personne ne se connecte sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A subscription needs a customer.</source>
        <translation>Un abonnement doit avoir un client.</translation>
    </message>
    <message>
        <source>A subscription needs a plan.</source>
        <translation>Un abonnement doit avoir une offre.</translation>
    </message>
    <message>
        <source>A subscription needs a start date and a current period.</source>
        <translation>Un abonnement doit avoir une date de début et une période en cours.</translation>
    </message>
    <message>
        <source>The current period ends on %1, before it starts on %2.</source>
        <translation>La période en cours se termine le %1, avant de commencer le %2.</translation>
    </message>
    <message>
        <source>The renewal day must lie between 1 and 31.</source>
        <translation>Le jour de renouvellement doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <source>The price of a subscription cannot be negative.</source>
        <translation>Le prix d’un abonnement ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A subscription needs a payment gateway.</source>
        <translation>Un abonnement doit avoir une passerelle de paiement.</translation>
    </message>
    <message>
        <source>Subscription %1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation>L’abonnement %1 a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert&#xa0;; rechargez-le pour voir sa modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>Say who creates the subscription.</source>
        <translation>Indiquez qui crée l’abonnement.</translation>
    </message>
    <message>
        <source>The new subscription was not saved.</source>
        <translation>Le nouvel abonnement n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>The status of a subscription changes through a status change, which is recorded in its history, not through an edit.</source>
        <translation>Le statut d’un abonnement change par un changement de statut, consigné dans son historique, et non par une modification.</translation>
    </message>
    <message>
        <source>Say who changes the status.</source>
        <translation>Indiquez qui change le statut.</translation>
    </message>
    <message>
        <source>Subscription %1 does not exist.</source>
        <translation>L’abonnement %1 n’existe pas.</translation>
    </message>
    <message>
        <source>A gateway event needs its gateway and its id.</source>
        <translation>Un événement de passerelle doit indiquer sa passerelle et son identifiant.</translation>
    </message>
    <message>
        <source>A gateway event needs the time it was received.</source>
        <translation>Un événement de passerelle doit indiquer l’heure de sa réception.</translation>
    </message>
    <message>
        <source>Gateway event %1 was not stored.</source>
        <translation>L’événement de passerelle %1 n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>No event %1 from %2 was stored.</source>
        <translation>Aucun événement %1 de %2 n’a été enregistré.</translation>
    </message>
    <message>
        <source>The book: a SQLite file or postgresql://user@host:port/database (default: the book in your data folder). The password comes from PGPASSWORD, never from a file.</source>
        <translation>Le dossier&#xa0;: un fichier SQLite ou postgresql://utilisateur@hôte:port/base (par défaut&#xa0;: le dossier de votre répertoire de données). Le mot de passe vient de PGPASSWORD, jamais d’un fichier.</translation>
    </message>
    <message>
        <source>url-or-file</source>
        <translation>url-ou-fichier</translation>
    </message>
    <message>
        <source>See influencecore-cli %1 --help.</source>
        <translation>Consultez influencecore-cli %1 --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See influencecore-cli %2 --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Consultez influencecore-cli %2 --help.</translation>
    </message>
    <message>
        <source>Brings a book&apos;s schema up to date (creating the SQLite file if needed).</source>
        <translation>Met à jour le schéma d’un dossier (en créant le fichier SQLite si nécessaire).</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 (%3 migration(s) applied).</source>
        <translation>%1 est à la version %2 du schéma (%3 migration(s) appliquée(s)).</translation>
    </message>
    <message>
        <source>How many customers (default 2000).</source>
        <translation>Nombre de clients (2000 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>How many months of history (default 12).</source>
        <translation>Nombre de mois d’historique (12 par défaut).</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same book (default 1).</source>
        <translation>La graine&#xa0;: la même graine donne le même dossier (1 par défaut).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>g</translation>
    </message>
    <message>
        <source>The last day of the history, YYYY-MM-DD (default today).</source>
        <translation>Le dernier jour de l’historique, AAAA-MM-JJ (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Replace everything in a book that already holds data.</source>
        <translation>Remplace tout le contenu d’un dossier qui contient déjà des données.</translation>
    </message>
    <message>
        <source>Print only the summary.</source>
        <translation>N’affiche que le récapitulatif.</translation>
    </message>
    <message>
        <source>Builds a realistic, deterministic demo book by replaying months of history.</source>
        <translation>Construit un dossier de démonstration réaliste et reproductible en rejouant des mois d’historique.</translation>
    </message>
    <message>
        <source>--customers takes a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--customers attend un nombre entier d’au moins 1, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--months takes a whole number from 1 to 120, not &quot;%1&quot;.</source>
        <translation>--months attend un nombre entier de 1 à 120, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--end-date takes a date like 2026-11-30, not &quot;%1&quot;.</source>
        <translation>--end-date attend une date comme 2026-11-30, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Replaying history: %1 %</source>
        <translation>Relecture de l’historique&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Demo book written to %1 in %2 s: %3 customers, %4 subscriptions, %5 invoices (%6 lines), %7 payments, %8 credits, %9 plans, %10 promotions.</source>
        <translation>Dossier de démonstration écrit dans %1 en %2 s&#xa0;: %3 clients, %4 abonnements, %5 factures (%6 lignes), %7 paiements, %8 crédits, %9 offres, %10 promotions.</translation>
    </message>
    <message>
        <source>Bring a book&apos;s schema up to date.</source>
        <translation>Mettre à jour le schéma d’un dossier.</translation>
    </message>
    <message>
        <source>Build a realistic demo book.</source>
        <translation>Construire un dossier de démonstration réaliste.</translation>
    </message>
    <message>
        <source>Usage: influencecore-cli &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: influencecore-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run influencecore-cli &lt;command&gt; --help for a command&apos;s options.</source>
        <translation>Lancez influencecore-cli &lt;commande&gt; --help pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command of influencecore-cli; run influencecore-cli --help for the list.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande d’influencecore-cli&#xa0;; lancez influencecore-cli --help pour en avoir la liste.</translation>
    </message>
    <message>
        <source>The code exists</source>
        <translation>Le code existe</translation>
    </message>
    <message>
        <source>The promotion is active</source>
        <translation>La promotion est active</translation>
    </message>
    <message>
        <source>Today is within its dates</source>
        <translation>Aujourd’hui est dans sa période de validité</translation>
    </message>
    <message>
        <source>Uses left in total</source>
        <translation>Il reste des utilisations au total</translation>
    </message>
    <message>
        <source>Uses left for this customer</source>
        <translation>Il reste des utilisations pour ce client</translation>
    </message>
    <message>
        <source>It applies to this plan</source>
        <translation>Elle s’applique à cette offre</translation>
    </message>
    <message>
        <source>It applies to this payment</source>
        <translation>Elle s’applique à ce paiement</translation>
    </message>
    <message>
        <source>Its conditions are met</source>
        <translation>Ses conditions sont remplies</translation>
    </message>
    <message>
        <source>There is no promotion with the code &quot;%1&quot;; check the spelling.</source>
        <translation>Aucune promotion n’a le code «&#xa0;%1&#xa0;»&#xa0;; vérifiez l’orthographe.</translation>
    </message>
    <message>
        <source>The promotion %1 has been switched off.</source>
        <translation>La promotion %1 a été désactivée.</translation>
    </message>
    <message>
        <source>The promotion %1 starts on %2; it cannot be used before.</source>
        <translation>La promotion %1 commence le %2&#xa0;; elle ne peut pas être utilisée avant.</translation>
    </message>
    <message>
        <source>The promotion %1 ended on %2.</source>
        <translation>La promotion %1 a pris fin le %2.</translation>
    </message>
    <message>
        <source>The promotion %1 has been used its %2 times already; none are left.</source>
        <translation>La promotion %1 a déjà été utilisée les %2 fois prévues&#xa0;; il n’en reste plus.</translation>
    </message>
    <message>
        <source>The promotion %1 does not apply to this plan.</source>
        <translation>La promotion %1 ne s’applique pas à cette offre.</translation>
    </message>
    <message>
        <source>The promotion %1 applies to the first payment only, not to a renewal.</source>
        <translation>La promotion %1 s’applique uniquement au premier paiement, pas à un renouvellement.</translation>
    </message>
    <message>
        <source>The promotion %1 applies to renewals only, not to the first payment.</source>
        <translation>La promotion %1 s’applique uniquement aux renouvellements, pas au premier paiement.</translation>
    </message>
    <message>
        <source>The promotion %1 is for new customers only; this customer has already been invoiced.</source>
        <translation>La promotion %1 est réservée aux nouveaux clients&#xa0;; ce client a déjà été facturé.</translation>
    </message>
    <message>
        <source>The promotion %1 asks for a minimum in %2; this payment is in %3.</source>
        <translation>La promotion %1 exige un minimum en %2&#xa0;; ce paiement est en %3.</translation>
    </message>
    <message>
        <source>The promotion %1 needs at least %2 %3; this payment is %4 %3.</source>
        <translation>La promotion %1 exige au moins %2 %3&#xa0;; ce paiement est de %4 %3.</translation>
    </message>
    <message>
        <source>The promotion %1 takes off an amount in %2; it cannot apply to a price in %3.</source>
        <translation>La promotion %1 déduit un montant en %2&#xa0;; elle ne peut pas s’appliquer à un prix en %3.</translation>
    </message>
    <message>
        <source>trialing</source>
        <comment>subscription status</comment>
        <translation>en essai</translation>
    </message>
    <message>
        <source>active</source>
        <comment>subscription status</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>subscription status</comment>
        <translation>en pause</translation>
    </message>
    <message>
        <source>past due</source>
        <comment>subscription status</comment>
        <translation>en retard de paiement</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>subscription status</comment>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>subscription status</comment>
        <translation>résilié</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>subscription status</comment>
        <translation>expiré</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>invoice status</comment>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>invoice status</comment>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>invoice status</comment>
        <translation>payée</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>invoice status</comment>
        <translation>en retard</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>invoice status</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>refunded</source>
        <comment>invoice status</comment>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>payment status</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>payment status</comment>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>payment status</comment>
        <translation>refusé</translation>
    </message>
    <message>
        <source>refunded</source>
        <comment>payment status</comment>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>subscription</source>
        <comment>A %1 cannot go from…</comment>
        <translation>Un abonnement</translation>
    </message>
    <message>
        <source>invoice</source>
        <comment>A %1 cannot go from…</comment>
        <translation>Une facture</translation>
    </message>
    <message>
        <source>payment</source>
        <comment>A %1 cannot go from…</comment>
        <translation>Un paiement</translation>
    </message>
    <message>
        <source>An invoice needs an issue date and a due date.</source>
        <translation>Une facture doit avoir une date d’émission et une date d’échéance.</translation>
    </message>
    <message>
        <source>Subscription %1 belongs to another customer.</source>
        <translation>L’abonnement %1 appartient à un autre client.</translation>
    </message>
    <message>
        <source>An invoice for a period needs a plan.</source>
        <translation>Une facture de période doit porter sur une offre.</translation>
    </message>
    <message>
        <source>The plan %1 is sold in %2, not in %3.</source>
        <translation>L’offre %1 est vendue en %2, pas en %3.</translation>
    </message>
    <message>
        <source>The price of %1 is negative; a price is zero or more.</source>
        <translation>Le prix de %1 est négatif&#xa0;; un prix est nul ou positif.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; needs a quantity of at least 1.</source>
        <translation>La ligne «&#xa0;%1&#xa0;» doit avoir une quantité d’au moins 1.</translation>
    </message>
    <message>
        <source>The plan %1 is sold in %2, not in %3; the line &quot;%4&quot; cannot be billed in %3.</source>
        <translation>L’offre %1 est vendue en %2, pas en %3&#xa0;; la ligne «&#xa0;%4&#xa0;» ne peut pas être facturée en %3.</translation>
    </message>
    <message>
        <source>A promotion code discounts the plan; this invoice has no plan line.</source>
        <translation>Un code promo s’applique à l’offre&#xa0;; cette facture n’a pas de ligne d’offre.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>Promotion %1</translation>
    </message>
    <message>
        <source>Setup fee, %1</source>
        <translation>Frais de mise en service, %1</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Une facture doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <source>The lines add up to %1, less than nothing; give the difference as a credit instead of an invoice.</source>
        <translation>Le total des lignes est de %1, soit moins que zéro&#xa0;; accordez la différence sous forme de crédit plutôt que de facture.</translation>
    </message>
    <message>
        <source>Invoice %1 has already been issued.</source>
        <translation>La facture %1 a déjà été émise.</translation>
    </message>
    <message>
        <source>A credit note is issued by crediting its invoice.</source>
        <translation>Un avoir s’émet en créditant sa facture.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; does not add up; draft the invoice again.</source>
        <translation>Les montants de la ligne «&#xa0;%1&#xa0;» ne concordent pas&#xa0;; établissez de nouveau le brouillon de la facture.</translation>
    </message>
    <message>
        <source>The invoice&apos;s totals are not the sums of its lines; draft it again.</source>
        <translation>Les totaux de la facture ne sont pas les sommes de ses lignes&#xa0;; établissez-en de nouveau le brouillon.</translation>
    </message>
    <message>
        <source>An invoice cannot total less than nothing.</source>
        <translation>Le total d’une facture ne peut pas être inférieur à zéro.</translation>
    </message>
    <message>
        <source>Credits are spent when an invoice is issued, not recorded as a payment.</source>
        <translation>Les crédits sont imputés à l’émission d’une facture, pas enregistrés comme un paiement.</translation>
    </message>
    <message>
        <source>A payment must be more than nothing.</source>
        <translation>Un paiement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 is a credit note; payments go to invoices.</source>
        <translation>%1 est un avoir&#xa0;; les paiements s’imputent sur des factures.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2: nothing is due on it.</source>
        <translation>La facture %1 est %2&#xa0;: rien n’est dû à son titre.</translation>
    </message>
    <message>
        <source>Invoice %1 is in %2; a payment in %3 cannot settle it.</source>
        <translation>La facture %1 est en %2&#xa0;; un paiement en %3 ne peut pas la régler.</translation>
    </message>
    <message>
        <source>Only %1 is due on invoice %2; a payment of %3 is more than that.</source>
        <translation>Il ne reste que %1 à payer sur la facture %2&#xa0;; un paiement de %3 dépasse ce montant.</translation>
    </message>
    <message>
        <source>A refund must be more than nothing.</source>
        <translation>Un remboursement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Say why the money is given back.</source>
        <translation>Indiquez pourquoi l’argent est rendu.</translation>
    </message>
    <message>
        <source>Only an issued invoice can be refunded to credit.</source>
        <translation>Seule une facture émise peut être remboursée sous forme de crédit.</translation>
    </message>
    <message>
        <source>Invoice %1 is in %2; a refund in %3 cannot come from it.</source>
        <translation>La facture %1 est en %2&#xa0;; un remboursement en %3 ne peut pas en provenir.</translation>
    </message>
    <message>
        <source>Only %1 paid on invoice %2 can still be refunded; %3 is more than that.</source>
        <translation>Seuls %1 payés sur la facture %2 peuvent encore être remboursés&#xa0;; %3 dépasse ce montant.</translation>
    </message>
    <message>
        <source>The setting billing.eu_consumer_vat is &quot;%1&quot;; set it to &quot;seller&quot; or &quot;destination&quot;.</source>
        <translation>Le réglage billing.eu_consumer_vat vaut «&#xa0;%1&#xa0;»&#xa0;; donnez-lui la valeur «&#xa0;seller&#xa0;» ou «&#xa0;destination&#xa0;».</translation>
    </message>
    <message>
        <source>A tax rate is looked up for a date; none was given.</source>
        <translation>Un taux de taxe se recherche pour une date&#xa0;; aucune n’a été indiquée.</translation>
    </message>
    <message>
        <source>No %1 tax rate for %2 is valid on %3; add it to the tax rates.</source>
        <translation>Aucun taux de taxe %1 pour %2 n’est en vigueur le %3&#xa0;; ajoutez-le aux taux de taxe.</translation>
    </message>
    <message>
        <source>The card was declined (%1).</source>
        <translation>La carte a été refusée (%1).</translation>
    </message>
    <message>
        <source>The payment gateway did not answer in time.</source>
        <translation>La passerelle de paiement n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The simulated gateway&apos;s ledger %1 cannot be read: %2</source>
        <translation>Impossible de lire le registre %1 de la passerelle simulée&#xa0;: %2</translation>
    </message>
    <message>
        <source>A charge needs an idempotency key.</source>
        <translation>Un prélèvement doit avoir une clé d’idempotence.</translation>
    </message>
    <message>
        <source>A charge must be for more than nothing.</source>
        <translation>Un prélèvement doit porter sur un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>The simulated gateway cannot write its ledger %1: %2</source>
        <translation>La passerelle simulée ne peut pas écrire son registre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A payment cannot be negative.</source>
        <translation>Un paiement ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2: it takes no payment.</source>
        <translation>La facture %1 est %2&#xa0;: elle n’accepte aucun paiement.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot take that much: it would be paid more than its total.</source>
        <translation>La facture %1 ne peut pas recevoir autant&#xa0;: elle serait payée au-delà de son total.</translation>
    </message>
    <message>
        <source>Say why the invoice is credited.</source>
        <translation>Indiquez pourquoi la facture fait l’objet d’un avoir.</translation>
    </message>
    <message>
        <source>%1 is itself a credit note; credit the invoice it corrects.</source>
        <translation>%1 est lui-même un avoir&#xa0;; émettez l’avoir sur la facture qu’il corrige.</translation>
    </message>
    <message>
        <source>This invoice is still a draft: change it instead of crediting it.</source>
        <translation>Cette facture est encore un brouillon&#xa0;: modifiez-la au lieu d’émettre un avoir.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2: it has been credited in full already.</source>
        <translation>La facture %1 est %2&#xa0;: elle a déjà fait l’objet d’un avoir total.</translation>
    </message>
    <message>
        <source>Invoice %1 has been credited in full already.</source>
        <translation>La facture %1 a déjà fait l’objet d’un avoir total.</translation>
    </message>
    <message>
        <source>Invoice %1 is in %2; it cannot be credited in %3.</source>
        <translation>La facture %1 est en %2&#xa0;; elle ne peut pas faire l’objet d’un avoir en %3.</translation>
    </message>
    <message>
        <source>A credit note must credit more than nothing.</source>
        <translation>Un avoir doit porter sur un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Only %1 %2 of invoice %3 is left to credit; %4 %2 is more than that.</source>
        <translation>Il ne reste que %1 %2 de la facture %3 à créditer&#xa0;; %4 %2 dépasse ce montant.</translation>
    </message>
    <message>
        <source>Credit on invoice %1: %2</source>
        <translation>Avoir sur la facture %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This credit note would credit nothing.</source>
        <translation>Cet avoir ne créditerait rien.</translation>
    </message>
    <message>
        <source>%1 day(s) run: %2 invoices created, %3 reminders queued, %4 charges tried (%5 succeeded, %6 failed, %7 awaiting the gateway), %8 dunning cases opened, %9 advanced, %10 resolved, %11 suspensions, %12 cancellations, %13 trials ended.</source>
        <translation>%1 jour(s) traité(s)&#xa0;: %2 factures créées, %3 rappels mis en file d’envoi, %4 prélèvements tentés (%5 réussis, %6 refusés, %7 en attente de la passerelle), %8 dossiers de relance ouverts, %9 avancés, %10 résolus, %11 suspensions, %12 résiliations, %13 périodes d’essai terminées.</translation>
    </message>
    <message>
        <source>The daily run needs a business date.</source>
        <translation>Le traitement quotidien a besoin d’une date de gestion.</translation>
    </message>
    <message>
        <source>The last daily run was on %1, more than a year before %2; run the days in between in smaller steps with --as-of.</source>
        <translation>Le dernier traitement quotidien date du %1, plus d’un an avant le %2&#xa0;; traitez les jours intermédiaires par étapes plus courtes avec --as-of.</translation>
    </message>
    <message>
        <source>The daily run was stopped; what it finished is kept.</source>
        <translation>Le traitement quotidien a été interrompu&#xa0;; ce qu’il avait terminé est conservé.</translation>
    </message>
    <message>
        <source>The trial ended without a plan being chosen.</source>
        <translation>La période d’essai s’est terminée sans qu’une offre ait été choisie.</translation>
    </message>
    <message>
        <source>Cancelled at the end of the period, as the customer asked.</source>
        <translation>Résilié à la fin de la période, à la demande du client.</translation>
    </message>
    <message>
        <source>Subscription %1 uses the payment gateway &quot;%2&quot;, which this program does not have.</source>
        <translation>L’abonnement %1 utilise la passerelle de paiement «&#xa0;%2&#xa0;», que ce programme ne connaît pas.</translation>
    </message>
    <message>
        <source>Payment of %1 received.</source>
        <translation>Paiement de %1 reçu.</translation>
    </message>
    <message>
        <source>Invoice %1 is unpaid on its due date.</source>
        <translation>La facture %1 est impayée à sa date d’échéance.</translation>
    </message>
    <message>
        <source>The payment of %1 failed (%2).</source>
        <translation>Le paiement de %1 a été refusé (%2).</translation>
    </message>
    <message>
        <source>Invoice %1 is unpaid %2 days after its due date.</source>
        <translation>La facture %1 est impayée %2 jours après sa date d’échéance.</translation>
    </message>
    <message>
        <source>The business date to run, YYYY-MM-DD (default today). Days missed since the last run are run first, in order.</source>
        <translation>La date de gestion à traiter, AAAA-MM-JJ (aujourd’hui par défaut). Les jours manqués depuis le dernier traitement sont traités d’abord, dans l’ordre.</translation>
    </message>
    <message>
        <source>Where the simulated gateway keeps the charges it made (default: beside the book).</source>
        <translation>L’endroit où la passerelle simulée conserve les prélèvements qu’elle a effectués (par défaut&#xa0;: à côté du dossier).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Runs the billing day: renewal invoices, reminders, charges and dunning.</source>
        <translation>Exécute la journée de facturation&#xa0;: factures de renouvellement, rappels, prélèvements et relances.</translation>
    </message>
    <message>
        <source>--as-of takes a date like 2026-11-30, not &quot;%1&quot;.</source>
        <translation>--as-of attend une date comme 2026-11-30, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run the billing day (invoices, reminders, charges, dunning).</source>
        <translation>Exécuter la journée de facturation (factures, rappels, prélèvements, relances).</translation>
    </message>
    <message>
        <source>A plan change needs the current period and the day of the change.</source>
        <translation>Un changement d’offre doit indiquer la période en cours et le jour du changement.</translation>
    </message>
    <message>
        <source>The current period (%1 to %2) has no days to share between two plans.</source>
        <translation>La période en cours (du %1 au %2) n’a aucun jour à répartir entre deux offres.</translation>
    </message>
    <message>
        <source>A plan change on %1 falls outside the current period, %2 to %3.</source>
        <translation>Un changement d’offre le %1 tombe en dehors de la période en cours, du %2 au %3.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is billed in %2, not in %3 like this subscription.</source>
        <translation>L’offre «&#xa0;%1&#xa0;» est facturée en %2, et non en %3 comme cet abonnement.</translation>
    </message>
    <message>
        <source>A plan price cannot be negative.</source>
        <translation>Le prix d’une offre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Unused time on %1 from %2 to %3 (%4 of %5 days)</source>
        <translation>Temps non utilisé sur %1 du %2 au %3 (%4 jours sur %5)</translation>
    </message>
    <message>
        <source>Remaining time on %1 from %2 to %3 (%4 of %5 days)</source>
        <translation>Temps restant sur %1 du %2 au %3 (%4 jours sur %5)</translation>
    </message>
    <message>
        <source>Say who changes the subscription.</source>
        <translation>Indiquez qui modifie l’abonnement.</translation>
    </message>
    <message>
        <source>Dunning case %1 is closed (%2): there is nothing left to do on it.</source>
        <translation>Le dossier de relance %1 est clos (%2)&#xa0;: il n’y a plus rien à y faire.</translation>
    </message>
    <message>
        <source>Suspended by support during dunning.</source>
        <translation>Suspendu par le support pendant la relance.</translation>
    </message>
    <message>
        <source>A deadline is extended by 1 to 60 days, not %1.</source>
        <translation>Une échéance se prolonge de 1 à 60 jours, et non de %1.</translation>
    </message>
    <message>
        <source>%1: deadline extended by %2 days by %3.</source>
        <translation>%1&#xa0;: échéance prolongée de %2 jours par %3.</translation>
    </message>
    <message>
        <source>Say what was said with the customer.</source>
        <translation>Indiquez ce qui a été convenu avec le client.</translation>
    </message>
    <message>
        <source>Invoice %1 is in %2; a credit in %3 cannot pay it.</source>
        <translation>La facture %1 est en %2&#xa0;; un crédit en %3 ne peut pas la régler.</translation>
    </message>
    <message>
        <source>The credit must be more than nothing and at most the %1 still due on %2.</source>
        <translation>Le crédit doit être supérieur à zéro et ne pas dépasser les %1 encore dus sur %2.</translation>
    </message>
    <message>
        <source>Goodwill credit during dunning of %1.</source>
        <translation>Geste commercial pendant la relance de %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is not paid yet.</source>
        <translation>La facture %1 n’est pas encore payée.</translation>
    </message>
    <message>
        <source>Say why: the history of a subscription keeps a reason for every change.</source>
        <translation>Indiquez le motif&#xa0;: l’historique d’un abonnement conserve un motif pour chaque changement.</translation>
    </message>
    <message>
        <source>The subscription is already on plan &quot;%1&quot;.</source>
        <translation>L’abonnement est déjà sur l’offre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is no longer sold; choose an active plan.</source>
        <translation>L’offre «&#xa0;%1&#xa0;» n’est plus commercialisée&#xa0;; choisissez une offre active.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is a trial: a trial starts a new subscription, it is not a plan to change to.</source>
        <translation>L’offre «&#xa0;%1&#xa0;» est un essai&#xa0;: un essai ouvre un nouvel abonnement, ce n’est pas une offre vers laquelle changer.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; has a price but no billing interval; give it one in the catalogue first.</source>
        <translation>L’offre «&#xa0;%1&#xa0;» a un prix mais pas de périodicité de facturation&#xa0;; indiquez-en d’abord une dans le catalogue.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; starts with nothing to pay, so there is nothing for a promotion code to discount.</source>
        <translation>L’offre «&#xa0;%1&#xa0;» commence sans rien à payer&#xa0;: un code promo n’a donc rien à réduire.</translation>
    </message>
    <message>
        <source>Only a paused subscription is resumed; this one is %1.</source>
        <translation>Seul un abonnement en pause peut reprendre&#xa0;; celui-ci est %1.</translation>
    </message>
    <message>
        <source>Subscription %1 is already set to end on %2.</source>
        <translation>La fin de l’abonnement %1 est déjà prévue le %2.</translation>
    </message>
    <message>
        <source>Subscription %1 is not set to end; there is nothing to take back.</source>
        <translation>Aucune fin n’est prévue pour l’abonnement %1&#xa0;; il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>Set to cancel at the end of the period, on %1.</source>
        <translation>Résiliation prévue à la fin de la période, le %1.</translation>
    </message>
    <message>
        <source>The cancellation at the end of the period is taken back.</source>
        <translation>La résiliation prévue à la fin de la période est annulée.</translation>
    </message>
    <message>
        <source>Only a suspended subscription is reactivated; this one is %1.</source>
        <translation>Seul un abonnement suspendu peut être réactivé&#xa0;; celui-ci est %1.</translation>
    </message>
    <message>
        <source>A %1 subscription cannot change plan; only an active or trialing one can.</source>
        <translation>Un abonnement %1 ne peut pas changer d’offre&#xa0;; seul un abonnement actif ou en essai le peut.</translation>
    </message>
    <message>
        <source>The trial ends with a change to plan &quot;%1&quot;.</source>
        <translation>La période d’essai se termine par un passage à l’offre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Plan changed from &quot;%1&quot; to &quot;%2&quot; on %3.</source>
        <translation>Passage de l’offre «&#xa0;%1&#xa0;» à l’offre «&#xa0;%2&#xa0;» le %3.</translation>
    </message>
    <message>
        <source>Plan changed from &quot;%1&quot; to &quot;%2&quot; on %3: %4.</source>
        <translation>Passage de l’offre «&#xa0;%1&#xa0;» à l’offre «&#xa0;%2&#xa0;» le %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>A %1 subscription has no next period to change.</source>
        <translation>Un abonnement %1 n’a pas de période suivante à modifier.</translation>
    </message>
    <message>
        <source>Subscription %1 has no plan change scheduled; there is nothing to take back.</source>
        <translation>Aucun changement d’offre n’est prévu pour l’abonnement %1&#xa0;; il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>The plan change scheduled for %1 is taken back.</source>
        <translation>Le changement d’offre prévu le %1 est annulé.</translation>
    </message>
    <message>
        <source>Change to plan &quot;%1&quot; scheduled for %2.</source>
        <translation>Passage à l’offre «&#xa0;%1&#xa0;» prévu le %2.</translation>
    </message>
    <message>
        <source>The change to plan &quot;%1&quot; scheduled for %2 is dropped: the plan is no longer sold in %3.</source>
        <translation>Le passage à l’offre «&#xa0;%1&#xa0;» prévu le %2 est abandonné&#xa0;: l’offre n’est plus vendue en %3.</translation>
    </message>
    <message>
        <source>Plan changed from &quot;%1&quot; to &quot;%2&quot; on %3, as scheduled.</source>
        <translation>Passage de l’offre «&#xa0;%1&#xa0;» à l’offre «&#xa0;%2&#xa0;» le %3, comme prévu.</translation>
    </message>
    <message>
        <source>The subscribers cannot be moved to the plan they leave.</source>
        <translation>Les abonnés ne peuvent pas être transférés vers l’offre qu’ils quittent.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was withdrawn from the catalogue.</source>
        <translation>L’offre «&#xa0;%1&#xa0;» a été retirée du catalogue.</translation>
    </message>
    <message>
        <source>Give the e-mail address of a customer.</source>
        <translation>Indiquez l’adresse e-mail d’un client.</translation>
    </message>
    <message>
        <source>No customer has the e-mail address %1.</source>
        <translation>Aucun client n’a l’adresse e-mail %1.</translation>
    </message>
    <message>
        <source>Free</source>
        <comment>plan type</comment>
        <translation>Gratuite</translation>
    </message>
    <message>
        <source>Trial</source>
        <comment>plan type</comment>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>plan type</comment>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>plan type</comment>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>plan type</comment>
        <translation>Sur mesure</translation>
    </message>
    <message>
        <source>None</source>
        <comment>billing cycle</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing cycle</comment>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>billing cycle</comment>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>billing cycle</comment>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Percentage</source>
        <comment>discount type</comment>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <comment>discount type</comment>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>First payment</source>
        <comment>promotion scope</comment>
        <translation>Premier paiement</translation>
    </message>
    <message>
        <source>Renewals</source>
        <comment>promotion scope</comment>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>First payment and renewals</source>
        <comment>promotion scope</comment>
        <translation>Premier paiement et renouvellements</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Storage (GB)</source>
        <translation>Stockage (Go)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d’API</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Frais de mise en service</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>Jours d’essai</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Sign-up link</source>
        <translation>Lien d’inscription</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Every plan</source>
        <translation>Toutes les offres</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Max uses</source>
        <translation>Utilisations max.</translation>
    </message>
    <message>
        <source>Max per customer</source>
        <translation>Max. par client</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Auto-apply</source>
        <translation>Application automatique</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Cumulable</translation>
    </message>
    <message>
        <source>%1 (unit)</source>
        <translation>%1 (unité)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Le fichier %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>The homepage template %1 is missing from the program.</source>
        <translation>Le modèle de page d’accueil %1 est absent du programme.</translation>
    </message>
    <message>
        <source>The homepage template %1 does not parse: %2.</source>
        <translation>Le modèle de page d’accueil %1 ne peut pas être analysé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The homepage template %1 could not be rendered: %2.</source>
        <translation>Le modèle de page d’accueil %1 n’a pas pu être rendu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>section %1 (%2)</source>
        <translation>section %1 (%2)</translation>
    </message>
    <message>
        <source>the background image of %1</source>
        <translation>l’image de fond de %1</translation>
    </message>
    <message>
        <source>the button &quot;%1&quot; of %2</source>
        <translation>le bouton «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>the service &quot;%1&quot; of %2</source>
        <translation>le service «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>the image of %1</source>
        <translation>l’image de %1</translation>
    </message>
    <message>
        <source>the link of %1</source>
        <translation>le lien de %1</translation>
    </message>
    <message>
        <source>the signup link of the plan &quot;%1&quot;</source>
        <translation>le lien d’inscription de l’offre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The email &quot;%1&quot; of %2 is not an email address.</source>
        <translation>L’adresse «&#xa0;%1&#xa0;» de %2 n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The form field name &quot;%1&quot; of %2 must be letters, digits, - or _, starting with a letter.</source>
        <translation>Le nom de champ «&#xa0;%1&#xa0;» de %2 doit se composer de lettres, de chiffres, de - ou de _, et commencer par une lettre.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; of %2 is refused: a link must start with https://, http:// or mailto:, or be an anchor such as #pricing.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» de %2 est refusé&#xa0;: un lien doit commencer par https://, http:// ou mailto:, ou être une ancre comme #pricing.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; of %2 is refused: an image is an https:// or http:// address or a file of the site such as assets/hero.jpg.</source>
        <translation>L’image «&#xa0;%1&#xa0;» de %2 est refusée&#xa0;: une image est une adresse https:// ou http://, ou un fichier du site comme assets/hero.jpg.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has no active section: activate or add one before publishing it.</source>
        <translation>La page «&#xa0;%1&#xa0;» n’a aucune section active&#xa0;: activez-en ou ajoutez-en une avant de la publier.</translation>
    </message>
    <message>
        <source>the site address</source>
        <translation>l’adresse du site</translation>
    </message>
    <message>
        <source>The site address &quot;%1&quot; must be an https:// or http:// address (the sitemap and the Open Graph tags need it).</source>
        <translation>L’adresse du site «&#xa0;%1&#xa0;» doit être une adresse https:// ou http:// (le plan du site et les balises Open Graph en ont besoin).</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has two active hero sections; keep one.</source>
        <translation>La page «&#xa0;%1&#xa0;» a deux sections d’en-tête actives&#xa0;; n’en gardez qu’une.</translation>
    </message>
    <message>
        <source>the Open Graph image of the page</source>
        <translation>l’image Open Graph de la page</translation>
    </message>
    <message>
        <source>The S3 endpoint %1 did not answer within %2 seconds; check the address and the network.</source>
        <translation>Le point d’accès S3 %1 n’a pas répondu en %2 secondes&#xa0;; vérifiez l’adresse et le réseau.</translation>
    </message>
    <message>
        <source>The S3 endpoint %1 cannot be reached (%2); check the address and the network.</source>
        <translation>Le point d’accès S3 %1 est injoignable (%2)&#xa0;; vérifiez l’adresse et le réseau.</translation>
    </message>
    <message>
        <source>The S3 server refused access to the bucket &quot;%1&quot;: check that these keys may write to it.</source>
        <translation>Le serveur S3 a refusé l’accès au compartiment «&#xa0;%1&#xa0;»&#xa0;: vérifiez que ces clés ont le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; does not exist at %2; create it or correct its name.</source>
        <translation>Le compartiment «&#xa0;%1&#xa0;» n’existe pas sur %2&#xa0;; créez-le ou corrigez son nom.</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; holds no object &quot;%2&quot;.</source>
        <translation>Le compartiment «&#xa0;%1&#xa0;» ne contient aucun objet «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; lives in another region than %2: set the bucket&apos;s region.</source>
        <translation>Le compartiment «&#xa0;%1&#xa0;» se trouve dans une autre région que %2&#xa0;: indiquez la région du compartiment.</translation>
    </message>
    <message>
        <source>The S3 server answered %1 (%2) to %3 %4; try again later.</source>
        <translation>Le serveur S3 a répondu %1 (%2) à %3 %4&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>pas de code d’erreur</translation>
    </message>
    <message>
        <source>The S3 server&apos;s list of the bucket &quot;%1&quot; could not be read (%2).</source>
        <translation>La liste du compartiment «&#xa0;%1&#xa0;» renvoyée par le serveur S3 n’a pas pu être lue (%2).</translation>
    </message>
    <message>
        <source>see the customers</source>
        <translation>voir les clients</translation>
    </message>
    <message>
        <source>see the subscriptions</source>
        <translation>voir les abonnements</translation>
    </message>
    <message>
        <source>see the invoices</source>
        <translation>voir les factures</translation>
    </message>
    <message>
        <source>see the catalogue</source>
        <translation>voir le catalogue</translation>
    </message>
    <message>
        <source>see the homepage</source>
        <translation>voir la page d’accueil</translation>
    </message>
    <message>
        <source>see the dashboard figures</source>
        <translation>voir les chiffres du tableau de bord</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d’audit</translation>
    </message>
    <message>
        <source>change the catalogue (plans and promotions)</source>
        <translation>modifier le catalogue (offres et promotions)</translation>
    </message>
    <message>
        <source>change or publish the homepage</source>
        <translation>modifier ou publier la page d’accueil</translation>
    </message>
    <message>
        <source>create or change subscriptions</source>
        <translation>créer ou modifier des abonnements</translation>
    </message>
    <message>
        <source>issue invoices</source>
        <translation>émettre des factures</translation>
    </message>
    <message>
        <source>issue credit notes</source>
        <translation>émettre des avoirs</translation>
    </message>
    <message>
        <source>record payments</source>
        <translation>enregistrer des paiements</translation>
    </message>
    <message>
        <source>refund payments</source>
        <translation>rembourser des paiements</translation>
    </message>
    <message>
        <source>give credits</source>
        <translation>accorder des crédits</translation>
    </message>
    <message>
        <source>act on dunning cases</source>
        <translation>agir sur les dossiers de relance</translation>
    </message>
    <message>
        <source>write customer notes</source>
        <translation>rédiger des notes client</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>exporter des données</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>gérer les comptes de l’équipe</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modifier les réglages</translation>
    </message>
    <message>
        <source>An admin</source>
        <translation>Un administrateur</translation>
    </message>
    <message>
        <source>An accountant</source>
        <translation>Un comptable</translation>
    </message>
    <message>
        <source>A support member</source>
        <translation>Un membre du support</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>role</comment>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Accountant</source>
        <comment>role</comment>
        <translation>Comptable</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>role</comment>
        <translation>Support</translation>
    </message>
    <message>
        <source>%1 may not %2; ask an admin.</source>
        <translation>%1 ne peut pas %2&#xa0;; adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>%1 may give credits of at most %2; %3 needs an admin.</source>
        <translation>%1 peut accorder des crédits de %2 au plus&#xa0;; %3 nécessite un administrateur.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The password library (libsodium) could not start.</source>
        <translation>La bibliothèque de mots de passe (libsodium) n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password; close other programs and try again.</source>
        <translation>La mémoire a manqué pour protéger le mot de passe&#xa0;; fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>This book already has its staff accounts; sign in instead.</source>
        <translation>Ce dossier a déjà ses comptes d’équipe&#xa0;; connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de mots de passe erronés&#xa0;: patientez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de mots de passe erronés&#xa0;: patientez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is switched off; ask an admin to switch it on.</source>
        <translation>Votre compte est désactivé&#xa0;; demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>Server logins exist on PostgreSQL only; the embedded book signs in with its own staff accounts.</source>
        <translation>Les identifiants de serveur n’existent que sur PostgreSQL&#xa0;; le dossier intégré utilise ses propres comptes d’équipe.</translation>
    </message>
    <message>
        <source>The server did not say who is signed in.</source>
        <translation>Le serveur n’a pas indiqué qui est connecté.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; belongs to none of ic_admin, ic_accountant, ic_support; ask an admin to give it a role.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» n’appartient à aucun des rôles ic_admin, ic_accountant, ic_support&#xa0;; demandez à un administrateur de lui en attribuer un.</translation>
    </message>
    <message>
        <source>The statement names :%1, which has no value.</source>
        <translation>La requête nomme&#xa0;:%1, qui n’a pas de valeur.</translation>
    </message>
    <message>
        <source>Rolled back &quot;%1&quot; to version %2</source>
        <translation>«&#xa0;%1&#xa0;» ramenée à la version %2</translation>
    </message>
    <message>
        <source>Published &quot;%1&quot; version %2</source>
        <translation>Version %2 de «&#xa0;%1&#xa0;» publiée</translation>
    </message>
    <message>
        <source>Dry run of &quot;%1&quot; version %2: %3 file(s) to upload, %4 to delete, %5 unchanged.</source>
        <translation>Essai à blanc de la version %2 de «&#xa0;%1&#xa0;»&#xa0;: %3 fichier(s) à envoyer, %4 à supprimer, %5 inchangé(s).</translation>
    </message>
    <message>
        <source>%1: %2 file(s) uploaded, %3 deleted, %4 unchanged.</source>
        <translation>%1&#xa0;: %2 fichier(s) envoyé(s), %3 supprimé(s), %4 inchangé(s).</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has no published version; say which version to publish.</source>
        <translation>La page «&#xa0;%1&#xa0;» n’a aucune version publiée&#xa0;; indiquez la version à publier.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has no version %2.</source>
        <translation>La page «&#xa0;%1&#xa0;» n’a pas de version %2.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has no earlier version published to %2 to roll back to.</source>
        <translation>La page «&#xa0;%1&#xa0;» n’a pas de version antérieure publiée sur %2 vers laquelle revenir.</translation>
    </message>
    <message>
        <source>Nothing was changed on the live site: %1</source>
        <translation>Rien n’a été modifié sur le site en ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 is live, but an old file could not be deleted (publish again to finish): %2</source>
        <translation>La version %1 est en ligne, mais un ancien fichier n’a pas pu être supprimé (publiez de nouveau pour terminer)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Version %1 is live, but the publish could not be recorded in the book: %2</source>
        <translation>La version %1 est en ligne, mais la publication n’a pas pu être consignée dans le dossier&#xa0;: %2</translation>
    </message>
    <message>
        <source>The page (default home).</source>
        <translation>La page (home par défaut).</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>The version to publish (default: the published one, to take up catalogue changes).</source>
        <translation>La version à publier (par défaut&#xa0;: la version publiée, pour prendre en compte les modifications du catalogue).</translation>
    </message>
    <message>
        <source>List what would be uploaded and deleted; change nothing.</source>
        <translation>Liste ce qui serait envoyé et supprimé&#xa0;; ne modifie rien.</translation>
    </message>
    <message>
        <source>Publish again the version that was live before the current one.</source>
        <translation>Publie de nouveau la version qui était en ligne avant la version actuelle.</translation>
    </message>
    <message>
        <source>The S3 endpoint, e.g. https://s3.eu-west-3.amazonaws.com.</source>
        <translation>Le point d’accès S3, par ex. https://s3.eu-west-3.amazonaws.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The bucket the site is served from.</source>
        <translation>Le compartiment d’où le site est servi.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>Address the bucket as endpoint/bucket instead of bucket.endpoint.</source>
        <translation>Désigne le compartiment sous la forme point-d’accès/compartiment au lieu de compartiment.point-d’accès.</translation>
    </message>
    <message>
        <source>The address the site is served from (default: the bucket&apos;s address).</source>
        <translation>L’adresse d’où le site est servi (par défaut&#xa0;: l’adresse du compartiment).</translation>
    </message>
    <message>
        <source>--endpoint takes an address like https://s3.eu-west-3.amazonaws.com, not &quot;%1&quot;.</source>
        <translation>--endpoint attend une adresse comme https://s3.eu-west-3.amazonaws.com, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--bucket takes a bucket name (3 to 63 lower-case letters, digits, dots and hyphens), not &quot;%1&quot;.</source>
        <translation>--bucket attend un nom de compartiment (de 3 à 63 lettres minuscules, chiffres, points et traits d’union), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--version takes a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--version attend un nombre entier d’au moins 1, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use --rollback or --version, not both.</source>
        <translation>Utilisez --rollback ou --version, pas les deux.</translation>
    </message>
    <message>
        <source>Publish the homepage to S3 (only what changed).</source>
        <translation>Publier la page d’accueil sur S3 (uniquement ce qui a changé).</translation>
    </message>
    <message>
        <source>The audit log is append-only: its entries are never changed or deleted.</source>
        <translation>Le journal d’audit n’accepte que des ajouts&#xa0;: ses entrées ne sont jamais modifiées ni supprimées.</translation>
    </message>
    <message>
        <source>Given away</source>
        <translation>Remises accordées</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>The bucket&apos;s region (default: the book&apos;s setting, else us-east-1).</source>
        <translation>La région du compartiment (par défaut&#xa0;: le réglage du dossier, sinon us-east-1).</translation>
    </message>
    <message>
        <source>Publishes the homepage to S3: only what changed, index.html last. Where to comes from the book&apos;s S3 settings unless given; the keys from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, else from the system keychain.</source>
        <translation>Publie la page d’accueil sur S3&#xa0;: uniquement ce qui a changé, index.html en dernier. La destination est lue dans les réglages S3 du dossier, sauf si elle est indiquée&#xa0;; les clés sont lues dans AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, sinon dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Say where to publish: --endpoint and --bucket, or the S3 settings of the book.</source>
        <translation>Indiquez où publier&#xa0;: --endpoint et --bucket, ou les réglages S3 du dossier.</translation>
    </message>
    <message>
        <source>Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither to use the keys of the system keychain.</source>
        <translation>Définissez à la fois AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou aucune des deux pour utiliser les clés du trousseau du système.</translation>
    </message>
    <message>
        <source>%1 Or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>%1 Vous pouvez aussi définir AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The version to render (default: the published one).</source>
        <translation>La version à générer (par défaut&#xa0;: la version publiée).</translation>
    </message>
    <message>
        <source>The folder to write the site to (created; must be empty).</source>
        <translation>Le répertoire où écrire le site (créé au besoin&#xa0;; il doit être vide).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>The address the site is served from (default: the book&apos;s setting).</source>
        <translation>L’adresse d’où le site est servi (par défaut&#xa0;: le réglage du dossier).</translation>
    </message>
    <message>
        <source>Writes the homepage as the static site publishing would send: the same files, the same bytes.</source>
        <translation>Écrit la page d’accueil sous la forme du site statique qu’enverrait la publication&#xa0;: les mêmes fichiers, les mêmes octets.</translation>
    </message>
    <message>
        <source>Say where to write the site with --output.</source>
        <translation>Indiquez avec --output où écrire le site.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; give a new or empty one.</source>
        <translation>Le répertoire %1 n’est pas vide&#xa0;; indiquez un répertoire nouveau ou vide.</translation>
    </message>
    <message>
        <source>Say with --site-url where the site is served from (the book has no site address).</source>
        <translation>Indiquez avec --site-url l’adresse d’où le site est servi (le dossier n’a pas d’adresse de site).</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Impossible de créer le répertoire de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rendered &quot;%1&quot; version %2: %3 file(s) in %4.</source>
        <translation>Version %2 de «&#xa0;%1&#xa0;» générée&#xa0;: %3 fichier(s) dans %4.</translation>
    </message>
    <message>
        <source>The image to add (PNG, JPEG, GIF, WebP, BMP).</source>
        <translation>L’image à ajouter (PNG, JPEG, GIF, WebP, BMP).</translation>
    </message>
    <message>
        <source>Adds an image to the homepage&apos;s images (resized to 480, 960 and 1600 pixels wide) and prints the path to give the page.</source>
        <translation>Ajoute une image aux images de la page d’accueil (redimensionnée à 480, 960 et 1600 pixels de large) et affiche le chemin à indiquer dans la page.</translation>
    </message>
    <message>
        <source>Say which image with --file.</source>
        <translation>Indiquez l’image avec --file.</translation>
    </message>
    <message>
        <source>Write the homepage&apos;s static site to a folder.</source>
        <translation>Écrire le site statique de la page d’accueil dans un répertoire.</translation>
    </message>
    <message>
        <source>Add an image to the homepage&apos;s images.</source>
        <translation>Ajouter une image aux images de la page d’accueil.</translation>
    </message>
    <message>
        <source>No payment gateway is set up here; record the payment as manual or leave it for the daily run.</source>
        <translation>Aucune passerelle de paiement n’est configurée ici&#xa0;; enregistrez le paiement comme manuel ou laissez-le au traitement quotidien.</translation>
    </message>
    <message>
        <source>The %1 gateway does not charge cards: record the payment when the money arrives.</source>
        <translation>La passerelle %1 ne débite pas de carte&#xa0;: enregistrez le paiement à la réception des fonds.</translation>
    </message>
    <message>
        <source>The gateway did not answer; the daily run will ask again without charging twice.</source>
        <translation>La passerelle n’a pas répondu&#xa0;; le traitement quotidien la relancera sans prélever deux fois.</translation>
    </message>
    <message>
        <source>The card was declined (%1); the invoice stays due.</source>
        <translation>La carte a été refusée (%1)&#xa0;; la facture reste à payer.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Rédigez d’abord la note.</translation>
    </message>
    <message>
        <source>A note holds at most %1 characters; this one has %2.</source>
        <translation>Une note compte au plus %1 caractères&#xa0;; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>A credit must be more than nothing.</source>
        <translation>Un crédit doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Say why the customer receives this credit.</source>
        <translation>Indiquez pourquoi le client reçoit ce crédit.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;.</source>
        <translation>Il n’y a pas de fichier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 40 MB; choose a smaller image.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 40 Mo&#xa0;; choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image: choose a PNG, JPEG, GIF, WebP or BMP file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image&#xa0;: choisissez un fichier PNG, JPEG, GIF, WebP ou BMP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: write it as name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail&#xa0;: écrivez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot; on this computer for %2.</source>
        <translation>Il n’y a pas de fichier «&#xa0;%1&#xa0;» sur cet ordinateur pour %2.</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot; in the page&apos;s assets for %2.</source>
        <translation>Il n’y a pas de fichier «&#xa0;%1&#xa0;» dans les ressources de la page pour %2.</translation>
    </message>
    <message>
        <source>A title that says what you offer</source>
        <translation>Un titre qui dit ce que vous proposez</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; of form field %2 must be letters, digits, - or _, starting with a letter.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» du champ de formulaire %2 doit se composer de lettres, de chiffres, de - ou de _, et commencer par une lettre.</translation>
    </message>
    <message>
        <source>Two form fields are named &quot;%1&quot;: give each its own name.</source>
        <translation>Deux champs de formulaire s’appellent «&#xa0;%1&#xa0;»&#xa0;: donnez à chacun son propre nom.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Publishing was cancelled before index.html: the live site is unchanged.</source>
        <translation>La publication a été annulée avant index.html&#xa0;: le site en ligne est inchangé.</translation>
    </message>
    <message>
        <source>Give both the access key id and the secret access key.</source>
        <translation>Indiquez à la fois l’identifiant de clé d’accès et la clé d’accès secrète.</translation>
    </message>
    <message>
        <source>Say where to publish first: the S3 endpoint and bucket are not set in this book.</source>
        <translation>Indiquez d’abord où publier&#xa0;: le point d’accès S3 et le compartiment ne sont pas définis dans ce dossier.</translation>
    </message>
    <message>
        <source>No keys are stored for %1: enter them in the S3 settings.</source>
        <translation>Aucune clé n’est enregistrée pour %1&#xa0;: saisissez-les dans les réglages S3.</translation>
    </message>
    <message>
        <source>The S3 server does not know the access key: check the access key id in the S3 settings (or AWS_ACCESS_KEY_ID) for %1.</source>
        <translation>Le serveur S3 ne connaît pas la clé d’accès&#xa0;: vérifiez l’identifiant de clé d’accès dans les réglages S3 (ou AWS_ACCESS_KEY_ID) pour %1.</translation>
    </message>
    <message>
        <source>The S3 server refused the signature: check the secret access key in the S3 settings (or AWS_SECRET_ACCESS_KEY) and the region (%1).</source>
        <translation>Le serveur S3 a refusé la signature&#xa0;: vérifiez la clé d’accès secrète dans les réglages S3 (ou AWS_SECRET_ACCESS_KEY) et la région (%1).</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Dunning case</source>
        <translation>Dossier de relance</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Compte d’équipe</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Page d’accueil</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Changement de mot de passe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>This book has no demo account &quot;%1&quot;.</source>
        <translation>Ce dossier n’a pas de compte de démonstration «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The demo account &quot;%1&quot; was changed; sign in instead.</source>
        <translation>Le compte de démonstration «&#xa0;%1&#xa0;» a été modifié&#xa0;; connectez-vous normalement.</translation>
    </message>
    <message>
        <source>There is no demo account for this role.</source>
        <translation>Il n’y a pas de compte de démonstration pour ce rôle.</translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain for %1.</source>
        <translation>Rien n’est enregistré dans le trousseau du système pour %1.</translation>
    </message>
    <message>
        <source>The system keychain refused access to %1; unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l’accès à %1&#xa0;; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No system keychain is available (start GNOME Keyring or KWallet in your session): the keys are kept nowhere else.</source>
        <translation>Aucun trousseau du système n’est disponible (démarrez GNOME Keyring ou KWallet dans votre session)&#xa0;: les clés ne sont conservées nulle part ailleurs.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1): the keys are kept nowhere else.</source>
        <translation>Le trousseau du système n’a pas pu être utilisé (%1)&#xa0;: les clés ne sont conservées nulle part ailleurs.</translation>
    </message>
    <message>
        <source>The audit log has no entry %1.</source>
        <translation>Le journal d’audit n’a pas d’entrée %1.</translation>
    </message>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation>Une partie de cette modification a échoué&#xa0;: rien n’en a donc été enregistré.</translation>
    </message>
    <message>
        <source>The invoice line was not saved.</source>
        <translation>La ligne de facture n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 saved version %2 of the page &quot;%3&quot; at %4 after you opened yours: see their change and merge it before saving.</source>
        <translation>%1 a enregistré la version %2 de la page «&#xa0;%3&#xa0;» le %4, après l’ouverture de la vôtre&#xa0;: consultez sa modification et fusionnez-la avant d’enregistrer.</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>Aucun dossier n’est ouvert.</translation>
    </message>
    <message>
        <source>%1 — %2-day trial</source>
        <translation>%1 — essai de %2 jours</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 every %n month(s)</source>
        <translation>
            <numerusform>%1 — %2 / %n mois</numerusform>
            <numerusform>%1 — %2 / %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>A value the database needs is missing%1.</source>
        <translation>Il manque une valeur obligatoire pour la base de données%1.</translation>
    </message>
    <message>
        <source>The demo image %1 could not be written.</source>
        <translation>L’image de démonstration %1 n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Moved in the order</source>
        <translation>Changement d’ordre</translation>
    </message>
    <message>
        <source>--site-url takes an address like https://www.example.com/, not &quot;%1&quot;.</source>
        <translation>--site-url attend une adresse comme https://www.example.com/, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>--gateway-ledger takes a file in a folder that exists, not &quot;%1&quot;.</source>
        <translation>--gateway-ledger attend un fichier situé dans un répertoire existant, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--region takes a region like eu-west-3, not &quot;%1&quot;.</source>
        <translation>--region attend une région comme eu-west-3, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Print MRR, churn and the dashboard&apos;s other numbers.</source>
        <translation>Afficher le MRR, l’attrition (churn) et les autres indicateurs du tableau de bord.</translation>
    </message>
    <message>
        <source>Send the e-mails waiting in the outbox.</source>
        <translation>Envoyer les e-mails en attente dans la file d’envoi.</translation>
    </message>
    <message>
        <source>Write the PDFs (Factur-X) of a period&apos;s invoices to a folder.</source>
        <translation>Écrire dans un répertoire les PDF (Factur-X) des factures d’une période.</translation>
    </message>
    <message>
        <source>Writes the PDFs (Factur-X e-invoices) of the invoices and credit notes issued in a period, or of one of them, into a new or empty folder.</source>
        <translation>Écrit dans un répertoire nouveau ou vide les PDF (factures électroniques Factur-X) des factures et des avoirs émis sur une période, ou de l’un d’entre eux.</translation>
    </message>
    <message>
        <source>First issue date, YYYY-MM-DD.</source>
        <translation>Première date d’émission, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Last issue date, YYYY-MM-DD (included).</source>
        <translation>Dernière date d’émission, AAAA-MM-JJ (incluse).</translation>
    </message>
    <message>
        <source>pdf (the default).</source>
        <translation>pdf (par défaut).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The folder to write into: new, or empty.</source>
        <translation>Le répertoire où écrire&#xa0;: nouveau, ou vide.</translation>
    </message>
    <message>
        <source>One invoice or credit note, by its number.</source>
        <translation>Une seule facture ou un seul avoir, désigné par son numéro.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>See influencecore-cli export-invoices --help.</source>
        <translation>Consultez influencecore-cli export-invoices --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See influencecore-cli export-invoices --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Consultez influencecore-cli export-invoices --help.</translation>
    </message>
    <message>
        <source>This program exports invoices as pdf only for now; &quot;%1&quot; is not a format it writes.</source>
        <translation>Ce programme n’exporte pour l’instant les factures qu’au format pdf&#xa0;; «&#xa0;%1&#xa0;» n’est pas un format qu’il produit.</translation>
    </message>
    <message>
        <source>Say where to write the PDFs with --out FOLDER.</source>
        <translation>Indiquez où écrire les PDF avec --out RÉPERTOIRE.</translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD, or one invoice with --number.</source>
        <translation>Indiquez la période avec --from AAAA-MM-JJ --to AAAA-MM-JJ, ou une seule facture avec --number.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation>La période se termine le %1, avant de commencer le %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a new or empty folder.</source>
        <translation>%1 est un fichier, et non un répertoire&#xa0;; choisissez un répertoire nouveau ou vide.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder, so that no file is overwritten.</source>
        <translation>Le répertoire %1 n’est pas vide&#xa0;; choisissez un répertoire nouveau ou vide, afin qu’aucun fichier ne soit écrasé.</translation>
    </message>
    <message>
        <source>No invoice or credit note was issued between %1 and %2.</source>
        <translation>Aucune facture ni aucun avoir n’a été émis entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Le répertoire %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was exported.</source>
        <translation>%1 n’a pas pu être écrit (%2)&#xa0;; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>%1 could not be given its name; the export stopped.</source>
        <translation>%1 n’a pas pu recevoir son nom définitif&#xa0;; l’exportation s’est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF écrit dans %1.</numerusform>
            <numerusform>%n PDF écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints MRR and its movements, customers, churn, ARPA, LTV, quick ratio and trial conversion per month-end, per plan and per promotion, in one currency.</source>
        <translation>Affiche le MRR et ses mouvements, les clients, l’attrition (churn), l’ARPA, la LTV, le quick ratio et la conversion des essais à chaque fin de mois, par offre et par promotion, dans une seule devise.</translation>
    </message>
    <message>
        <source>The first month, YYYY-MM.</source>
        <translation>Le premier mois, AAAA-MM.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>The last month, YYYY-MM.</source>
        <translation>Le dernier mois, AAAA-MM.</translation>
    </message>
    <message>
        <source>The currency (default EUR).</source>
        <translation>La devise (EUR par défaut).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Only this plan (its slug).</source>
        <translation>Uniquement cette offre (son identifiant).</translation>
    </message>
    <message>
        <source>table, csv or json (default table).</source>
        <translation>table, csv ou json (table par défaut).</translation>
    </message>
    <message>
        <source>See influencecore-cli metrics --help.</source>
        <translation>Consultez influencecore-cli metrics --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See influencecore-cli metrics --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Consultez influencecore-cli metrics --help.</translation>
    </message>
    <message>
        <source>Say which months with --from YYYY-MM and --to YYYY-MM.</source>
        <translation>Indiquez les mois avec --from AAAA-MM et --to AAAA-MM.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json; &quot;%1&quot; is not one of them.</source>
        <translation>--format attend table, csv ou json&#xa0;; «&#xa0;%1&#xa0;» n’en fait pas partie.</translation>
    </message>
    <message>
        <source>The standard output cannot be written.</source>
        <translation>Impossible d’écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Sends the notifications waiting in the outbox by e-mail, oldest first. Without --once it keeps waiting for new ones (checking every 10 seconds). The SMTP password comes from SMTP_PASSWORD, never from the command line or the book.</source>
        <translation>Envoie par e-mail les notifications en attente dans la file d’envoi, des plus anciennes aux plus récentes. Sans --once, la commande continue d’attendre les nouvelles notifications (vérification toutes les 10 secondes). Le mot de passe SMTP vient de SMTP_PASSWORD, jamais de la ligne de commande ni du dossier.</translation>
    </message>
    <message>
        <source>The book: a SQLite file or postgresql://user@host:port/database (default: the book in your data folder).</source>
        <translation>Le dossier&#xa0;: un fichier SQLite ou postgresql://utilisateur@hôte:port/base (par défaut&#xa0;: le dossier de votre répertoire de données).</translation>
    </message>
    <message>
        <source>Send what is due, then exit.</source>
        <translation>Envoie ce qui est à envoyer, puis s’arrête.</translation>
    </message>
    <message>
        <source>The mail server for this run: smtp://[user@]host:port (STARTTLS when offered; add ?starttls=required to insist) or smtps://[user@]host:port (default: the book&apos;s notify.smtp_url).</source>
        <translation>Le serveur de messagerie pour cette exécution&#xa0;: smtp://[utilisateur@]hôte:port (STARTTLS lorsqu’il est proposé&#xa0;; ajoutez ?starttls=required pour l’exiger) ou smtps://[utilisateur@]hôte:port (par défaut&#xa0;: le réglage notify.smtp_url du dossier).</translation>
    </message>
    <message>
        <source>The sender&apos;s address (default: the book&apos;s notify.from_address, else seller.email).</source>
        <translation>L’adresse de l’expéditeur (par défaut&#xa0;: le réglage notify.from_address du dossier, sinon seller.email).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Take over a message another sender left half sent once its attempt is this many seconds old (default 600; 0 after a crash when no other sender runs). It is sent once more and may arrive twice.</source>
        <translation>Reprend un message qu’un autre processus d’envoi a laissé à moitié envoyé, dès que sa tentative date d’au moins ce nombre de secondes (600 par défaut&#xa0;; 0 après un plantage, lorsqu’aucun autre processus d’envoi ne tourne). Le message est alors envoyé une nouvelle fois et peut arriver en double.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>--take-over-after takes a whole number of seconds, not &quot;%1&quot;.</source>
        <translation>--take-over-after attend un nombre entier de secondes, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say which mail server to send through: --smtp smtp://host:port, or the book&apos;s notify.smtp_url setting.</source>
        <translation>Indiquez par quel serveur de messagerie envoyer&#xa0;: --smtp smtp://hôte:port, ou le réglage notify.smtp_url du dossier.</translation>
    </message>
    <message>
        <source>The mail server&apos;s user %1 needs its password in SMTP_PASSWORD.</source>
        <translation>L’utilisateur %1 du serveur de messagerie a besoin de son mot de passe dans SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>Say who the mail is from: --from billing@example.com, or the book&apos;s notify.from_address (or seller.email) setting.</source>
        <translation>Indiquez l’expéditeur des messages&#xa0;: --from facturation@example.com, ou le réglage notify.from_address (ou seller.email) du dossier.</translation>
    </message>
    <message>
        <source>--from takes an e-mail address like billing@example.com, not &quot;%1&quot;.</source>
        <translation>--from attend une adresse e-mail comme facturation@example.com, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the legal name</source>
        <translation>la raison sociale</translation>
    </message>
    <message>
        <source>the legal form</source>
        <translation>la forme juridique</translation>
    </message>
    <message>
        <source>the share capital</source>
        <translation>le capital social</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>l’adresse</translation>
    </message>
    <message>
        <source>the postal code</source>
        <translation>le code postal</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>the country (two letters such as FR)</source>
        <translation>le pays (deux lettres, comme FR)</translation>
    </message>
    <message>
        <source>the SIREN</source>
        <translation>le SIREN</translation>
    </message>
    <message>
        <source>a valid SIREN (9 digits, Luhn key)</source>
        <translation>un SIREN valide (9 chiffres, clé de Luhn)</translation>
    </message>
    <message>
        <source>the SIRET</source>
        <translation>le SIRET</translation>
    </message>
    <message>
        <source>a valid SIRET (14 digits, Luhn key)</source>
        <translation>un SIRET valide (14 chiffres, clé de Luhn)</translation>
    </message>
    <message>
        <source>a SIRET that starts with the SIREN</source>
        <translation>un SIRET qui commence par le SIREN</translation>
    </message>
    <message>
        <source>the RCS city</source>
        <translation>la ville du greffe (RCS)</translation>
    </message>
    <message>
        <source>the VAT number</source>
        <translation>le numéro de TVA</translation>
    </message>
    <message>
        <source>a VAT number whose key matches the SIREN</source>
        <translation>un numéro de TVA dont la clé correspond au SIREN</translation>
    </message>
    <message>
        <source>a valid VAT number</source>
        <translation>un numéro de TVA valide</translation>
    </message>
    <message>
        <source>the IBAN</source>
        <translation>l’IBAN</translation>
    </message>
    <message>
        <source>a valid IBAN (its check digits do not match)</source>
        <translation>un IBAN valide (ses chiffres de contrôle ne concordent pas)</translation>
    </message>
    <message>
        <source>the BIC</source>
        <translation>le BIC</translation>
    </message>
    <message>
        <source>a valid BIC (8 or 11 letters and digits)</source>
        <translation>un BIC valide (8 ou 11 lettres et chiffres)</translation>
    </message>
    <message>
        <source>the late-payment penalty sentence</source>
        <translation>la mention des pénalités de retard</translation>
    </message>
    <message>
        <source>the late-payment penalty rate</source>
        <translation>le taux des pénalités de retard</translation>
    </message>
    <message>
        <source>the early-payment discount wording</source>
        <translation>la mention relative à l’escompte pour paiement anticipé</translation>
    </message>
    <message>
        <source>No invoice can be issued until the seller&apos;s identity has %1: complete it in Settings, Seller.</source>
        <translation>Aucune facture ne peut être émise tant qu’il manque à l’identité du vendeur %1&#xa0;: complétez-la dans Réglages, Vendeur.</translation>
    </message>
    <message>
        <source>awaiting the customer&apos;s authentication</source>
        <comment>payment status</comment>
        <translation>en attente de l’authentification du client</translation>
    </message>
    <message>
        <source>%1 takes a month as YYYY-MM, like 2026-01; &quot;%2&quot; is not one.</source>
        <translation>%1 attend un mois au format AAAA-MM, comme 2026-01&#xa0;; «&#xa0;%2&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>The first month %1 comes after the last month %2; give the earlier one with --from.</source>
        <translation>Le premier mois, %1, est postérieur au dernier mois, %2&#xa0;; indiquez le plus ancien avec --from.</translation>
    </message>
    <message>
        <source>The book has no subscription in &quot;%1&quot;; give a currency it bills in with --currency.</source>
        <translation>Le dossier n’a aucun abonnement en «&#xa0;%1&#xa0;»&#xa0;; indiquez avec --currency une devise dans laquelle il facture.</translation>
    </message>
    <message>
        <source>The book has no plan &quot;%1&quot;; give the slug of one of its plans with --plan.</source>
        <translation>Le dossier n’a pas d’offre «&#xa0;%1&#xa0;»&#xa0;; indiquez avec --plan l’identifiant de l’une de ses offres.</translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) wait for the customer to authenticate.</source>
        <translation>
            <numerusform>%n prélèvement attend l’authentification du client.</numerusform>
            <numerusform>%n prélèvements attendent l’authentification du client.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending the trial of subscription %1</source>
        <translation>Fin de la période d’essai de l’abonnement %1</translation>
    </message>
    <message>
        <source>Cancelling subscription %1 at the end of its period</source>
        <translation>Résiliation de l’abonnement %1 à la fin de sa période</translation>
    </message>
    <message>
        <source>Invoicing the renewal of subscription %1</source>
        <translation>Facturation du renouvellement de l’abonnement %1</translation>
    </message>
    <message>
        <source>Reminding invoice %1</source>
        <translation>Rappel de la facture %1</translation>
    </message>
    <message>
        <source>Charging invoice %1</source>
        <translation>Prélèvement de la facture %1</translation>
    </message>
    <message>
        <source>Following up dunning case %1</source>
        <translation>Suivi du dossier de relance %1</translation>
    </message>
    <message>
        <source>%1 (business day %2)</source>
        <translation>%1 (date de gestion %2)</translation>
    </message>
    <message>
        <source>The payment of %1 waits for the customer to confirm it.</source>
        <translation>Le paiement de %1 attend la confirmation du client.</translation>
    </message>
    <message>
        <source>The %1 gateway charged nothing: record the payment when the money arrives.</source>
        <translation>La passerelle %1 n’a rien prélevé&#xa0;: enregistrez le paiement à la réception des fonds.</translation>
    </message>
    <message>
        <source>The customer&apos;s bank asks them to confirm this payment; they have been sent a message to do so, and the invoice stays due until they do.</source>
        <translation>La banque du client lui demande de confirmer ce paiement&#xa0;; un message lui a été envoyé à cet effet, et la facture reste à payer jusqu’à sa confirmation.</translation>
    </message>
    <message>
        <source>Writing the rows to %1</source>
        <translation>Écriture des lignes dans %1</translation>
    </message>
    <message>
        <source>A draft invoice has no number yet: issue it before printing it.</source>
        <translation>Une facture brouillon n’a pas encore de numéro&#xa0;: émettez-la avant de l’imprimer.</translation>
    </message>
    <message>
        <source>The invoice&apos;s PDF could not be written in memory.</source>
        <translation>Le PDF de la facture n’a pas pu être écrit en mémoire.</translation>
    </message>
    <message>
        <source>The invoice&apos;s PDF could not be started.</source>
        <translation>La création du PDF de la facture n’a pas pu commencer.</translation>
    </message>
    <message>
        <source>The invoice&apos;s PDF could not be finished as a Factur-X invoice: %1</source>
        <translation>Le PDF de la facture n’a pas pu être finalisé en facture Factur-X&#xa0;: %1</translation>
    </message>
    <message>
        <source>The payment gateway &quot;%1&quot; is not set up in this program; charge through another gateway or record the payment by hand.</source>
        <translation>La passerelle de paiement «&#xa0;%1&#xa0;» n’est pas configurée dans ce programme&#xa0;; prélevez par une autre passerelle ou enregistrez le paiement manuellement.</translation>
    </message>
    <message>
        <source>The bank asks the customer to confirm this payment.</source>
        <translation>La banque demande au client de confirmer ce paiement.</translation>
    </message>
    <message>
        <source>The work was cancelled before it began.</source>
        <translation>La tâche a été annulée avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>The e-mail template %1 is missing from the program.</source>
        <translation>Le modèle d’e-mail %1 est absent du programme.</translation>
    </message>
    <message>
        <source>The e-mail template %1 does not render: %2.</source>
        <translation>Le modèle d’e-mail %1 n’a pas pu être rendu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no notification template named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de modèle de notification nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The template %1 (%2) uses {{%3}}, which its data does not have; it may use %4.</source>
        <translation>Le modèle %1 (%2) utilise {{%3}}, que ses données ne contiennent pas&#xa0;; il peut utiliser %4.</translation>
    </message>
    <message>
        <source>The template %1 (%2) has no &quot;=== %3&quot; part.</source>
        <translation>Le modèle %1 (%2) n’a pas de partie «&#xa0;=== %3&#xa0;».</translation>
    </message>
    <message>
        <source>The template %1 (%2) does not parse: %3.</source>
        <translation>Le modèle %1 (%2) ne peut pas être analysé&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 sent, %2 to try again later, %3 failed.</source>
        <translation>%1 envoyé(s), %2 à réessayer plus tard, %3 en échec.</translation>
    </message>
    <message>
        <source>%1 interrupted attempt(s) made pending again (sent once more, they may arrive twice).</source>
        <translation>%1 tentative(s) interrompue(s) remise(s) en attente (envoyés une nouvelle fois, les messages peuvent arriver en double).</translation>
    </message>
    <message>
        <source>%1 SMS wait: no SMS provider is configured.</source>
        <translation>%1 SMS en attente&#xa0;: aucun fournisseur de SMS n’est configuré.</translation>
    </message>
    <message>
        <source>A sender stopped while sending this message; it is sent once more and may arrive twice.</source>
        <translation>Un processus d’envoi s’est arrêté pendant l’envoi de ce message&#xa0;; il est envoyé une nouvelle fois et peut arriver en double.</translation>
    </message>
    <message>
        <source>Given up after a day of trying: %1</source>
        <translation>Abandon après une journée de tentatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>--smtp takes smtp://[user@]host:port or smtps://[user@]host:port, not &quot;%1&quot;.</source>
        <translation>--smtp attend smtp://[utilisateur@]hôte:port ou smtps://[utilisateur@]hôte:port, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer %2 in time or closed the connection (%3); the message will be tried again.</source>
        <translation>Le serveur de messagerie %1 n’a pas répondu à temps (%2) ou a fermé la connexion (%3)&#xa0;; l’envoi du message sera de nouveau tenté.</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3 %4</source>
        <translation>Le serveur de messagerie %1 a refusé %2&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>le message d’accueil</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>The mail server %1 offers no TLS; the password is not sent in clear. Use smtps:// or a server that offers STARTTLS.</source>
        <translation>Le serveur de messagerie %1 ne propose pas TLS&#xa0;; le mot de passe n’est pas envoyé en clair. Utilisez smtps:// ou un serveur qui propose STARTTLS.</translation>
    </message>
    <message>
        <source>The mail server %1 offers neither AUTH PLAIN nor AUTH LOGIN for the user %2.</source>
        <translation>Le serveur de messagerie %1 ne propose ni AUTH PLAIN ni AUTH LOGIN pour l’utilisateur %2.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2.</source>
        <translation>Le serveur de messagerie %1 est injoignable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake with the mail server %1 failed: %2.</source>
        <translation>La négociation TLS avec le serveur de messagerie %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, which the address requires (?starttls=required).</source>
        <translation>Le serveur de messagerie %1 ne propose pas STARTTLS, que l’adresse exige (?starttls=required).</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Recording the publish</source>
        <translation>Enregistrement de la publication</translation>
    </message>
    <message>
        <source>Give the endpoint, an address like https://s3.eu-west-3.amazonaws.com.</source>
        <translation>Indiquez le point d’accès, une adresse comme https://s3.eu-west-3.amazonaws.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an endpoint; write an address like https://s3.eu-west-3.amazonaws.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un point d’accès&#xa0;; écrivez une adresse comme https://s3.eu-west-3.amazonaws.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de compartiment&#xa0;: de 3 à 63 lettres minuscules, chiffres, points et traits d’union.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region; a region reads like eu-west-3 or us-east-1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une région&#xa0;; une région s’écrit comme eu-west-3 ou us-east-1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site address; write it like https://www.example.com/, or leave it empty.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de site&#xa0;; écrivez-la comme https://www.example.com/, ou laissez-la vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SIREN (9 digits whose Luhn key holds).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un SIREN (9 chiffres dont la clé de Luhn est valide).</translation>
    </message>
    <message>
        <source>Notification %1 is not waiting to be sent (another sender has it, or it is sent or failed).</source>
        <translation>La notification %1 n’est pas en attente d’envoi (un autre processus d’envoi l’a prise en charge, ou elle est déjà envoyée ou en échec).</translation>
    </message>
    <message>
        <source>The attempt to send notification %1 is no longer the current one; nothing was recorded.</source>
        <translation>La tentative d’envoi de la notification %1 n’est plus la tentative en cours&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A payment method belongs to a customer.</source>
        <translation>Un moyen de paiement se rattache à un client.</translation>
    </message>
    <message>
        <source>A payment method needs its gateway and the gateway&apos;s token.</source>
        <translation>Un moyen de paiement doit indiquer sa passerelle et le jeton fourni par la passerelle.</translation>
    </message>
    <message>
        <source>A card number is never stored here: save the gateway&apos;s token for the card instead.</source>
        <translation>Un numéro de carte n’est jamais conservé ici&#xa0;: enregistrez plutôt le jeton de la carte fourni par la passerelle.</translation>
    </message>
    <message>
        <source>The last digits of a card are four digits, not &quot;%1&quot;.</source>
        <translation>Les derniers chiffres d’une carte sont quatre chiffres, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The expiry is a month (1 to 12) and a year, or none at all.</source>
        <translation>La date d’expiration se compose d’un mois (de 1 à 12) et d’une année, ou reste vide.</translation>
    </message>
    <message>
        <source>The payment method was not saved.</source>
        <translation>Le moyen de paiement n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Payment method %1 does not exist (any more).</source>
        <translation>Le moyen de paiement %1 n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This payment method was changed by someone else since you opened it; reload it and try again.</source>
        <translation>Ce moyen de paiement a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert&#xa0;; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>This payment method was changed or removed by someone else since you opened it; reload it and try again.</source>
        <translation>Ce moyen de paiement a été modifié ou supprimé par quelqu’un d’autre depuis que vous l’avez ouvert&#xa0;; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas %2.</translation>
    </message>
    <message>
        <source>a two-letter country code such as FR</source>
        <translation>un code pays à deux lettres, comme FR</translation>
    </message>
    <message>
        <source>a SIREN (9 digits whose Luhn key holds)</source>
        <translation>un SIREN (9 chiffres dont la clé de Luhn est valide)</translation>
    </message>
    <message>
        <source>a SIRET (14 digits whose Luhn key holds)</source>
        <translation>un SIRET (14 chiffres dont la clé de Luhn est valide)</translation>
    </message>
    <message>
        <source>a VAT number (for France, FR, the key and the SIREN)</source>
        <translation>un numéro de TVA (pour la France, FR, la clé et le SIREN)</translation>
    </message>
    <message>
        <source>an IBAN (its check digits do not match)</source>
        <translation>un IBAN (ses chiffres de contrôle ne concordent pas)</translation>
    </message>
    <message>
        <source>a BIC (8 or 11 letters and digits)</source>
        <translation>un BIC (8 ou 11 lettres et chiffres)</translation>
    </message>
    <message>
        <source>The late-payment penalty rate must lie between 0 % and 1000 %.</source>
        <translation>Le taux des pénalités de retard doit être compris entre 0&#xa0;% et 1&#xa0;000&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>ic::AuditPage</name>
    <message>
        <source>any day</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Show &amp;All Records</source>
        <translation>Afficher &amp;tous les enregistrements</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Who (part of the name)</source>
        <translation>Qui (partie du nom)</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>History of %1 %2</source>
        <translation>Historique&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 by %5</source>
        <translation>%1 · %2 %3 · %4 par %5</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ic::ChangePlanDialog</name>
    <message>
        <source>&amp;Now, with the proration below</source>
        <translation>&amp;Maintenant, avec le prorata ci-dessous</translation>
    </message>
    <message>
        <source>At the start of the next &amp;period</source>
        <translation>Au début de la &amp;prochaine période</translation>
    </message>
    <message>
        <source>At the customer&apos;s request</source>
        <translation>À la demande du client</translation>
    </message>
    <message>
        <source>Change Plan</source>
        <translation>Changer d’offre</translation>
    </message>
    <message>
        <source>Choose a plan…</source>
        <translation>Choisissez une offre…</translation>
    </message>
    <message>
        <source>New &amp;plan:</source>
        <translation>&amp;Nouvelle offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm Change</source>
        <translation>&amp;Confirmer le changement</translation>
    </message>
    <message>
        <source>The plan changes on %1, when the next period starts; nothing is charged or given back now.</source>
        <translation>L’offre change le %1, au début de la prochaine période&#xa0;; rien n’est prélevé ni rendu maintenant.</translation>
    </message>
    <message>
        <source>%1 of %2 days left in the period %3 – %4.</source>
        <translation>Il reste %1 jours sur %2 dans la période %3 – %4.</translation>
    </message>
    <message>
        <source>A new period starts today, until %1.</source>
        <translation>Une nouvelle période commence aujourd’hui, jusqu’au %1.</translation>
    </message>
    <message>
        <source>The customer receives %1 as a credit for the next invoices.</source>
        <translation>Le client reçoit %1 sous forme de crédit pour ses prochaines factures.</translation>
    </message>
    <message>
        <source>An invoice of %1 is issued now.</source>
        <translation>Une facture de %1 est émise maintenant.</translation>
    </message>
    <message>
        <source>Choose the new plan first.</source>
        <translation>Choisissez d’abord la nouvelle offre.</translation>
    </message>
    <message>
        <source>The plan changes at the next period.</source>
        <translation>L’offre changera à la prochaine période.</translation>
    </message>
    <message>
        <source>Plan changed; invoice %1 of %2 issued.</source>
        <translation>Offre changée&#xa0;; facture %1 de %2 émise.</translation>
    </message>
    <message>
        <source>Plan changed; %1 credited to the customer.</source>
        <translation>Offre changée&#xa0;; %1 porté au crédit du client.</translation>
    </message>
    <message>
        <source>Plan changed.</source>
        <translation>Offre changée.</translation>
    </message>
</context>
<context>
    <name>ic::CodeTrialPanel</name>
    <message>
        <source>The customer&apos;s first payment</source>
        <translation>Premier paiement du client</translation>
    </message>
    <message>
        <source>&amp;Try the Code</source>
        <translation>&amp;Essayer le code</translation>
    </message>
    <message>
        <source>the customer&apos;s e-mail address</source>
        <translation>l’adresse e-mail du client</translation>
    </message>
    <message>
        <source>the code as the customer typed it</source>
        <translation>le code tel que le client l’a saisi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Offre&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Plan price:</source>
        <translation>Prix de l’offre&#xa0;:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Remise&#xa0;:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>À payer&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Choisissez une offre.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>The code is accepted for %1 on %2; with the automatic promotions it combines with, %n promotion(s) apply.</source>
        <translation>
            <numerusform>Le code est accepté pour %1 le %2&#xa0;; avec les promotions automatiques auxquelles il se cumule, %n promotion s’applique.</numerusform>
            <numerusform>Le code est accepté pour %1 le %2&#xa0;; avec les promotions automatiques auxquelles il se cumule, %n promotions s’appliquent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is accepted for %1 on %2.</source>
        <translation>Le code est accepté pour %1 le %2.</translation>
    </message>
</context>
<context>
    <name>ic::ContactEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>the section title</source>
        <translation>le titre de la section</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>the contact email</source>
        <translation>l’e-mail de contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Type: text, email, tel, url, number or textarea.</source>
        <translation>Type&#xa0;: text, email, tel, url, number ou textarea.</translation>
    </message>
    <message>
        <source>&amp;Form fields:</source>
        <translation>&amp;Champs du formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>the form fields</source>
        <translation>les champs du formulaire</translation>
    </message>
</context>
<context>
    <name>ic::CustomerView</name>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Prochaine facturation</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Accordé le</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>← Customers</source>
        <translation>← Clients</translation>
    </message>
    <message>
        <source>&amp;New Subscription…</source>
        <translation>&amp;Nouvel abonnement…</translation>
    </message>
    <message>
        <source>C&amp;hange Plan…</source>
        <translation>C&amp;hanger d’offre…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>Mettre en &amp;pause…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Ré&amp;silier…</translation>
    </message>
    <message>
        <source>Add C&amp;redit…</source>
        <translation>Accorder un &amp;crédit…</translation>
    </message>
    <message>
        <source>Record Pa&amp;yment…</source>
        <translation>Enregistrer un paie&amp;ment…</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>A&amp;bonnements</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Pa&amp;iements</translation>
    </message>
    <message>
        <source>Cre&amp;dits</source>
        <translation>Cré&amp;dits</translation>
    </message>
    <message>
        <source>A new note…</source>
        <translation>Une nouvelle note…</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>TVA %1</translation>
    </message>
    <message>
        <source>writes in French</source>
        <translation>écrit en français</translation>
    </message>
    <message>
        <source>writes in English</source>
        <translation>écrit en anglais</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>client depuis le %1</translation>
    </message>
    <message>
        <source>cancels on %1</source>
        <translation>résiliation le %1</translation>
    </message>
    <message>
        <source>moves to %1 on %2</source>
        <translation>passe à %1 le %2</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>Subscription to %1 started.</source>
        <translation>Abonnement à %1 démarré.</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is paid.</source>
        <translation>La facture %1 de %2 est payée.</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is due.</source>
        <translation>La facture %1 de %2 est à payer.</translation>
    </message>
    <message>
        <source>Choose a subscription in the list first.</source>
        <translation>Choisissez d’abord un abonnement dans la liste.</translation>
    </message>
    <message>
        <source>At the customer&apos;s request</source>
        <translation>À la demande du client</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <source>Pause Subscription</source>
        <translation>Mettre l’abonnement en pause</translation>
    </message>
    <message>
        <source>Billing of %1 stops while it is paused; the period already paid is kept.</source>
        <translation>La facturation de %1 s’arrête pendant la pause&#xa0;; la période déjà payée est conservée.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>The subscription is paused.</source>
        <translation>L’abonnement est en pause.</translation>
    </message>
    <message>
        <source>Resume Subscription</source>
        <translation>Reprendre l’abonnement</translation>
    </message>
    <message>
        <source>Billing starts again; after the end of the paid period a new period and its invoice start today.</source>
        <translation>La facturation reprend&#xa0;; si la période payée est terminée, une nouvelle période et sa facture commencent aujourd’hui.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>The subscription is active again; invoice %1 issued.</source>
        <translation>L’abonnement est de nouveau actif&#xa0;; facture %1 émise.</translation>
    </message>
    <message>
        <source>The subscription is active again.</source>
        <translation>L’abonnement est de nouveau actif.</translation>
    </message>
    <message>
        <source>Cancel Subscription</source>
        <translation>Résilier l’abonnement</translation>
    </message>
    <message>
        <source>Cancel &amp;Subscription</source>
        <translation>&amp;Résilier l’abonnement</translation>
    </message>
    <message>
        <source>&amp;Now: billing stops today, nothing is given back</source>
        <translation>&amp;Maintenant&#xa0;: la facturation s’arrête aujourd’hui, rien n’est rendu</translation>
    </message>
    <message>
        <source>At the &amp;end of the period (%1)</source>
        <translation>À la &amp;fin de la période (%1)</translation>
    </message>
    <message>
        <source>The subscription is cancelled.</source>
        <translation>L’abonnement est résilié.</translation>
    </message>
    <message>
        <source>The subscription ends on %1.</source>
        <translation>L’abonnement prend fin le %1.</translation>
    </message>
    <message>
        <source>Add Credit</source>
        <translation>Accorder un crédit</translation>
    </message>
    <message>
        <source>A credit the next invoices of %1 use before anything is charged.</source>
        <translation>Un crédit que les prochaines factures de %1 utilisent avant tout prélèvement.</translation>
    </message>
    <message>
        <source>&amp;Add Credit</source>
        <translation>&amp;Accorder le crédit</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Your limit: %1 a credit.</source>
        <translation>Votre plafond&#xa0;: %1 par crédit.</translation>
    </message>
    <message>
        <source>%1 credited to %2.</source>
        <translation>%1 porté au crédit de %2.</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Money received outside the gateway (a transfer, a cheque, cash).</source>
        <translation>Argent reçu en dehors de la passerelle (virement, chèque, espèces).</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>&amp;Enregistrer le paiement</translation>
    </message>
    <message>
        <source>%1 — %2 due</source>
        <translation>%1 — %2 à payer</translation>
    </message>
    <message>
        <source>Cheque or cash</source>
        <translation>Chèque ou espèces</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Facture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mo&amp;yen&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is due on this customer&apos;s invoices.</source>
        <translation>Rien n’est dû sur les factures de ce client.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>Paiement de %1 enregistré.</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>His&amp;torique</translation>
    </message>
    <message>
        <source>This Customer</source>
        <translation>Ce client</translation>
    </message>
    <message>
        <source>The Subscription Chosen</source>
        <translation>L’abonnement sélectionné</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Note non ajoutée</translation>
    </message>
    <message>
        <source>The note you are writing for %1 is not added yet. Drop it?</source>
        <translation>La note que vous rédigez pour %1 n’est pas encore ajoutée. L’abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Payment methods on file:</source>
        <translation>Moyens de paiement enregistrés&#xa0;:</translation>
    </message>
    <message>
        <source>Payments and attempts:</source>
        <translation>Paiements et tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
</context>
<context>
    <name>ic::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search by name, e-mail, company or invoice number — Enter opens</source>
        <translation>Rechercher par nom, e-mail, société ou numéro de facture — Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n client trouvé</numerusform>
            <numerusform>%n clients trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no customers in this book.</source>
        <translation>Ce dossier ne contient aucun client.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ic::FaqEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>the section title</source>
        <translation>le titre de la section</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions&#xa0;:</translation>
    </message>
    <message>
        <source>the questions</source>
        <translation>les questions</translation>
    </message>
</context>
<context>
    <name>ic::GridModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ic::GridView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>CSV (comma-separated) (*.csv)</source>
        <translation>CSV (séparé par des virgules) (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>ic::HeroEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>the hero title</source>
        <translation>le titre de l’en-tête</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <source>the subtitle</source>
        <translation>le sous-titre</translation>
    </message>
    <message>
        <source>&amp;Primary button:</source>
        <translation>Bouton &amp;principal&#xa0;:</translation>
    </message>
    <message>
        <source>the primary button&apos;s text</source>
        <translation>le texte du bouton principal</translation>
    </message>
    <message>
        <source>Its &amp;link:</source>
        <translation>Son &amp;lien&#xa0;:</translation>
    </message>
    <message>
        <source>the primary button&apos;s link</source>
        <translation>le lien du bouton principal</translation>
    </message>
    <message>
        <source>Its st&amp;yle:</source>
        <translation>Son st&amp;yle&#xa0;:</translation>
    </message>
    <message>
        <source>the primary button&apos;s style</source>
        <translation>le style du bouton principal</translation>
    </message>
    <message>
        <source>S&amp;econdary button:</source>
        <translation>Bouton se&amp;condaire&#xa0;:</translation>
    </message>
    <message>
        <source>the secondary button&apos;s text</source>
        <translation>le texte du bouton secondaire</translation>
    </message>
    <message>
        <source>Its li&amp;nk:</source>
        <translation>Son l&amp;ien&#xa0;:</translation>
    </message>
    <message>
        <source>the secondary button&apos;s link</source>
        <translation>le lien du bouton secondaire</translation>
    </message>
    <message>
        <source>Its styl&amp;e:</source>
        <translation>Son styl&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>the secondary button&apos;s style</source>
        <translation>le style du bouton secondaire</translation>
    </message>
    <message>
        <source>&amp;Background image:</source>
        <translation>Image de &amp;fond&#xa0;:</translation>
    </message>
    <message>
        <source>the background image</source>
        <translation>l’image de fond</translation>
    </message>
</context>
<context>
    <name>ic::HomepagePage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <source>Re&amp;move Section</source>
        <translation>Re&amp;tirer la section</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <source>Drag to reorder; untick to hide a section from the page.</source>
        <translation>Faites glisser pour réordonner&#xa0;; décochez une section pour la masquer de la page.</translation>
    </message>
    <message>
        <source>Sec&amp;tions</source>
        <translation>Secti&amp;ons</translation>
    </message>
    <message>
        <source>section shown</source>
        <translation>l’affichage de la section</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Page d’accueil</translation>
    </message>
    <message>
        <source>Reorder sections</source>
        <translation>Réordonner les sections</translation>
    </message>
    <message>
        <source>Add %1 section</source>
        <translation>Ajouter la section %1</translation>
    </message>
    <message>
        <source>Remove %1 section</source>
        <translation>Retirer la section %1</translation>
    </message>
    <message>
        <source>Open a book first: the page&apos;s images are kept in it.</source>
        <translation>Ouvrez d’abord un dossier&#xa0;: les images de la page y sont conservées.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The homepage has changes that are not saved as a version. Drop them?</source>
        <translation>La page d’accueil a des modifications qui ne sont pas enregistrées dans une version. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ic::HomepagePreview</name>
    <message>
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>T&amp;ablet</source>
        <translation>T&amp;ablette</translation>
    </message>
    <message>
        <source>Des&amp;ktop</source>
        <translation>Ordinate&amp;ur</translation>
    </message>
    <message>
        <source>Preview at %1 pixels wide</source>
        <translation>Aperçu sur %1 pixels de large</translation>
    </message>
    <message>
        <source>in the preview</source>
        <translation>dans l’aperçu</translation>
    </message>
</context>
<context>
    <name>ic::JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après l’étape en cours…</translation>
    </message>
</context>
<context>
    <name>ic::JobRunner</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
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
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Se connecter à &amp;PostgreSQL…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Book</source>
        <translation>Ouvrir le dossier de &amp;démonstration</translation>
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
        <translation>Ai&amp;de</translation>
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
        <translation>Dossier non ouvert</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>InfluenceCore books (*.sqlite *.db *.book);;All files (*)</source>
        <translation>Dossiers InfluenceCore (*.sqlite *.db *.book);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About InfluenceCore</source>
        <translation>À propos d’InfluenceCore</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InfluenceCore Back-Office %1&lt;/h3&gt;&lt;p&gt;The homepage and the billing of a small SaaS company: plans, subscriptions, invoices and dunning, on SQLite or PostgreSQL.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InfluenceCore Back-Office %1&lt;/h3&gt;&lt;p&gt;La page d’accueil et la facturation d’une petite entreprise SaaS&#xa0;: offres, abonnements, factures et relances, sur SQLite ou PostgreSQL.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>Aucun dossier n’est ouvert</translation>
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
        <translation>Le dossier a répondu à %1.</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>The book did not answer; the figures shown may be out of date.</source>
        <translation>Le dossier n’a pas répondu&#xa0;; les chiffres affichés peuvent être périmés.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Page d’accueil</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Personne n’est connecté.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se décon&amp;necter</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 since %2.</source>
        <translation>Connecté en tant que %1 depuis %2.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Run the &amp;Billing Day…</source>
        <translation>&amp;Exécuter la journée de facturation…</translation>
    </message>
    <message>
        <source>Renewal invoices, reminders, charges and dunning for today, as the nightly run does.</source>
        <translation>Factures de renouvellement, rappels, prélèvements et relances du jour, comme le fait le traitement de nuit.</translation>
    </message>
    <message>
        <source>Run the Billing Day</source>
        <translation>Exécuter la journée de facturation</translation>
    </message>
    <message>
        <source>Running the billing day of %1…</source>
        <translation>Exécution de la journée de facturation du %1…</translation>
    </message>
</context>
<context>
    <name>ic::MasterDetailPage</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>ic::NewSubscriptionDialog</name>
    <message>
        <source>Charge the customer&apos;s card now (%1 gateway)</source>
        <translation>Débiter la carte du client maintenant (passerelle&#xa0;: %1)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Record it as paid at the counter (manual payment)</source>
        <translation>L’enregistrer comme payé au guichet (paiement manuel)</translation>
    </message>
    <message>
        <source>Leave it due: the daily run charges it</source>
        <translation>Le laisser à payer&#xa0;: le traitement quotidien le prélèvera</translation>
    </message>
    <message>
        <source>New Subscription</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Cheque number, transfer reference…</source>
        <translation>Numéro de chèque, référence du virement…</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Offre&#xa0;:</translation>
    </message>
    <message>
        <source>Promotion &amp;code:</source>
        <translation>Code &amp;promo&#xa0;:</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>Premier paiement</translation>
    </message>
    <message>
        <source>Your role may not record payments.</source>
        <translation>Votre rôle ne permet pas d’enregistrer des paiements.</translation>
    </message>
    <message>
        <source>&amp;Create Subscription</source>
        <translation>&amp;Créer l’abonnement</translation>
    </message>
    <message>
        <source>First invoice:</source>
        <translation>Première facture&#xa0;:</translation>
    </message>
    <message>
        <source>%1 applies.</source>
        <translation>%1 s’applique.</translation>
    </message>
    <message numerus="yes">
        <source>A %n-day trial: nothing to pay today.</source>
        <translation>
            <numerusform>Un essai de %n jour&#xa0;: rien à payer aujourd’hui.</numerusform>
            <numerusform>Un essai de %n jours&#xa0;: rien à payer aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>A free plan: nothing to pay.</source>
        <translation>Une offre gratuite&#xa0;: rien à payer.</translation>
    </message>
    <message>
        <source>Charging the customer&apos;s card through the %1 gateway…</source>
        <translation>Débit de la carte du client via la passerelle %1…</translation>
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
        <translation>dans le dossier</translation>
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
        <translation>paiement refusé, nouvelle tentative prévue</translation>
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
        <translation>La vue d’ensemble n’a pas pu être lue&#xa0;: %1</translation>
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
    <name>ic::PageDocument</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>ic::PageFieldsEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>the page title</source>
        <translation>le titre de la page</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>the slug</source>
        <translation>l’identifiant</translation>
    </message>
    <message>
        <source>&amp;Meta title:</source>
        <translation>Titre &amp;méta&#xa0;:</translation>
    </message>
    <message>
        <source>the meta title</source>
        <translation>le titre méta</translation>
    </message>
    <message>
        <source>Meta &amp;description:</source>
        <translation>&amp;Description méta&#xa0;:</translation>
    </message>
    <message>
        <source>the meta description</source>
        <translation>la description méta</translation>
    </message>
    <message>
        <source>&amp;Open Graph image:</source>
        <translation>Image Open G&amp;raph&#xa0;:</translation>
    </message>
    <message>
        <source>the Open Graph image</source>
        <translation>l’image Open Graph</translation>
    </message>
</context>
<context>
    <name>ic::PlanEditor</name>
    <message>
        <source>Save Mine over Theirs</source>
        <translation>Enregistrer ma version à la place de la leur</translation>
    </message>
    <message>
        <source>Shown on the homepage</source>
        <translation>Sur la page d’accueil</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>used in links, e.g. pro-monthly</source>
        <translation>utilisé dans les liens, par ex. pro-mensuel</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>billing cycle</source>
        <translation>périodicité</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalle</translation>
    </message>
    <message>
        <source>every</source>
        <translation>tous les</translation>
    </message>
    <message>
        <source>Billing &amp;cycle:</source>
        <translation>&amp;Périodicité&#xa0;:</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prix&#xa0;:</translation>
    </message>
    <message>
        <source>Set&amp;up fee:</source>
        <translation>&amp;Frais initiaux&#xa0;:</translation>
    </message>
    <message>
        <source>in the plan&apos;s currency</source>
        <translation>dans la devise de l’offre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>trial days</source>
        <translation>jours d’essai</translation>
    </message>
    <message>
        <source>T&amp;rial:</source>
        <translation>Ess&amp;ai&#xa0;:</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>en vente</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>O&amp;rdre&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-up &amp;link:</source>
        <translation>&amp;Lien d’inscription&#xa0;:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Edit feature</source>
        <translation>Modifier la fonctionnalité</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>New feature</source>
        <translation>Nouvelle fonctionnalité</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Ajouter une fonctionnalité</translation>
    </message>
    <message>
        <source>Remove feature</source>
        <translation>Retirer une fonctionnalité</translation>
    </message>
    <message>
        <source>Move feature</source>
        <translation>Déplacer une fonctionnalité</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Fonctionnalités&#xa0;:</translation>
    </message>
    <message>
        <source>blank: not set · -1: unlimited</source>
        <translation>vide&#xa0;: non défini · -1&#xa0;: sans limite</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation>Une offre doit avoir un nom.</translation>
    </message>
    <message>
        <source>A plan needs a slug, the short name used in links.</source>
        <translation>Une offre doit avoir un identifiant d’URL (slug), le nom court utilisé dans les liens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a limit: give a whole number, or -1 for unlimited.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une limite&#xa0;: indiquez un nombre entier, ou -1 pour sans limite.</translation>
    </message>
    <message>
        <source>%1: %2 (was %3 when you opened it)</source>
        <translation>%1&#xa0;: %2 (%3 quand vous l’avez ouverte)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Frais de mise en service</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message numerus="yes">
        <source>Features: %n line(s) now</source>
        <translation>
            <numerusform>Fonctionnalités&#xa0;: %n ligne désormais</numerusform>
            <numerusform>Fonctionnalités&#xa0;: %n lignes désormais</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the plan off sale</source>
        <translation>Retirer l’offre de la vente</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) are on the plan %1. What happens to them?</source>
        <translation>
            <numerusform>%n abonnement est sur l’offre %1. Que doit-il devenir&#xa0;?</numerusform>
            <numerusform>%n abonnements sont sur l’offre %1. Que doivent-ils devenir&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They can keep the plan until their next renewal and beyond, or move to another plan when their current period ends.</source>
        <translation>Ils peuvent conserver l’offre jusqu’à leur prochain renouvellement et au-delà, ou passer à une autre offre à la fin de leur période en cours.</translation>
    </message>
    <message>
        <source>&amp;Keep Their Plan</source>
        <translation>&amp;Conserver leur offre</translation>
    </message>
    <message>
        <source>&amp;Move Them to Another Plan…</source>
        <translation>&amp;Les faire passer à une autre offre…</translation>
    </message>
    <message>
        <source>Move the subscribers</source>
        <translation>Transférer les abonnés</translation>
    </message>
    <message>
        <source>Move them at their next period to:</source>
        <translation>Les transférer à leur prochaine période vers&#xa0;:</translation>
    </message>
    <message>
        <source>Their change:</source>
        <translation>Leur changement&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ic::PlansPage</name>
    <message>
        <source>Plans</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Filter by name or slug</source>
        <translation>Filtrer par nom ou identifiant</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Nouvelle offre</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan you are editing has changes that are not saved. Drop them?</source>
        <translation>L’offre que vous modifiez a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Every change of this plan in the audit log</source>
        <translation>Toutes les modifications de cette offre dans le journal d’audit</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Show this plan earlier on the homepage (Alt+Up)</source>
        <translation>Afficher cette offre plus tôt sur la page d’accueil (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <source>Show this plan later on the homepage (Alt+Down)</source>
        <translation>Afficher cette offre plus loin sur la page d’accueil (Alt+Bas)</translation>
    </message>
    <message>
        <source>Open a book and sign in to change the order of the plans.</source>
        <translation>Ouvrez un dossier et connectez-vous pour modifier l’ordre des offres.</translation>
    </message>
    <message>
        <source>Your role may not change the catalogue.</source>
        <translation>Votre rôle ne permet pas de modifier le catalogue.</translation>
    </message>
    <message>
        <source>To change the order of the plans, sort the grid by Order (ascending) and clear the filter.</source>
        <translation>Pour modifier l’ordre des offres, triez la grille par Ordre (croissant) et effacez le filtre.</translation>
    </message>
    <message>
        <source>Save or undo the changes to the plan you are editing before changing the order.</source>
        <translation>Enregistrez ou annulez les modifications de l’offre en cours avant de changer l’ordre.</translation>
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
        <translation>Le dossier est une base PostgreSQL partagée par l’équipe.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ic::PricingEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>the section title</source>
        <translation>le titre de la section</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Highlighted plan:</source>
        <translation>Offre mise en a&amp;vant&#xa0;:</translation>
    </message>
    <message>
        <source>the highlighted plan</source>
        <translation>l’offre mise en avant</translation>
    </message>
    <message>
        <source>The catalogue has no public plan on sale: the section shows its title only.</source>
        <translation>Le catalogue n’a aucune offre publique en vente&#xa0;: la section n’affiche que son titre.</translation>
    </message>
    <message>
        <source>The plans shown come from the catalogue (public plans on sale, in their order): %1.</source>
        <translation>Les offres affichées viennent du catalogue (offres publiques en vente, dans leur ordre)&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ic::PromotionEditor</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Applies itself, no code needed</source>
        <translation>S’applique d’elle-même, sans code</translation>
    </message>
    <message>
        <source>Only for new customers</source>
        <translation>Réservée aux nouveaux clients</translation>
    </message>
    <message>
        <source>Combines with a typed code</source>
        <translation>Se cumule avec un code saisi</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>what the customer types, e.g. SPRING24</source>
        <translation>ce que le client saisit, par ex. PRINTEMPS24</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>15 for 15 %, or an amount</source>
        <translation>15 pour 15&#xa0;%, ou un montant</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>maximum uses</source>
        <translation>utilisations maximales</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>per customer:</source>
        <translation>par client&#xa0;:</translation>
    </message>
    <message>
        <source>uses per customer</source>
        <translation>utilisations par client</translation>
    </message>
    <message>
        <source>&amp;Uses at most:</source>
        <translation>&amp;Utilisations au plus&#xa0;:</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;S’applique à&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valable &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>stackable</source>
        <translation>cumulable</translation>
    </message>
    <message>
        <source>auto-apply</source>
        <translation>application automatique</translation>
    </message>
    <message>
        <source>new customers only</source>
        <translation>nouveaux clients uniquement</translation>
    </message>
    <message>
        <source>minimum amount</source>
        <translation>montant minimum</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>sans minimum</translation>
    </message>
    <message>
        <source>when the amount is at least</source>
        <translation>si le montant atteint au moins</translation>
    </message>
    <message>
        <source>Auto-a&amp;pply:</source>
        <translation>A&amp;pplication automatique&#xa0;:</translation>
    </message>
    <message>
        <source>Change plans</source>
        <translation>Modifier les offres</translation>
    </message>
    <message>
        <source>Change services</source>
        <translation>Modifier les services</translation>
    </message>
    <message>
        <source>None ticked: every plan, every service.</source>
        <translation>Aucune case cochée&#xa0;: toutes les offres, tous les services.</translation>
    </message>
    <message>
        <source>P&amp;lans:</source>
        <translation>O&amp;ffres&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vices&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (off sale)</source>
        <translation>%1 (retirée de la vente)</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>Nouvelle promotion</translation>
    </message>
    <message>
        <source>A promotion needs a code.</source>
        <translation>Une promotion doit avoir un code.</translation>
    </message>
    <message>
        <source>A promotion needs a name.</source>
        <translation>Une promotion doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage; type it like %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pourcentage&#xa0;; saisissez-le sous la forme %2.</translation>
    </message>
    <message>
        <source>A percentage discount cannot be more than 100 %.</source>
        <translation>Une remise en pourcentage ne peut pas dépasser 100&#xa0;%.</translation>
    </message>
    <message>
        <source>A fixed discount cannot be negative.</source>
        <translation>Une remise fixe ne peut pas être négative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of uses; leave it blank for no limit.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre d’utilisations&#xa0;; laissez le champ vide pour ne fixer aucune limite.</translation>
    </message>
    <message>
        <source>The promotion would end on %1, before it starts on %2.</source>
        <translation>La promotion se terminerait le %1, avant de commencer le %2.</translation>
    </message>
</context>
<context>
    <name>ic::PromotionsPage</name>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Filtrer par code ou nom</translation>
    </message>
    <message>
        <source>&amp;New Promotion</source>
        <translation>&amp;Nouvelle promotion</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Try a Code</source>
        <translation>Essayer un code</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation>
            <numerusform>%n promotion</numerusform>
            <numerusform>%n promotions</numerusform>
        </translation>
    </message>
    <message>
        <source>The promotion you are editing has changes that are not saved. Drop them?</source>
        <translation>La promotion que vous modifiez a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Every change of this promotion in the audit log</source>
        <translation>Toutes les modifications de cette promotion dans le journal d’audit</translation>
    </message>
</context>
<context>
    <name>ic::PublishActions</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>S3 Se&amp;ttings…</source>
        <translation>Réglages S&amp;3…</translation>
    </message>
    <message>
        <source>Save the page as a new draft version</source>
        <translation>Enregistrer la page comme nouvelle version brouillon</translation>
    </message>
    <message>
        <source>The page&apos;s versions: compare, restore</source>
        <translation>Les versions de la page&#xa0;: comparer, restaurer</translation>
    </message>
    <message>
        <source>Publish this version to the S3 bucket</source>
        <translation>Publier cette version dans le compartiment S3</translation>
    </message>
    <message>
        <source>Publish again the version that was live before</source>
        <translation>Republier la version qui était en ligne auparavant</translation>
    </message>
    <message>
        <source>Where the page is published, and the keys</source>
        <translation>Où la page est publiée, et les clés</translation>
    </message>
</context>
<context>
    <name>ic::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Roll Back to the Previous Version</source>
        <translation>&amp;Revenir à la version précédente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Publish the Homepage</source>
        <translation>Publier la page d’accueil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Publish again the version that was live before the current one.</source>
        <translation>Republier la version qui était en ligne avant la version actuelle.</translation>
    </message>
    <message>
        <source>Nothing can be published yet.</source>
        <translation>Rien ne peut encore être publié.</translation>
    </message>
    <message>
        <source>The published version of &quot;%1&quot; to %2</source>
        <translation>La version publiée de «&#xa0;%1&#xa0;» vers %2</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; to %3</source>
        <translation>Version %1 de «&#xa0;%2&#xa0;» vers %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Comparing with the bucket…</source>
        <translation>Comparaison avec le compartiment…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelling before index.html…</source>
        <translation>Annulation avant index.html…</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>à envoyer</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>à supprimer</translation>
    </message>
    <message numerus="yes">
        <source>The bucket already holds version %1: nothing to upload (%n file(s) unchanged).</source>
        <translation>
            <numerusform>Le compartiment contient déjà la version %1&#xa0;: rien à envoyer (%n fichier inchangé).</numerusform>
            <numerusform>Le compartiment contient déjà la version %1&#xa0;: rien à envoyer (%n fichiers inchangés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1: %2 file(s) to upload, %3 to delete, %4 unchanged.</source>
        <translation>Version %1&#xa0;: %2 fichier(s) à envoyer, %3 à supprimer, %4 inchangé(s).</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>ic::RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Sign in to change the catalogue.</source>
        <translation>Connectez-vous pour modifier le catalogue.</translation>
    </message>
</context>
<context>
    <name>ic::RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>ic::S3SettingsDialog</name>
    <message>
        <source>Address the bucket as &amp;endpoint/bucket</source>
        <translation>Désigner le compartiment sous la forme &amp;point-d’accès/compartiment</translation>
    </message>
    <message>
        <source>S3 Settings</source>
        <translation>Réglages S3</translation>
    </message>
    <message>
        <source>https://www.example.com/ (empty: the bucket&apos;s address)</source>
        <translation>https://www.example.com/ (vide&#xa0;: l’adresse du compartiment)</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>Point d’&amp;accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>Adresse du si&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Access key id:</source>
        <translation>&amp;Identifiant de clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Secret access &amp;key:</source>
        <translation>Clé d’accès &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The keys are kept in the system keychain, never in the book.</source>
        <translation>Les clés sont conservées dans le trousseau du système, jamais dans le dossier.</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain; type a new one to replace it.</source>
        <translation>La clé secrète est enregistrée dans le trousseau du système&#xa0;; saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>No keys are stored for this endpoint yet; they go to the system keychain.</source>
        <translation>Aucune clé n’est encore enregistrée pour ce point d’accès&#xa0;; elles iront dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Give the access key id that goes with this secret.</source>
        <translation>Indiquez l’identifiant de clé d’accès qui va avec cette clé secrète.</translation>
    </message>
</context>
<context>
    <name>ic::SectionEditor</name>
    <message>
        <source>Hero</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Questions (FAQ)</source>
        <translation>Questions (FAQ)</translation>
    </message>
    <message>
        <source>https://… or a file</source>
        <translation>https://… ou un fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Primary (filled)</source>
        <translation>Principal (plein)</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ic::ServicesEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>the section title</source>
        <translation>le titre de la section</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>the layout</source>
        <translation>la disposition</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>Remove Service</source>
        <translation>Retirer le service</translation>
    </message>
    <message>
        <source>Services (drag to reorder, tick to show):</source>
        <translation>Services (faites glisser pour réordonner, cochez pour afficher)&#xa0;:</translation>
    </message>
    <message>
        <source>service shown</source>
        <translation>l’affichage du service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>the service&apos;s name</source>
        <translation>le nom du service</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>the service&apos;s description</source>
        <translation>la description du service</translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation>Avantage</translation>
    </message>
    <message>
        <source>&amp;Advantages:</source>
        <translation>A&amp;vantages&#xa0;:</translation>
    </message>
    <message>
        <source>the advantages</source>
        <translation>les avantages</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>I&amp;cône&#xa0;:</translation>
    </message>
    <message>
        <source>the service&apos;s icon</source>
        <translation>l’icône du service</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>I&amp;mage&#xa0;:</translation>
    </message>
    <message>
        <source>the service&apos;s image</source>
        <translation>l’image du service</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>the service&apos;s link</source>
        <translation>le lien du service</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Popular</source>
        <translation>Populaire</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation>&amp;Badge&#xa0;:</translation>
    </message>
    <message>
        <source>the badge</source>
        <translation>le badge</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Reorder services</source>
        <translation>Réordonner les services</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Retirer le service</translation>
    </message>
</context>
<context>
    <name>ic::SignInDialog</name>
    <message>
        <source>Create the first admin</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Répétez le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>This book has no staff account yet. The first account is an admin, who can then add the others.</source>
        <translation>Ce dossier n’a encore aucun compte d’équipe. Le premier compte est un administrateur, qui pourra ensuite ajouter les autres.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>%1: user name &lt;b&gt;%2&lt;/b&gt;, password &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1&#xa0;: nom d’utilisateur &lt;b&gt;%2&lt;/b&gt;, mot de passe &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This is the demo book. Sign in with one of its accounts:</source>
        <translation>Voici le dossier de démonstration. Connectez-vous avec l’un de ses comptes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ic::UndoableForm</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>ic::VersionsCompareDialog</name>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Compare Versions %1 and %2</source>
        <translation>Comparer les versions %1 et %2</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same content.</source>
        <translation>Les versions %1 et %2 ont le même contenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from version %1 to version %2.</source>
        <translation>
            <numerusform>%n modification de la version %1 à la version %2.</numerusform>
            <numerusform>%n modifications de la version %1 à la version %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ic::VersionsCompareModel</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Hero</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>(whole section)</source>
        <translation>(section entière)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>ic::VersionsDialog</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>&amp;Restore as Draft</source>
        <translation>&amp;Restaurer comme brouillon</translation>
    </message>
    <message>
        <source>Versions of the Page &quot;%1&quot;</source>
        <translation>Versions de la page «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Edited from</source>
        <translation>Issue de</translation>
    </message>
    <message>
        <source>Select two versions, or one to compare it with the version it was edited from.</source>
        <translation>Sélectionnez deux versions, ou une seule pour la comparer à la version dont elle est issue.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>ic::VersionsMergeDialog</name>
    <message>
        <source>Merge Your Change with Version %1</source>
        <translation>Fusionner votre modification avec la version %1</translation>
    </message>
    <message>
        <source>%1 saved version %2 at %3 after you opened version %4.</source>
        <translation>%1 a enregistré la version %2 le %3, après que vous avez ouvert la version %4.</translation>
    </message>
    <message>
        <source>Your changes and theirs touch different fields: both are kept.</source>
        <translation>Vos modifications et les siennes portent sur des champs différents&#xa0;: toutes sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>Both of you changed %n field(s): choose which to keep; everything else is merged.</source>
        <translation>
            <numerusform>Vous avez tous deux modifié %n champ&#xa0;: choisissez la valeur à garder&#xa0;; tout le reste est fusionné.</numerusform>
            <numerusform>Vous avez tous deux modifié %n champs&#xa0;: choisissez les valeurs à garder&#xa0;; tout le reste est fusionné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before (version %1)</source>
        <translation>Avant (version %1)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Theirs (version %1)</source>
        <translation>La sienne (version %1)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>(the whole section or service)</source>
        <translation>(la section ou le service entier)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>kept, with its changes</source>
        <translation>conservé, avec ses modifications</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation>Ce que l’autre personne a modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Changed by both of you:</source>
        <translation>Modifié par vous deux&#xa0;:</translation>
    </message>
    <message>
        <source>Page Not Saved</source>
        <translation>Page non enregistrée</translation>
    </message>
    <message>
        <source>Your version is kept in the editor until you save it.</source>
        <translation>Votre version reste dans l’éditeur jusqu’à ce que vous l’enregistriez.</translation>
    </message>
    <message>
        <source>See and &amp;Merge…</source>
        <translation>Voir et &amp;fusionner…</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BookOpening</name>
    <message>
        <source>Building the demo book: 2,000 customers and a year of billing…</source>
        <translation>Building the demo book: 2,000 customers and a year of billing…</translation>
    </message>
    <message>
        <source>Demo Book</source>
        <translation>Demo Book</translation>
    </message>
    <message>
        <source>The demo book was not built: it was cancelled.</source>
        <translation>The demo book was not built: it was cancelled.</translation>
    </message>
    <message>
        <source>The demo book could not be saved as %1.</source>
        <translation>The demo book could not be saved as %1.</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation type="unfinished">Open Book</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingHeader</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Book not opened</source>
        <translation>Book not opened</translation>
    </message>
    <message>
        <source>InfluenceCore Back-Office: the homepage and the billing of a small SaaS company.</source>
        <translation>InfluenceCore Back-Office: the homepage and the billing of a small SaaS company.</translation>
    </message>
    <message>
        <source>Opens the book at URL_OR_FILE: a SQLite file, or postgresql://user@host:port/database.</source>
        <translation>Opens the book at URL_OR_FILE: a SQLite file, or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>URL_OR_FILE</source>
        <translation>URL_OR_FILE</translation>
    </message>
    <message>
        <source>Opens the demo book, building it the first time.</source>
        <translation>Opens the demo book, building it the first time.</translation>
    </message>
    <message>
        <source>Give either --database or --demo, not both.</source>
        <translation>Give either --database or --demo, not both.</translation>
    </message>
    <message>
        <source>There is no area called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role called &quot;%1&quot;; give admin, accountant or support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as signs in to the demo book only: give --demo with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preview width called &quot;%1&quot;; give phone, tablet or desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Cannot add %1 to %2: the amounts are in different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2: the amounts are in different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; type it like 1234.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cents: type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of customers must be between 1 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of months must be between 1 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book already holds %1 customers and %2 plans; add --force to replace everything in it with the demo book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo book refers from %1 to a missing row of %2; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo book was cancelled; the book is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry says who did what to which record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry needs the time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit entry was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it like postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a PostgreSQL address (postgresql://...) nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 on %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit belongs to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit must be worth more than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit cannot be used beyond its amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who grants the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply an amount greater than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit %1 is in %2; it cannot pay an amount in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit %1 has only %2 left; %3 cannot be taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be English (en) or French (fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another customer already uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new customer was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an InfluenceCore database: it is not a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1:%2 refused the sign-in of &quot;%3&quot;: check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1:%2 has no database named &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1:%2; is it running and accepting connections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transaction to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value is already taken%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a value outside its rules%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row refers to something that does not exist%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role may not do this%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another seat was writing at the same moment%1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection was lost%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dunning case belongs to an invoice and a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dunning case needs the day it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dunning stage or extension cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 already has a dunning case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dunning case was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning case %1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning case %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has no dunning case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note must say which invoice it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billed period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every invoice line needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate must lie between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new invoice starts as a draft without a number; issuing it gives it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new invoice was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has been issued: its lines and amounts can no longer change. Issue a credit note to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft invoice was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing an invoice needs an issue date and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice would be due on %1, before it is issued on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft invoice was changed by someone else while it was being issued; reload it and issue it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is sent by issuing it, which gives it its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was changed by someone else since you opened it; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not an InfluenceCore book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was written by a newer InfluenceCore (schema %1; this program knows up to %2): update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book needs upgrading (schema %1 of %2): run &quot;influencecore-cli migrate&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification needs a template and a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That notification is not in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1 is not waiting to be sent (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page needs a slug, the path it is published at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who saves this version of the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service shown on the page needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved a version of the page %1 at the same moment; reload it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of the page &quot;%1&quot; is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the page %2 is already %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the page %2 was changed by someone else since you opened it; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment belongs to an invoice and a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be negative; a refund is a status of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment needs the time it was attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment with the idempotency key %1 was already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 was changed by someone else since it was read; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment has the idempotency key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs a slug, the short name used in links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; may only hold letters, digits, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of a plan cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup fee of a plan cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup fee must be in the plan&apos;s currency, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial cannot last a negative number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing interval cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every feature line of a plan needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is already used by another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new plan was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 was changed by someone else since you opened it; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan has the slug &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promotion needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promotion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage discount must lie between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed discount needs an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed discount needs a currency this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed discount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum amount must be in the discount&apos;s currency, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit of uses cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by another promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 has already been used more than %2 times; the limit cannot be lower than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new promotion was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promotion has the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts of one promotion use must be in one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount after the discount must be the amount before it less the discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 has been used its %2 times already; it cannot be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has already used the promotion %1 as often as it allows (%2 times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion use was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member needs a name to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signs in as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription needs a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription needs a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription needs a start date and a current period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current period ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal day must lie between 1 and 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of a subscription cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription needs a payment gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 was changed by someone else since you opened it; reload to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who creates the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new subscription was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of a subscription changes through a status change, which is recorded in its history, not through an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who changes the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway event needs its gateway and its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway event needs the time it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway event %1 was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event %1 from %2 was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book: a SQLite file or postgresql://user@host:port/database (default: the book in your data folder). The password comes from PGPASSWORD, never from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url-or-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See influencecore-cli %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See influencecore-cli %2 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings a book&apos;s schema up to date (creating the SQLite file if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2 (%3 migration(s) applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many months of history (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same book (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the history, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in a book that already holds data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds a realistic, deterministic demo book by replaying months of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers takes a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months takes a whole number from 1 to 120, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end-date takes a date like 2026-11-30, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying history: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo book written to %1 in %2 s: %3 customers, %4 subscriptions, %5 invoices (%6 lines), %7 payments, %8 credits, %9 plans, %10 promotions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a book&apos;s schema up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a realistic demo book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: influencecore-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run influencecore-cli &lt;command&gt; --help for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command of influencecore-cli; run influencecore-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is within its dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses left in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses left for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It applies to this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It applies to this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its conditions are met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no promotion with the code &quot;%1&quot;; check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 has been switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 starts on %2; it cannot be used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 has been used its %2 times already; none are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 does not apply to this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 applies to the first payment only, not to a renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 applies to renewals only, not to the first payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 is for new customers only; this customer has already been invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 asks for a minimum in %2; this payment is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 needs at least %2 %3; this payment is %4 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion %1 takes off an amount in %2; it cannot apply to a price in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trialing</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past due</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <comment>subscription status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <comment>invoice status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <comment>invoice status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <comment>invoice status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>invoice status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>invoice status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <comment>invoice status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <comment>payment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>payment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>payment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <comment>payment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription</source>
        <comment>A %1 cannot go from…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <comment>A %1 cannot go from…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <comment>A %1 cannot go from…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs an issue date and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice for a period needs a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is sold in %2, not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 is negative; a price is zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; needs a quantity of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is sold in %2, not in %3; the line &quot;%4&quot; cannot be billed in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promotion code discounts the plan; this invoice has no plan line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines add up to %1, less than nothing; give the difference as a credit instead of an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has already been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note is issued by crediting its invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; does not add up; draft the invoice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s totals are not the sums of its lines; draft it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice cannot total less than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits are spent when an invoice is issued, not recorded as a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment must be more than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a credit note; payments go to invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2: nothing is due on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is in %2; a payment in %3 cannot settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 is due on invoice %2; a payment of %3 is more than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund must be more than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the money is given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued invoice can be refunded to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is in %2; a refund in %3 cannot come from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 paid on invoice %2 can still be refunded; %3 is more than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting billing.eu_consumer_vat is &quot;%1&quot;; set it to &quot;seller&quot; or &quot;destination&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate is looked up for a date; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 tax rate for %2 is valid on %3; add it to the tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment gateway did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated gateway&apos;s ledger %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge needs an idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge must be for more than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated gateway cannot write its ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2: it takes no payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 cannot take that much: it would be paid more than its total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business date to run, YYYY-MM-DD (default today). Days missed since the last run are run first, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the simulated gateway keeps the charges it made (default: beside the book).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the billing day: renewal invoices, reminders, charges and dunning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of takes a date like 2026-11-30, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the billing day (invoices, reminders, charges, dunning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan change needs the current period and the day of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current period (%1 to %2) has no days to share between two plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan change on %1 falls outside the current period, %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is billed in %2, not in %3 like this subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused time on %1 from %2 to %3 (%4 of %5 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining time on %1 from %2 to %3 (%4 of %5 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the invoice is credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is itself a credit note; credit the invoice it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice is still a draft: change it instead of crediting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2: it has been credited in full already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has been credited in full already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is in %2; it cannot be credited in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note must credit more than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 %2 of invoice %3 is left to credit; %4 %2 is more than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on invoice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit note would credit nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day(s) run: %2 invoices created, %3 reminders queued, %4 charges tried (%5 succeeded, %6 failed, %7 awaiting the gateway), %8 dunning cases opened, %9 advanced, %10 resolved, %11 suspensions, %12 cancellations, %13 trials ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily run needs a business date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last daily run was on %1, more than a year before %2; run the days in between in smaller steps with --as-of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily run was stopped; what it finished is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial ended without a plan being chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at the end of the period, as the customer asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 uses the payment gateway &quot;%2&quot;, which this program does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is unpaid on its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment of %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is unpaid %2 days after its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who changes the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning case %1 is closed (%2): there is nothing left to do on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended by support during dunning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline is extended by 1 to 60 days, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deadline extended by %2 days by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was said with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is in %2; a credit in %3 cannot pay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit must be more than nothing and at most the %1 still due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill credit during dunning of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is not paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the history of a subscription keeps a reason for every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is already on plan &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is no longer sold; choose an active plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is a trial: a trial starts a new subscription, it is not a plan to change to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; has a price but no billing interval; give it one in the catalogue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; starts with nothing to pay, so there is nothing for a promotion code to discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused subscription is resumed; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 is already set to end on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 is not set to end; there is nothing to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to cancel at the end of the period, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation at the end of the period is taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a suspended subscription is reactivated; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 subscription cannot change plan; only an active or trialing one can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial ends with a change to plan &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed from &quot;%1&quot; to &quot;%2&quot; on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed from &quot;%1&quot; to &quot;%2&quot; on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 subscription has no next period to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 has no plan change scheduled; there is nothing to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan change scheduled for %1 is taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to plan &quot;%1&quot; scheduled for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to plan &quot;%1&quot; scheduled for %2 is dropped: the plan is no longer sold in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed from &quot;%1&quot; to &quot;%2&quot; on %3, as scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscribers cannot be moved to the plan they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was withdrawn from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the e-mail address of a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the e-mail address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <comment>plan type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <comment>plan type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>plan type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>plan type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>plan type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>billing cycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing cycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>billing cycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>billing cycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <comment>discount type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <comment>discount type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First payment</source>
        <comment>promotion scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <comment>promotion scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First payment and renewals</source>
        <comment>promotion scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The homepage template %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The homepage template %1 does not parse: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The homepage template %1 could not be rendered: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the background image of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the button &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signup link of the plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email &quot;%1&quot; of %2 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form field name &quot;%1&quot; of %2 must be letters, digits, - or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; of %2 is refused: a link must start with https://, http:// or mailto:, or be an anchor such as #pricing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; of %2 is refused: an image is an https:// or http:// address or a file of the site such as assets/hero.jpg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has no active section: activate or add one before publishing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site address &quot;%1&quot; must be an https:// or http:// address (the sitemap and the Open Graph tags need it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has two active hero sections; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Open Graph image of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 endpoint %1 did not answer within %2 seconds; check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 endpoint %1 cannot be reached (%2); check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server refused access to the bucket &quot;%1&quot;: check that these keys may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; does not exist at %2; create it or correct its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; holds no object &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; lives in another region than %2: set the bucket&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server answered %1 (%2) to %3 %4; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server&apos;s list of the bucket &quot;%1&quot; could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the dashboard figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the catalogue (plans and promotions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change or publish the homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or change subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act on dunning cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write customer notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountant</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2; ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may give credits of at most %2; %3 needs an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book already has its staff accounts; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong passwords: wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong passwords: wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is switched off; ask an admin to switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server logins exist on PostgreSQL only; the embedded book signs in with its own staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say who is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; belongs to none of ic_admin, ic_accountant, ic_support; ask an admin to give it a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement names :%1, which has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back &quot;%1&quot; to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &quot;%1&quot; version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of &quot;%1&quot; version %2: %3 file(s) to upload, %4 to delete, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 file(s) uploaded, %3 deleted, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has no published version; say which version to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has no earlier version published to %2 to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on the live site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is live, but an old file could not be deleted (publish again to finish): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is live, but the publish could not be recorded in the book: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page (default home).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to publish (default: the published one, to take up catalogue changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what would be uploaded and deleted; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish again the version that was live before the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 endpoint, e.g. https://s3.eu-west-3.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket the site is served from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the bucket as endpoint/bucket instead of bucket.endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the site is served from (default: the bucket&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint takes an address like https://s3.eu-west-3.amazonaws.com, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bucket takes a bucket name (3 to 63 lower-case letters, digits, dots and hyphens), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --rollback or --version, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the homepage to S3 (only what changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is append-only: its entries are never changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket&apos;s region (default: the book&apos;s setting, else us-east-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes the homepage to S3: only what changed, index.html last. Where to comes from the book&apos;s S3 settings unless given; the keys from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, else from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to publish: --endpoint and --bucket, or the S3 settings of the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither to use the keys of the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to render (default: the published one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the site to (created; must be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the site is served from (default: the book&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the homepage as the static site publishing would send: the same files, the same bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the site with --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty; give a new or empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say with --site-url where the site is served from (the book has no site address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered &quot;%1&quot; version %2: %3 file(s) in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to add (PNG, JPEG, GIF, WebP, BMP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an image to the homepage&apos;s images (resized to 480, 960 and 1600 pixels wide) and prints the path to give the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which image with --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the homepage&apos;s static site to a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an image to the homepage&apos;s images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment gateway is set up here; record the payment as manual or leave it for the daily run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 gateway does not charge cards: record the payment when the money arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer; the daily run will ask again without charging twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined (%1); the invoice stays due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note holds at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit must be more than nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the customer receives this credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 40 MB; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image: choose a PNG, JPEG, GIF, WebP or BMP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: write it as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot; on this computer for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot; in the page&apos;s assets for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title that says what you offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; of form field %2 must be letters, digits, - or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two form fields are named &quot;%1&quot;: give each its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was cancelled before index.html: the live site is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the access key id and the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to publish first: the S3 endpoint and bucket are not set in this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys are stored for %1: enter them in the S3 settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server does not know the access key: check the access key id in the S3 settings (or AWS_ACCESS_KEY_ID) for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 server refused the signature: check the secret access key in the S3 settings (or AWS_SECRET_ACCESS_KEY) and the region (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has no demo account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo account &quot;%1&quot; was changed; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no demo account for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to %1; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (start GNOME Keyring or KWallet in your session): the keys are kept nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1): the keys are kept nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice line was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved version %2 of the page &quot;%3&quot; at %4 after you opened yours: see their change and merge it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2-day trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 every %n month(s)</source>
        <translation>
            <numerusform>%1 — %2 every month</numerusform>
            <numerusform>%1 — %2 every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value the database needs is missing%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo image %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site-url takes an address like https://www.example.com/, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gateway-ledger takes a file in a folder that exists, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region takes a region like eu-west-3, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print MRR, churn and the dashboard&apos;s other numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the e-mails waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDFs (Factur-X) of a period&apos;s invoices to a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the PDFs (Factur-X e-invoices) of the invoices and credit notes issued in a period, or of one of them, into a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First issue date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last issue date, YYYY-MM-DD (included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into: new, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One invoice or credit note, by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See influencecore-cli export-invoices --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See influencecore-cli export-invoices --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program exports invoices as pdf only for now; &quot;%1&quot; is not a format it writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the PDFs with --out FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD, or one invoice with --number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder, so that no file is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice or credit note was issued between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be given its name; the export stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF written to %1.</numerusform>
            <numerusform>%n PDFs written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints MRR and its movements, customers, churn, ARPA, LTV, quick ratio and trial conversion per month-end, per plan and per promotion, in one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last month, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency (default EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this plan (its slug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See influencecore-cli metrics --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See influencecore-cli metrics --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which months with --from YYYY-MM and --to YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table, csv or json; &quot;%1&quot; is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard output cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the notifications waiting in the outbox by e-mail, oldest first. Without --once it keeps waiting for new ones (checking every 10 seconds). The SMTP password comes from SMTP_PASSWORD, never from the command line or the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book: a SQLite file or postgresql://user@host:port/database (default: the book in your data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what is due, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server for this run: smtp://[user@]host:port (STARTTLS when offered; add ?starttls=required to insist) or smtps://[user@]host:port (default: the book&apos;s notify.smtp_url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address (default: the book&apos;s notify.from_address, else seller.email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over a message another sender left half sent once its attempt is this many seconds old (default 600; 0 after a crash when no other sender runs). It is sent once more and may arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--take-over-after takes a whole number of seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which mail server to send through: --smtp smtp://host:port, or the book&apos;s notify.smtp_url setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s user %1 needs its password in SMTP_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the mail is from: --from billing@example.com, or the book&apos;s notify.from_address (or seller.email) setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes an e-mail address like billing@example.com, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country (two letters such as FR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid SIREN (9 digits, Luhn key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid SIRET (14 digits, Luhn key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIRET that starts with the SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RCS city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VAT number whose key matches the SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid IBAN (its check digits do not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid BIC (8 or 11 letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the late-payment penalty sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the late-payment penalty rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the early-payment discount wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice can be issued until the seller&apos;s identity has %1: complete it in Settings, Seller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting the customer&apos;s authentication</source>
        <comment>payment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a month as YYYY-MM, like 2026-01; &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month %1 comes after the last month %2; give the earlier one with --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book has no subscription in &quot;%1&quot;; give a currency it bills in with --currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book has no plan &quot;%1&quot;; give the slug of one of its plans with --plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) wait for the customer to authenticate.</source>
        <translation>
            <numerusform>%n charge waits for the customer to authenticate.</numerusform>
            <numerusform>%n charges wait for the customer to authenticate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending the trial of subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling subscription %1 at the end of its period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing the renewal of subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminding invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following up dunning case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (business day %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment of %1 waits for the customer to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 gateway charged nothing: record the payment when the money arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s bank asks them to confirm this payment; they have been sent a message to do so, and the invoice stays due until they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rows to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft invoice has no number yet: issue it before printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s PDF could not be written in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s PDF could not be finished as a Factur-X invoice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment gateway &quot;%1&quot; is not set up in this program; charge through another gateway or record the payment by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank asks the customer to confirm this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work was cancelled before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail template %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail template %1 does not render: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notification template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 (%2) uses {{%3}}, which its data does not have; it may use %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 (%2) has no &quot;=== %3&quot; part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 (%2) does not parse: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 to try again later, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interrupted attempt(s) made pending again (sent once more, they may arrive twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SMS wait: no SMS provider is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender stopped while sending this message; it is sent once more and may arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given up after a day of trying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smtp takes smtp://[user@]host:port or smtps://[user@]host:port, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 did not answer %2 in time or closed the connection (%3); the message will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 offers no TLS; the password is not sent in clear. Use smtps:// or a server that offers STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 offers neither AUTH PLAIN nor AUTH LOGIN for the user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with the mail server %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, which the address requires (?starttls=required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the endpoint, an address like https://s3.eu-west-3.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an endpoint; write an address like https://s3.eu-west-3.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region; a region reads like eu-west-3 or us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site address; write it like https://www.example.com/, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SIREN (9 digits whose Luhn key holds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1 is not waiting to be sent (another sender has it, or it is sent or failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt to send notification %1 is no longer the current one; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment method belongs to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment method needs its gateway and the gateway&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number is never stored here: save the gateway&apos;s token for the card instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last digits of a card are four digits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry is a month (1 to 12) and a year, or none at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment method was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment method was changed by someone else since you opened it; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment method was changed or removed by someone else since you opened it; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-letter country code such as FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIREN (9 digits whose Luhn key holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIRET (14 digits whose Luhn key holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VAT number (for France, FR, the key and the SIREN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IBAN (its check digits do not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BIC (8 or 11 letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-payment penalty rate must lie between 0 % and 1000 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::AuditPage</name>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (part of the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ic::ChangePlanDialog</name>
    <message>
        <source>&amp;Now, with the proration below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start of the next &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the customer&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan changes on %1, when the next period starts; nothing is charged or given back now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 days left in the period %3 – %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new period starts today, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer receives %1 as a credit for the next invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice of %1 is issued now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan changes at the next period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed; invoice %1 of %2 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed; %1 credited to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::CodeTrialPanel</name>
    <message>
        <source>The customer&apos;s first payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code as the customer typed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code is accepted for %1 on %2; with the automatic promotions it combines with, %n promotion(s) apply.</source>
        <translation>
            <numerusform>The code is accepted for %1 on %2; with the automatic promotions it combines with, %n promotion applies.</numerusform>
            <numerusform>The code is accepted for %1 on %2; with the automatic promotions it combines with, %n promotions apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is accepted for %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::ContactEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: text, email, tel, url, number or textarea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::CustomerView</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;redit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes in French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancels on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves to %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription to %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 of %2 is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subscription in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the customer&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing of %1 stops while it is paused; the period already paid is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing starts again; after the end of the paid period a new period and its invoice start today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is active again; invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now: billing stops today, nothing is given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the &amp;end of the period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit the next invoices of %1 use before anything is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your limit: %1 a credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credited to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money received outside the gateway (a transfer, a cheque, cash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque or cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due on this customer&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Subscription Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you are writing for %1 is not added yet. Drop it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment methods on file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments and attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <source>Search by name, e-mail, company or invoice number — Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no customers in this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::FaqEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::GridModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::GridView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (comma-separated) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::HeroEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hero title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary button:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary button&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary button&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its st&amp;yle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary button&apos;s style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econdary button:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secondary button&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its li&amp;nk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secondary button&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its styl&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secondary button&apos;s style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the background image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::HomepagePage</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder; untick to hide a section from the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book first: the page&apos;s images are kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The homepage has changes that are not saved as a version. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::HomepagePreview</name>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;ktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at %1 pixels wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::JobRunner</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
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
        <translation>Overview</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>&amp;Open Book…</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Connect to &amp;PostgreSQL…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Book</source>
        <translation>Open &amp;Demo Book</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About InfluenceCore</source>
        <translation>&amp;About InfluenceCore</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Book not opened</source>
        <translation>Book not opened</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>Open Book</translation>
    </message>
    <message>
        <source>InfluenceCore books (*.sqlite *.db *.book);;All files (*)</source>
        <translation>InfluenceCore books (*.sqlite *.db *.book);;All files (*)</translation>
    </message>
    <message>
        <source>About InfluenceCore</source>
        <translation>About InfluenceCore</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InfluenceCore Back-Office %1&lt;/h3&gt;&lt;p&gt;The homepage and the billing of a small SaaS company: plans, subscriptions, invoices and dunning, on SQLite or PostgreSQL.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InfluenceCore Back-Office %1&lt;/h3&gt;&lt;p&gt;The homepage and the billing of a small SaaS company: plans, subscriptions, invoices and dunning, on SQLite or PostgreSQL.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>No book is open</translation>
    </message>
    <message>
        <source>%1 — InfluenceCore</source>
        <translation>%1 — InfluenceCore</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>The book answered at %1.</source>
        <translation>The book answered at %1.</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
    <message>
        <source>The book did not answer; the figures shown may be out of date.</source>
        <translation>The book did not answer; the figures shown may be out of date.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;Billing Day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal invoices, reminders, charges and dunning for today, as the nightly run does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Billing Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the billing day of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::MasterDetailPage</name>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::NewSubscriptionDialog</name>
    <message>
        <source>Charge the customer&apos;s card now (%1 gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it as paid at the counter (manual payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it due: the daily run charges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque number, transfer reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not record payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A %n-day trial: nothing to pay today.</source>
        <translation>
            <numerusform>A %n-day trial: nothing to pay today.</numerusform>
            <numerusform>A %n-day trial: nothing to pay today.</numerusform>
        </translation>
    </message>
    <message>
        <source>A free plan: nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging the customer&apos;s card through the %1 gateway…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>Active subscriptions</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>Trialing</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Past due</translation>
    </message>
    <message>
        <source>Invoices this month</source>
        <translation>Invoices this month</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>Revenue this month</translation>
    </message>
    <message>
        <source>Open dunning cases</source>
        <translation>Open dunning cases</translation>
    </message>
    <message>
        <source>in the book</source>
        <translation>in the book</translation>
    </message>
    <message>
        <source>paid and renewing</source>
        <translation>paid and renewing</translation>
    </message>
    <message>
        <source>in their free trial</source>
        <translation>in their free trial</translation>
    </message>
    <message>
        <source>a payment failed; retrying</source>
        <translation>a payment failed; retrying</translation>
    </message>
    <message>
        <source>unpaid invoices being chased</source>
        <translation>unpaid invoices being chased</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>The overview could not be read: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>issued in %1</source>
        <translation>issued in %1</translation>
    </message>
    <message>
        <source>no paid invoice issued in %1</source>
        <translation>no paid invoice issued in %1</translation>
    </message>
    <message>
        <source>paid invoices issued in %1</source>
        <translation>paid invoices issued in %1</translation>
    </message>
</context>
<context>
    <name>ic::PageDocument</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::PageFieldsEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meta title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meta title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta &amp;description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meta description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Graph image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Open Graph image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::PlanEditor</name>
    <message>
        <source>Save Mine over Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used in links, e.g. pro-monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp;cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set&amp;up fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the plan&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: not set · -1: unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs a slug, the short name used in links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a limit: give a whole number, or -1 for unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (was %3 when you opened it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Features: %n line(s) now</source>
        <translation>
            <numerusform>Features: %n line now</numerusform>
            <numerusform>Features: %n lines now</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the plan off sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) are on the plan %1. What happens to them?</source>
        <translation>
            <numerusform>%n subscription is on the plan %1. What happens to it?</numerusform>
            <numerusform>%n subscriptions are on the plan %1. What happens to them?</numerusform>
        </translation>
    </message>
    <message>
        <source>They can keep the plan until their next renewal and beyond, or move to another plan when their current period ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Their Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Them to Another Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them at their next period to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::PlansPage</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan you are editing has changes that are not saved. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of this plan in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this plan earlier on the homepage (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this plan later on the homepage (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book and sign in to change the order of the plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the order of the plans, sort the grid by Order (ascending) and clear the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or undo the changes to the plan you are editing before changing the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::PostgresDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Connect to PostgreSQL</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>The book is a PostgreSQL database shared by the team.</source>
        <translation>The book is a PostgreSQL database shared by the team.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>ic::PricingEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlighted plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highlighted plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no public plan on sale: the section shows its title only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans shown come from the catalogue (public plans on sale, in their order): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::PromotionEditor</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies itself, no code needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combines with a typed code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the customer types, e.g. SPRING24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 for 15 %, or an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uses at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new customers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the amount is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-a&amp;pply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every plan, every service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (off sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promotion needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promotion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage; type it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage discount cannot be more than 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed discount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of uses; leave it blank for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion would end on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::PromotionsPage</name>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a Code</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of this promotion in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::PublishActions</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the page as a new draft version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s versions: compare, restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this version to the S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish again the version that was live before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the page is published, and the keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back to the Previous Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the Homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish again the version that was live before the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published version of &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Comparing with the bucket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling before index.html…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bucket already holds version %1: nothing to upload (%n file(s) unchanged).</source>
        <translation>
            <numerusform>The bucket already holds version %1: nothing to upload (%n file unchanged).</numerusform>
            <numerusform>The bucket already holds version %1: nothing to upload (%n files unchanged).</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1: %2 file(s) to upload, %3 to delete, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::RowsEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::S3SettingsDialog</name>
    <message>
        <source>Address the bucket as &amp;endpoint/bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com/ (empty: the bucket&apos;s address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are kept in the system keychain, never in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain; type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys are stored for this endpoint yet; they go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the access key id that goes with this secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::SectionEditor</name>
    <message>
        <source>Hero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions (FAQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary (filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::ServicesEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services (drag to reorder, tick to show):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advantages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the advantages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::SignInDialog</name>
    <message>
        <source>Create the first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has no staff account yet. The first account is an admin, who can then add the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user name &lt;b&gt;%2&lt;/b&gt;, password &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo book. Sign in with one of its accounts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::UndoableForm</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::VersionsCompareDialog</name>
    <message>
        <source>Version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from version %1 to version %2.</source>
        <translation>
            <numerusform>%n change from version %1 to version %2.</numerusform>
            <numerusform>%n changes from version %1 to version %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ic::VersionsCompareModel</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::VersionsDialog</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the Page &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two versions, or one to compare it with the version it was edited from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ic::VersionsMergeDialog</name>
    <message>
        <source>Merge Your Change with Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved version %2 at %3 after you opened version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes and theirs touch different fields: both are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Both of you changed %n field(s): choose which to keep; everything else is merged.</source>
        <translation>
            <numerusform>Both of you changed %n field: choose which to keep; everything else is merged.</numerusform>
            <numerusform>Both of you changed %n fields: choose which to keep; everything else is merged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole section or service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept, with its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by both of you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version is kept in the editor until you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and &amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

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
        <source>Cancel</source>
        <translation>Cancel</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BookOpening</name>
    <message>
        <source>Building the demo book: 2,000 customers and a year of billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo book was not built: it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo book could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Book not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InfluenceCore Back-Office: the homepage and the billing of a small SaaS company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the book at URL_OR_FILE: a SQLite file, or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL_OR_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the demo book, building it the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --database or --demo, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>InfluenceCore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About InfluenceCore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InfluenceCore books (*.sqlite *.db *.book);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About InfluenceCore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;InfluenceCore Back-Office %1&lt;/h3&gt;&lt;p&gt;The homepage and the billing of a small SaaS company: plans, subscriptions, invoices and dunning, on SQLite or PostgreSQL.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — InfluenceCore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book answered at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book did not answer; the figures shown may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dunning cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in their free trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment failed; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no paid invoice issued in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid invoices issued in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is a PostgreSQL database shared by the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

-- The customer search of the Customers area (services/customers/customergrid.cpp) answers
-- each keystroke from indexes, on both databases. Names, e-mail addresses and companies have
-- their indexes on lower() since 0001; this adds:

-- a customer found by the number of one of their invoices, case-insensitively and by prefix
-- (a range on lower(number); the customer is in the index too, so the search never reads
-- the invoices themselves);
CREATE INDEX invoices_number_lower ON invoices (lower(number), customer_id);

-- a customer found by the part of the name after its first space ("lef" finds Anne
-- Lefèvre). The expression must be spelled as the search spells it, which differs by
-- database (instr / strpos).
-- sqlite-only begin
CREATE INDEX customers_surname ON customers (lower(substr(name, instr(name, ' ') + 1)));
-- sqlite-only end
-- postgresql-only begin
CREATE INDEX customers_surname ON customers (lower(substr(name, strpos(name, ' ') + 1)));
-- postgresql-only end

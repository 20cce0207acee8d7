-- Who an invoice is from and to (issue #11): customers get a billing address and, for a
-- French business, a SIREN; an issued invoice keeps the seller and the buyer as they were
-- when it was issued (a JSON snapshot each, written by InvoiceRepository::issue) and the
-- SHA-256 of its PDF, so that a reprint can be told to be the original.
-- The seller's identity itself lives in settings (keys seller.*), which need no new column.
--
-- Rights on PostgreSQL: the roles were given their rights on these two tables as a whole by
-- migration 0003 (admin everything; accountant and support SELECT, INSERT, UPDATE on
-- invoices), and a table-wide GRANT covers columns added later, so the new invoice columns
-- are written by whoever issues. On customers the support role may UPDATE only notes and
-- row_version (a column GRANT) and the accountant none: the billing address stays the
-- admin's to change, as the rest of the customer does. Nothing to grant here.

ALTER TABLE customers ADD COLUMN address_lines TEXT;
ALTER TABLE customers ADD COLUMN postal_code TEXT;
ALTER TABLE customers ADD COLUMN city TEXT;
ALTER TABLE customers ADD COLUMN siren TEXT CHECK (siren IS NULL OR length(siren) = 9);

ALTER TABLE invoices ADD COLUMN seller_snapshot {{json}};
ALTER TABLE invoices ADD COLUMN buyer_snapshot {{json}};
ALTER TABLE invoices ADD COLUMN pdf_sha256 TEXT CHECK (pdf_sha256 IS NULL OR length(pdf_sha256) = 64);

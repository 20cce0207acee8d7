-- The customer grid pages by key (services/grid/gridsql.h): each page is the rows after the
-- last one's sort key and id, read as a range of an index on that key, so the last page of
-- the 100,000-customer book costs what the first does. Name, e-mail and company have their
-- indexes on lower() since 0001; the other columns a person can sort on get theirs here,
-- with the id that breaks ties (SQLite's indexes end with the rowid anyway; PostgreSQL's
-- need it written to give the order without sorting each run of equal values).
CREATE INDEX customers_country_key ON customers (country, id);
CREATE INDEX customers_language_key ON customers (language, id);
CREATE INDEX customers_phone_key ON customers (phone, id);
CREATE INDEX customers_vat_number_key ON customers (vat_number, id);
CREATE INDEX customers_created_at_key ON customers (created_at, id);

-- The customers without a company are read in id order once the companies are done: on
-- PostgreSQL that order needs the id in the index (SQLite's customers_company has it).
-- postgresql-only begin
CREATE INDEX customers_company_key ON customers (lower(company), id);
-- postgresql-only end

-- Staff roles and the audit log.
-- On PostgreSQL each staff member signs in with their own login, a member of one of the roles
-- ic_admin, ic_accountant, ic_support; the GRANTs below give each role what the permission
-- matrix (services/security/permission.h) allows, so a seat with its own SQL client cannot do
-- more than the program would let it. On both databases the audit log is append-only: a
-- trigger refuses every UPDATE and DELETE, whoever asks.

-- Wrong passwords per user name on the embedded book, for the growing delay after repeated
-- failures (services/security/staffauth.h). A successful sign-in deletes the row.
CREATE TABLE sign_in_failures (
    username_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL CHECK (failures >= 0),
    last_failure_at {{timestamp}} NOT NULL
);

-- sqlite-only begin
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit log is append-only: its entries are never changed.');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit log is append-only: its entries are never deleted.');
END;
-- sqlite-only end

-- postgresql-only begin
-- Roles are shared by every database of the server: created once, the first time a book
-- is migrated there; a second book (or two at once) finds them.
DO $$
DECLARE
    r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['ic_admin', 'ic_accountant', 'ic_support'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created by a migration running at the same time
            END;
        END IF;
    END LOOP;
END
$$;

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: its entries are never changed or deleted.'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

GRANT USAGE ON SCHEMA public TO ic_admin, ic_accountant, ic_support;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ic_admin, ic_accountant, ic_support;

-- admin: everything, except changing the audit log or the schema's history.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ic_admin;
REVOKE INSERT, UPDATE, DELETE ON schema_version FROM ic_admin;

-- accountant: reads everything; invoices, credit notes, payments, refunds to credit.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ic_accountant;
GRANT INSERT, UPDATE ON invoices, invoice_items, invoice_number_series, payments, user_credits,
    credit_applications TO ic_accountant;
GRANT INSERT ON promotion_uses, outbox_messages, audit_log TO ic_accountant;
GRANT DELETE ON invoice_items TO ic_accountant; -- a draft's lines are written again whole
GRANT UPDATE (current_uses) ON promotions TO ic_accountant;

-- support: reads customers, subscriptions, invoices and the catalogue; the customer counter
-- (subscriptions and their first invoices), dunning actions, customer notes, credits.
GRANT SELECT ON customers, subscriptions, subscription_events, invoices, invoice_items,
    invoice_number_series, payments, user_credits, credit_applications, dunning_cases,
    dunning_policy, plans, plan_features, promotions, promotion_plans, promotion_services,
    promotion_uses,
    tax_rates, settings, staff_users, outbox_messages TO ic_support;
GRANT UPDATE (notes, row_version) ON customers TO ic_support;
GRANT INSERT, UPDATE ON subscriptions, dunning_cases, invoices, invoice_items,
    invoice_number_series, payments, user_credits, credit_applications TO ic_support;
GRANT INSERT ON subscription_events, promotion_uses, outbox_messages, audit_log TO ic_support;
GRANT DELETE ON invoice_items TO ic_support; -- a draft's lines are written again whole
GRANT UPDATE (current_uses) ON promotions TO ic_support;
-- INSERT ... RETURNING id reads the new entry's id, and nothing else of the log.
GRANT SELECT (id) ON audit_log TO ic_support;

-- Append-only even for the owner's roles; the trigger refuses the table's owner too.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, ic_admin, ic_accountant, ic_support;

-- Tables of later migrations (created by the same owner) start with the same reading rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ic_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ic_accountant;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES
    TO ic_admin, ic_accountant, ic_support;
-- postgresql-only end

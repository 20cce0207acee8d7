-- Payment methods: what a customer pays with at each gateway, instead of customers.test_card.
-- A row holds the gateway's token or agreement id (Stripe's pm_…, PayPal's billing agreement,
-- the simulated gateway's tok_…) and what a person needs to recognise the card: its brand,
-- last four digits and expiry. Never a card number, never a CVC: those stay at the gateway.
-- One default method per customer and gateway; the renewals charge it.
CREATE TABLE payment_methods (
    id {{id}},
    customer_id BIGINT NOT NULL REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    gateway TEXT NOT NULL CHECK (length(gateway) > 0),
    token TEXT NOT NULL CHECK (length(token) > 0),
    brand TEXT,
    last_four CHAR(4) CHECK (last_four IS NULL OR length(last_four) = 4),
    exp_month INTEGER CHECK (exp_month IS NULL OR (exp_month >= 1 AND exp_month <= 12)),
    exp_year INTEGER CHECK (exp_year IS NULL OR (exp_year >= 2000 AND exp_year <= 2200)),
    is_default {{bool}} NOT NULL DEFAULT FALSE,
    created_at {{timestamp}} NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX payment_methods_customer ON payment_methods (customer_id);
CREATE UNIQUE INDEX payment_methods_one_default ON payment_methods (customer_id, gateway)
    WHERE is_default;

-- The test cards become the customers' default methods at the simulated gateway (the only
-- gateway they were for), with the last four digits of the gateways' matching test numbers.
INSERT INTO payment_methods (customer_id, gateway, token, brand, last_four, is_default, created_at)
SELECT id, 'simulated', test_card, 'visa',
       CASE test_card
           WHEN 'tok_chargeDeclinedInsufficientFunds' THEN '9995'
           WHEN 'tok_chargeDeclinedStolenCard' THEN '9979'
           WHEN 'tok_chargeDeclinedLostCard' THEN '9987'
           WHEN 'tok_chargeDeclinedAccountClosed' THEN '0069'
           WHEN 'tok_authenticationRequired' THEN '3184'
           ELSE '4242'
       END,
       TRUE, created_at
FROM customers WHERE test_card IS NOT NULL AND test_card <> '';
ALTER TABLE customers DROP COLUMN test_card;

-- A charge can wait for the customer to authenticate (strong customer authentication):
-- payments.status gains 'requires_action'. SQLite cannot change a CHECK constraint in place,
-- so the table is written again (nothing refers to payments); PostgreSQL swaps the constraint.
-- sqlite-only begin
CREATE TABLE payments_0008 (
    id {{id}},
    invoice_id BIGINT NOT NULL REFERENCES invoices (id) DEFERRABLE INITIALLY IMMEDIATE,
    customer_id BIGINT NOT NULL REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    currency CHAR(3) NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('card', 'paypal', 'transfer', 'manual', 'credit')),
    gateway TEXT,
    gateway_reference TEXT,
    idempotency_key TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded',
                                           'requires_action')),
    failure_code TEXT,
    failure_message TEXT,
    attempted_at {{timestamp}} NOT NULL,
    settled_at {{timestamp}},
    row_version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO payments_0008 SELECT id, invoice_id, customer_id, amount_minor, currency, method,
    gateway, gateway_reference, idempotency_key, status, failure_code, failure_message,
    attempted_at, settled_at, row_version FROM payments;
DROP TABLE payments;
ALTER TABLE payments_0008 RENAME TO payments;
CREATE INDEX payments_invoice ON payments (invoice_id);
CREATE INDEX payments_customer ON payments (customer_id);
CREATE UNIQUE INDEX payments_idempotency ON payments (idempotency_key);
-- sqlite-only end
-- postgresql-only begin
ALTER TABLE payments DROP CONSTRAINT payments_status_check;
ALTER TABLE payments ADD CONSTRAINT payments_status_check
    CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded', 'requires_action'));
-- support reads a customer's methods on their page (admin and accountant have them by the
-- default privileges of migration 0003)
GRANT SELECT ON payment_methods TO ic_support;
-- A payment an accountant records goes through the one settlement path, which carries a paid
-- invoice's subscription on (its period moved on, reactivated, its history written) and
-- closes its dunning case, as for a payment taken by the daily run or at the counter. The
-- program's role matrix still refuses an accountant any subscription or case action itself.
GRANT UPDATE ON subscriptions, dunning_cases TO ic_accountant;
GRANT INSERT ON subscription_events TO ic_accountant;
-- postgresql-only end

-- The billing engine: the dunning calendar as data, plan changes at the next period, the
-- days the daily run has completed, and what a dunning case remembers between steps.

-- One row a step of the dunning calendar, counted in days from the failed payment (J+0).
CREATE TABLE dunning_policy (
    id {{id}},
    day_offset INTEGER NOT NULL UNIQUE CHECK (day_offset >= 0 AND day_offset <= 365),
    email_template TEXT,
    sms_template TEXT,
    retry_payment {{bool}} NOT NULL DEFAULT FALSE,
    suspend {{bool}} NOT NULL DEFAULT FALSE,
    cancel {{bool}} NOT NULL DEFAULT FALSE,
    row_version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO dunning_policy (day_offset, email_template, sms_template, retry_payment, suspend, cancel) VALUES (0, 'payment_failed', NULL, FALSE, FALSE, FALSE);
INSERT INTO dunning_policy (day_offset, email_template, sms_template, retry_payment, suspend, cancel) VALUES (3, 'payment_reminder', NULL, TRUE, FALSE, FALSE);
INSERT INTO dunning_policy (day_offset, email_template, sms_template, retry_payment, suspend, cancel) VALUES (7, 'payment_reminder', 'payment_reminder_sms', TRUE, FALSE, FALSE);
INSERT INTO dunning_policy (day_offset, email_template, sms_template, retry_payment, suspend, cancel) VALUES (14, 'final_notice', NULL, TRUE, TRUE, FALSE);
INSERT INTO dunning_policy (day_offset, email_template, sms_template, retry_payment, suspend, cancel) VALUES (30, 'subscription_cancelled', NULL, FALSE, FALSE, TRUE);

-- Billing settings that are data, not code (days before the renewal date).
INSERT INTO settings (key, value) VALUES ('billing.invoice_days_before', '7');
INSERT INTO settings (key, value) VALUES ('billing.reminder_days_before', '3');
INSERT INTO settings (key, value) VALUES ('billing.seller_country', 'FR');
INSERT INTO settings (key, value) VALUES ('billing.business_time_zone', 'Europe/Paris');

-- A plan change asked for "at the next period".
ALTER TABLE subscriptions ADD COLUMN scheduled_plan_id BIGINT REFERENCES plans (id);

-- What dunning remembers: how many charges were tried, and whether the card was refused
-- for good (lost, stolen, account closed), after which nothing is retried.
ALTER TABLE dunning_cases ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dunning_cases ADD COLUMN hard_decline {{bool}} NOT NULL DEFAULT FALSE;

-- The business days the daily run has finished, so a missed day is caught up in order and
-- a finished day is not run twice.
CREATE TABLE daily_runs (
    business_date {{date}} PRIMARY KEY,
    started_at {{timestamp}} NOT NULL,
    finished_at {{timestamp}},
    summary {{json}}
);

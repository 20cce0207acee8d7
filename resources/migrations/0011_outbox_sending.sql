-- The outbox sender (services/notify/outboxsender.cpp) marks a message "sending" before it
-- calls the provider and "sent" after: the attempt's key and start, kept until the call
-- ends; when the first attempt was made (retries stop a day after it); the provider's id for
-- the message once it took it. A message is sending while it is pending with sending_at set.
ALTER TABLE outbox_messages ADD COLUMN attempt_key TEXT;
ALTER TABLE outbox_messages ADD COLUMN sending_at {{timestamp}};
ALTER TABLE outbox_messages ADD COLUMN first_attempt_at {{timestamp}};
ALTER TABLE outbox_messages ADD COLUMN provider_id TEXT;

-- In order per recipient: the sender looks for an older unfinished message to the same
-- address before it sends a newer one.
CREATE INDEX outbox_recipient_order ON outbox_messages (recipient, status, created_at, id);

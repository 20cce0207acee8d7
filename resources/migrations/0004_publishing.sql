-- Homepage publishing: one row per publish (or rollback) of a page version to a bucket,
-- with the files it left there, so a rollback knows the version that was live before.
-- (Numbered 0004: 0003 is kept for the change another engineer is writing.)
CREATE TABLE publishes (
    id {{id}},
    page_id BIGINT NOT NULL REFERENCES pages (id) DEFERRABLE INITIALLY IMMEDIATE,
    slug TEXT NOT NULL,
    version INTEGER NOT NULL,
    target TEXT NOT NULL,
    is_rollback {{bool}} NOT NULL DEFAULT FALSE,
    uploaded INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    files {{json}} NOT NULL DEFAULT '[]',
    published_by TEXT NOT NULL,
    published_at {{timestamp}} NOT NULL
);
CREATE INDEX publishes_by_target ON publishes (slug, target, id);

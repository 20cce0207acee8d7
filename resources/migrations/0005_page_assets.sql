-- The homepage's images, kept in the book (not in a folder beside it): a team on
-- PostgreSQL shares no folder, and the images must travel with the versions that use them.
-- One row per resized variant; its path carries the hash of its bytes, so a path never
-- changes content and is cached for a year. Variants of one source share source_hash.
CREATE TABLE page_assets (
    path TEXT PRIMARY KEY,
    source_hash TEXT NOT NULL,
    source_name TEXT NOT NULL,
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    content_type TEXT NOT NULL,
    bytes {{bytes}} NOT NULL,
    created_at {{timestamp}} NOT NULL
);
CREATE INDEX page_assets_by_source ON page_assets (source_hash, width);

-- A support login opens a shared PostgreSQL book like the other roles: opening checks that
-- the book's schema is this program's (schema_version), which migration 3 let admin and
-- accountant read but not support. Nothing changes on the embedded SQLite book.

-- postgresql-only begin
GRANT SELECT ON schema_version TO ic_support;
-- postgresql-only end

"""The schema version this program writes, kept free of imports so the fast start can check it."""

# The newest migration in storage/migrations/versions. tests/storage/test_migrations.py checks
# that it matches Alembic's head, so forgetting to bump it fails the test run.
HEAD_REVISION = "0013_given_numbers"

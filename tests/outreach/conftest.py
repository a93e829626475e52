import pytest


@pytest.fixture(autouse=True)
def no_rate_limit_counts(clear_cache):
    """Every speaker-request test starts with no rate-limit counts in the cache."""

"""The page cache's generation, kept in the database so that no change can be missed.

Every cached page and every memoized value records the generation it was built under; a request
reads the generation from here once (one primary-key query) and uses only what was built under it.
A change (publishing, a snippet or setting saved, a page made private) increases it in the same
transaction as the change itself, so the two are committed together, and every process, with or
without Redis, sees both from its next request on (site911/page_cache.py).
"""

from django.db import models


class PageCacheGeneration(models.Model):
    """One row (id 1): the current generation, milliseconds since the epoch when it was last raised."""

    ROW = 1

    generation = models.BigIntegerField()

    class Meta:
        verbose_name = "page cache generation"

    def __str__(self):
        return str(self.generation)

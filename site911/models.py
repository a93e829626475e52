"""The site-wide models. The page cache's generation is defined here; the Contact numbers setting
(site911/contact.py, its words per language in site911/contact_wording.py) and the site alert
(site911/alerts.py) live beside the code that reads them.

The page cache's generation is kept in the database so that no change can be missed.
Every cached page and every memoized value records the generation it was built under; a request
reads the generation from here once (one primary-key query) and uses only what was built under it.
A change (publishing, a snippet or setting saved, a page made private) increases it in the same
transaction as the change itself, so the two are committed together, and every process, with or
without Redis, sees both from its next request on (site911/caching/).
"""

from django.db import models

from site911.alerts import SiteAlert
from site911.contact import ContactNumbers
from site911.contact_wording import ContactWording
from site911.translation_review import TranslationReviewNote

__all__ = ["ContactNumbers", "ContactWording", "PageCacheGeneration", "SiteAlert", "TranslationReviewNote"]


class PageCacheGeneration(models.Model):
    """One row (id 1): the current generation, milliseconds since the epoch when it was last raised."""

    ROW = 1

    generation = models.BigIntegerField()

    class Meta:
        verbose_name = "page cache generation"

    def __str__(self):
        return str(self.generation)

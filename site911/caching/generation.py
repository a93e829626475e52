"""The generation: one number in the database that every cached page and memoized value is checked against.

A request reads it once (`read_generation`, by the middleware) and everything built for that request
uses that number (`generation_now`). `clear()` raises it inside the transaction that makes a change.
"""

import contextvars
import logging
import time

from django.db import DatabaseError, connection, transaction

from site911.caching.proxy import ban_after_commit

logger = logging.getLogger("site911.page_cache")

# The generation this request read (PageCacheMiddleware), shared with the content memo.
request_generation = contextvars.ContextVar("page_cache_generation", default=None)


def read_generation():
    """The committed generation, from the database; None when it cannot be read (nothing is then reused)."""
    from site911.models import PageCacheGeneration

    table = connection.ops.quote_name(PageCacheGeneration._meta.db_table)
    sql = f"SELECT generation FROM {table} WHERE id = %s"  # noqa: S608 - a table name, no input
    # The first query of a request on a reused connection: Django would first check the connection with
    # one more round trip (CONN_HEALTH_CHECKS). This query checks it as well; on a broken connection it
    # reconnects once, as the health check would have.
    check_here = (
        connection.connection is not None
        and connection.health_check_enabled
        and not connection.health_check_done
        and not connection.in_atomic_block
    )
    if check_here:
        connection.health_check_done = True
    for last_try in (False, True) if check_here else (True,):
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, [PageCacheGeneration.ROW])
                row = cursor.fetchone()
            return row[0] if row else None
        except DatabaseError as error:
            if not last_try:
                connection.close()
                continue
            logger.warning("Page cache: cannot read the generation (%s); rendering without the cache", error)
            return None


def generation_now():
    """The generation for what is being built now: the request's (read once) or, outside a request, the database's."""
    generation = request_generation.get()
    return generation if generation is not None else read_generation()


def clear(reason="manual"):
    """Make every cached page and memoized value stale, in every process: raise the generation.

    Runs inside the caller's transaction (a publish, a snippet save): committed with the change or
    rolled back with it. Never raises on a cache problem: the cache is not involved at all. The proxy
    in front, if any, is emptied after the commit (`proxy.py`).
    """
    from django.db.models import F, Value
    from django.db.models.functions import Greatest

    from site911.models import PageCacheGeneration

    # Time-based, so a generation is never one an old cache still holds entries of; +1 so it always rises.
    now = time.time_ns() // 1_000_000
    rows = PageCacheGeneration.objects.filter(pk=PageCacheGeneration.ROW)
    try:
        with transaction.atomic():  # a savepoint: a failure below leaves the caller's transaction usable
            if not rows.update(generation=Greatest(F("generation") + 1, Value(now))):
                PageCacheGeneration.objects.update_or_create(pk=PageCacheGeneration.ROW, defaults={"generation": now})
    except DatabaseError:
        if PageCacheGeneration._meta.db_table not in connection.introspection.table_names():
            return  # `migrate` on a new database, before site911's table: nothing is cached yet
        raise
    if request_generation.get() is not None:
        # The rest of this request (an editor's) builds from the changed data: not under the old generation.
        request_generation.set(read_generation())
    logger.info("Page cache cleared: %s", reason)
    ban_after_commit(reason)  # the proxy or CDN in front, once this change is committed

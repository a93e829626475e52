"""Made-up situations for measuring the finder at size: variants of the demo ones, words reshuffled.

Used by `make bench` only (bench/finder.py in-process, bench/run.py on the bench database), never by
the demo loader.
"""

import random

from home.demo_situations import SITUATIONS


def grown_situations(count, base=SITUATIONS, seed=0):
    """`count` situations: the demo ones (`base`, the English by default) first, then variants sharing
    their vocabulary."""
    rng = random.Random(seed)  # noqa: S311 - repeatable made-up content, not a secret
    out = list(base)
    pool = [word for _, keywords, _, _ in base for word in keywords.split()]
    n = 0
    while len(out) < count:
        title, keywords, number, reason = base[n % len(base)]
        extra = " ".join(rng.sample(pool, 6))
        out.append((f"{title} ({n + 1})", f"{keywords} {extra}", number, reason))
        n += 1
    return out[:count]

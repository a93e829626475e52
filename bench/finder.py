"""The situation finder's work per request with the demo's situations and with 500, in this process.

`make bench` runs it first. For each size: the time to prepare the finder (once per content
generation) and the mean time to answer one description, over every description of the evaluation
sets, best of ROUNDS. Then the same in Spanish, with the Spanish demo situations and evaluation sets
(whose vocabulary and spelling dictionary are Spanish). The page around it is measured by bench/run.py.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site911.settings.dev")

import django  # noqa: E402

django.setup()

from bench.situations import grown_situations  # noqa: E402
from home.demo_situations import SITUATIONS, situations_in  # noqa: E402
from home.finder import SituationIndex, answer_for  # noqa: E402
from home.finder.evaluate import DemoSituation, files, load  # noqa: E402

ROUNDS = 7
TARGET_RATIO = 2.0


def prepare(situations, language="en"):
    started = time.perf_counter()
    index = SituationIndex([DemoSituation(*s) for s in situations], language=language)
    return index, time.perf_counter() - started


def per_request(index, descriptions):
    started = time.perf_counter()
    for text in descriptions:
        answer_for(index, text)
    return (time.perf_counter() - started) / len(descriptions)


def main():
    measure("en", SITUATIONS)
    measure("es", situations_in("es"))


def measure(language, situations):
    descriptions = [text for name in files(language) for _, text in load(name)]
    sizes = {len(situations): situations, 500: grown_situations(500, situations)}
    prepared = {count: prepare(situations, language) for count, situations in sizes.items()}
    for index, _ in prepared.values():  # warm the spelling tolerance's per-word cache, as a running site has
        per_request(index, descriptions)
    # The machine may be shared: the sizes take turns, and each keeps its best round.
    best = dict.fromkeys(sizes, float("inf"))
    for _ in range(ROUNDS):
        for count, (index, _) in prepared.items():
            best[count] = min(best[count], per_request(index, descriptions))
    print(f"\nsituation finder ({language}), in-process, {len(descriptions)} descriptions, best of {ROUNDS}\n")
    print("| situations | prepare (once per generation) | per request |")
    print("|-----------:|------------------------------:|------------:|")
    for count, (_, build) in prepared.items():
        print(f"| {count:>10} | {build * 1000:>26.1f} ms | {best[count] * 1e6:>8.0f} µs |")
    small, large = best.values()
    ratio = large / small
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(f"\n500 situations / {len(situations)}: {ratio:.2f}x per request  (target <= {TARGET_RATIO}x: {verdict})")


if __name__ == "__main__":
    main()

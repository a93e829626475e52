"""The project's app import graph, and the arrows it must not have (issue 14).

    python bench/import_graph.py

Reads every `*.py` of the apps with `ast` (standard library only; migrations and tests left out)
and prints each app with the apps it imports (`import X` / `from X import`), with how many import
lines. Exits 1 when a forbidden arrow exists:

- site911 imports no app, except in site911/urls.py (the URLs name every app's views) and
  site911/settings/ (INSTALLED_APPS names apps as strings only);
- news, outreach and stats import only site911: never home, and never each other (pages show
  the answer-time sentence through stats' template tag, loaded by name, not imported);
- events imports site911 and outreach; outreach never imports events (it sends a signal, which events hears).
"""

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["site911", "home", "news", "outreach", "stats", "events"]
ALLOWED = {
    "site911": set(),
    "home": {"site911"},
    "news": {"site911"},
    "outreach": {"site911"},
    "stats": {"site911"},
    "events": {"site911", "outreach"},
}
EXEMPT = {"site911/urls.py"}  # settings/ name apps as strings, which are not imports


def modules(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if "migrations" in parts or "tests" in parts:
            continue
        yield path


def imported_apps(path):
    """The other apps `path` imports, one per import statement."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        yield from {name.split(".")[0] for name in names} & set(APPS)


def main():
    graph = defaultdict(lambda: defaultdict(int))
    forbidden = []
    for app in APPS:
        for path in modules(app):
            relative = path.relative_to(ROOT).as_posix()
            for target in imported_apps(path):
                if target == app:
                    continue
                graph[app][target] += 1
                if target not in ALLOWED[app] and relative not in EXEMPT:
                    forbidden.append(f"{relative} imports {target}")
    for app in APPS:
        edges = ", ".join(f"{target} ({count})" for target, count in sorted(graph[app].items())) or "-"
        print(f"{app} -> {edges}")
    if forbidden:
        print("\nForbidden imports:", *forbidden, sep="\n  ")
        return 1
    print("\nNo forbidden imports (site911/urls.py may import every app).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

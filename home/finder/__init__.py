"""The situation finder: a resident describes what is happening and the site says which number to call.

Safety comes first and does not depend on what editors write: a built-in vocabulary, one per
language (`languages/`: en, es, so, hmn; English for any other), decides whether the description
signals an emergency before any situation is matched, and whatever is unclear is answered "call
911". Situations (title and keywords, edited in the admin) choose what to show and settle
descriptions without any signal.

- `text.py`: normalising, tokens, stems, spelling tolerance;
- `languages/`: each language's built-in signals (danger, happening now, after the fact, nuisance,
  outside the city) and how it is written (see languages/__init__.py);
- `vocabulary.py`: the reasons given for the built-in signals (gettext, in the page's language);
- `reading.py`: what a description signals;
- `index.py`: the situations, precomputed once per content generation;
- `answer.py`: the decision.
"""

from home.finder.answer import NO, YES, Answer, answer_for
from home.finder.index import SituationIndex

__all__ = ["NO", "YES", "Answer", "SituationIndex", "answer_for"]

"""The extractor: raw article text or HTML → a proposed fact document.

Offline and deterministic: spaCy's blank English pipeline tokenises, the
gazetteer drives entity recognition, and rules read relations, attribution,
denials and hypotheticals. Nothing is downloaded at run time.

>>> from loaders.extract import extract_text
>>> doc = extract_text("Reuters reported that Iran sent drones to Russia.", article_id="a1")
>>> [(f.predicate.value, f.stance.value, f.attributed_to) for f in doc.facts]
[('SUPPLIES', 'reported', ['reuters'])]
"""

from .document import *  # noqa: F403
from .document import __all__ as _document_all
from .reading import *  # noqa: F403
from .reading import __all__ as _reading_all
from .scoring import *  # noqa: F403
from .scoring import __all__ as _scoring_all

__all__ = [*_document_all, *_reading_all, *_scoring_all]

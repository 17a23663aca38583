"""Loaders: everything that turns an outside source into facts.

>>> from loaders import read_fact_files
>>> [f.document.article.id for f in read_fact_files(["data/facts"])]
['iran-denies-missiles-2024-09-10']
"""

from .factfile import *  # noqa: F403
from .factfile import __all__ as _factfile_all
from .load import *  # noqa: F403
from .load import __all__ as _load_all

__all__ = [*_factfile_all, *_load_all]

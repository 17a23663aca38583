"""The SIPRI Arms Transfers Database's trade register: deals as SUPPLIES claims stated by SIPRI.

``register`` reads the CSV export, ``resolve`` maps its names onto entities,
``document`` turns deals into one fact document that the builder and writer
load like any other.

>>> from loaders.sipri import is_trade_register, read_register_document
>>> load = read_register_document("tests/data/sipri-register.csv")
>>> load.register.rows == len(load.file.document.facts) + len(load.skipped)
True
"""

from .document import *  # noqa: F403
from .document import __all__ as _document_all
from .register import *  # noqa: F403
from .register import __all__ as _register_all
from .resolve import *  # noqa: F403
from .resolve import __all__ as _resolve_all

__all__ = [*_document_all, *_register_all, *_resolve_all]

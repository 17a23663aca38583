"""Analytics on the graph with networkx: importance, brokers, communities, supply chains, claims.

Every function takes the full graph as :func:`graph.nxgraph.fetch_graph`
returns it and answers with rows (a list of dicts), so the CLI prints them
as a table or JSON and the Python API turns them into DataFrames.
"""

from .affiliation import *  # noqa: F403
from .affiliation import __all__ as _affiliation_all
from .centrality import *  # noqa: F403
from .centrality import __all__ as _centrality_all
from .chains import *  # noqa: F403
from .chains import __all__ as _chains_all
from .claims import *  # noqa: F403
from .claims import __all__ as _claims_all
from .communities import *  # noqa: F403
from .communities import __all__ as _communities_all
from .corroboration import *  # noqa: F403
from .corroboration import __all__ as _corroboration_all
from .networks import *  # noqa: F403
from .networks import __all__ as _networks_all

__all__ = [
    *_affiliation_all,
    *_centrality_all,
    *_chains_all,
    *_claims_all,
    *_communities_all,
    *_corroboration_all,
    *_networks_all,
]

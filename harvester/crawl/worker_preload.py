"""What the extraction fork server loads once, so that no extraction worker loads it for itself.

Imported by the fork server alone (see :func:`harvester.crawl.extraction._context`); every worker
is forked from it and starts with all of this in memory, shared with the server. Workers are
replaced every few hundred pages, and each new one used to import the extractor, then load
dateparser's data on its first date only dateparser reads (0.12 s, and 10-30 ms more for each
other language it met) and the public suffix list on its first cited link (25 ms): paid again by
every worker of every pool in a long crawl. What ``harvester.core.warm_up`` loads is listed there.
"""

from __future__ import annotations

import harvester.core

harvester.core.warm_up()

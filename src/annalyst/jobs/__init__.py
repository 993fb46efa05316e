"""Jobs that drive the store from the API layer: extraction of every pending article, in one process
(``runner.extract_pending``, batches written with ``runner.save_batch``) or on several processes or a Dask cluster
(``parallel.extract_parallel``). ``Annalyst.extract()`` and the web server's upload jobs run them; ``annalyst.extract``
itself never touches the store.
"""

from __future__ import annotations

from .parallel import WorkerSpec, extract_parallel
from .runner import extract_batch, extract_pending, save_batch

__all__ = ["extract_pending", "extract_batch", "save_batch", "extract_parallel", "WorkerSpec"]

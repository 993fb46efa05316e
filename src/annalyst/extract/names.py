"""Moved to ``annalyst.actors.names``: this name is the same module, for imports not yet updated."""
import sys
from ..actors import names as _moved
sys.modules[__name__] = _moved

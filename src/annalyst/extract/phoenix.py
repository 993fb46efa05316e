"""Moved to ``annalyst.actors.phoenix``: this name is the same module, for imports not yet updated."""
import sys
from ..actors import phoenix as _moved
sys.modules[__name__] = _moved

"""Moved to ``annalyst.actors.dictionary``: this name is the same module, for imports not yet updated."""
import sys
from ..actors import dictionary as _moved
sys.modules[__name__] = _moved

"""The actor dictionary, used by extraction, clustering, the API and the workbench.

* ``dictionary``: ``ActorDictionary`` (every known actor, aliases in every script, dated roles; exact, fuzzy and dated
  look-ups), ``default_dictionary()`` (the packaged one, built once per process), ``store_dictionary(store)`` (the
  packaged one overlaid with a store's added, corrected, imported and merged actors: a workspace's dictionary);
* ``names``: name normalisation and similarity (transliteration, phonetic keys, blocking keys);
* ``phoenix``: Phoenix / PETRARCH actor and agent dictionaries read into ``models.Actor`` records.

Its data files are in ``annalyst/extract/resources/actors/`` (each with a line saying where it came from).
"""

from __future__ import annotations

from .dictionary import NATIVE_LOCALES, PERSON_KINDS, ActorDictionary, default_dictionary, script_of, store_dictionary
from .names import name_similarity, norm_key, slug
from .phoenix import PhoenixImport, import_phoenix

__all__ = ["ActorDictionary", "default_dictionary", "store_dictionary", "script_of", "NATIVE_LOCALES", "PERSON_KINDS",
           "name_similarity", "norm_key", "slug", "PhoenixImport", "import_phoenix"]

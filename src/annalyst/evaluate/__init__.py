"""Scorers of annalyst against gold data: re3d entities, and (elsewhere in this package) events and timelines."""

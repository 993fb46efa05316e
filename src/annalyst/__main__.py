"""``python -m annalyst``."""

from .cli import main

main()

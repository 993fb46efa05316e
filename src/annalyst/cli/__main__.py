"""``python -m annalyst.cli``."""

from . import main

main()

"""``python -m crosscheck.cli``: the same command as ``crosscheck``."""

from . import main

main()

"""``python -m crosscheck``: the same command as ``crosscheck``."""

from .cli import main

main()

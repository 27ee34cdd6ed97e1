"""``python -m partygraph`` runs the command line."""

from .cli import main

main()

"""``python -m partygraph`` runs the command line."""

from partygraph.cli import main

main()

"""``python -m partygraph`` runs the command line."""

from partygraph.launch import run

run()

"""RDF vocabulary and SPARQL text handling shared by every stage."""

"""Serving the store over HTTP and pushing the dataset to other stores."""

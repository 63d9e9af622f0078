"""Read and prove a fact base: YAML tree, models, validation, sources, coverage."""

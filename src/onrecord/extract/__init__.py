"""Extractors: plain functions from a spaCy ``Doc`` to spans; pipeline.py wires them."""

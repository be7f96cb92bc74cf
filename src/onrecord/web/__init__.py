"""The record in a browser: a REST API (``api.py``) and server-rendered pages (``pages.py``), both
reading through ``onrecord.query`` only. ``create_app(record)`` wires them into one FastAPI app."""
from onrecord.web.app import create_app

__all__ = ["create_app"]

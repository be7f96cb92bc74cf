"""The version of onrecord, stored with every extracted record so that a newer extractor re-reads old articles."""
__version__ = "0.4.0"

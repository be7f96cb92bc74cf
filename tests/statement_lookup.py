"""Finding a statement in an extracted record by words of its content, for the extraction tests."""
from __future__ import annotations

import onrecord


def statement_with(record, words):
    """The first statement of ``record`` whose content holds ``words``; fails, listing them, if none."""
    found = [s for s in record.statements if words in s.content.text]
    assert found, f"no statement containing {words!r}: {[s.content.text for s in record.statements]}"
    return found[0]


def speaker_of(text, words):
    """The speaker's name of the statement holding ``words`` in the record of ``text``."""
    return statement_with(onrecord.extract(text), words).speaker.name

"""Who said it, within one article: a statement's source mention resolved to a person or body.

``resolver.SpeakerResolver`` resolves each source mention (a name, a title, a description, a
pronoun) by a sieve: the passes of ``passes/`` (``resolver.PASSES``), from the most precise to the
least, each a named function that answers or hands the mention on; ``state`` holds what they
share (the article's registered entities, the timeline of who was named and who spoke last).
``constraints`` holds the checks no pass may override (a name inside the mention, a country a
description names, datelines) and ``fullest_name`` the name the article spells out.
``mention_syntax`` reads what a mention's own tokens say; ``words`` holds the word classes the
passes test; ``first_names`` gives a first name's usual gender.
"""

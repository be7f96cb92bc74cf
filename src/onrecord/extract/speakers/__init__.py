"""Who said it, within one article: a statement's source mention resolved to a person or body.

``resolver.SpeakerResolver`` registers the article's named entities and resolves each source
mention (a name, a title, a description, a pronoun) to one of them, or leaves it unnamed;
``constraints`` holds the checks no rule may override (a name inside the mention, a country a
description names, datelines) and ``fullest_name`` the name the article spells out.
``mention_syntax`` reads what a mention's own tokens say; ``words`` holds the word classes the
rules test; ``first_names`` gives a first name's usual gender.
"""

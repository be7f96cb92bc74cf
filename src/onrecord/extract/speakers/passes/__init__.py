"""The passes of the speaker sieve, one module each kind: ``pronouns``, ``writers``, ``names``,
``bodies``, ``descriptions``; ``in_quotes`` holds the two passes over a whole article's statements
(a first person inside someone's quote, a quote continued). ``resolver.PASSES`` gives their order.

A pass is a function ``(head, state) -> Mention | NOT_A_SPEAKER | None``: the mention's head
token and the article's shared ``state.ArticleState`` in; out its answer (a speaker, or the
mention left unnamed), or that the mention is no speaker, or None when the pass does not apply
and the next one is asked. A mention left unnamed on purpose (``Mention.withheld``) is named by
no fallback inside a pass either.
"""

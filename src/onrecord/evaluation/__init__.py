"""Scoring extraction against gold data: readers of gold formats, scorers and their tables.

``statements`` reads PolNeAR and onrecord gold, matches predictions to gold statements and
formats the scores; ``events`` scores the event coder on PLOVER, CAMEO and NGEC data. The
commands that run them live in ``onrecord.cli.evaluate``; the bench scripts call them too.
"""

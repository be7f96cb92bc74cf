"""Speakers: from the token heading a speaker mention to the article's canonical entity.

``SpeakerResolver(doc)`` registers the article's named people and organizations (``state``),
then ``resolve(token)`` runs the sieve: the passes of ``PASSES``, in order, each a named
function in ``passes/`` that either answers or hands the mention on. The hard constraints of
``constraints`` hold over every answer, by the passes' order or inside the one pass they concern:
a dateline is never a speaker (``dateline``, before any pass for names); a person's name inside
the mention is the speaker (its pass comes before every pass that guesses from a description or
a name's head); a description naming a place only goes to someone the article ties to it
(checked where a holder is chosen, in ``passes/descriptions``).

Each resolved mention carries the rule that named it (``RULES``), reported as ``speaker.rule``.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.tokens import Doc, Token

from onrecord.extract.candidates import is_dateline
from onrecord.extract.quotes import Quote
from onrecord.extract.speakers.borrowed_subject import (
    borrowed_subject,
    poster_after_gerund,
    reporter_instead,
    subject_of_verb_read_as_subject,
)
from onrecord.extract.speakers.constraints import gender_disagrees
from onrecord.extract.speakers.mention_syntax import affiliation_of, mention_range
from onrecord.extract.speakers.non_source import cannot_state, source_behind
from onrecord.extract.speakers.passes import bodies, descriptions, epithets, names, possessors, pronouns, writers
from onrecord.extract.speakers.state import NOT_A_SPEAKER, ArticleEntity, ArticleState, Mention, NotASpeaker
from onrecord.model import Entity

# The rules that can name a speaker, as ``speaker.rule`` reports them (docs/json.md).
RULES = ("name", "name-in-mention", "appositive-name", "personal-body", "description", "unnamed", "pronoun",
         "relative-pronoun", "writer", "quote-speaker", "continued-quote", "unresolved")

Pass = Callable[[Token, ArticleState], "Mention | NotASpeaker | None"]


def dateline(head: Token, state: ArticleState) -> NotASpeaker | None:
    """"WASHINGTON (AP) —" says where the story was filed: no speaker (``candidates.is_dateline``)."""
    return NOT_A_SPEAKER if is_dateline(head) else None


# The sieve, in the order the passes are asked. Pronouns first: every pronoun stops at its
# passes (unresolved if none answers). Then a name inside the mention, which no guess may
# override; a body named after its person, before the name pass would take "Trump’s campaign"
# for an organization's name; the mention's own name; last a description, the least precise.
# ("quote-speaker" and "continued-quote" run over the whole article after: passes/in_quotes.)
PASSES: tuple[Pass, ...] = (
    pronouns.relative_pronoun,    # "McConnell, who said": the antecedent
    writers.writer,               # "I" outside quotes: the signed writer
    pronouns.personal_pronoun,    # "he", "she"
    pronouns.plural_pronoun,      # "they"
    pronouns.thing_pronoun,       # "it"
    pronouns.partitive_pronoun,   # "some of the protesters"
    pronouns.unresolved_pronoun,  # any other pronoun: left unnamed
    dateline,                     # "WASHINGTON (AP) —": no speaker
    names.name_in_mention,        # "President of Ukraine Volodymyr Zelenskyy"
    names.body_after_description,  # "television broadcaster PBS revealed"
    names.appositive_name,        # "Malaysia's Prime Minister, Najib Razak, said"
    names.appositive_body,        # "The militant group, the Northern Liberation Front, claimed"
    names.name_before_open_appositive,  # "In the post Jo Roe, the chief officer of Acme said"
    names.name_before_apposed_subject,  # '"...," Jo Roe, the chairwoman of the party, recalled'
    names.body_officer_name,      # "the University of Eastland, Westport's chancellor, Ann Lee"
    names.named_by_participle,    # "A university student named Li Wei said"
    bodies.personal_body,         # "the Trump campaign"
    names.name,                   # "Rezaei", "the Iranian military"'s organization
    possessors.pronoun_owner,     # "his publicist": Jo Roe's publicist
    epithets.described_or_epithet,  # "the former chief commander", "officials", "the study"; epithets
)

# rules whose mention is a phrase (not a pronoun), from which the speaker's affiliation is read
_PHRASE_RULES = frozenset({"name", "name-in-mention", "appositive-name", "personal-body", "description", "unnamed"})


class SpeakerResolver:
    def __init__(self, doc: Doc, quotes: list[Quote] | None = None):
        self.doc = doc
        self.state = ArticleState(doc, quotes)
        self.state.documents = descriptions.issued_writings(self.state)
        self.state.resolve = self.resolve
        self.state.describe = partial(descriptions.describe, self.state)
        self.state.epithet = partial(epithets.epithet_antecedent, self.state)

    @property
    def entities(self) -> list[ArticleEntity]:
        return self.state.entities

    def resolve(self, head: Token, cue: Token | None = None) -> Mention | None:
        """The speaker a source mention stands for; None when it is no speaker (a dateline).
        Given the cue, a head that is some other clause's subject gives no speaker at all
        (``borrowed_subject``: its words would read as a name), or, when the cue is plainly the
        reporter's, is read as the subject of the verb reporting that clause (``reporter_instead``).
        A head that cannot state ("the backlash", "his plea": ``non_source.cannot_state``) gives
        the source the grammar puts behind it, or none (``non_source.source_behind``)."""
        reporter = reporter_instead(head, cue)
        if reporter is not None:
            return self.resolve(reporter)
        subject = subject_of_verb_read_as_subject(head) if cue is not None and head.head.i == cue.i else None
        if subject is not None:
            # "Mrs. Roe, the likely nominee come November, proposed": the verb the parse made the
            # cue's subject names no one; its own subject, a name, spoke
            return self.resolve(subject)
        poster = poster_after_gerund(head) if cue is not None and head.head.i == cue.i else None
        if poster is not None:
            return self.resolve(poster)  # "Posting on Zedgram Roe said": Roe, not the posting
        voice = bodies.spoken_through(head) if cue is not None and head.head.i == cue.i else None
        if voice is not None:
            return self.resolve(voice)  # "The ministry, through its spokesperson Ana Ruiz, said": Ruiz
        if borrowed_subject(head, cue):
            return None
        if cannot_state(head):
            # "The backlash from the ruling", "his plea": no source, but a plea's owner may be
            source = source_behind(head, cue)
            return self.resolve(source) if source is not None else None
        for rule_pass in PASSES:
            answer = rule_pass(head, self.state)
            if isinstance(answer, NotASpeaker):
                return None
            if answer is not None:
                if answer.entity is not None and answer.entity.type == "PERSON" \
                        and (gender_disagrees(head, answer.entity.gender, answer.entity.name)
                             or not self.state.registered(answer.entity)
                             or self.state.headline_run_outside(answer.entity, head)):
                    # a hard constraint: "she" is never Tom Roe, whichever pass proposed him; a
                    # surname in doubt names no one (``ArticleState.person``), nor a headline's
                    # words read as a name ("Jane Roe Slams Tom Lee") a mention below it
                    answer = Mention(answer.start, answer.end, None, "unresolved")
                self._record(head, answer)
                return answer
        return None

    def _record(self, head: Token, mention: Mention) -> None:
        """The speaker's timeline after an answer: its mention, where it was seen last, its
        affiliation as the mention gives it, and (a named person) the last speaker."""
        entity = mention.entity
        if entity is None or mention.rule == "relative-pronoun":
            return  # the antecedent was recorded when the sieve resolved it
        entity.mentions.append((mention.start, mention.end))
        entity.last_seen = mention.start
        # "an AP survey of Democratic superdelegates" describes the writing, not the AP
        if mention.rule in _PHRASE_RULES and entity.affiliation is None and not names.names_a_writing(head):
            entity.affiliation = affiliation_of(self.doc[slice(*mention_range(head))], head,
                                                person=entity.type == "PERSON")
        if entity.type == "PERSON" and entity.named:
            self.state.last_speaker = entity  # a nameless "official" is no antecedent for "he"

    def export(self) -> list[Entity]:
        return self.state.export()

    def unnamed_type(self, entity: ArticleEntity | None) -> str:
        """The type of a speaker left out of the entities (``ArticleState.unnamed_type``)."""
        return self.state.unnamed_type(entity) if entity is not None else "UNKNOWN"

    def entity_id(self, entity: ArticleEntity) -> str:
        return self.state.entity_id(entity)

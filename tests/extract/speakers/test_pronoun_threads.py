"""Issue 13, r18-pron: pronoun statements a careful reader names at once, each rule on a text made
up for it: a mention two statements share is resolved once (``pipeline.resolved_once``); a name
inside a quotation within the quoted words is no sign the speaker is someone else
(``pronouns.inner_quote``), and the quoted sentences the parser cut off before '"..." he wrote'
are the pronoun's own words (``quote_split_before``, ``named_in_own_quote``); the subject of a
clause opening the sentence goes on in its main clause (``opening_clause_subject``); "say
experts like Jo Roe" brings Roe in as a source (``set_off_sayers``); a name set beside a noun of
the other gender is no rival (``apposed_other_gender``); a run of "they" goes on with the group
the first one stands for (``they_going_on``), and "While analysts expect ..., they say" with
the opening clause's subject (``opening_clause_plural``)."""
from onrecord.extract.pipeline import resolved_once
from onrecord.extract.speakers.passes import pronouns
from onrecord.extract.speakers.state import Mention
from statement_lookup import speaker, state_of, token

# ---- one mention, one speaker ----


def test_two_parts_of_a_quote_told_by_one_he_share_the_speaker():
    text = ("Back at the farmhouse, Tomas Ruvelli poured two cups of tea and sat down by the stove.\n\n"
            "''If you fear the cold, you should stay in town,'' he told me. ''But the work warms you. "
            "By March the frost stops bothering anyone.''")
    first = speaker(text, "fear the cold")
    second = speaker(text, "work warms you")
    assert first.name == second.name


class _Shifting:
    """A resolver whose answer changes each time it is asked, as the sieve's state moves on."""

    def __init__(self):
        self.calls = 0

    def resolve(self, head, cue=None):
        self.calls += 1
        return Mention(0, 2, None, "unresolved") if self.calls > 1 else Mention(0, 2, None, "pronoun")


def test_a_mention_and_cue_are_resolved_once(nlp):
    doc = nlp("he told me.")
    resolver, once = _Shifting(), {}
    first = resolved_once(resolver, doc[0], doc[1], once)
    again = resolved_once(resolver, doc[0], doc[1], once)
    assert first == again and first[3] == "pronoun" and resolver.calls == 1
    assert resolved_once(resolver, doc[0], None, once)[3] == "unresolved"  # another cue: asked anew


# ---- the words a pronoun quotes ----


def test_a_name_in_a_quote_within_the_quote_is_no_other_speaker():
    text = ("Rowing great Marit Ellstad remembered the coach fondly. She rowed for him in 1988 and met him "
            "again in 2001 at a reunion.\n\n"
            "\u201cHe always told me before a race, \u2018Marit Ellstad, you are the fastest,\u2019\u201d she said.")
    found = speaker(text, "always told me")
    assert found.name == "Marit Ellstad" and found.rule == "pronoun"


def test_inner_quote_needs_an_opening_single_mark(nlp):
    text = "\u201cHe said, 'Marit Ellstad, we can't wait,' and left,\u201d she said."
    doc, state = state_of(nlp, text)
    assert pronouns.inner_quote(state, text.index("Marit"))
    text = "\u201cWe can't wait for Marit Ellstad,\u201d she said."
    doc, state = state_of(nlp, text)
    assert not pronouns.inner_quote(state, text.index("Marit"))


def test_a_quote_cut_off_before_he_wrote_is_his_own_words():
    text = ("Senator Dorian Vahl also took several jabs at fellow candidate Ossian Brecke.\n\n"
            "\u201cEverybody is laughing at Ossian Brecke. A sad figure!\u201d he wrote.")
    found = speaker(text, "Everybody is laughing")
    assert found.name == "Dorian Vahl" and found.rule == "pronoun"


def test_a_rival_his_quote_does_not_name_stays_a_rival():
    text = ("Senator Dorian Vahl also took several jabs at fellow candidate Ossian Brecke.\n\n"
            "\u201cEverybody is laughing at the polls. A sad week!\u201d he wrote.")
    assert speaker(text, "Everybody is laughing").rule == "unresolved"


# ---- an opening clause's subject ----


def test_the_subject_of_an_opening_clause_goes_on_in_the_main_clause():
    text = ("The party was banned in 2003. When Mr. Halvard Ostrin founded the new movement in 2008 at "
            "Mr. Bertil Kvam's farm, he announced that it would press for a vote on the charter.")
    found = speaker(text, "press for a vote")
    assert found.name == "Halvard Ostrin" and found.rule == "pronoun"


def test_whom_the_opening_clause_acts_on_is_a_rival():
    text = ("The party was banned in 2003. When Mr. Halvard Ostrin met Mr. Bertil Kvam in 2008, "
            "he announced that the league would press for a vote on the charter.")
    assert speaker(text, "press for a vote").rule == "unresolved"


def test_an_opening_clause_before_a_set_off_he_said_is_what_was_said(nlp):
    text = ("Mr. Bertil Kvam spoke first. When Mr. Halvard Ostrin returned in 2008, he said, "
            "the party split.")
    doc, state = state_of(nlp, text)
    assert pronouns.opening_clause_subject(state, token(doc, "he"), "m") is None


# ---- a named example of experts who say ----


def test_say_experts_like_a_named_one_brings_that_one_in():
    text = ("Nobody at the border knows how many passages exist, said Mr. Arvid Lenke, the commissioner.\n\n"
            "Part of the problem, say experts like Mr. Joakim Brandt, a Norwegian geologist, is the rock itself. "
            "Mapping the caverns is much harder than it looks from up here, he said.")
    found = speaker(text, "harder than it looks")
    assert found.name == "Joakim Brandt" and found.rule == "pronoun"


# ---- a name beside a noun of the other gender ----


def test_a_name_beside_a_noun_of_the_other_gender_is_no_rival():
    text = ("Crowds gathered outside the arena on Sunday.\n\n"
            "Mr. Osric Tallow took his daughter, Wrenna, there on Sunday to show her where the fight was.\n\n"
            "He said: \u201cI wanted her to see it for herself.\u201d")
    found = speaker(text, "see it for herself")
    assert found.name == "Osric Tallow" and found.rule == "pronoun"


def test_apposed_other_gender_reads_the_noun(nlp):
    doc, _ = state_of(nlp, "Osric Tallow took his daughter, Wrenna, to the arena.")
    wrenna = token(doc, "Wrenna")
    assert pronouns.apposed_other_gender(wrenna, "m")
    assert not pronouns.apposed_other_gender(wrenna, "f")


# ---- a run of "they" ----


def test_a_run_of_they_goes_on_with_the_group_named_first():
    text = ("In a recent study, three historians -- Ann Voss at Tarlow University, Ben Oduya at the "
            "Institute of Kelm and Cai Rendt at Marrow College -- raised a hard question about river towns. "
            "In theory, a town adjusts to floods by moving its workers uphill.\n\n"
            "They examined the records of riverside mills after the great flood. "
            "The expected recovery, they found, never came.")
    found = speaker(text, "expected recovery")
    assert found.name == "three historians" and found.rule == "pronoun"


def test_they_after_a_plural_subject_of_an_opening_clause_is_that_group(nlp):
    text = "While most ferry captains expect the crossing to reopen, they say the service will stay slow."
    doc, state = state_of(nlp, text)
    assert pronouns.opening_clause_plural(token(doc, "captains"), token(doc, "they"))
    text = "Most ferry captains expect the crossing to reopen, and they say the service will stay slow."
    doc, state = state_of(nlp, text)
    assert not pronouns.opening_clause_plural(token(doc, "captains"), token(doc, "they"))


# ---- narrowed (r18-fixspk) ----


def test_an_apostrophe_before_a_year_opens_no_inner_quote(nlp):
    text = "\u201cWe took the title in '91 and Ivo Brenner, you know, was the reason,\u201d he said."
    doc, state = state_of(nlp, text)
    assert not pronouns.inner_quote(state, text.index("Ivo"))


def test_a_name_in_an_inner_quote_gives_no_pass_unless_addressed():
    text = ("Ivo Brenner coached the Dalmore side for nine seasons.\n\n"
            "\u201cMy uncle always warned me, 'Brenner will let you down someday,'\u201d he said.")
    assert speaker(text, "My uncle always warned").rule == "unresolved"


def test_an_opening_clause_object_is_a_rival():
    text = ("Ivo Brenner and Kaspar Loding met at the Dalmore gala on Friday.\n\n"
            "When Brenner passed the medal to Loding, he said he had never felt so proud.")
    assert speaker(text, "never felt so proud").rule == "unresolved"


def test_they_does_not_go_on_past_another_plural_group():
    text = ("In a new paper, three economists -- Ula Venn at Corland University, Piet Sarro at the "
            "Ostry Institute and Mira Tobel at Hask College -- posed a question about hill farms. "
            "In theory, a farm adapts to drought by moving its herds north.\n\n"
            "They studied the fate of the farms after the long drought. The paper drew angry replies "
            "from traders in the port. The economists' numbers, they said, were simply false.")
    assert speaker(text, "were simply false").rule == "unresolved"

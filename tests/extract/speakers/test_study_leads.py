"""A study's voice given to the one the article names as its lead (passes/study_leads.py), each
on a text made up for it."""
from onrecord.extract.quotes import Quote
from onrecord.extract.speakers.passes import study_leads
from onrecord.extract.speakers.state import ArticleState
from statement_lookup import speaker, state_of, token


def test_the_findings_are_the_lead_authors_named(nlp):
    text = ("A study published in Nature found that bees dance. The study's lead author, doctoral candidate "
            "Maria Lopez, said the result surprised her. The results suggest that bees count.")
    found = speaker(text, "bees count")
    assert found.name == "Maria Lopez" and found.rule == "description"


def test_the_team_and_the_researchers_stay_a_group(nlp):
    # several people: giving their words to the lead alone breaks number agreement
    for voice in ("The team said", "The researchers concluded"):
        text = f"Scientists led by Dr John Park studied bees. {voice} bees can count to four."
        found = speaker(text, "bees can count")
        assert found.name != "John Park" and found.rule == "unnamed", voice


def test_the_one_who_led_the_study_speaks_for_it(nlp):
    text = "Jane Roe, who led the study, said bees count. According to the study, bees dance too."
    assert speaker(text, "bees dance too").name == "Jane Roe"


def test_a_co_author_is_no_lead(nlp):
    text = "Study co-author Tom Lee said bees count. The researchers concluded that bees dance in circles."
    found = speaker(text, "bees dance in circles")
    assert found.name == "researchers" and found.rule == "unnamed"


def test_two_leads_leave_the_study_unnamed(nlp):
    text = ("Co-lead author Ann Wu said bees count. The other lead author, Tom Lee, agreed. The researchers "
            "concluded that bees dance in circles.")
    assert speaker(text, "bees dance in circles").rule == "unnamed"


def test_researchers_with_a_name_of_their_own_are_not_the_lead(nlp):
    text = ("The study's lead author, Maria Lopez, said bees count. Researchers at Oxford University concluded "
            "that bees dance in circles.")
    assert speaker(text, "bees dance in circles").name != "Maria Lopez"


def test_only_a_bare_definite_description_is_the_studys_voice(nlp):
    doc = nlp("The study showed it. A study showed it. The studies showed it. The team of experts said so.")
    the_study, a_study = token(doc, "study", 0), token(doc, "study", 1)
    assert study_leads.research_voice(doc[the_study.i - 1:the_study.i + 1], the_study)
    assert not study_leads.research_voice(doc[a_study.i - 1:a_study.i + 1], a_study)
    studies = token(doc, "studies")
    assert not study_leads.research_voice(doc[studies.i - 1:studies.i + 1], studies)
    team = token(doc, "team")
    assert not study_leads.research_voice(doc[team.i - 1:team.i + 3], team)


def test_lead_words_read_off_the_grammar(nlp):
    doc, state = state_of(nlp, "The lead author, Maria Lopez, said so. Co-lead author Ann Wu agreed.")
    assert study_leads.lead_by_title(token(doc, "Lopez"))
    assert study_leads.several_leads(doc)
    doc = nlp("Research led by Tom Lee found it.")
    assert study_leads.led_by(token(doc, "Lee"))


def test_an_article_of_two_studies_gives_neither_to_the_lead(nlp):
    text = ("A study published in Nature found that bees can count. The study's lead author, Maria Lopez, said "
            "the result surprised her. A second study, published in Science last year, had found the opposite. "
            "The study concluded that bees cannot count at all.")
    assert speaker(text, "bees cannot count at all").rule == "unnamed"


def test_other_researchers_are_not_the_leads_team(nlp):
    for others in ("Other scientists were not convinced. Researchers at a lab in Texas tested the idea. "
                   "The researchers said",
                   "A rival team in Berlin disputed the finding. The team said"):
        text = f"A study led by Maria Lopez found that bees can count. {others} bees showed no sign of counting."
        assert speaker(text, "bees showed no sign of counting").rule == "unnamed", others


def test_researchers_a_clause_sets_apart_are_someone_else(nlp):
    text = ("A study led by Maria Lopez found that bees can count. Critics were not convinced. The scientists "
            "who reviewed the paper said the sample was too small.")
    assert speaker(text, "the sample was too small").rule == "unnamed"


def test_several_studies_read_off_the_article(nlp):
    def several(text):
        return study_leads.several_studies(state_of(nlp, text)[1])
    assert several("A study found it. A second study did not.")
    assert several("A study led by Jane Roe found it. Researchers at Yale disagreed.")
    # one study, its team placed, its findings introduced, a co-author, a speaker's own past work
    assert not several("In findings published Wednesday, researchers from Yale reported it. The study focused "
                       "on bees. Another co-author, Tom Lee, said, \"Our previous research missed it.\"")


def test_the_article_s_studies_are_read_once_and_each_state_s_quotes_still_count(nlp):
    text = "A study found it. She said: A second study did not."
    doc = nlp(text)
    start = text.index("A second")
    quoted = ArticleState(doc, [Quote(start, len(text), start - 1, len(text))])
    assert study_leads.several_studies(ArticleState(doc, []))
    assert not study_leads.several_studies(quoted)  # the second study is only the speaker's word
    assert study_leads.several_studies(ArticleState(doc, []))

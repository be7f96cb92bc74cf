"""``process``: one article through every extractor into its record. Statements get ids, spans,
their sentence, their date and a speaker that points at one of the record's entities; events
are coded unless turned off; many articles at once give what one at a time gives."""
from onrecord.extract.pipeline import build_record, process, process_many
from onrecord.model import Article

TEXT = ("Prime Minister Lee Wong met the unions on Tuesday. He said on Monday that the deal was fair. "
        "Washington imposed new sanctions on Iran.")
ARTICLE = Article("w", TEXT, title="Deal", published="2017-07-25", url="https://example.org/w")


def test_a_statement_with_its_speaker_sentence_and_date(nlp):
    record = process(ARTICLE, nlp)
    assert (record.id, record.title, record.published, record.url) == ("w", "Deal", "2017-07-25",
                                                                       "https://example.org/w")
    [st] = record.statements
    assert st.id == "w#s1" and st.kind == "indirect"
    assert (st.content.text, st.cue.text) == ("the deal was fair", "said")
    assert st.sentence.text == "He said on Monday that the deal was fair."
    assert st.date == "2017-07-24"  # "on Monday", in an article of Tuesday 25 July
    # the pronoun is the person named before, and the speaker is one of the record's entities
    assert (st.speaker.name, st.speaker.mention.text, st.speaker.roles) == ("Lee Wong", "He", ["Prime Minister"])
    [entity] = record.entities
    assert st.speaker.entity == entity.id and entity.name == "Lee Wong"
    assert [TEXT[s:e] for s, e in entity.mentions] == ["Lee Wong", "He"]


def test_events_are_coded_and_numbered_unless_turned_off(nlp):
    record = process(ARTICLE, nlp)
    assert [e.id for e in record.events] == [f"w#v{n}" for n in range(1, len(record.events) + 1)]
    sanction = [e for e in record.events if e.type == "SANCTION"]
    assert sanction and sanction[0].trigger.text == "imposed"
    without = process(ARTICLE, nlp, events=False)
    assert without.events == [] and without.statements == record.statements


def test_no_publication_date_leaves_relative_dates_unresolved(nlp):
    undated = Article("u", "The minister said on Monday that the talks would resume.")
    [st] = process(undated, nlp).statements
    assert st.date is None


def test_many_articles_give_what_one_at_a_time_gives(nlp):
    other = Article("o", "“We will not retreat,” Defense Minister Ana Silva said on Monday.", published="2020-03-03")
    batch = list(process_many([ARTICLE, other], nlp, batch_size=1))
    assert batch == [process(ARTICLE, nlp), process(other, nlp)]
    assert build_record(other, nlp(other.text)) == batch[1]


def test_a_statement_goes_to_each_name_joined_to_its_speaker_once(nlp):
    text = ("According to Reuters and Bloomberg, the merger will be announced on Monday. "
            "Retired judge and author Helen Marsh said the ruling was a mistake. "
            "The Supreme Court of Ruritania and Freedonia said the appeal was late.")
    record = process(Article(id="t", text=text, published="2021-03-01"), nlp, events=False)
    said = sorted((s.speaker.name if s.speaker else None, s.content.text.strip(". ")) for s in record.statements)
    assert said == [("Bloomberg", "the merger will be announced on Monday"),
                    ("Helen Marsh", "the ruling was a mistake"),
                    ("Reuters", "the merger will be announced on Monday"),
                    ("Supreme Court of Ruritania", "the appeal was late")]

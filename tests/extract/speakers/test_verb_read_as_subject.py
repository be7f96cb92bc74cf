"""A verb the parse made the speaker itself ("... come November, proposed"): its own subject,
a name, spoke (``borrowed_subject.subject_of_verb_read_as_subject``); on texts made up for it."""
import onrecord
from statement_lookup import statement_with

_NOMINEE = ("For one thing, Mrs. Hale, the likely Labour nominee and firm favorite to take the mayoral "
            "election come November, proposed to hire Mr. Hale as a housing adviser.")


def test_the_name_a_verb_read_as_the_subject_hangs_on_spoke(nlp):
    found = statement_with(onrecord.extract(_NOMINEE), "housing adviser").speaker
    assert found is not None and found.name == "Hale" and found.rule == "name"
    assert "nominee" not in found.mention.text  # no phrase running up to the verb

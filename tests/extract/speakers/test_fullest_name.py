"""The fullest name an article gives (``extract/speakers/fullest_name.py``)."""
import onrecord
from onrecord.extract.speakers.fullest_name import (
    acronym_expansion,
    apposed_kind_name,
    body_name_cut_before_and,
    body_name_ended_after_the,
    headline_name_cut,
    in_title_case_line,
    institution_named,
    introduced_in_full,
    introduced_with_place,
    listed_fields_name,
    longer_body_name,
    longer_person_name,
    named_kind_body,
    named_qualified_kind_body,
    office_abbreviation,
    opener_object_before_surname,
    opening_adverb_out_of_name,
    opening_word_out_of_name,
    place_pair_name,
    qualified_body_name,
    region_pair_name,
    shared_surname_name,
    surname_full_name,
    title_out_of_name,
    titled_full_name,
    untold_given_name,
)
from onrecord.extract.speakers.state import ArticleEntity, ArticleState
from statement_lookup import statement_with


def test_an_acronym_takes_the_one_expansion_the_article_spells(nlp):
    doc = nlp("The World Health Organization (WHO) said on Monday that Pacific Gas and Electric "
              "(PG&E) had cut power. The United States and the United Kingdom agreed.")
    assert acronym_expansion("WHO", doc) == "World Health Organization"
    assert acronym_expansion("PG&E", doc) == "Pacific Gas and Electric"
    assert acronym_expansion("NATO", doc) is None  # not spelled out here
    assert acronym_expansion("Reuters", doc) is None  # no acronym


def test_two_expansions_leave_the_acronym_alone(nlp):
    doc = nlp("The Progressive Party (PP) met the Peace Party (PP) on Friday.")
    assert acronym_expansion("PP", doc) is None


def test_a_person_takes_the_longer_name_the_article_gives(nlp):
    doc = nlp("The governor, Wanda Vázquez Garced, spoke on Monday. Later Wanda Vázquez said it was fine.")
    assert longer_person_name("Wanda Vázquez", doc) == "Wanda Vázquez Garced"


def test_a_title_or_an_office_is_not_part_of_a_name(nlp):
    doc = nlp("Director of National Intelligence John Ratcliffe spoke. John Ratcliffe said more.")
    assert longer_person_name("John Ratcliffe", doc) is None


def test_a_surname_shared_by_two_people_is_not_lengthened(nlp):
    doc = nlp("Donald Trump and Ivanka Trump arrived. Trump said the visit went well.")
    assert longer_person_name("Trump", doc) is None


def test_an_occupation_the_first_name_lists_know_is_no_first_name(nlp):
    doc = nlp("Lawyer Sophie Obadia said the case was weak. Sophie Obadia added that it would fail.")
    assert longer_person_name("Sophie Obadia", doc) is None


def test_the_fullest_of_several_nested_forms_of_a_name(nlp):
    doc = nlp("Governor Ricardo Rosselló Nevares resigned. Ricardo Rosselló said he was sorry. "
              "Rosselló left on Friday.")
    assert longer_person_name("Rosselló", doc) == "Ricardo Rosselló Nevares"
    doc = nlp("Ricardo Rosselló and Pedro Rosselló spoke. Rosselló left.")
    assert longer_person_name("Rosselló", doc) is None  # two people


def test_a_product_named_after_its_maker_is_no_longer_name(nlp):
    text = ("Last week, software company Zorbo Labs announced plans to drop its old system. Kurtzer "
            "started his project when Zorbo Labs ended support for their Zorbo Labs Linux.")
    assert longer_person_name("Zorbo Labs", nlp(text)) is None  # "their Zorbo Labs Linux": a thing's name
    assert statement_with(onrecord.extract(text), "plans to drop").speaker.name == "Zorbo Labs"


def test_a_first_name_the_lists_do_not_know_counts_inside_the_tagged_name(nlp):
    # "Jing" is in no list of first names, but the tagger reads "Jing Wang" as one person's name
    doc = nlp("Co-developer Jing Wang recounted the test. The spray, Wang said, is cheap.")
    assert longer_person_name("Wang", doc) == "Jing Wang"


def test_a_body_takes_the_one_longer_name_the_article_gives(nlp):
    doc = nlp("The National Search and Rescue Agency sent ships. The Search and Rescue Agency said none were found.")
    assert longer_body_name("Search and Rescue Agency", doc) == "National Search and Rescue Agency"
    doc = nlp("A spokesman for the Church of Scientology spoke. The Church said it would appeal.")
    assert longer_body_name("Church", doc) == "Church of Scientology"


def test_two_longer_names_of_a_body_leave_it_alone(nlp):
    doc = nlp("The Washington Post and the New York Post both ran it. The Post said it stood by it.")
    assert longer_body_name("Post", doc) is None


def test_a_person_s_name_is_never_lengthened_as_a_body_s(nlp):
    doc = nlp("First Minister of Scotland Nicola Sturgeon spoke. Nicola Sturgeon said it was the moment.")
    assert longer_body_name("Nicola Sturgeon", doc) is None


def test_a_longer_name_that_adds_a_place_is_maybe_another_places_body(nlp):
    doc = nlp("Puerto Rico's governor resigned. A bill passed the U.S. Senate in May, and the U.S. "
              "government said so. The Senate of Puerto Rico met. The Senate said it would meet on Monday.")
    assert longer_body_name("Senate", doc) is None


def test_a_bare_surname_takes_the_one_full_name_that_holds_it(nlp):
    # a given name no list knows, or a second surname after the first: the name's later words
    doc = nlp("The president of Namibia, Hage Geingob, mourned him. Geingob tweeted a message.")
    assert surname_full_name("Geingob", doc) == "Hage Geingob"
    doc = nlp("Governor Ricardo Rosselló Nevares resigned on Wednesday. Rosselló said he was sorry.")
    assert surname_full_name("Rosselló", doc) == "Ricardo Rosselló Nevares"
    assert surname_full_name("Nevares", doc) == "Ricardo Rosselló Nevares"


def test_a_bare_surname_of_two_full_names_is_left_alone(nlp):
    # different first names are different people
    doc = nlp("Jane Holloway and Peter Holloway ran the farm. Holloway said the harvest was poor.")
    assert surname_full_name("Holloway", doc) is None


def test_a_first_name_is_no_bare_surname(nlp):
    doc = nlp("Director Hage Geingob spoke. Hage said it was over.")
    assert surname_full_name("Hage Geingob", doc) is None
    doc = nlp("Maria Lopez Garcia spoke. Maria left.")
    assert surname_full_name("Maria", doc) is None


def test_a_body_s_head_word_takes_the_name_it_heads(nlp):
    doc = nlp("Tickets were set by the Commission on Presidential Debates in May. The Commission said more.")
    assert longer_body_name("Commission", doc) == "Commission on Presidential Debates"


def test_a_name_before_a_body_s_word_is_that_body_s_only_when_asked(nlp):
    doc = nlp("The shops were sold to Hallberg Group on Thursday. Hallberg said it would expand.")
    assert longer_body_name("Hallberg", doc, head_only=True) == "Hallberg Group"
    assert longer_body_name("Hallberg", doc) is None
    doc = nlp("Senator from Vermont Bernie Sanders endorsed him. Sanders said it was time.")
    assert longer_body_name("Sanders", doc, head_only=True) is None  # a name that ends a longer one


def test_a_longer_name_with_of_a_place_after_a_bracket_is_another_place_s_body(nlp):
    doc = nlp("On Thursday, the European Court of Justice (ECJ) ruled. The Supreme Court of Justice "
              "(Oberster Gerichtshof) of Austria had sent the case. The Court of Justice said the ban stood.")
    assert longer_body_name("Court of Justice", doc) == "European Court of Justice"


def test_a_body_s_kind_takes_the_one_place_that_qualifies_it(nlp):
    doc = nlp("Officers from Northamptonshire police arrived at noon. Police said a man had been arrested.")
    assert qualified_body_name("Police", doc) == "Northamptonshire police"
    doc = nlp("A report was aired by Syrian state media on Sunday. State media said the army had moved.")
    assert qualified_body_name("State media", doc) == "Syrian state media"


def test_a_body_s_kind_qualified_two_ways_is_left_alone(nlp):
    doc = nlp("Officers from Kent police and Essex police met at noon. Police said two men had been arrested.")
    assert qualified_body_name("Police", doc) is None


def test_a_named_body_or_a_group_of_people_is_no_kind_to_qualify(nlp):
    doc = nlp("Syrian officials met on Sunday. Officials said the army had moved.")
    assert qualified_body_name("Officials", doc) is None


def test_the_qualifiers_of_a_body_s_kind_may_hold_and(nlp):
    doc = nlp("Funds came from the Research and Development Agency on Monday. The agency said the grant was spent.")
    assert qualified_body_name("agency", doc) == "Research and Development Agency"  # not "Development Agency"


def test_a_surname_written_again_without_its_accents_is_the_full_name_s(nlp):
    doc = nlp("President Hakan Tayfun Özdoğan spoke on Monday. Later, Ozdogan said the talks would go on.")
    assert surname_full_name("Ozdogan", doc) == "Hakan Tayfun Özdoğan"
    # a given name alone, written as in the full name, is no surname
    doc = nlp("Zorbian minister Ali Hakan Demir spoke on Monday. Later, Hakan said the talks would go on.")
    assert surname_full_name("Hakan", doc) is None


def test_a_title_read_into_a_person_s_name_is_split_off():
    assert title_out_of_name("Dr Oddsby") == ("Oddsby", "Dr")
    assert title_out_of_name("Sir Keir Oddsby") == ("Keir Oddsby", "Sir")
    assert title_out_of_name("Foreign Minister of Zorbia John Oddsby") == ("John Oddsby", "Foreign Minister of Zorbia")
    assert title_out_of_name("Chief Technology Officer of Red Oddsby") is None  # a body's name after "of"
    assert title_out_of_name("Lead Paul Oddsby") is None  # "Lead" is no office
    assert title_out_of_name("Mary Ann Oddsby") is None
    assert title_out_of_name("Dr") is None


def test_the_record_names_a_doctor_by_the_full_name_the_article_gives(nlp):
    text = ("Dr Valeria Oddsby led the study of the rats. Dr Oddsby said the rats "
            "avoided the lever when it hurt another rat.")
    speaker = statement_with(onrecord.extract(text), "the rats avoided the lever").speaker
    assert speaker.name == "Valeria Oddsby" and "Dr" not in speaker.roles  # a courtesy title, no role


def test_a_bare_surname_joins_the_full_name_of_an_office_holder_typed_as_a_body():
    # the tagger may type a foreign full name ORG; a governor's office says it is a person's
    text = ("Ricardo Rosselló Nevares, Puerto Rico's governor, said the island would be rebuilt. "
            "Rosselló said the power grid was weak.")
    records = onrecord.extract(text)
    speaker = statement_with(records, "the power grid was weak").speaker
    assert speaker.name == "Ricardo Rosselló Nevares" and speaker.type == "PERSON"
    assert statement_with(records, "the island would be rebuilt").speaker.entity == speaker.entity


def test_a_bare_surname_of_a_full_name_without_an_office_or_person_tag_stays_apart(nlp):
    doc = nlp("Ricardo Rosselló Nevares opened the fair. Rosselló sold bread.")
    state = ArticleState(doc)
    state.entities = [ArticleEntity(name="Ricardo Rosselló Nevares", type="ORG", named=True, mentions=[(0, 24)])]
    bare = ArticleEntity(name="Rosselló", type="ORG", named=True, mentions=[(42, 50)])
    state.entities.append(bare)
    assert surname_full_name("Rosselló", doc) == "Ricardo Rosselló Nevares"
    assert state._person_typed_as_body(bare) is None
    state.entities[0].add_role("governor")
    assert state._person_typed_as_body(bare) is state.entities[0]


def test_a_one_word_name_written_after_a_title_with_its_given_name(nlp):
    text = "Speaking to reporters, an attendee Om Roeprakash said the event went well. Roeprakash left."
    assert titled_full_name("Roeprakash", nlp(text)) == "Om Roeprakash"
    text = "Secretary General Gutteroe said the talks failed."
    assert titled_full_name("Gutteroe", nlp(text)) is None


def test_a_kind_joins_its_one_qualified_form_past_an_opening_word(nlp):
    doc = nlp("The rules were set in March. Several Norwegian government officials met. "
              "The government said it was fine.")
    assert qualified_body_name("government", doc) == "Norwegian government"
    doc = nlp("The judge ruled against the United States federal government on Friday. "
              "The government said it would appeal.")
    assert qualified_body_name("government", doc) == "United States federal government"


def test_a_kind_joins_the_one_name_written_beside_it(nlp):
    doc = nlp("One news site, Pravdix.com, said the blast was no accident. The website said more.")
    assert apposed_kind_name("website", doc) == "Pravdix.com"
    doc = nlp("Two sites, Alpha.com and Beta.com, reported it. A news site, Alpha.com, led. Another site, Beta.com, "
              "followed.")
    assert apposed_kind_name("website", doc) is None


def test_a_style_of_address_does_not_lengthen_a_name():
    text = ("Guests of Honour Lena and Tom Marsh held a session on Saturday. "
            "Lena recalled building her first costume at age ten.")
    assert statement_with(onrecord.extract(text), "building her first costume").speaker.name in ("Lena", "Lena Marsh")


def test_the_company_is_the_body_the_article_just_turned_to():
    text = ("Zedcorp organised the fair in Leeds. Zedcorp said ticket sales rose.\n\n"
            "Brightwell Toys hosted a panel on its new figures.\n\n"
            "Asked about packaging, the company noted that it had switched to paper.")
    assert statement_with(onrecord.extract(text), "switched to paper").speaker.name == "Brightwell Toys"


def test_a_kind_joins_the_one_body_it_heads(nlp):
    doc = nlp("On Tuesday, the Royal Danish Academy of Letters named the winners. According to the academy, "
              "the vote was close.")
    assert qualified_body_name("academy", doc) == "Royal Danish Academy of Letters"
    doc = nlp("The Danish Academy of Letters and the Norwegian Academy of Arts met. The academy said no.")
    assert named_kind_body("academy", doc) is None


def test_a_lowercase_description_names_the_one_body_holding_its_words(nlp):
    text = ("A fire broke out at Oak Hall. Wold Valley Fire and Rescue Service were called at noon. "
            "The fire service said an investigation was underway.")
    name = statement_with(onrecord.extract(text), "investigation was underway").speaker.name
    assert name == "Wold Valley Fire and Rescue Service"
    doc = nlp("The Ministry of Health opened a clinic on Monday.")
    assert named_qualified_kind_body("health", "ministry", doc) == "Ministry of Health"
    assert named_qualified_kind_body("fire", "ministry", doc) is None  # no word of the description


def test_a_description_of_two_named_bodies_names_neither(nlp):
    doc = nlp("Wold Valley Fire and Rescue Service and Fen Fire Service were called at noon.")
    assert named_qualified_kind_body("fire", "service", doc) is None
    doc = nlp("The National Weather Service issued a warning. The fire service said the road was shut.")
    assert named_qualified_kind_body("fire", "service", doc) is None  # "fire" is in no name


def test_a_kind_joins_the_one_unspanned_name_it_ends(nlp):
    doc = nlp("Wold Valley Fire and Rescue Service were called at noon. The service said the road was shut.")
    assert named_kind_body("service", doc) == "Wold Valley Fire and Rescue Service"
    doc = nlp("Wold Valley Fire and Rescue Service were called. They met the Service of Fenland.")
    assert named_kind_body("service", doc) is None  # another capitalised "Service" stands apart


def test_the_company_is_no_body_named_elsewhere_when_its_sentence_names_another_owner():
    text = ("Zedcorp organised the fair in Leeds. Zedcorp said ticket sales rose.\n\n"
            "Brightwell's shop had no stock left on Sunday; the company noted that it had switched to paper.")
    name = statement_with(onrecord.extract(text), "switched to paper").speaker.name
    assert name != "Zedcorp"


def test_a_given_name_joined_to_a_full_name_shares_its_surname(nlp):
    doc = nlp("Mary and John Atherton ran the shop for years. Mary said it was hard work.")
    assert shared_surname_name("Mary", doc) == "Mary Atherton"
    doc = nlp("Mary and John Atherton came, and later Mary and Paul Brinkley. Mary said so.")
    assert shared_surname_name("Mary", doc) is None


def test_a_writing_is_no_earlier_site_s_when_its_sentence_names_another_owner():
    text = ("Shiptrack's website showed the ship off Jakarta on Monday. Shiptrack said the signal was weak.\n\n"
            "Boatwatch's database had no sighting of the ship; the website noted the signal came from a port.")
    name = statement_with(onrecord.extract(text), "the signal came from a port").speaker.name
    assert name != "Shiptrack"


def test_an_office_of_a_place_before_a_name_the_lists_do_not_tell_is_a_title():
    assert title_out_of_name("First Minister of Ruritania Nicola Marsh") == \
        ("Nicola Marsh", "First Minister of Ruritania")
    assert title_out_of_name("Chief Technological Officer of Red Hat") is None
    assert title_out_of_name("Chairman of Goldman Sachs Group") is None


def test_a_body_first_named_in_full_keeps_that_name(nlp):
    doc = nlp("On Friday Zedco Motor Company announced a recall. Zedco said the brakes were faulty.")
    assert introduced_in_full("Zedco", doc) == "Zedco Motor Company"
    doc = nlp("Zedco said the brakes were faulty. Later Zedco Motor Company announced a recall.")
    assert introduced_in_full("Zedco", doc) is None  # written alone first: maybe another body


def test_a_place_before_a_body_s_first_name_stays_in_it(nlp):
    doc = nlp("The judge sat on the US Supreme Court for years, according to the Supreme Court.")
    assert introduced_in_full("Supreme Court", doc) == "US Supreme Court"
    doc = nlp("The Senate voted on Monday. The U.S. Senate had voted the week before.")
    assert introduced_in_full("Senate", doc) is None  # the bare name came first


def test_a_body_introduced_of_its_place_keeps_the_place(nlp):
    doc = nlp("The Supreme Court of the United Kingdom issued a ruling. The Supreme Court is the last court of appeal.")
    assert introduced_with_place("Supreme Court", doc) == "Supreme Court of the United Kingdom"
    doc = nlp("The Supreme Court issued a ruling. The Supreme Court of Canada had ruled the same.")
    assert introduced_with_place("Supreme Court", doc) is None  # first written bare


def test_a_body_of_two_places_is_not_cut_at_the_first(nlp):
    doc = nlp("The High Court of England and Wales also ruled on the same day as the lower court.")
    assert place_pair_name("High Court of England", doc) == "High Court of England and Wales"
    # a second place the tagger reads as a place may be a second speaker
    doc = nlp("The Supreme Court of Ruritania and Freedonia said the appeal was late.")
    assert place_pair_name("Supreme Court of Ruritania", doc) is None
    assert place_pair_name("Bank of England", nlp("The Bank of England said rates would rise.")) is None


def test_a_body_of_a_place_and_a_region_is_not_cut_at_the_place(nlp):
    doc = nlp("The Islamic Emirate of Zembla and the Levant, which is linked to a militia, claimed the attack.")
    assert region_pair_name("Islamic Emirate of Zembla", doc) == "Islamic Emirate of Zembla and the Levant"
    # a country after "and the" may be a second speaker; a region's own noun makes it another thing
    doc = nlp("The Bank of Zembla and the Netherlands said the rates would rise.")
    assert region_pair_name("Bank of Zembla", doc) is None
    doc = nlp("The Islamic Emirate of Zembla and the Levant region were named in the report.")
    assert region_pair_name("Islamic Emirate of Zembla", doc) is None
    assert region_pair_name("Bank of England", nlp("The Bank of England said rates would rise.")) is None


def test_a_body_written_alone_elsewhere_is_not_joined_to_a_region(nlp):
    doc = nlp("The Bank of Quebec said on Monday that rates would rise. Trade between the Bank of "
              "Quebec and the Caribbean, once strong, fell.")
    assert region_pair_name("Bank of Quebec", doc) is None
    doc = nlp("The Islamic Emirate of Zembla and the Levant claimed the attack. Officials said the "
              "Islamic Emirate of Zembla and the Levant had planned it for months.")
    assert region_pair_name("Islamic Emirate of Zembla", doc) == "Islamic Emirate of Zembla and the Levant"


def test_a_speaking_body_takes_the_name_it_was_first_given():
    text = ("On Friday Zedco Motor Company announced a recall of its vans. "
            "Zedco said the brakes were faulty on some of the vans.")
    speaker = statement_with(onrecord.extract(text), "the brakes were faulty").speaker
    assert speaker.name == "Zedco Motor Company"


def test_a_common_word_opening_the_sentence_is_no_word_of_a_name(nlp):
    doc = nlp("She was one of the lead actors of the show. Lead Paul Ho-Jin Roe talked about the show.")
    assert opening_word_out_of_name("Lead Paul Ho-Jin Roe", doc) == "Paul Ho-Jin Roe"
    doc = nlp("Tiiu Mary Roe said the show would go on.")
    assert opening_word_out_of_name("Tiiu Mary Roe", doc) is None  # never written in lowercase


def test_a_name_without_its_opening_word_is_the_speaker_s():
    text = "The lead actors were new. Lead Paul Ho-Jin Roe said the show had been underestimated."
    speaker = statement_with(onrecord.extract(text), "the show had been underestimated").speaker
    assert speaker.name == "Paul Ho-Jin Roe"


def test_a_form_joined_to_a_person_left_out_keeps_that_person_s_type(nlp):
    doc = nlp("His wife said he was ill. His wife later left.")
    state = ArticleState(doc)
    wife = ArticleEntity(name="His wife", type="PERSON", named=False, mentions=[(0, 8)])
    again = ArticleEntity(name="wife", type="PERSON", named=False, mentions=[(26, 34)])
    state.entities = [wife, again]
    state._join(again, wife)
    assert state.export() == []  # "his wife" names no one: both mentions stay unnamed
    assert state.unnamed_type(again) == state.unnamed_type(wife) == "PERSON"


def test_a_two_word_kind_is_the_one_body_whose_name_holds_both_words(nlp):
    doc = nlp("Zembla Valley Fire and Rescue Service sent six engines. Zembla Valley Police closed the "
              "road. The fire service said the blaze started in a kitchen.")
    assert named_qualified_kind_body("fire", "service", doc) == "Zembla Valley Fire and Rescue Service"
    assert named_qualified_kind_body("ambulance", "service", doc) is None  # no such service named
    record = onrecord.extract(doc.text)
    assert statement_with(record, "the blaze started").speaker.name == "Zembla Valley Fire and Rescue Service"


def test_a_two_word_kind_stays_a_kind_when_two_names_hold_its_modifier(nlp):
    doc = nlp("Zembla Valley Fire and Rescue Service sent six engines and Ruritania Fire Brigade sent "
              "two. The fire service said the blaze started in a kitchen.")
    assert named_qualified_kind_body("fire", "service", doc) is None


def test_a_headline_s_capitals_are_no_words_of_a_name(nlp):
    text = ("Underdog Conservative Jane Roebuck Beats Establishment Pick In Zembla Primary\n\n"
            "Jane Roebuck won the primary on Tuesday. \"We won because voters listened,\" Roebuck said.")
    doc = nlp(text)
    assert headline_name_cut("Jane Roebuck Beats Establishment",
                             ["Jane Roebuck Beats Establishment", "Jane Roebuck"], doc) == "Jane Roebuck"
    assert longer_person_name("Jane Roebuck", doc) is None
    assert statement_with(onrecord.extract(text), "voters listened").speaker.name == "Jane Roebuck"


def test_a_name_written_long_outside_a_headline_stays_long(nlp):
    doc = nlp("Jane Roebuck Smith won the primary on Tuesday in a close race. Later Jane Roebuck Smith "
              "thanked voters.")
    assert headline_name_cut("Jane Roebuck Smith", ["Jane Roebuck Smith", "Jane Roebuck"], doc) is None


def test_an_adverb_opening_the_sentence_is_no_word_of_a_name(nlp):
    text = ('"It is good strategy," said Al Zorbek, a former governor. Even Zorbek, a stalwart supporter, '
            'said it would be hard to pass.')
    doc = nlp(text)
    assert opening_adverb_out_of_name("Even Zorbek", doc) == "Zorbek"
    assert opening_adverb_out_of_name("Al Zorbek", doc) is None
    assert statement_with(onrecord.extract(text), "hard to pass").speaker.name == "Al Zorbek"


def test_a_headline_cut_matches_whole_words_only(nlp):
    # review i9 item 14s: "Jane Roe" written outside the headline only as part of "Jane Roeder"
    text = ("Underdog Conservative Jane Roe Beats Establishment Pick In Zembla Primary\n\n"
            "Jane Roeder won the primary on Tuesday.")
    doc = nlp(text)
    assert headline_name_cut("Jane Roe Beats Establishment", ["Jane Roe Beats Establishment", "Jane Roe"], doc) is None


def test_an_opening_adverb_cut_matches_whole_words_only(nlp):
    # "Even Zorbekova" later is another name, not an occurrence of "Even Zorbek" inside a sentence
    doc = nlp("Even Zorbek, a stalwart supporter, said it would be hard to pass. Later, Even Zorbekova spoke.")
    assert opening_adverb_out_of_name("Even Zorbek", doc) == "Zorbek"


def test_an_article_of_one_line_is_no_headline(nlp):
    # a short article without line breaks is no title-case headline on a line of its own
    text = "Zembla Mayor Jane Roebuck Smith Thanked Grateful Voters Tuesday."
    assert not in_title_case_line(nlp(text), 0)
    assert in_title_case_line(nlp(text + "\n\nJane Roebuck won the vote."), 0)


def test_the_city_is_no_body_named_with_city(nlp):
    # "the city" is the town the article is about, not the one capitalised "... City" it names
    doc = nlp("Crews worked near Zorbon Avenue, an hour from New York City. By 5 pm the city issued "
              "an advisory and stated the water department had found the problem.")
    assert qualified_body_name("city", doc) is None
    # a kind of body that is no kind of town keeps its name
    doc = nlp("The Zorbville Unified School District closed schools. The district said classes would resume Monday.")
    assert qualified_body_name("district", doc) == "Zorbville Unified School District"


def test_a_body_s_last_word_after_the_takes_the_one_name_it_ends(nlp):
    doc = nlp("The plan was dropped, the Zedville Post reported. It was final, according to the Post.")
    assert body_name_ended_after_the("Post", doc) == "Zedville Post"
    # never after "the": a person's surname, no body's word
    doc = nlp("The plan was dropped, the Zedville Post reported. It was final, Post said.")
    assert body_name_ended_after_the("Post", doc) is None
    doc = nlp("The Zedville Post and the Ymouth Post ran it. The Post said it stood by it.")
    assert body_name_ended_after_the("Post", doc) is None


def test_a_word_after_the_that_qualifies_a_noun_is_no_body_s_last_word(nlp):
    # "the Kaka era": "Kaka" qualifies "era", it is no short form of "Friends of Kaka"
    text = ("Supporters of the group Friends of Kaka gathered outside the stadium. The Kaka era is over, "
            "fans said. Kaka said the team would miss the fans.")
    assert body_name_ended_after_the("Kaka", nlp(text)) is None
    assert statement_with(onrecord.extract(text), "the team would miss").speaker.name != "Friends of Kaka"

def test_a_headline_s_words_are_no_alias_of_the_person(nlp):
    text = ("Underdog Conservative Jane Roebuck Beats Establishment Pick In Zembla Primary\n\n"
            "Jane Roebuck won the primary on Tuesday. \"We won because voters listened,\" Roebuck said.")
    speaker = statement_with(onrecord.extract(text), "voters listened").speaker
    record = onrecord.extract(text)
    roebuck = next(e for e in record.entities if e.name == speaker.name)
    assert not any("Beats" in a for a in roebuck.aliases)


def test_crown_prince_is_a_title_though_prince_is_a_given_name():
    assert title_out_of_name("Crown Prince Zayed bin Zorba") == ("Zayed bin Zorba", "Crown Prince")
    assert title_out_of_name("Prince Zayed Zorba") == ("Zayed Zorba", "Prince")


def test_a_word_after_the_opens_no_persons_name(nlp):
    doc = nlp('Jo Baker published "The Inside Story of the Real Donald Trump." Trump said he was angry.')
    assert longer_person_name("Donald Trump", doc) is None
    doc = nlp("The crowd came to see the Great Jo Roe. Roe bowed twice.")
    assert longer_person_name("Jo Roe", doc) is None


def test_an_office_abbreviation_is_no_word_of_the_name():
    assert title_out_of_name("AG Mukasey") == ("Mukasey", "AG")
    assert office_abbreviation("AG") and not office_abbreviation("ag")


def test_a_particle_spelt_like_an_abbreviation_stays_in_the_name():
    # "Da" is a name's particle here, not "DA" (a district attorney) written short
    assert not office_abbreviation("Da") and office_abbreviation("DA") and office_abbreviation("Gov.")
    assert title_out_of_name("Da Silva") is None
    text = 'Joao Silva is the mayor. Ana Da Silva runs the clinic. "We are full," Da Silva said.'
    assert statement_with(onrecord.extract(text), "We are full").speaker.name == "Ana Da Silva"


def test_a_body_named_after_a_person_is_no_longer_name_of_theirs(nlp):
    doc = nlp("He was President Roe's chief of staff. Axelrod served with him in the Roe White House.")
    assert longer_person_name("Roe", doc) is None
    doc = nlp("Students sang, Elder Nelson White gave a prayer, and White said the herd would grow.")
    assert longer_person_name("White", doc) != "Elder Nelson"


def test_an_institution_cut_short_takes_the_name_the_article_wrote_first(nlp):
    doc = nlp("The patients were moved to Mbarara Regional Referral Hospital on Friday. "
              "The Referral Hospital said that four had died.")
    assert introduced_in_full("Referral Hospital", doc) == "Mbarara Regional Referral Hospital"
    assert institution_named(["Referral", "Hospital"]) and not institution_named(["Hospital"])
    assert not institution_named(["Nicola", "Sturgeon"])


def test_an_institution_written_short_first_is_not_lengthened(nlp):
    doc = nlp("The Memorial School said classes would resume. Parents at Lakeside Memorial School "
              "were told on Monday.")
    assert introduced_in_full("Memorial School", doc) is None


def test_a_princess_is_a_title_not_a_word_of_the_name():
    # Wikinews, "Thai party withdraws princess's candidacy" (2019), shortened
    text = ("On Saturday, the Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as "
            "their candidate for prime minister. In support of her candidacy, Princess Ubolratana pointed "
            "out she had \"relinquished my royal titles and lived as a commoner\".")
    speaker = statement_with(onrecord.extract(text), "relinquished my royal titles").speaker
    assert speaker.name == "Ubolratana Mahidol" and "Princess" in speaker.roles


def test_the_object_of_an_opening_phrase_is_no_word_of_the_subject_s_name(nlp):
    doc = nlp("Rapper Kanye West spoke on Saturday. On Twitter West wrote that he had support.")
    assert opener_object_before_surname("Twitter West", doc) == "West"
    text = "Rapper Kanye West spoke on Saturday. On Twitter West wrote that he had the support of his fans."
    assert statement_with(onrecord.extract(text), "he had the support").speaker.name == "Kanye West"


def test_a_name_written_bare_elsewhere_keeps_its_first_word(nlp):
    doc = nlp("On Monday Zorbek Abdulov said the talks failed. Zorbek Abdulov is the envoy.")
    assert opener_object_before_surname("Zorbek Abdulov", doc) is None
    doc = nlp("With Jane Roe at his side, the mayor spoke.")
    assert opener_object_before_surname("Jane Roe", doc) is None  # a given name of the lists


def test_a_given_name_no_list_knows_opens_the_sentence_with_the_surname(nlp):
    doc = nlp("The group met on Monday.\n\nZorvella Pennock is listed as the treasurer of the group.")
    at = next(t for t in doc if t.text == "Pennock")
    assert untold_given_name(doc[at.i - 1], at)
    assert longer_person_name("Pennock", doc) == "Zorvella Pennock"


def test_a_word_written_lowercase_or_a_description_is_no_untold_given_name(nlp):
    doc = nlp("Senator Hamilton spoke. The senator left early.")
    at = next(t for t in doc if t.text == "Hamilton")
    assert not untold_given_name(doc[at.i - 1], at)
    doc = nlp("Later Hamilton said the album was done.")
    assert longer_person_name("Hamilton", doc) is None


def test_a_preposition_before_a_body_read_as_a_person_is_no_given_name(nlp):
    doc = nlp("Zedco built factories there.\n\nOutside Zedco's plant on Main Street, a worker waited.")
    at = next(t for t in doc if t.text == "Zedco" and t.i > 3)
    assert not untold_given_name(doc[at.i - 1], at)


def test_a_paper_s_last_word_after_the_is_the_paper_though_its_city_is_named_too():
    # the city named on its own keeps longer_body_name from lengthening "Herald"; a paper's word after "the" does
    text = ("The council of Denver voted on a new budget on Tuesday. The Denver Herald first reported the vote. "
            "The Herald said three members had left the room before it.")
    assert statement_with(onrecord.extract(text), "three members had left").speaker.name == "Denver Herald"


def test_a_misspelt_country_word_in_a_body_s_name_is_the_body_written_right():
    text = ("The Bolivian government said on Monday it would reopen the border crossing. "
            "The Bolivain government later said the talks with the traders had failed.")
    record = onrecord.extract(text)
    assert statement_with(record, "talks with the traders").speaker.name == "Bolivian government"
    assert not any(e.name == "Bolivain government" for e in record.entities)


def test_a_surname_written_after_a_courtesy_title_takes_the_full_name_though_also_a_given_name(nlp):
    # "Tanner" and "Grant" are given names too: only "Ms."/"Dr." before them tells a surname
    doc = nlp("Keziah Tanner, a nurse from Elmsford, filed the claim last week. Ms. Tanner said "
              "the clinic had ignored her letters.")
    assert surname_full_name("Tanner", doc) == "Keziah Tanner"
    doc = nlp("Orrin Grant, a dentist in Pellmore, sued the county. On Monday Dr. Grant told "
              "reporters he would appeal.")
    assert surname_full_name("Grant", doc) == "Orrin Grant"
    doc = nlp("Keziah Tanner, a nurse from Elmsford, filed the claim last week. Tanner said the "
              "clinic had ignored her letters.")
    assert surname_full_name("Tanner", doc) is None  # never written after a title: maybe a given name


def test_a_name_is_not_lengthened_over_another_persons_name_the_tagger_spans(nlp):
    doc = nlp("Memos reached Chief of Staff Orla Brennick in June. Staff at the agency now say the memos were lost.")
    assert longer_person_name("Staff", doc) is None  # not "Staff Orla Brennick"
    doc = nlp("Orla Brennick Vance said the plan was sound. Brennick said more later.")
    assert longer_person_name("Orla Brennick", doc) == "Orla Brennick Vance"


def test_a_kind_is_not_named_after_the_first_words_of_a_longer_name(nlp):
    doc = nlp("The clerk acted under the Public Archives Act last year. The archives hold the letters, she said.")
    assert named_kind_body("archives", doc) is None  # "Public Archives" is cut from a law's name


def test_a_name_opening_with_a_particle_takes_the_given_name_before_it(nlp):
    # the tagger spans "Bin Faisal" alone here, and no list knows "Abdulrazeem" as a given name
    doc = nlp("Kuwaiti Prince Abdulrazeem Bin Faisal opened the new library in the capital.")
    assert longer_person_name("Bin Faisal", doc) == "Abdulrazeem Bin Faisal"


def test_an_ordinary_noun_or_a_sentence_opener_before_a_particle_is_no_given_name(nlp):
    # r19-fixspk: "Critic" and "Counsel" are what the person is, not a given name
    doc = nlp('Critic Van Dorsten reviewed the opera on Monday. "It was dull," Van Dorsten said.')
    assert longer_person_name("Van Dorsten", doc) is None
    doc = nlp('The jury heard from Counsel Van Dorsten on Monday. "It was dull," Van Dorsten said.')
    assert longer_person_name("Van Dorsten", doc) is None


def test_a_body_named_of_a_list_of_fields_takes_the_whole_list(nlp):
    doc = nlp("A study released by the Royal Academies of Letters, Music and Dance found that few pupils read poetry.")
    assert listed_fields_name("Royal Academies of Letters", doc) == "Royal Academies of Letters, Music and Dance"
    doc = nlp("The Ministry of Defence and Interior officials met on Monday.")
    assert listed_fields_name("Ministry of Defence", doc) is None  # a pair without a comma: maybe two
    doc = nlp("Trade between the Bank of Zembla, Ruritania and Elbonia grew.")
    assert listed_fields_name("Bank of Zembla", doc) is None  # a place of its own in the list


def test_a_list_of_bodies_after_a_name_of_a_field_is_no_longer_name(nlp):
    # r19-fixspk: "Treasury" and "Pentagon" are bodies of their own, not fields
    doc = nlp("The Department of Energy, Treasury and Pentagon said the plan was sound.")
    assert listed_fields_name("Department of Energy", doc) is None
    # a mention of the short form alone: the list may be other bodies
    doc = nlp("The Royal Academies of Letters said on Monday that the Royal Academies of Letters, Music and Dance "
              "would merge.")
    assert listed_fields_name("Royal Academies of Letters", doc) is None


def test_a_body_name_cut_before_and_takes_the_whole_name_the_tagger_spans_elsewhere(nlp):
    # the tagger reads the second "Brekka Fire" as a person's name and "Rescue" as a body
    text = ("Ola Strand, a spokesman for Brekka Fire and Rescue, spoke at the mill. By night Brekka Fire "
            "and Rescue wanted more boats from the navy.")
    assert body_name_cut_before_and("Brekka Fire", nlp(text)) == "Brekka Fire and Rescue"
    # the short form standing alone once may be a name of its own
    text += " Brekka Fire is the oldest station in the county."
    assert body_name_cut_before_and("Brekka Fire", nlp(text)) is None

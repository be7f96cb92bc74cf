"""The words that speaker resolution reads: pronouns, the nouns of offices, groups, bodies and
writings, titles and their gender, parties. Lists, not rules: the passes of ``passes/`` and
``mention_syntax.py`` decide what to do with them.

The words are data: ``data/speaker_words.txt`` and, for titles and offices,
``data/name_words.txt`` (beside the other title lists). This module gives each list its name.
"""
from __future__ import annotations

import re

from onrecord import data

_SPEAKERS = "speaker_words.txt"
_NAMES = "name_words.txt"

PERSON_PRONOUNS = data.words(_SPEAKERS, "person_pronouns")
PLURAL_PRONOUNS = data.words(_SPEAKERS, "plural_pronouns")
WRITER_PRONOUNS = data.words(_SPEAKERS, "writer_pronouns")
THING_PRONOUNS = data.words(_SPEAKERS, "thing_pronouns")
RELATIVE_PRONOUNS = data.words(_SPEAKERS, "relative_pronouns")
PARTITIVE_PRONOUNS = data.words(_SPEAKERS, "partitive_pronouns")
SUBJECT_PRONOUNS = data.words(_SPEAKERS, "subject_pronouns")
COUNTING_WORDS = data.words(_SPEAKERS, "counting_words")
PRONOUN_GENDER = data.mapping(_SPEAKERS, "pronoun_gender")
GROUP_NOUNS = data.words(_SPEAKERS, "group_nouns")
COLLECTIVE_NOUNS = data.words(_SPEAKERS, "collective_nouns")
ORG_NOUNS = data.words(_SPEAKERS, "org_nouns")
PERSON_NOUNS = data.words(_SPEAKERS, "person_nouns")
KIN_NOUNS = data.words(_SPEAKERS, "kin_nouns")
# nouns of people that hold no office ("student", "driver", "neighbour")
PERSON_HEADS = data.words(_SPEAKERS, "person_heads")
# nouns for people by belief or stance ("agnostic", "pacifist"), whose plurals name groups
BELIEF_NOUNS = data.words(_SPEAKERS, "belief_nouns")
ACTOR_NOUNS = data.words(_SPEAKERS, "actor_nouns")
DOCUMENT_NOUNS = data.words(_SPEAKERS, "document_nouns")
# laws, plans and deals: what an "it" after a body acting on them may stand for
SAID_THINGS = data.words(_SPEAKERS, "said_things")
SOURCE_DATA = data.words(_SPEAKERS, "source_data")
COURT_WRITINGS = data.words(_SPEAKERS, "court_writings")
# heads of what happens, is felt, done or counted, and of what is owned once uttered ("a plea"):
# no one who states (speakers/non_source.py)
UNSTATING_HEADS = data.words(_SPEAKERS, "unstating_heads")
OWNED_UTTERANCE_WORDS = data.words(_SPEAKERS, "owned_utterances")
# one family a line: "video clip ad ..."
DOCUMENT_FAMILIES = tuple(frozenset(family.split()) for family in data.sections(_SPEAKERS)["document_families"])
ISSUING_VERBS = data.words(_SPEAKERS, "issuing_verbs")
PUBLISHING_VERBS = data.words(_SPEAKERS, "publishing_verbs")
# verbs of passing a writing on ("reviewed by The Post"): their agent is no writer
PASSING_VERBS = data.words(_SPEAKERS, "passing_verbs")
# one kind a line: "lawyer attorney counsel" (named_agent)
AGENT_NOUNS = tuple(frozenset(kind.split()) for kind in data.sections(_SPEAKERS)["agent_nouns"])
AGENT_PREPOSITIONS = data.words(_SPEAKERS, "agent_prepositions")
OTHER_AGENT_WORDS = data.words(_SPEAKERS, "other_agent_words")
RESEARCH_WRITINGS = data.words(_SPEAKERS, "research_writings")
PAPER_WRITINGS = data.words(_SPEAKERS, "paper_writings")
SAMPLING_WRITINGS = data.words(_SPEAKERS, "sampling_writings")
POLLSTER_HEADS = data.words(_SPEAKERS, "pollster_heads")
POSTING_PLATFORMS = data.words(_SPEAKERS, "posting_platforms")
VOICE_NOUNS = data.words(_SPEAKERS, "voice_nouns")
# "shared her belief", "voiced his fear": of one's own view (pronouns.subject_owning_object)
OWN_VIEW_VERBS = data.words(_SPEAKERS, "own_view_verbs")
SPEECH_EVENT_NOUNS = data.words(_SPEAKERS, "speech_event_nouns")
PRESS_WRITINGS = data.words(_SPEAKERS, "press_writings")
STATE_ABBREVIATIONS = data.mapping(_SPEAKERS, "state_abbreviations")
FLEETING_WRITINGS = data.words(_SPEAKERS, "fleeting_writings")
GENERIC_PERSON_NOUNS = data.words(_SPEAKERS, "generic_person_nouns")
# nouns of a person no other list holds and no ending tells ("the suspect", "a teenager")
DESCRIBED_PERSON_NOUNS = data.words(_SPEAKERS, "described_person_nouns")
# things whose nouns end as a doer's do ("number", "water"): no one brought in
THING_LOOKALIKES = data.words(_SPEAKERS, "thing_lookalikes")
MEDIA_NOUNS = data.words(_SPEAKERS, "media_nouns")
MEDIA_KIND_WORDS = data.words(_SPEAKERS, "media_kind_words")
OUTLET_KINDS = data.words(_SPEAKERS, "outlet_kinds")
BROADCAST_STAFF_NOUNS = data.words(_SPEAKERS, "broadcast_staff_nouns")
BROADCASTER_KINDS = data.words(_SPEAKERS, "broadcaster_kinds")
CITED_SOURCE_NOUNS = data.words(_SPEAKERS, "cited_source_nouns")
ACRONYM_MEDIA = data.words(_SPEAKERS, "acronym_media")
# bodies of members ("the union"): the body the article calls so, as for an outlet
MEMBER_BODIES = data.words(_SPEAKERS, "member_bodies")
# words of a body's own name that say it is one of [member_bodies] ("United Auto Workers")
MEMBER_BODY_NAMES = data.words(_SPEAKERS, "member_body_names")
# nouns of places and things a body's name may modify ("the Harlan mine"): names_a_thing
THING_NOUNS = data.words(_SPEAKERS, "thing_nouns")
# kind -> the words a body's name may spell it with ("agency" -> department, bureau, ...)
BODY_KINDS = {kind: frozenset(names.split()) for kind, names in data.mapping(_SPEAKERS, "body_kinds").items()}
INSTITUTION_NOUNS = data.words(_SPEAKERS, "institution_nouns")
HEADED_BODY_KINDS = data.words(_SPEAKERS, "headed_body_kinds")
# kinds of body whose writings are theirs and whose names carry the word: "a police statement"
KIND_NAMED_ISSUERS = data.words(_SPEAKERS, "kind_named_issuers")
# words of a police force's name ("Kent Constabulary") and the words that tell no force apart
POLICE_FORCE_WORDS = data.words(_SPEAKERS, "police_force_words")
POLICE_FORCE_FILLERS = data.words(_SPEAKERS, "police_force_fillers")
POLICE_BODY_WORDS = data.words(_SPEAKERS, "police_body_words")
DEFENDANT_NOUNS = data.words(_SPEAKERS, "defendant_nouns")
CHARGING_VERBS = data.words(_SPEAKERS, "charging_verbs")
REACHING_VERBS = data.words(_SPEAKERS, "reaching_verbs")
ARRESTING_VERBS = data.words(_SPEAKERS, "arresting_verbs")
SEVERAL_DEFENDANT_WORDS = data.words(_SPEAKERS, "several_defendant_words")
NEWSPAPER_NAME_WORDS = data.words(_SPEAKERS, "newspaper_name_words")
NETWORK_NAME_WORDS = data.words(_SPEAKERS, "network_name_words")
APPOSED_BODY_KINDS = data.words(_SPEAKERS, "apposed_body_kinds")
NOT_APPOSED_BODY_KINDS = data.words(_SPEAKERS, "not_apposed_body_kinds")
PERSONAL_BODIES = data.words(_SPEAKERS, "personal_bodies")
PARTIES = data.words(_SPEAKERS, "parties")
# a legislator's party letter and the party it names ("D" -> "Democratic Party")
PARTY_CODES = data.mapping(_SPEAKERS, "party_codes")
# the titles after which a bare "(R)" is a party code ("Sen.", "Governor")
PARTY_CODE_TITLES = data.words(_SPEAKERS, "party_code_titles")
QUALIFIER_SYNONYMS = data.mapping(_SPEAKERS, "qualifier_synonyms")
OPPOSITE_QUALIFIERS = data.mapping(_SPEAKERS, "opposite_qualifiers")
IRREGULAR_SPEECH = data.words(_SPEAKERS, "irregular_speech")
ADDRESSING_VERBS = data.words(_SPEAKERS, "addressing_verbs")
INTERVIEW_NOUNS = data.words(_SPEAKERS, "interview_nouns")
ASKING_VERBS = data.words(_SPEAKERS, "asking_verbs")
CONTACTING_VERBS = data.words(_SPEAKERS, "contacting_verbs")
RECORDING_NOUNS = data.words(_SPEAKERS, "recording_nouns")
COMPARING_PREPOSITIONS = data.words(_SPEAKERS, "comparing_prepositions")
# prepositions of where: "came to Millbrook", "lives in Millbrook"
PLACE_PREPOSITIONS = data.words(_SPEAKERS, "place_prepositions")
WRITING_PARTS = data.words(_SPEAKERS, "writing_parts")

ROLE_WORDS = data.words(_NAMES, "role_words")
CANDIDACY_WORDS = data.words(_NAMES, "candidacy_words")
EXCLUSIVE_OFFICES = data.words(_NAMES, "exclusive_offices")
# words of address before a name ("Dr", "Mme", "Sgt"): honorifics and personal ranks
ADDRESS_WORDS = data.words(_NAMES, "honorifics") | data.words(_NAMES, "personal_ranks")
# offices written short before a surname ("AG Mukasey"): no word of the name
OFFICE_ABBREVIATIONS = data.words(_NAMES, "office_abbreviations")
# military and police ranks written short ("Capt.", "Lt."), after a service's name
RANK_ABBREVIATIONS = data.words(_NAMES, "rank_abbreviations")
# what one is to another person ("rival", "predecessor"): no title
RELATION_NOUNS = data.words(_NAMES, "relation_nouns")
# one who speaks for someone else ("spokesman"): only someone the article calls one
SPOKESPERSON_NOUNS = data.words(_NAMES, "spokesperson_nouns")
# words before a person's name that are no part of it ("Ayatollah", "Taoiseach")
NAME_TITLES = data.words(_NAMES, "titles")
# titles of address that anyone may have ("Mr", "Dr"): no post held
COURTESY_TITLES = data.words(_NAMES, "courtesy_titles")
TITLE_MODIFIERS = data.words(_NAMES, "title_modifiers")
ROLE_STOPWORDS = data.words(_NAMES, "role_stopwords")
# heads of a post or a job held inside a body ("director", "professor"): role_cleaning.body_a_role_names
BODY_POSTS = data.words(_NAMES, "body_posts")
# words a body's name may be made of when it names only what the body is ("Senate", "Ministry of Health")
GENERIC_BODY_WORDS = data.words("body_words.txt", "generic_body_words")
RANK_WORDS = data.words(_NAMES, "rank_words")
POSTNOMINALS = data.words(_NAMES, "postnominals")
ROLE_SYNONYMS = data.mapping(_NAMES, "role_synonyms")
TITLE_GENDER = data.mapping(_NAMES, "title_gender")
# offices and bodies of a country, and heads of a national side ("Senator", "ministry", "coach")
COUNTRY_OFFICES = data.words(_NAMES, "country_offices")
# words that end a person's name ("Jr", "III", "PhD")
NAME_SUFFIXES = data.words(_NAMES, "suffixes")
# kinds of place that head a place's name ("Region", "Province")
PLACE_KINDS = data.words(_NAMES, "place_kinds")
# kinds of place ("the city"): no body named by the kind alone
SETTLEMENT_KINDS = data.words(_SPEAKERS, "settlement_kinds")
# kinds of place that speak as their governments ("the city said"): descriptions.sole_place_of_kind
SPEAKING_PLACE_KINDS = data.words(_SPEAKERS, "speaking_place_kinds")
PLACE_POSSESSIONS = data.words(_SPEAKERS, "place_possessions")
# kinds of country an ISO official name says ("Kingdom of ..."): descriptions.sole_country_of_kind
COUNTRY_KINDS = data.words(_SPEAKERS, "country_kinds")
# speech verbs going on with speech begun before ("he added"): pronouns.spoken_of_by_name
SPEECH_GOING_ON = data.words(_SPEAKERS, "speech_going_on")
# offices named with their country ("United States Attorney")
COUNTRY_NAMED_OFFICES = data.words(_NAMES, "country_named_offices")
# words of a post not (yet) held ("future", "would-be")
UNHELD_POST_WORDS = data.words(_NAMES, "unheld_post_words")
NEWCOMER_WORDS = data.words(_NAMES, "newcomer_words")
# offices held at once by several, one for each church or see ("pope", "patriarch")
SHARED_TITLE_OFFICES = data.words(_NAMES, "shared_title_offices")
NOUN_GENDER = {**TITLE_GENDER, **data.mapping(_SPEAKERS, "noun_gender")}

# spaCy's labels of the entities that can be a speaker's name: the parser's scheme, not words
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# the named entities that may speak: people, bodies, places standing for their governments, peoples
SPEAKER_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")
# "the former chief commander", "ex-minister": an office once held, not held now
PAST_WORDS = frozenset({"former", "ex"})
# the actor dictionaries' country and nationality words ("zimbabwe", "us", "russian"), lowercased
COUNTRY_CODES = {k: v for k, v in data.json_data("event_actors.json")["countries"].items()
                 if len(v) == 3 and v.isalpha() and v.isupper() and v not in ("UNO", "EUR", "IGO", "NGO")}
COUNTRY_WORDS = frozenset(COUNTRY_CODES)
# every country and nationality word either source knows (the dictionaries' and countryinfo's names and
# demonyms): a word on neither is no country's ("Nigerien" is Niger's, though the dictionaries lack it)
KNOWN_COUNTRY_WORDS = COUNTRY_WORDS | frozenset(data.mapping("country_names.tsv", "demonyms")) \
    | frozenset(data.mapping("country_names.tsv", "names"))
# the kind words that head a body's name ("Ministry", "Agency", "University")
BODY_HEADS = data.words("org_words.txt", "body_heads")

"""The words that speaker resolution reads: pronouns, the nouns of offices, groups, bodies and
writings, titles and their gender, parties. Lists, not rules: ``speakers.py`` and
``mention_syntax.py`` decide what to do with them."""
import re

# "we" outside quotation marks is the writer's side and is left unresolved; "I" is the writer,
# resolved when a signature or a closing line names them
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them"}
WRITER_PRONOUNS = {"i", "me", "my"}
THING_PRONOUNS = {"it"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
GROUP_NOUNS = {"official", "leader", "expert", "analyst", "people", "source", "lawmaker", "critic",
               "supporter", "observer", "investigator", "authority", "diplomat", "resident",
               "witness", "member", "activist", "protester", "scientist", "researcher", "economist",
               "republican", "democrat", "voter", "aide", "advisor", "adviser", "officer", "student",
               "worker", "doctor", "lawyer", "prosecutor", "citizen", "politician", "candidate",
               "spokesperson", "representative", "executive", "organizer", "person", "poll", "survey"}
ORG_NOUNS = {"military", "government", "ministry", "administration", "agency", "army", "council",
             "committee", "department", "media", "police", "court", "parliament", "party", "campaign",
             "company", "group", "organization", "organisation", "office", "commission", "board",
             "team", "white", "house", "congress", "senate", "cabinet", "regime", "force", "guard",
             "corps", "union", "association", "bank", "university", "newspaper", "network",
             "fund", "firm", "channel", "broadcaster", "outlet", "magazine", "charity", "foundation", "airline",
             "report", "study", "statement", "spokesman", "website", "document", "data", "poll"}
ROLE_WORDS = {"president", "minister", "secretary", "commander", "chief", "leader", "spokesman",
              "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "chair", "head",
              "governor", "senator", "general", "official", "ambassador", "mayor", "chancellor",
              "king", "queen", "prince", "premier", "judge", "founder", "ceo", "candidate", "nominee",
              "manager", "adviser", "advisor", "representative", "rep.", "sen.", "gov.", "dr.",
              "officer", "lieutenant", "colonel", "admiral", "brigadier", "captain", "ayatollah",
              "sheikh", "deputy", "vice", "former", "supreme", "prime", "foreign", "defense",
              "attorney", "speaker", "member", "coach", "author", "professor", "editor", "analyst", "lady",
              "commissioner", "superintendent", "treasurer", "auditor", "comptroller", "sheriff", "inspector",
              "administrator", "president-elect", "vice-president", "provost", "dean"}
# words that make an office another one: the vice president is not the president
RANK_WORDS = frozenset({"vice", "deputy", "assistant", "under"})
# words that qualify an office without naming one
TITLE_MODIFIERS = {"former", "vice", "deputy", "supreme", "prime", "foreign", "defense"}
# nouns that describe one person ("the 34-year-old mother of three", "the businessman")
PERSON_NOUNS = {"man", "woman", "mother", "father", "wife", "husband", "son", "daughter", "brother",
                "sister", "businessman", "businesswoman", "mogul", "billionaire", "millionaire", "veteran",
                "lawyer", "doctor", "physician", "economist", "writer", "actor", "actress", "singer",
                "star", "host", "anchor", "reporter", "journalist", "columnist", "politician", "lawmaker",
                "legislator", "diplomat", "activist", "democrat", "republican", "prosecutor", "mayor",
                "congressman", "congresswoman", "entrepreneur", "investor", "owner",
                "pastor", "priest", "bishop", "cleric", "scholar", "historian", "strategist", "pollster"}
# writings that speak for whoever issued them: "a Reuters survey found", "the ruling said"
DOCUMENT_NOUNS = {"report", "study", "survey", "poll", "analysis", "research", "data", "ruling", "decision",
                  "document", "paper", "letter", "memo", "review", "audit", "investigation", "article",
                  "editorial", "filing", "lawsuit", "complaint", "order", "opinion", "finding", "statement",
                  "release", "estimate", "assessment", "brief", "ad", "advertisement", "website", "tally",
                  "submission", "testimony", "affidavit", "deposition", "motion", "petition", "remarks",
                  "video", "clip", "film", "documentary", "book", "memoir", "footage", "commentary", "account",
                  "slide", "presentation", "tweet", "post", "transcript", "forecast", "projection", "index",
                  "program", "programme", "show", "broadcast", "column", "blog", "podcast", "newsletter"}
COURT_WRITINGS = {"ruling", "decision", "order", "opinion"}
# writings of one kind under other names: "a web video ... The clip"
DOCUMENT_FAMILIES = [{"video", "clip", "ad", "advertisement", "spot", "footage", "film", "documentary"},
                     {"poll", "survey"}, {"study", "report", "analysis", "research", "paper", "review"},
                     {"ruling", "decision", "order", "opinion"}, {"statement", "release"}]
ISSUING_VERBS = {"issue", "release", "publish", "put", "post", "file", "produce", "conduct", "air", "run", "write"}
# a body's kind as its proper name may spell it: "the agency" is the Department of Veterans Affairs
BODY_KINDS = {"agency": {"agency", "department", "administration", "bureau", "service", "commission", "office"},
              "department": {"department", "ministry"}, "ministry": {"ministry", "department"},
              "court": {"court"}, "union": {"union", "association", "federation", "brotherhood"},
              "company": {"company", "inc", "corp", "corporation", "co", "llc", "ltd", "group"},
              "newspaper": {"times", "post", "journal", "tribune", "herald", "news", "gazette"},
              "committee": {"committee", "panel"}, "panel": {"committee", "panel", "commission"},
              "group": {"group", "coalition", "alliance", "association", "foundation", "institute", "center"},
              "organization": {"organization", "organisation", "coalition", "alliance", "association",
                               "foundation", "institute", "center", "council"}}
# bodies known by a name that need not hold the word: "the bank" is Wells Fargo
INSTITUTION_NOUNS = {"bank", "network", "fund", "company", "firm", "channel", "broadcaster", "outlet",
                     "newspaper", "paper", "magazine", "charity", "foundation", "union", "station", "airline"}
# bodies that take a person's name: "the Trump campaign", "the Obama administration"
PERSONAL_BODIES = {"campaign", "administration"}
NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f", "madam": "f",
                "chairwoman": "f", "spokeswoman": "f", "congresswoman": "f", "businesswoman": "f",
                "queen": "f", "king": "m", "prince": "m", "princess": "f", "actress": "f"}
# the same office under its abbreviations and everyday names
ROLE_SYNONYMS = {"sen": "senator", "rep": "representative", "congressman": "representative",
                 "congresswoman": "representative", "gov": "governor", "pres": "president",
                 "gen": "general", "lt": "lieutenant", "col": "colonel", "adm": "admiral",
                 "dr": "doctor", "spokeswoman": "spokesman", "spokesperson": "spokesman",
                 "chairwoman": "chairman", "chair": "chairman", "candidate": "nominee", "justice": "judge"}
DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")
IRREGULAR_SPEECH = {"said", "told", "spoke", "wrote"}

ACTOR_NOUNS = {"state", "country", "nation", "proponent", "opponent", "party", "family", "friend",
               "victim", "parent", "child", "woman", "man", "employee", "staff", "staffer", "agent",
               "judge", "justice", "senator", "governor", "mayor", "legislator", "scholar", "group"}

PARTIES = frozenset({"republican", "democratic", "libertarian", "green", "labour", "conservative"})

QUALIFIER_SYNONYMS = {"gop": "republican", "republicans": "republican", "democrat": "democratic",
                       "democrats": "democratic", "dem": "democratic"}

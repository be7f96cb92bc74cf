"""An entity's roles cleaned before they are written out, one named rule each.

The passes take a role from the words around a name: a title before it, an appositive after it,
a description it stands for. The parse sometimes cuts such words in the wrong place, so a role
can be a fragment ("fame" of "of The Beatles fame"), the entity's own short name ("IRGC" for
the Iranian Revolutionary Guard Corps), two roles run together ("AU chairperson President"), a
figure ("51.3 to 43.5 percent"), a relation that means nothing without its pronoun ("his
father"), words cut off from what they join ("researchers from the University of Washington
and"), a group the holder is one of ("researchers from the university"), a clause about
someone else (", whose running mate ..."), a courtesy title alone ("Dr."), another name of the
holder or a thing the parse hung on them. ``clean_roles`` applies the rules in order; a role
no rule can save is dropped, since a missing role is a smaller fault than a wrong one.
``clean_affiliation`` writes the affiliation as a name; ``body_a_role_names`` reads the body a
post is held in from the roles when the mention gave none ("director of the Zorb Institute").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from onrecord import data
from onrecord.data import iso_places
from onrecord.extract.speakers.spelling import without_possessive
from onrecord.extract.speakers.words import (
    ACTOR_NOUNS,
    ADDRESS_WORDS,
    BODY_HEADS,
    BODY_POSTS,
    COUNTRY_OFFICES,
    COUNTRY_WORDS,
    GENERIC_BODY_WORDS,
    GROUP_NOUNS,
    KNOWN_COUNTRY_WORDS,
    NAME_SUFFIXES,
    NAME_TITLES,
    NOUN_GENDER,
    ORG_NOUNS,
    PARTIES,
    PAST_WORDS,
    PERSON_NOUNS,
    QUALIFIER_SYNONYMS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    STATE_ABBREVIATIONS,
    SUBJECT_PRONOUNS,
    TITLE_MODIFIERS,
    UNHELD_POST_WORDS,
)

# what a person can be: offices, titles, occupations, kin
ROLE_NOUNS = (ROLE_WORDS | NAME_TITLES | PERSON_NOUNS | GROUP_NOUNS | ACTOR_NOUNS | frozenset(NOUN_GENDER)
              | frozenset(ROLE_SYNONYMS) | data.words("name_words.txt", "role_nouns")
              | data.words("name_words.txt", "honorifics"))
# endings of nouns of doers ("researcher", "economist", "chairwoman", "appointee")
_DOER_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "ess", "ant", "ent")
_NOUN_ONLY_ENDINGS = ("er", "or", "ist", "man", "woman", "person")
_NOT_DOERS = ("ment", "percent")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
# words of address that stand before a name ("Dr", "Prof."): a title of their own
# titles that follow their office word: "director general", "attorney general"
_POSTPOSED = frozenset({"general", "elect"})
# the offices "general" follows as one title; after another word "General" is a rank
_GENERAL_OFFICES = data.words("name_words.txt", "general_offices")
# titles of address alone, no post: "Dr.", "Mrs"
_COURTESY_TITLES = data.words("name_words.txt", "courtesy_titles")
_FIGURE = re.compile(r"\d")
# words that cannot end a role: they join it to words the parse cut off
_JOINING = frozenset({"and", "or", "of", "for", "the", "a", "an", "to", "in", "at", "from", "with", "by", "on", "&"})
# words that start what follows a role's head ("researchers from ...", "director of ...")
_AFTER_HEAD = frozenset({"of", "for", "in", "at", "from", "with", "to", "on", "and", "who", "which", "that",
                         "based", ","})
# nouns of a person's sex or age, no post ("an Australian woman", "a 14-year-old boy")
_PLAIN_PERSONS = data.words("name_words.txt", "plain_person_nouns")
# words that count a holder among others of a kind ("One senator", "another spokesman")
_COUNT_WORDS = frozenset({"one", "another"})
# words of when a post was held, which are no role alone ("former", written apart from "Mayor")
_TIME_WORDS = PAST_WORDS | frozenset({"formerly", "current"})
# kinds of bodies a role may name ("the Council of ...", "the University of ...")
# endings of singular nouns that end in "s" ("boss", "actress", "counsel"... not plurals)
_SINGULAR_S = ("ss", "us", "is", "os")


def clean_roles(name: str, aliases: list[str], roles: list[str], type_: str = "PERSON",
                people: frozenset[str] = frozenset()) -> list[str]:
    """The roles worth keeping, each cleaned, without repeats; a body keeps no person's office.
    ``people`` are the surnames of the people the article names in full, lowercased."""
    out: list[str] = []
    for role in with_time_words_joined(roles):
        if a_span_of_holding(role):
            continue
        role = after_another_name(without_plain_person(without_span(role)))
        for part in [p for post in list_of_posts(balanced_brackets(without_whose_clause(without_relative_clause(role))))
                     for p in split_run_together(post)]:
            part = with_time_adverb_read(without_count_word(after_pronoun_relation(without_trailing_name(name, part))))
            if not part or part.lower() in _TIME_WORDS or own_name(part, name, aliases) or a_figure(part) \
                    or pronoun_relation(part) or unheld_post(part) or opens_with_a_hyphen(part) \
                    or name_suffix_first(part) or a_body_s_name(part) or party_membership(part) \
                    or thing_the_holder_acted_on(part) or type_ == "PERSON" and headed_by_a_body_noun(part) \
                    or not has_role_noun(part) or cut_off(part) or plural_head(part) \
                    or type_ in ("ORG", "GPE") and office_of_a_person(part) \
                    or courtesy_title_alone(part) or a_person_s_name(part, people) or hedged(part) \
                    or a_list_of_names(part) \
                    or type_ == "PERSON" and headed_by_a_thing(part):
                continue
            if part.lower().rstrip(".") not in {r.lower().rstrip(".") for r in out}:  # "Dr." is "Dr"
                out.append(part)
    return [r for r in out if not prefix_of_another(r, out) and not tail_of_a_past_role(r, out)
            and not tail_of_another(r, out)]


# how long a post was held, at a role's end: "member of the club all his life", "for years"
_SPAN_OF_HOLDING = re.compile(r"\s(all (his|her|their) (life|lives|career)|for (\w+ )?(years|decades|months)"
                              r"|since (childhood|birth|\d{4}))$", re.IGNORECASE)


def plain_person(role: str) -> bool:
    """Whether the role is headed by a noun that only says a person's sex or age ("Australian
    woman", "14-year-old boy from Zorbtown", "a teenager"): who the holder is, told as a news
    story introduces anyone, not a post or a trade."""
    head = _head_word(role)
    return head is not None and head.lower().strip(".,") in _PLAIN_PERSONS


def without_plain_person(role: str) -> str:
    """The role without its items that are plain descriptions of a person (``plain_person``):
    "Australian woman and former Scientologist" is "former Scientologist"; a role that is only
    one ("14-year-old boy from Zorbtown") is none ("")."""
    items = re.split(r"\s+and\s+", role)
    if len(items) == 2 and plain_person(items[0]) != plain_person(items[1]):
        return items[1] if plain_person(items[0]) else items[0]
    return "" if plain_person(role) else role


def a_span_of_holding(role: str) -> bool:
    """Whether the role is a membership told with how long it was held ("member of the club all
    his life", "member of the party for decades"): the words tell the holder's history, often of
    a tie the story is about leaving; cut, they would read as a tie held now. A post with its span
    ("mayor since 2015") keeps the post (``without_span``)."""
    return bool(_SPAN_OF_HOLDING.search(role)) and role.lower().startswith("member")


def without_span(role: str) -> str:
    """A post without how long it has been held: "mayor since 2015" is the mayor."""
    return _SPAN_OF_HOLDING.sub("", role).rstrip(" ,")


# words of a clause, which a list of posts has none of
_CLAUSE_WORD = re.compile(r"\b(who|whom|which|that|is|was|are|were|has|had|have)\b", re.IGNORECASE)


def list_of_posts(role: str) -> list[str]:
    """A person's posts written as one list ("dean of the law school, and member of the Zorbian
    Bar"; "professor of art and curator of the exhibit"), one role each. Split only when every
    item is headed by a noun of a person and, for two items joined by "and", the first has its
    own complement: "chairman and chief executive of Zedco" is one post's words, "Secretary of
    Health and Human Services" one office; an item opening with "a" or "the" tells what the
    body before it is. A list opened by a time word ("former Home Secretary, mayor of Zorbia
    City, and member of Parliament") keeps its first post only: whether "former" is said of the
    others too, the words do not tell, and a post held now is not to be read as a past one, nor
    the other way. Words of a clause ("who ran ... and was ...") make no list."""
    if _CLAUSE_WORD.search(role):
        return [role]  # "businessman who ran ... and was the nominee": a clause's verbs, no list of posts
    second = second_post_with_article(role)
    if second:
        return second
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", role) if i.strip()]
    if len(items) < 2 or not all(_headed_by_a_role_noun(i) for i in items) \
            or any(i.split()[0].lower() in ("a", "an", "the") for i in items[1:]):
        return [role]  # "president of Zedco, a retailer": the body's kind, told after it
    if "," not in role and not any(w in _AFTER_HEAD - {","} for w in items[0].lower().split()[1:]):
        return [role]
    first = items[0].split()[0].lower()
    if first in _TIME_WORDS or first.split("-")[0] in _TIME_WORDS | {"then"} and "-" in first:
        return items[:1]
    return items


_AND_ARTICLE = re.compile(r"\s+and\s+(?:an?|the)\s+")


def second_post_with_article(role: str) -> list[str]:
    """Two posts joined by "and" with an article of its own before the second ("lead author of
    the study and an addiction specialist"), one role each: the article opens a second noun
    phrase, so the words after the first post's complement are no part of it. Only when both
    halves are headed by a noun of a person and the first has its complement ("author of ...");
    else none ([])."""
    parts = _AND_ARTICLE.split(role)
    if len(parts) != 2 or "," in role:
        return []
    first, second = parts[0].strip(), parts[1].strip()
    if not first or not second or not _headed_by_a_role_noun(first) or not _headed_by_a_role_noun(second) \
            or not any(w in _AFTER_HEAD - {",", "and"} for w in first.lower().split()[1:]):
        return []
    return [first, second]


def _headed_by_a_role_noun(role: str) -> bool:
    """Whether the role's head, the word before what qualifies it, is a noun of a person
    ("member" of "member of Parliament"); "Human Services" and "New York" are not."""
    head = _head_word(role)
    return head is not None and role.lstrip()[:1].isalpha() and _role_word(head, strict=True)


def _head_word(role: str, qualifiers: frozenset[str] = frozenset()) -> str | None:
    """A role's head, the word before what qualifies it ("member" of "member of Parliament",
    "woman" of "Australian woman from Zorbtown"); None for an empty role. ``qualifiers`` are
    further words that qualify the head when written in lower case ("during" of "official
    during Roe's administration")."""
    words = role.split()
    cut = next((n for n, w in enumerate(words) if n and (w.lower() in _AFTER_HEAD or w.islower() and
                                                        w.lower() in qualifiers)), len(words))
    return words[cut - 1] if words else None


def headed_by_a_body_noun(role: str) -> bool:
    """Whether a role's head is a body's kind ("a group of black bloggers", "the liberal
    television network"): what the parse hung on a person describes a body named beside them,
    never the person."""
    # the head stands before any word that qualifies it ("official during Roe's administration")
    head = _head_word(role, _QUALIFYING_WORDS)
    low = head.lower().strip(".,;:()") if head is not None else ""
    return low in ORG_NOUNS and low not in ROLE_WORDS | PERSON_NOUNS and not low.endswith(_DOER_ENDINGS)


# prepositions after a role's head beside those of _AFTER_HEAD ("official during ...", "aide under ...")
_QUALIFYING_WORDS = data.words("name_words.txt", "qualifying_prepositions")


def with_time_words_joined(roles: list[str]) -> list[str]:
    """The roles with a time word written apart joined to the role after it ("former",
    "President" -> "former President"): alone it is no role, and dropped it would make a past post
    read as a present one."""
    out: list[str] = []
    for role in roles:
        if out and out[-1].lower() in _TIME_WORDS:
            out[-1] = f"{out[-1]} {role}"
        else:
            out.append(role)
    return out


_NOW_ADVERB = re.compile(r"^(?:now|currently|already|also|still)\s+(?:the\s+|an?\s+)?(?=\S)", re.IGNORECASE)
_THEN_ADVERB = re.compile(r"^(?:then|formerly)\s+(?:the\s+|an?\s+)?(?=\S)", re.IGNORECASE)


def with_time_adverb_read(role: str) -> str:
    """The role without a time adverb set apart before it: "now prime minister" is the prime
    minister, and so is "already the nominee of the party" or "also a member of the board" the
    nominee or the member; "then the secretary of state" (of "Jo Roe, then the secretary of
    state, said" in a story of the past) was held then and no more, a former post, as "formerly
    the mayor of Zorbtown" is the former mayor; kept as written it reads as a clause's words
    before the post, or, "then" dropped, as a post held now."""
    if _NOW_ADVERB.match(role):
        return _NOW_ADVERB.sub("", role)
    if _THEN_ADVERB.match(role):
        return "former " + _THEN_ADVERB.sub("", role)
    return role


def past_role(role: str) -> bool:
    """A post the holder had and has no more: "former Trump adviser", "formerly the director of
    the CDC", "ex-minister"."""
    first = role.split()[0].lower() if role.split() else ""
    return first in _TIME_WORDS - {"current"} or first.startswith("ex-")


def unheld_post(role: str) -> bool:
    """A post the holder may come to hold, none they hold: "future president", "would-be
    successor", "potential nominee". Written as a role it would read as held now."""
    words = role.lower().split()
    return bool(words) and words[0] in UNHELD_POST_WORDS


def opens_with_a_hyphen(role: str) -> bool:
    """Whether the role starts with the hyphen of a word the parse left outside it:
    "-prime-minister" of "then-prime-minister", once held, would read as a post held now."""
    return role.startswith(("-", "‐", "–"))


def name_suffix_first(role: str) -> bool:
    """Whether the role starts with the end of its holder's name ("Jr. and his own tax preparer
    Zedco" after "Jo Roe,"): what follows the suffix is others named beside the holder."""
    words = role.split()
    return bool(words) and words[0].lower().strip(".,") in NAME_SUFFIXES


def a_body_s_name(role: str) -> bool:
    """Whether the role is only a body's name, every word capitalised and headed by a body's
    kind word ("Zorbian Independent Party"): a body the holder may belong to, or not, and no
    post of theirs. "Council President" ends in an office and stays."""
    words = [w for w in role.split() if w.lower() not in ("of", "and", "the", "for", "&")]
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in BODY_HEADS


def tail_of_a_past_role(role: str, roles: list[str]) -> bool:
    """Whether the role is the end of a past post of the same holder ("adviser" beside "former
    Trump adviser"), or the head of one told with its complement ("Justice" beside "former
    associate justice of the Zorbian Supreme Court", of "Justice Roe" later in the story): a
    copy that would read as a post held now."""
    low = role.lower()
    return any(past_role(other) and (other.lower().endswith(" " + low)
                                     or " " not in low and (_head_word(other) or "").lower() == low)
               for other in roles if other is not role)


def without_count_word(role: str) -> str:
    """The role without the word that counted its holder among others of the kind: "One senator,
    Jane Roe, said" gives Jane Roe the role "senator"; "one of the founders" is left whole."""
    words = role.split()
    if len(words) >= 2 and words[0].lower() in _COUNT_WORDS and words[1].lower() != "of":
        return " ".join(words[1:])
    return role


def balanced_brackets(role: str) -> str:
    """The role without a bracket left open or a closing one that opens nowhere: "general
    secretary of the RMT union (National Union of Rail" is "general secretary of the RMT union";
    "WHO)" is "WHO"; so with square brackets, an editor's insertion cut in two ("Secretary [" of
    "Secretary [Jo] Roe")."""
    return _balanced(_balanced(role, "(", ")"), "[", "]")


def _balanced(role: str, opening: str, closing: str) -> str:
    """``balanced_brackets`` for one pair of brackets."""
    open_at = None
    depth = 0
    kept: list[str] = []
    for ch in role:
        if ch == opening:
            if depth == 0:
                open_at = len(kept)
            depth += 1
        elif ch == closing:
            if depth == 0:
                continue
            depth -= 1
        kept.append(ch)
    text = "".join(kept)
    if depth and open_at is not None:
        text = text[:open_at]
    return text.strip(" ,;:")


def split_run_together(role: str) -> list[str]:
    """Two roles the parse ran together: an office then a capitalised title that stands before
    the name ("AU chairperson President" -> "AU chairperson", "President"; "archaeologist Dr."
    -> "archaeologist", "Dr."; "army commander General" -> "army commander", "General"). A
    courtesy title ("Dr.", "Mrs") only stands before a name, so it parts from any post before it
    ("former State Senator Dr."). A title that follows its office ("director General",
    ``postposed_title``) is one role."""
    words = role.split()
    if len(words) >= 2 and words[-1].lower().rstrip(".") in _COURTESY_TITLES and words[-2][:1].isalpha():
        return [" ".join(words[:-1]), words[-1]]  # "former State Senator Dr.": "Dr." opens the name
    if len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower().rstrip(".") in ROLE_WORDS | ADDRESS_WORDS \
            and not postposed_title(words[-2], words[-1]) and words[-2].islower() \
            and _role_word(words[-2], strict=True):
        return [" ".join(words[:-1]), words[-1]]
    return [role]


def postposed_title(office: str, title: str) -> bool:
    """Whether ``title`` follows ``office`` as one title: "elect" after any post ("president
    elect"), "general" only after the offices that take it ("director general", "attorney
    general"); "commander General" is a commander who is a general, two roles."""
    low = title.lower()
    return low == "elect" or low == "general" and office.lower() in _GENERAL_OFFICES


def without_trailing_name(name: str, role: str) -> str:
    """The role without the words of its holder's name at its end: the tagger may leave a
    first name outside the name it found ("CEO of the Refugee Council Enver" for Enver Solomon,
    "Independent presidential candidate Brock" for Brock Pierce)."""
    own = set(name.split())
    words = role.split()
    while words and words[-1] in own:
        words.pop()
    return " ".join(words).rstrip(" ,")


def own_name(role: str, name: str, aliases: list[str]) -> bool:
    """Whether the role is only the entity's own name: the name or an alias, its initials
    ("IRGC" for the Iranian Revolutionary Guard Corps), or some of its words ("Stardom" for
    World Wonder Ring Stardom)."""
    text = role.lower().strip(".")
    names = [n.lower() for n in [name, *aliases] if n]
    if text in names or any(f" {text} " in f" {n} " for n in names):
        return True
    return any(text == _initials(n) for n in names if " " in n)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split()
                   if w not in ("of", "and", "for", "the", "&", "on", "in", "de"))


_SUBJECT_PRONOUN = re.compile(r"\s(" + "|".join(sorted(SUBJECT_PRONOUNS)) + r")\s", re.IGNORECASE)
# a participle and the person it acts on: "a move leaving her without a team"
_PARTICIPLE_ON_PERSON = re.compile(r"\b[a-z]{2,}ing\s+(?:him|her|them|me|us)\b")


def thing_the_holder_acted_on(role: str) -> bool:
    """Whether the role is a thing described by what someone did to it: "the television network
    he later sold" (the parse hung a network's appositive on the person). A clause with a
    subject pronoun inside the words says whose act it was, so they describe no holder; so does
    a participle acting on a person ("a decision leaving him without a seat", of "Roe told the
    board, a decision leaving him ..."): the words tell what a thing did to someone, no post."""
    return _SUBJECT_PRONOUN.search(f" {role} ") is not None and not role.lower().startswith(("he ", "she ")) \
        or _PARTICIPLE_ON_PERSON.search(role) is not None


def a_figure(role: str) -> bool:
    """A figure or a date, not a role ("51.3 to 43.5 percent", "August 16, 2008"): digits and
    no noun of a person."""
    return bool(_FIGURE.search(role)) and ("percent" in role.lower() or "%" in role or not has_role_noun(role))


def after_pronoun_relation(role: str) -> str:
    """What a role says past a relation told by a pronoun: "his wife and the current chair of
    the party" is "current chair of the party"; "his father" alone says nothing."""
    if not pronoun_relation(role) or " and " not in role:
        return role
    rest = role.split(" and ", 1)[1].split()
    while rest and rest[0].lower() in ("the", "a", "an"):
        rest = rest[1:]
    return " ".join(rest)


def pronoun_relation(role: str) -> bool:
    """A relation told by a pronoun ("his father", "her spokesman"): whose is lost with the
    sentence, so the role says nothing true of the speaker on its own."""
    words = role.lower().split()
    return bool(words) and words[0] in _POSSESSIVE_PRONOUNS


def has_role_noun(role: str) -> bool:
    """Whether any word of the role is a noun of what a person is ("curator", "Prime Minister",
    "co-author") or is made like one ("economist", "spokeswoman"): "fame" and "head-to-head
    matchup" are not."""
    return any(_role_word(w) for w in role.replace("/", " ").split())


def _role_word(word: str, strict: bool = False) -> bool:
    """Whether a word is a noun of what a person is; ``strict`` leaves out the endings that
    adjectives share ("incumbent", "Canadian")."""
    w = without_possessive(word.lower().strip(".,;:()’'\""))
    if not w.isalpha() and "-" not in w or w in _TIME_WORDS:
        return False  # "former" ends like "reformer" but says only when a post was held
    singular = w[:-1] if w.endswith("s") and len(w) > 3 else w
    if w in ROLE_NOUNS or singular in ROLE_NOUNS or w.rstrip(".") in ROLE_NOUNS:
        return True
    parts = [p for p in w.split("-") if p]
    if len(parts) == 2:  # "director-general", "co-author"; "head-to-head" is no role
        return any(_role_word(p, strict) for p in parts)
    if len(parts) > 2:
        return False
    endings = _NOUN_ONLY_ENDINGS if strict else _DOER_ENDINGS
    return len(singular) > 4 and singular.endswith(endings) and not singular.endswith(_NOT_DOERS)


def prefix_of_another(role: str, roles: list[str]) -> bool:
    """Whether the role is only the first words of another of the same holder ("general" beside
    "general secretary of the RMT union"): a cut-off copy. Written alike: the title "Mayor" beside
"mayor of Springfield" is a title of its own."""
    return any(other.startswith(role + " ") for other in roles if other is not role)


_RANK_OR_TIME_WORDS = data.words("name_words.txt", "rank_or_time_words")


def tail_of_another(role: str, roles: list[str]) -> bool:
    """Whether a role of two words or more is only the last words of another of the same holder
    that opens with a name ("presidential nominee" beside "Unity Party presidential nominee"):
    the same post, the body or place that qualifies it dropped. A one-word title ("President"
    beside "Vice President") may be a post of its own, and a post beside its description in
    small letters ("Supreme Court Justice" beside "staunch liberal Supreme Court Justice") is
    the cleaner of the two: both stay. The words before are a name only when they open with a
    capital and none is one of ``[rank_or_time_words]``: the "Deputy Prime Minister" or "Former Prime Minister" is
    another post, or another time, than the "Prime Minister" beside it."""
    if len(role.split()) < 2:
        return one_word_tail_of_a_named_post(role, roles)
    tail = " " + role.lower()

    def named_before(other: str) -> bool:
        lead = other[:len(other) - len(tail)].split()
        return bool(lead) and lead[0][:1].isupper() and not rank_or_time_in(lead)

    return any(other.lower().endswith(tail) and named_before(other) for other in roles if other is not role)


def rank_or_time_in(lead: list[str]) -> bool:
    """Whether a word before a title is a rank's or a time's (``[rank_or_time_words]``: "Deputy",
    "Former"): the title then names another post, or another time, than the title alone."""
    return any(w.lower().strip(".-") in _RANK_OR_TIME_WORDS for w in lead)


def one_word_tail_of_a_named_post(role: str, roles: list[str]) -> bool:
    """Whether a one-word title is the last word of another role of the same holder whose words
    before it are a body's or a place's name: "Judge" beside "District Judge", "Director" beside
    "Zorbco Director", "Professor" beside "Emeritus Professor", "president" beside "ZYX
    president". The longer one is the post, told in full; the word alone is its cut copy. A
    title after a rank or time word ("President" beside "Vice President" or "Former President")
    names another post, or another time, and stays (``tail_of_another``'s test). Only a title
    word (``ROLE_NOUNS``) counts, and the longer role must hold at most three words, so that a
    description ("Zorb's longest-serving member and treasurer") is not read as a title."""
    if " " in role.strip() or not _role_word(role):
        return False
    tail = " " + role.lower().rstrip(".")

    def named_before(other: str) -> bool:
        lead = other[:len(other) - len(tail)].split()
        return bool(lead) and len(lead) <= 2 and all(w[:1].isupper() for w in lead) and not rank_or_time_in(lead)

    return any(other.lower().rstrip(".").endswith(tail) and named_before(other)
               for other in roles if other is not role)


def cut_off(role: str) -> bool:
    """Whether the role ends in a word that joins it to more ("researchers from the University
    of Washington and") or starts with one ("to impeach President"): the parse cut it out of
    the words that complete it."""
    words = role.split()
    return bool(words) and (words[-1].lower() in _JOINING or words[0].lower() in _JOINING - {"the", "a", "an"})


def without_whose_clause(role: str) -> str:
    """The role without a clause about someone else ("nominee of the Unity Party, whose running
    mate Jane Roe" is "nominee of the Unity Party"): what follows "whose" is another's."""
    cut = re.search(r",?\s+whose\s", role)
    return role[:cut.start()].rstrip(" ,") if cut else role


# a relative clause about the holder ("pollster who advised ...", "insider who's on the slate"),
# its pronoun lowercase: "WHO" is the World Health Organization ("official at the WHO office")
_WHO_CLAUSE = re.compile(r",?\s+(?:who|whom|who['’]s|who['’]d)\s")
# a body's description told by a clause ("head of Zedco, a group that works to ..."), its
# pronoun lowercase likewise
_BODY_CLAUSE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?-i:that|which|who)\s", re.IGNORECASE)


def without_relative_clause(role: str) -> str:
    """The role without a relative clause that tells what its holder did or does ("Zorbian
    pollster who advised the 2008 campaign" is "Zorbian pollster"; "veteran party insider who's
    on the delegate slate" is "veteran party insider"), nor the description of the role's body
    told by one ("head of the Zorb Fund, a group that works to elect ..." is "head of the Zorb
    Fund"): the clause is a story about the holder or the body, not the post, and as a role it
    reads as a title. A role that is all clause ("who ran ...") is left to the other rules. The
    pronoun must be lowercase: "head of the WHO's Europe office" names the World Health
    Organization, no clause."""
    cuts = [m.start() for m in (_WHO_CLAUSE.search(role), _BODY_CLAUSE.search(role)) if m and m.start() > 0]
    return role[:min(cuts)].rstrip(" ,") if cuts else role


def courtesy_title_alone(role: str) -> bool:
    """Whether the role is only a courtesy title ("Dr.", "Mrs", ``[courtesy_titles]``): how the
    article addresses the speaker, no post or trade of theirs; written as a role it reads as one
    ("Dr." says neither physician nor professor). A post held beside it stays a role of its own
    ("archaeologist Dr." is the archaeologist, ``split_run_together``)."""
    return role.lower().strip().rstrip(".") in _COURTESY_TITLES


# adverbs of a guess: the words after them are the writer's judgement ("perhaps the likeliest pick")
_HEDGES = data.words("name_words.txt", "hedge_adverbs")


def hedged(role: str) -> bool:
    """Whether the role opens with an adverb of a guess ("perhaps the most likely pick",
    "arguably the best player"): the writer's judgement of the holder, no post or trade of theirs;
    written as a role, it reads as one."""
    words = role.split()
    return len(words) >= 2 and words[0].lower() in _HEDGES


def a_list_of_names(role: str) -> bool:
    """Whether the role is a list of names ("Lu Bando, Ama Koh and Tim Rask", after the holder's
    name in a list the parse read as an appositive): other people, no post. Every item is
    capitalised words with no word of a post in the lists (``ROLE_NOUNS``): "Chairman and Chief
    Executive" is a post's words."""
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", role) if i.strip()]
    if len(items) < 2:
        return False
    for item in items:
        words = item.split()
        if not words or not all(w[:1].isupper() for w in words) \
                or any(w.lower().strip(".,") in ROLE_NOUNS for w in words):
            return False
    return True


def a_person_s_name(role: str, people: frozenset[str]) -> bool:
    """Whether the role is only the surname of a person the article names in full (``people``,
    lowercased): "Roe" given as the role of "Jo Doe" when the article says Doe performed under
    another name, the tagger having joined the two names; a name is no post. A word of the role
    lists ("Judge", "Mason" as a trade) is left."""
    words = role.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() in people \
        and words[0].lower() not in ROLE_NOUNS


def headed_by_a_thing(role: str) -> bool:
    """Whether a person's role ends in a noun of a thing, with nothing after that noun that could
    be its complement ("Jo Roe, keeper of the mill, said a ten-inch (quarter-metre) iron key,
    the only one left, opened the gate" read with "ten-inch (quarter-metre) iron key" as a
    second appositive of Roe's): the parse took the next clause's
    subject for a second appositive of the holder. The last word of a role with no complement is
    its head, and a word in small letters that is no noun of a person (``has_role_noun``) is none
    of a person's posts; bracketed words aside."""
    words = re.sub(r"\([^)]*\)", " ", role).replace(",", " , ").split()
    if not words or any(w.lower() in _AFTER_HEAD for w in words[1:]):
        return False
    last = words[-1].strip(".;:\"'’")
    return last.isalpha() and last.islower() and not _role_word(last)


# a name before the role it holds, set off by a comma: "Lord Zed, the Lord President of the court"
_NAME_BEFORE_ROLE = re.compile(r"^((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*),\s+(?:the|an?)\s+(?=\S)")


def after_another_name(role: str) -> str:
    """The role without another name of its holder set off before it: "Colin Roe, Lord Zed, the
    Lord President of the court" has the parse take "Lord Zed, the Lord President of the court"
    for Roe's appositive, and the role is "Lord President of the court". Only when the words
    before the comma are all capitalised, the last of them no noun of a post (a name's last
    word) and none a body's kind: "Prime Minister, the party's leader" is two posts, left to
    ``list_of_posts``, and "Zorb Bank, the lender" a body and what it is."""
    m = _NAME_BEFORE_ROLE.match(role)
    if m is None or _role_word(m.group(1).split()[-1]) or not has_role_noun(role[m.end():]) \
            or any(w.lower() in BODY_HEADS | ORG_NOUNS for w in m.group(1).split()):
        return role
    return role[m.end():]


def party_membership(role: str) -> bool:
    """Whether the role only says which party the holder belongs to ("Republican", "a Democrat",
    "Republican of South Carolina", the state told after it): a membership, which is the
    speaker's affiliation, no post; kept as a role it would read as a title."""
    words = re.sub(r"^(?:an?|the)\s+", "", role.strip(), flags=re.IGNORECASE).split()
    if " of " in f" {' '.join(words)} ":
        cut = words.index("of")
        place = words[cut + 1:]
        if not place or not all(w[:1].isupper() for w in place):
            return False
        words = words[:cut]
    party = " ".join(words).lower()
    return len(words) == 1 and (party in PARTIES or party in QUALIFIER_SYNONYMS)


def clean_affiliation(name: str, aliases: list[str], affiliation: str | None, type_: str = "PERSON",
                      roles: tuple[str, ...] | list[str] = (), people: frozenset[str] = frozenset()) -> str | None:
    """The affiliation written as a name, without a leading "the" ("the United States"), and
    none when it is only the entity's own name (a site "affiliated" with itself), a person's
    name (``person_as_affiliation``) or a place that only locates the body a role names
    (``place_beside_a_named_body``)."""
    if not affiliation:
        return None
    text = re.sub(r"^[Tt]he\s+", "", affiliation.strip()).rstrip("'’")  # "the United States'" of a possessive
    own = {n.lower() for n in [name, *aliases] if n}
    if not text or text.lower() in own or person_as_affiliation(text, name, type_, people) \
            or place_beside_a_named_body(text, roles) or only_of_past_posts(text, roles) or a_stance(text) \
            or type_ == "PERSON" and of_past_posts_alone(text, roles) \
            or type_ == "PERSON" and place_the_holder_is_in(text, [name, *roles]) \
            or type_ == "PERSON" and place_the_holder_is_based_in(text, roles) \
            or type_ == "ORG" and place_inside_own_name(text, name):
        return None
    return text


# prepositions after a post's head that lead to the body it is held in ("director of", "professor at")
_BODY_LINKS = frozenset({"of", "at", "for", "with"})
# words anywhere in a role that say its post is no longer or not yet held ("retired professor",
# "then-director", "the Zorb Institute's former director")
_NOT_NOW = re.compile(r"\b(?:retired|late|then-|outgoing|emeritus|former|formerly|ex-|onetime|one-time|past"
                      r"|erstwhile|previous|previously|incoming|future|designate|-designate)", re.IGNORECASE)
# a body's part named by its place, whose post is one in the body ("the Dorset chapter of")
_BRANCH_WORDS = frozenset({"chapter", "branch", "office", "division"})
# a year in a role, not after "since": a post held over a closed span ("director of the Zorb
# Institute from 2001 to 2009", "a Zorbcorp employee until 2018") is held no more
_YEAR = re.compile(r"(?<!since )\b(?:1[89]|20)\d\d\b", re.IGNORECASE)


# words after a post that close the span it was held over ("chairman until last year",
# "treasurer between the mergers", "chief executive before the takeover")
_ENDED = re.compile(r"\b(?:until|till|between|before)\b", re.IGNORECASE)


def post_not_held_now(phrase: str) -> bool:
    """Whether the words written with a post, before and after it, say it is not held now:
    past ("former", "erstwhile", "retired", "late", "onetime", "chairman until last year",
    "chief executive from 2010 to 2018": a year not after "since") or not yet held ("incoming",
    "designate"). The body the post is held in is then no affiliation of the holder's."""
    return past_role(phrase) or unheld_post(phrase) or bool(_NOT_NOW.search(phrase) or _YEAR.search(phrase)
                                                           or _ENDED.search(phrase))


def body_a_role_names(roles: tuple[str, ...] | list[str], bodies: frozenset[str]) -> str | None:
    """The body a post is held in, as a role names it: "executive director of the Zorb Retail
    Association", "professor of history at Eastland College", "Zorb Institute spokesman",
    "Zorbcorp's chief economist", "Zorb Institute professor of history". The role's head is a post
    held inside a body (``BODY_POSTS``: a director, a professor, a member, not a critic or a
    graduate), the body is one the article tags as an organization (``bodies``, the article's
    organization names, "the" and "'s" cut), and it stands right after "of", "at", "for" or
    "with" (with nothing between the head and it that makes it a topic: "expert on", "adviser
    to") or opens the role. A past or unheld post
    ("former director of ...") gives none: the holder belongs there no more. That body is the
    holder's affiliation; the article's words, not a place where the body stands, name it."""
    for role in roles:
        if past_role(role) or unheld_post(role) or _NOT_NOW.search(role) or _YEAR.search(role):
            continue
        words = hyphens_closed(role).replace(",", " , ").split()
        lowered = [w.lower() for w in words]
        cut = next((n for n, w in enumerate(lowered) if n and w in _AFTER_HEAD), len(words))
        head = without_possessive(lowered[cut - 1]) if cut else ""
        if cut < len(words) and lowered[cut] == "and" and _body_post(head):
            # "treasurer and chief officer at the Zorb Institute": the link after the second post
            second = next((n for n in range(cut + 1, min(cut + 4, len(words)))
                           if lowered[n] in _AFTER_HEAD), len(words))
            if all(w.isalpha() and w.islower() for w in lowered[cut + 1:second]) and second > cut + 1:
                cut, head = second, lowered[second - 1]
        if _body_post(head):
            # "Zorb Institute professor of history": the body opens the role, a field follows
            found = _body_after_link(words, cut, bodies) or (_body_opening(words[:cut - 1], bodies)
                                                             if 1 < cut < len(words) else None)
            if found:
                return found
        if _body_post(lowered[-1]) if words else False:
            found = _body_opening(words[:-1], bodies)
            if found:
                return found
    return None


# an office, a few words before it at most, "of" and a capitalised name: "First Minister of Scotland"
_OFFICE_OF_A_COUNTRY = re.compile(r"(?:the\s+)?(?:[\w.-]+\s+){0,3}?([\w.-]+)\s+of\s+(?:the\s+)?"
                                  r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")


def country_a_role_names(roles: tuple[str, ...] | list[str]) -> str | None:
    """The country an office is held in, as a role names it after "of": "President of Ukraine",
    "First Minister of Scotland", "the ambassador of Japan". The office is one a country has
    (``COUNTRY_OFFICES``) and it is the word right before "of"; the words after it, "the" aside,
    are a country's name and nothing more ("President of the Zorbia Football Association" names
    a body, left to ``body_a_role_names``). A past or unheld office ("former President of
    Ukraine") gives none, and two roles naming two countries give none: the holder's country is
    then not plain."""
    found = set()
    for role in roles:
        if past_role(role) or unheld_post(role) or _NOT_NOW.search(role) or _YEAR.search(role):
            continue
        match = _OFFICE_OF_A_COUNTRY.fullmatch(role.strip())
        if match and match.group(1).lower() in COUNTRY_OFFICES and match.group(2).lower() in COUNTRY_WORDS \
                and not opened_by_a_body(role.strip()[:match.start(1)]):
            found.add(match.group(2))
    return found.pop() if len(found) == 1 else None


# capitalised words that may open an office's title ("Deputy Prime Minister", "Foreign Minister")
_TITLE_OPENERS = _RANK_OR_TIME_WORDS | TITLE_MODIFIERS | COUNTRY_OFFICES


def opened_by_a_body(lead: str) -> bool:
    """Whether the words before an office in a role hold a body's name or some other capitalised
    word that is no part of a title: "UNICEF Representative of Ruritania", "Zorbcorp Ambassador
    of Japan". The office is then the body's, held in that country, and the holder works for the
    body, not the country; "Deputy Prime Minister of ..." opens with title words alone."""
    for word in lead.split():
        word = word.strip(".,-")
        if word[:1].isupper() and (word.isupper() and len(word) > 1 or word.lower() not in _TITLE_OPENERS
                                   and word.lower() not in ROLE_NOUNS):
            return True
    return False


def _body_post(word: str) -> bool:
    """Whether a role's head word is a post held inside a body (``BODY_POSTS``, or a scientist's
    "-ologist", "-icist")."""
    return word in BODY_POSTS or len(word) > 7 and word.endswith(("ologist", "icist"))


def hyphens_closed(text: str) -> str:
    """A role's text with the spaces the parse's tokens left around a hyphen or a dash closed
    ("Council on American - Islamic Relations"), as the article writes the name."""
    return re.sub(r"\s+([-–—])\s+", r"\1", text)


def _body_name(words: list[str], bodies: frozenset[str]) -> str | None:
    """The longest run of words at the start of ``words`` that is one of the article's
    organization names, when it ends a name there (no capitalised word, no "'s" right after)."""
    for n in range(len(words), 0, -1):
        text = " ".join(words[:n])
        if text in bodies:
            following = words[n] if n < len(words) else ""
            after = words[n + 1] if n + 1 < len(words) else ""
            if following[:1].isupper() or following in ("'s", "’s") \
                    or following in ("and", "&") and after[:1].isupper():
                return None  # "the Institute of Allergy and Infectious Diseases": a longer name cut
            return text
    return None


def _body_after_link(words: list[str], cut: int, bodies: frozenset[str]) -> str | None:
    """The organization right after the "of", "at", "for" or "with" that follows a role's head
    ("director of the Zorb Institute"). Only that first link, and only when the body follows it
    at once ("the" aside), or after "at" beyond the field of an "of" ("professor of history at
    Eastland College"): a body further on belongs to another noun ("a spokeswoman for the
    union at Acme", "investigator of the inquiry into fraud at Zorbank", "an engineer with twenty
    years of experience at Zorbcorp")."""
    if cut >= len(words) or words[cut].lower() not in _BODY_LINKS:
        return None
    rest = words[cut + 1:]
    if words[cut].lower() == "of" and len(rest) > 2:
        # "professor of history at Eastland College": a field of one or two plain words, then "at"
        field = next((n for n in (1, 2) if n < len(rest) and rest[n].lower() == "at"
                      and all(w.isalpha() and w.islower() and w != "the" for w in rest[:n])), None)
        if field is not None:
            rest = rest[field + 1:]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    # "director of the Dorset chapter of the Zorb Association": a branch of the body is the body
    branch = next((n for n in (1, 2) if n + 1 < len(rest) and rest[n].lower() in _BRANCH_WORDS
                   and rest[n + 1].lower() == "of" and all(w[:1].isupper() for w in rest[:n])), None)
    if branch is not None:
        rest = rest[branch + 2:]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    return _body_name(rest, bodies)


def _body_opening(words: list[str], bodies: frozenset[str]) -> str | None:
    """The organization that opens a role before its head ("Zorb Institute spokesman",
    "Zorbcorp's chief economist"), with at most two lowercase words between them."""
    if words and words[0].lower() == "the":
        words = words[1:]
    for n in range(len(words), 0, -1):
        text = " ".join(words[:n])
        name = without_possessive(text)
        rest = words[n:]
        if name in bodies and len(rest) <= 2 and all(w.islower() for w in rest):
            return name
    return None


def a_named_body(text: str) -> str | None:
    """An organization's name fit to be an affiliation: an unclosed bracket cut ("World Zorb
    Organization (WZO" of the tagger's span), and none when the name is made only of words that
    say what the body is ("Senate", "State" of "Secretary of State", "Ministry of Defence"): such a
    name has a bearer in every country and tells no reader which body it is."""
    text = text.strip()
    if text.count("(") > text.count(")"):
        text = text[:text.rfind("(")].strip()
    words = [w.lower() for w in re.findall(r"[\w'’.-]+", text)]
    if not words or all(w in GENERIC_BODY_WORDS or w in ("of", "the", "and", "for", "on") for w in words):
        return None
    return text


def place_inside_own_name(affiliation: str, name: str) -> bool:
    """Whether a body's affiliation is a word of its own name after "of" ("Levant" of "Islamic
    State of Zorbia and the Levant", "Zorbia" of "Bank of Zorbia"): the name already says where
    the body is from, and a place inside it is no body it belongs to."""
    lowered, words = name.lower(), affiliation.lower().split()
    cut = lowered.find(" of ")
    if cut < 0 or not words:
        return False
    if lowered[:cut].removeprefix("the ").strip() == "government":
        return False  # "Government of Zorbia" is Zorbia's own, as "the Zorbian government" keeps "Zorbian"
    after = lowered[cut + 4:].replace(",", " ").split()
    return any(after[k:k + len(words)] == words for k in range(len(after)))


def a_stance(affiliation: str) -> bool:
    """Whether the affiliation is a side taken, no body: "pro-Zorbia", "anti-war" say what the
    speaker is for or against, not what they belong to."""
    return affiliation.lower().startswith(("pro-", "anti-"))


def only_of_past_posts(affiliation: str, roles: tuple[str, ...] | list[str]) -> bool:
    """Whether every role that names the affiliation is a past post ("New York City" of "former
    Mayor of New York City"): the speaker belongs there no more. A country is left: it is still
    the holder's."""
    if affiliation.lower() in COUNTRY_WORDS:
        return False  # a country stays the holder's when the post is over ("former president of Zimbabwe")
    naming = [r for r in roles if affiliation.lower() in r.lower()]
    return bool(naming) and all(past_role(r) for r in naming)


def of_past_posts_alone(affiliation: str, roles: tuple[str, ...] | list[str]) -> bool:
    """Whether the holder's every role is a past post ("former governor", of "former Zorbia
    governor X"), so that a place or body written with it is where they served, no longer theirs:
    the post's place ("Zorbia") is then no affiliation. A party stays (a former governor is
    still a Democrat), and so does a country, as ``only_of_past_posts`` keeps it, and a body by its
    kind word or its acronym ("of the Zorb Institute, a former ambassador": where they are now).
    With no role, or one role held now, the affiliation may be the present post's and stays.
    Issue 13, r24-roles and its review fix."""
    joined = with_time_words_joined(list(roles))
    if not joined or not all(past_role(r) for r in joined):
        return False
    words = [w.lower().strip(".,") for w in affiliation.split()]
    if any(w in PARTIES or w in QUALIFIER_SYNONYMS or w == "party" for w in words):
        return False
    if any(w in BODY_HEADS for w in words) or affiliation.isupper():
        return False  # "Jo Roe of the Brookings Institution, a former ambassador": a body they are with now
    return affiliation.lower() not in KNOWN_COUNTRY_WORDS and affiliation.lower().replace(".", "") \
        not in KNOWN_COUNTRY_WORDS  # "U.S." is "us"


# words of a side of a place, between "in" and its name ("in northern Zorbia")
_PLACE_SIDES = data.words("name_words.txt", "place_side_words")
_PLACE_SIDES_PATTERN = "|".join(sorted(_PLACE_SIDES))  # joined once for ``place_the_holder_is_in``


# words of a place's own government ("council member in Zorbtown" sits in Zorbtown's)
_PLACE_GOVERNMENT_WORDS = data.words("name_words.txt", "place_government_words")


def place_the_holder_is_in(affiliation: str, phrases: list[str]) -> bool:
    """Whether the affiliation is only the place a role or a description puts its holder in,
    written right after "in" ("military spokesman in Zorbtown", "a reporter for Zorb News in
    Eastland", "professor at Zorb College in Zorbtown", "union member in northern Eastshire"):
    where the holder works or lives, not the body they belong to, which goes by another name or
    none. A body after "in" is written with "the" ("counsel in the Zorb Center") and has a
    body's kind word or is an acronym; such a name is left, as is a party ("leader in Republican
    polls"), a country, a place whose own government the post sits in ("city council member in
    Zorbtown", ``[place_government_words]``) and one any phrase writes otherwise too ("Zorbtown
    mayor", "in Zorbia's army")."""
    if not _plain_place(affiliation):
        return False  # a country stays the holder's ("an MP in Zorbia")
    name = re.escape(affiliation)
    # not an owner: "an official in Zorbia's foreign ministry" is of Zorbia's body
    after_in = re.compile(rf"\bin\s+(?:(?:{_PLACE_SIDES_PATTERN})\s+)?{name}(?!\w|['’]s\b)")
    naming = _phrases_naming(affiliation, phrases)
    if any(w.lower().strip(".,") in _PLACE_GOVERNMENT_WORDS for p in naming for w in p.split()):
        return False  # "council member in Zorbtown": a seat in the place's own government
    return _named_only_so(affiliation, naming, after_in)


def _plain_place(affiliation: str) -> bool:
    """Whether an affiliation may be a plain place: no body's kind word, party or qualifier in it,
    no acronym, no country ("an MP in Zorbia" is Zorbia's)."""
    words = [w.lower().strip(".,") for w in affiliation.split()]
    return bool(words) and not any(w in BODY_HEADS or w in PARTIES or w in QUALIFIER_SYNONYMS for w in words) \
        and not affiliation.isupper() and affiliation.lower() not in KNOWN_COUNTRY_WORDS


def _phrases_naming(affiliation: str, phrases: Iterable[str]) -> list[str]:
    """The phrases that write the affiliation as a word of its own."""
    return [p for p in phrases if p and _written(affiliation).search(p)]


def _named_only_so(affiliation: str, naming: list[str], form: re.Pattern[str]) -> bool:
    """Whether some phrase names the affiliation and every one names it only in ``form`` ("in
    Zorbtown", "Zorbtown-based"), never otherwise ("Zorbtown mayor")."""
    anywhere = _written(affiliation)
    return bool(naming) and all(len(anywhere.findall(p)) == len(form.findall(p)) for p in naming)


def _written(affiliation: str) -> re.Pattern[str]:
    """The affiliation written as a word of its own."""
    return re.compile(rf"(?<!\w){re.escape(affiliation)}(?!\w)")


def place_the_holder_is_based_in(affiliation: str, roles: tuple[str, ...] | list[str]) -> bool:
    """Whether the affiliation is only the place a role says its holder is based in, written
    right before "-based" ("Doverton-based pollster", "a Doverton, Ruri.-based analyst at
    Zorbcorp"): where the holder works, not the body they belong to. Every role that names the
    place must name it so; a country stays the holder's, as ``place_the_holder_is_in`` keeps it
    ("a Zorbia-based envoy"), and so does a body by its kind word or an acronym ("a Zorb
    Institute-based fellow"), a party ("a Republican-based group") and a place any role writes
    otherwise too ("Doverton mayor and Doverton-based author"); a US state or an ISO state or
    province is more often the post's own ("a Texas-based governor") and stays (review). Issue 13,
    r27-types."""
    if state_or_province(affiliation):
        return False  # "Texas Gov. Jo Roe, a Texas-based rancher", "a Texas-based governor" (review)
    if not _plain_place(affiliation) or affiliation.lower().replace(".", "") in KNOWN_COUNTRY_WORDS:
        return False
    name = re.escape(affiliation)
    based = re.compile(rf"(?<!\w){name}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*-\s*based\b")
    return _named_only_so(affiliation, _phrases_naming(affiliation, roles), based)


def us_state(place: str) -> bool:
    """Whether a place is a US state by its name or usual abbreviation ("Illinois", "Ill.")."""
    lower = place.lower()
    return lower in iso_places.us_states() or lower in STATE_ABBREVIATIONS or lower + "." in STATE_ABBREVIATIONS


def state_or_province(place: str) -> bool:
    """Whether a place is a US state or a state or province ISO lists: more often a post's own
    place than a workplace."""
    return us_state(place) or iso_places.subdivision(place)


def person_as_affiliation(affiliation: str, name: str, type_: str, people: frozenset[str]) -> bool:
    """Whether the affiliation is a person's name, no body: a word of the speaker's own name
    ("Jane" for Jane Paris, the tagger having read "Paris" as a place; a description's words,
    "Zedco spokesperson", may name its body) or the surname of a
    person the article names (``people``, lowercased): "Roe" of "Roe and Doe's mother" or of
    "Roe's government office" is someone, not what the speaker belongs to."""
    words = without_possessive(affiliation.lower()).split()
    if not words:
        return False
    if type_ == "PERSON" and all(w[:1].isupper() for w in name.split()) \
            and " ".join(words) in name.lower().split():
        return True
    return len(words) == 1 and words[0] in people


def office_of_a_person(role: str) -> bool:
    """Whether a role is a person's office or title ("former Vice President of Ruritania",
    "Minister"), headed by one, not a body's kind ("space agency"): a body given one holds
    another's words, since a body has no such office."""
    words = role.replace(",", " , ").split()
    cut = next((n for n, w in enumerate(words) if n and w.lower() in _AFTER_HEAD), len(words))
    head = words[cut - 1].lower().strip(".;:()\"'’") if cut else ""
    return head in ROLE_WORDS or head in NAME_TITLES


def place_beside_a_named_body(affiliation: str, roles: tuple[str, ...] | list[str]) -> bool:
    """Whether the affiliation is a place a role only locates the body it names by: "Dallas"
    of "director of the Dallas chapter of the Council of Zorbian Affairs", "Fayetteville" of
    "curator at the University of Arkansas, Fayetteville". The body names the speaker's tie, the
    place where it stands does not; a place inside the body's name ("Ruritanian State Police")
    or a role naming no body ("mayor of London") leaves it."""
    for role in roles:
        if not re.search(rf"(?<!\w){re.escape(affiliation)}(?!\w)", role):
            continue
        bodies = [b for b in _capitalised_runs(role) if any(w.lower() in BODY_HEADS for w in b.split())]
        if bodies and not any(affiliation in b for b in bodies):
            return True
    return False


def _capitalised_runs(text: str) -> list[str]:
    """The runs of capitalised words in a role, small linking words inside them kept ("Council
    on American - Islamic Relations"); a comma ends a run."""
    runs: list[list[str]] = []
    current: list[str] = []
    for word in text.replace(",", " , ").split():
        if word[:1].isupper():
            current.append(word)
        elif current and word in ("of", "on", "for", "and", "the", "-", "&"):
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    out = []
    for run in runs:
        while run and not run[-1][:1].isupper():
            run = run[:-1]
        if run:
            out.append(" ".join(run))
    return out


def plural_head(role: str) -> bool:
    """Whether the role's head is a plural noun of people ("researchers from the university",
    "local officials"): a group the holder may be one of, no title of the holder's own; the
    head stands before what qualifies it ("Secretary of State" is headed by "Secretary")."""
    words = role.replace(",", " , ").split()
    cut = next((n for n, w in enumerate(words) if n and w.lower() in _AFTER_HEAD), len(words))
    if not cut:
        return False
    head = words[cut - 1].strip(".;:()\"'’")
    low = head.lower()
    if not low.endswith("s") or low.endswith(_SINGULAR_S) or low in ROLE_NOUNS or not head.isalpha():
        return False
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return singular in ROLE_NOUNS or (low.endswith("es") and low[:-2] in ROLE_NOUNS) \
        or _role_word(singular, strict=True)

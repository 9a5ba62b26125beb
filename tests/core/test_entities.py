"""Entity post-processing on hand-made NER output: no spaCy needed."""

from __future__ import annotations

import re
import time

import pytest

from core.names.attributes import person_attributes
from core.names.entities import DraftEntity, build_entities, clean_span, person_case
from core.names.given_names import is_given_name
from core.names.keys import normalise
from core.names.nlp import RawEntity
from core.reading.sentences import split_sentences


def _raw(text: str, *labelled: tuple[str, str, int]) -> list[RawEntity]:
    """(surface, label, occurrence) → RawEntity at that occurrence of the surface."""
    found = []
    for surface, label, nth in labelled:
        starts = [m.start() for m in re.finditer(re.escape(surface), text)]
        found.append(RawEntity(starts[nth], starts[nth] + len(surface), label))
    return found


def _run(text: str, *labelled: tuple[str, str, int], **kwargs: object) -> list[DraftEntity]:
    allowed = kwargs.pop("allowed", [(0, len(text))])
    return build_entities(
        text,
        _raw(text, *labelled),
        sentences=split_sentences(text),
        allowed=allowed,  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )


def _by_name(entities: list[DraftEntity]) -> dict[str, DraftEntity]:
    return {e.name: e for e in entities}


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a given name before "et" shares the full name's surname
        ("Jean-Loup et Maëlle Kerbrat ont défilé.",
         (("Jean-Loup", "MISC", 0), ("Maëlle Kerbrat", "PER", 0)),
         {"Jean-Loup Kerbrat", "Maëlle Kerbrat"}),
        ("Jean-Loup et Maëlle Kerbrat ont défilé. Jean-Loup Kerbrat a parlé.",
         (("Jean-Loup", "MISC", 0), ("Maëlle Kerbrat", "PER", 0), ("Jean-Loup Kerbrat", "PER", 0)),
         {"Jean-Loup Kerbrat", "Maëlle Kerbrat"}),
        # not a place, nor a surname the text gives someone else
        ("Lorval et Maëlle Kerbrat ont signé.",
         (("Lorval", "LOC", 0), ("Maëlle Kerbrat", "PER", 0)), {"Maëlle Kerbrat"}),
        ("Yves Morvan perd. Entre Morvan et Maëlle Kerbrat, rien.",
         (("Yves Morvan", "PER", 0), ("Morvan", "PER", 1), ("Maëlle Kerbrat", "PER", 0)),
         {"Yves Morvan", "Maëlle Kerbrat"}),
        # a family told by its name, its members' given names between commas
        ("Les frères Kerbrat, Yann et Loïc, ont été arrêtés.",
         (("Kerbrat", "PER", 0), ("Yann", "PER", 0), ("Loïc", "LOC", 0)),
         {"Yann Kerbrat", "Loïc Kerbrat"}),
        ("Le couple Morvan, Paul, Anne et Léa, est venu.", (),
         {"Paul Morvan", "Anne Morvan", "Léa Morvan"}),
        ("LES FRÈRES KERBRAT, Yann et Loïc, sont partis.",
         (("FRÈRES", "MISC", 0), ("Loïc", "ORG", 0)), {"Yann Kerbrat", "Loïc Kerbrat"}),
    ],
)  # fmt: skip
def test_a_given_name_shares_the_surname_after_et(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


def test_a_surname_alone_the_model_missed_is_a_mention_of_the_person() -> None:
    text = (
        "Selon Lorant, rien. Le nageur Ilan Lorant a gagné. Lorant devance Yves Roc. "
        "Il vit à Lorant depuis 2010. Paul Lorant est venu."
    )
    people = _by_name(_run(text, ("Ilan Lorant", "PER", 0), ("Yves Roc", "PER", 0)))
    mentions = [(m.start, m.text) for m in people["Ilan Lorant"].mentions]
    # after the full name, not before it, not after a preposition of place, not in another name
    assert mentions == [
        (text.index("Ilan Lorant"), "Ilan Lorant"),
        (text.index("Lorant dev"), "Lorant"),
    ]


def test_a_small_letter_syllable_closes_a_given_name() -> None:
    text = "Le dirigeant Pak Sung-il a parlé. A-t-il menti ? Pak Sung-il a souri."
    (person,) = _run(text, ("Pak Sung", "PER", 0), ("Pak Sung", "PER", 1))
    assert (person.name, len(person.mentions)) == ("Pak Sung-il", 2)


def test_a_surname_initial_keeps_its_period() -> None:
    text = "Le tribunal a condamné Marc-Yves T., 45 ans, à un an de prison."
    (person,) = _run(text, ("Marc-Yves T.", "PER", 0))
    assert person.name == "Marc-Yves T."
    assert person_attributes(text, person.mentions).age == 45


def test_surname_and_full_name_are_one_person() -> None:
    text = "Jeanne Morel arrive. Morel sourit. Plus tard, Morel repart."
    entities = _run(text, ("Jeanne Morel", "PER", 0), ("Morel", "LOC", 1))
    (person,) = entities
    assert person.kind == "PER"
    assert person.name == "Jeanne Morel"
    assert set(person.aliases) == {"Jeanne Morel", "Morel"}
    # The third "Morel" was missed by NER and found by string match.
    assert [text[m.start : m.end] for m in person.mentions] == ["Jeanne Morel", "Morel", "Morel"]


def test_lone_first_name_joins_the_only_person_with_it() -> None:
    text = "Paul Girard parle. Ensuite Paul rit."
    (person,) = _run(text, ("Paul Girard", "PER", 0), ("Paul", "PER", 1))
    assert len(person.mentions) == 2


def test_first_name_shared_by_two_people_joins_the_nearest() -> None:
    text = "Paul Girard parle. Paul Martin répond. Paul rit. Paul Girard sourit. Paul part."
    raw = [("Paul Girard", "PER", 0), ("Paul Martin", "PER", 0), ("Paul", "PER", 2),
           ("Paul Girard", "PER", 1), ("Paul", "PER", 4)]  # fmt: skip
    names = _by_name(_run(text, *raw))
    assert set(names) == {"Paul Girard", "Paul Martin"}
    paul = [m.start() for m in re.finditer(r"Paul(?= rit| part)", text)]
    assert [m.start for m in names["Paul Martin"].mentions if m.text == "Paul"] == paul[:1]
    assert [m.start for m in names["Paul Girard"].mentions if m.text == "Paul"] == paul[1:]


@pytest.mark.parametrize(
    ("text", "raw", "people"),
    [
        # a word inside one full name, neither its first nor its last, is that person
        (
            "Le général Lebrac a parlé. Philippe Lebrac de Hautmont a signé.",
            (("Lebrac", "PER", 0), ("Philippe Lebrac de Hautmont", "PER", 0)),
            {("Philippe Lebrac de Hautmont", ("Lebrac", "Philippe Lebrac de Hautmont"))},
        ),
        # not a part of a hyphenated given name
        (
            "Jean-Pierre Vauclin est venu. Pierre est resté.",
            (("Jean-Pierre Vauclin", "PER", 0), ("Pierre", "PER", 0)),
            {("Jean-Pierre Vauclin", ("Jean-Pierre Vauclin",)), ("Pierre", ("Pierre",))},
        ),
    ],
)
def test_a_word_inside_a_full_name(
    text: str, raw: tuple[tuple[str, str, int], ...], people: set[tuple[str, tuple[str, ...]]]
) -> None:
    found = {(e.name, tuple(sorted(e.aliases))) for e in _run(text, *raw) if e.kind == "PER"}
    assert found == people


def test_initials_and_a_longer_form_are_the_same_person() -> None:
    text = "Lucía Ortega a gagné. J.-L. Martin et Lucía Ortega Díaz ont parlé avec Jean-Luc Martin."
    raw = [("Lucía Ortega", "PER", 0), ("J.-L. Martin", "PER", 0),
           ("Lucía Ortega Díaz", "PER", 0), ("Jean-Luc Martin", "PER", 0)]  # fmt: skip
    names = {e.name for e in _run(text, *raw)}
    assert names == {"Lucía Ortega Díaz", "Jean-Luc Martin"}


def test_initials_written_together_join_the_given_names() -> None:
    text = "Jean-Marie Gustave Le Moal a écrit. Il signe J.M.G. Le Moal, dit-on."
    raw = [("Jean-Marie Gustave Le Moal", "PER", 0), ("J.M.G. Le Moal", "PER", 0)]
    (person,) = _run(text, *raw)
    assert person.name == "Jean-Marie Gustave Le Moal"
    assert set(person.aliases) == {"Jean-Marie Gustave Le Moal", "J.M.G. Le Moal"}


def test_a_surname_of_a_shorter_form_joins_the_longer_name() -> None:
    text = "Lucía Ortega a gagné. Lucía Ortega Díaz a remercié. Ortega a promis. Díaz a souri."
    raw = [("Lucía Ortega", "PER", 0), ("Lucía Ortega Díaz", "PER", 0), ("Ortega", "LOC", 2),
           ("Díaz", "PER", 1)]  # fmt: skip
    (person,) = _run(text, *raw)
    assert person.name == "Lucía Ortega Díaz"
    assert set(person.aliases) == {"Lucía Ortega", "Lucía Ortega Díaz", "Ortega", "Díaz"}


def test_a_name_with_fewer_given_names_joins_the_full_one() -> None:
    text = "Julio Ramos Prado a gagné. Né en 1950, Julio César Ramos Prado écrit toujours."
    raw = [("Julio Ramos Prado", "PER", 0), ("Julio César Ramos Prado", "PER", 0)]
    (person,) = _run(text, *raw)
    assert person.name == "Julio César Ramos Prado"


@pytest.mark.parametrize(
    ("text", "surface", "label", "expected"),
    [
        ("Il habite rue Cadet depuis dix ans.", "Cadet", "PER", ("rue Cadet", "LOC")),
        # a head noun and its adjective
        (
            "Le feu a détruit l'école primaire Anne-Frank de Lorval.",
            "Anne-Frank",
            "PER",
            ("école primaire Anne-Frank", "ORG"),
        ),
        ("Il publie aux éditions Gallimard.", "Gallimard", "ORG", ("éditions Gallimard", "ORG")),
        ("Le juge suit l'affaire Dumont de près.", "Dumont", "PER", ("affaire Dumont", "MISC")),
        ("La Commission a rendu son avis.", "Commission", "PER", ("Commission", "ORG")),
        ("Le général Dupuis a parlé.", "général Dupuis", "PER", ("Dupuis", "PER")),
    ],
)  # fmt: skip
def test_heads_titles_and_institutions(
    text: str, surface: str, label: str, expected: tuple[str, str]
) -> None:
    (entity,) = _run(text, (surface, label, 0))
    assert (entity.name, entity.kind) == expected


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Les Lillois ont gagné.", "Lillois", "MISC"),
        ("Des Irakiens manifestent.", "Irakiens", "LOC"),
        ("L'Administration a refusé.", "Administration", "ORG"),
        ("Les États membres votent.", "États membres", "LOC"),
        ("Rappelons qu'il pleut.", "Rappelons qu'", "PER"),
    ],
)
def test_not_names(text: str, surface: str, label: str) -> None:
    assert _run(text, (surface, label, 0)) == []


def test_an_elision_after_a_name_is_not_part_of_it() -> None:
    text = "Selon Scott Brown n'a rien dit."
    (entity,) = _run(text, ("Scott Brown n'", "PER", 0))
    assert entity.name == "Scott Brown"


def test_role_cue_makes_an_organisation_despite_a_person_label() -> None:
    text = "Le PDG de Vantor, Luc Brun, a parlé. Vantor recrute."
    names = _by_name(_run(text, ("Vantor", "PER", 0), ("Vantor", "PER", 1), ("Luc Brun", "PER", 0)))
    assert names["Vantor"].kind == "ORG"
    assert names["Luc Brun"].kind == "PER"


def test_speech_verb_makes_a_person() -> None:
    text = "Durand a déclaré que tout allait bien. Durand est parti."
    (entity,) = _run(text, ("Durand", "LOC", 0), ("Durand", "ORG", 1))
    assert entity.kind == "PER"


def test_misc_votes_yield_to_organisation_evidence() -> None:
    text = "Les dirigeants de Nexora refusent. Nexora avance. Nexora gagne."
    (entity,) = _run(text, ("Nexora", "MISC", 0), ("Nexora", "MISC", 1), ("Nexora", "MISC", 2))
    assert entity.kind == "ORG"


def test_camel_case_name_is_not_a_person() -> None:
    text = "Il publie sur FriendNet chaque jour."
    (entity,) = _run(text, ("FriendNet", "PER", 0))
    assert entity.kind != "PER"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Point commun. On est au point mort.", "Point commun"),  # "point" is a common noun here
        ("Il voit la mer. Elle rit.", "la mer"),  # no capital letter
        ("Un homme. Jean part.", "homme. Jean"),  # crosses a sentence boundary
        ("Cependant il part.", "Cependant"),  # a sentence-initial common word
    ],
)
def test_junk_is_dropped(text: str, surface: str) -> None:
    assert _run(text, (surface, "LOC", 0), stop_words=frozenset({"cependant"})) == []


def test_nothing_comes_from_text_outside_the_allowed_regions() -> None:
    text = "Anne Roy part.\nAnne Roy part."
    cut = text.index("\n")
    entities = _run(text, ("Anne Roy", "PER", 0), ("Anne Roy", "PER", 1), allowed=[(0, cut)])
    (person,) = entities
    assert all(m.end <= cut for m in person.mentions)


def test_mentions_inside_dates_are_excluded() -> None:
    text = "Le 3 Mars, Mars brille."
    entities = _run(text, ("Mars", "PER", 0), ("Mars", "PER", 1), excluded=[(3, 9)])
    assert [(m.start, m.end) for e in entities for m in e.mentions] == [(11, 15)]


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("d'Orsay", "Orsay"),
        ("l’Europe", "Europe"),
        ("M. Jean Valjean", "Jean Valjean"),
        ("« Acme »", "Acme"),
        ("Acme's", "Acme"),
        ("Léa, 9 ans", "Léa"),
        ("Mes Karine Roy", "Karine Roy"),
    ],
)
def test_clean_span(surface: str, expected: str) -> None:
    candidate = clean_span(surface, RawEntity(0, len(surface), "PER"))
    assert candidate is not None
    assert candidate.text == expected
    assert surface[candidate.start : candidate.end] == expected


def test_english_labels_are_mapped_and_numbers_dropped() -> None:
    paris = clean_span("Paris", RawEntity(0, 5, "GPE"))
    assert paris is not None
    assert paris.label == "LOC"
    assert clean_span("2015", RawEntity(0, 4, "DATE")) is None


def test_normalise_folds_case_accents_and_apostrophes() -> None:
    assert normalise("Élodie  Dupré-Martin") == normalise("elodie dupre martin")
    assert normalise("L’Oréal") == normalise("L'Oreal")


def test_inverted_speech_verb_makes_a_person() -> None:
    text = "— Allons-y, répondit Gardel. Gardel partit vers Gardel."
    (entity,) = _run(text, ("Gardel", "LOC", 0), ("Gardel", "LOC", 1))
    assert entity.kind == "PER"


def test_leading_common_word_at_sentence_start_is_trimmed() -> None:
    text = "Pauvre Harbert ! Le pauvre garçon dormait."
    (entity,) = _run(text, ("Pauvre Harbert", "PER", 0))
    assert entity.name == "Harbert"


@pytest.mark.parametrize("surface", ["Oui", "Monsieur", "L'ingénieur"])
def test_dialogue_words_and_bare_titles_are_not_names(surface: str) -> None:
    text = f"— {surface}, dit-il. Puis rien."
    assert _run(text, (surface, "PER", 0), stop_words=frozenset({"oui"})) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Merci, Monsieur le Président. Nous votons.", "Président"),  # a role alone
        ("Pouvez-vous répondre ? Oui.", "Pouvez"),  # a verb with its pronoun
    ],
)
def test_roles_alone_and_inverted_verbs_are_not_names(text: str, surface: str) -> None:
    assert _run(text, (surface, "PER", 0)) == []


def _numbered_lines(n: int) -> float:
    """CPU seconds (best of three) to build the entities of ``n`` lines "Ligne N." where every
    other line's name was found by NER: thousands of names sharing one first word."""
    lines = [f"Ligne {i}." for i in range(n)]
    text = "\n".join(lines)
    raw, position = [], 0
    for i, line in enumerate(lines):
        if i % 2 == 0:
            raw.append(RawEntity(position, position + len(line) - 1, "MISC"))
        position += len(line) + 1
    sentences = split_sentences(text)
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        build_entities(text, raw, sentences=sentences, allowed=[(0, len(text))])
        best = min(best, time.process_time() - started)
    return best


def test_one_sense_per_text_grows_linearly_with_the_text() -> None:
    """Four times the lines take about four times as long (a quadratic scan took sixteen)."""
    small, large = _numbered_lines(1500), _numbered_lines(6000)
    assert large / small < 8, f"{small:.3f} s → {large:.3f} s"


def test_a_first_name_is_not_found_inside_a_compound_one() -> None:
    text = "Jean Valmont parle. Jean-Pierre Roux répond. Jean sourit."
    raw = [RawEntity(0, 12, "PER")]
    entities = build_entities(text, raw, sentences=split_sentences(text), allowed=[(0, len(text))])
    mentions = [m.text for e in entities for m in e.mentions]
    assert "Jean" not in [text[m.start : m.end] for e in entities for m in e.mentions
                          if m.start == text.index("Jean-Pierre")]  # fmt: skip
    assert mentions.count("Jean Valmont") == 1


def test_two_names_joined_by_a_verb_are_two_people() -> None:
    text = "Hier, Éric Halphen interroge Francis Poullain au palais."
    names = {e.name for e in _run(text, ("Éric Halphen interroge Francis Poullain", "PER", 0))}
    assert names == {"Éric Halphen", "Francis Poullain"}


def test_an_acronym_is_no_person() -> None:
    text = "Le RPR a voté. Le RPR a gagné."
    (entity,) = _run(text, ("RPR", "PER", 0), ("RPR", "PER", 1))
    assert entity.kind != "PER"


def test_a_capitalised_head_after_trimming_still_makes_an_affair() -> None:
    text = "Affaire Dumont\nLe juge Dumont enquête."
    names = {(e.name, e.kind) for e in _run(text, ("Dumont", "PER", 0))}
    assert ("Affaire Dumont", "MISC") in names


@pytest.mark.parametrize(
    ("text", "surface", "label", "expected"),
    [
        ("MM. Roy et Petit ont voté contre.", "Roy et Petit", "PER",
         {("Roy", "PER"), ("Petit", "PER")}),
        ("Photos Marc DURAND. Marc Durand expose.", "Photos Marc DURAND", "PER",
         {("Marc Durand", "PER")}),
        ("La SARL Dubois a fermé.", "SARL Dubois", "PER", {("SARL Dubois", "ORG")}),
        ("Les élèves de CM1 ont chanté.", "CM1", "ORG", set()),
        # a given name the model left out after "d'"; a place after a role's "d'" stays apart
        ("Le procès d'Anselm Vik Dahl s'ouvre.", "Vik Dahl", "PER",
         {("Anselm Vik Dahl", "PER")}),
        ("Le président d'Ostrie Ivo Brenn parle.", "Ivo Brenn", "PER", {("Ivo Brenn", "PER")}),
        # a role held in a place, read as a name: the place is the name
        ("Le Premier ministre d'Ostrie a parlé.", "Premier ministre d'Ostrie", "LOC",
         {("Ostrie", "LOC")}),
    ],
)  # fmt: skip
def test_local_news_names(
    text: str, surface: str, label: str, expected: set[tuple[str, str]]
) -> None:
    found = {(e.name, e.kind) for e in _run(text, (surface, label, 0))}
    assert expected <= found if expected else found == set()


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # missed by the model, found after a title that leaves no doubt
        ("Hier, le Dr Vasseur a opéré.", (), {("Vasseur", "PER")}),
        ("Il a écrit à la baronne Lemercier.", (), {("Lemercier", "PER")}),
        ("Merci à notre collègue Berthaud pour son travail.", (), {("Berthaud", "PER")}),
        ("Les fiches passaient par un nommé Garrigues.", (), {("Garrigues", "PER")}),
        # a scorer's minutes after the name, in a match report
        ("Les buts de Ferrandi (12e, 45e) et Lobato (67e, s.p.) suffisent.",
         (("Ferrandi", "MISC", 0), ("Lobato", "LOC", 0)),
         {("Ferrandi", "PER"), ("Lobato", "PER")}),
        ("La note monte (12e) en mai.", (), set()),
        # an institution's noun takes the adjective that says which one
        ("Le Conseil constitutionnel a tranché.", (("Conseil", "ORG", 0),),
         {("Conseil constitutionnel", "ORG")}),
        ("Le texte passe au Parlement européen mardi.", (("Parlement", "ORG", 0),),
         {("Parlement européen", "ORG")}),
        ("Le Conseil a tranché.", (("Conseil", "ORG", 0),), {("Conseil", "ORG")}),
        ("Le Conseil général des Vosges vote.", (("Conseil général des Vosges", "LOC", 0),),
         {("Conseil général des Vosges", "ORG")}),
        ("L'Office de tourisme, installé en ville, propose des visites.",
         (("Office de tourisme", "MISC", 0),), {("Office de tourisme", "ORG")}),
        # the model's span with its lower-case head: the head's kind ("lac Orvan" no person)
        ("Ils longent le lac Orvan puis le col de la Brenne.",
         (("lac Orvan", "PER", 0), ("col de la Brenne", "LOC", 0)),
         {("lac Orvan", "LOC"), ("col de la Brenne", "LOC")}),
        ("Il ouvre le festival Lorvastock.", (("festival Lorvastock", "MISC", 0),),
         {("festival Lorvastock", "MISC")}),
        ("Il gagne le 99e Tour de Lorvanie.", (("99e Tour de Lorvanie", "MISC", 0),),
         {("Tour de Lorvanie", "MISC")}),
        # an island told short beside its name with the head; a street keeps its person
        ("Ils voient l'île Orvan. Orvan est loin.", (("Orvan", "LOC", 0), ("Orvan", "ORG", 1)),
         {("île Orvan", "LOC"), ("Orvan", "LOC")}),
        # a club's name before its town is the club's
        ("Il signe au Real Lorvas et quitte le FC Brenne.",
         (("Real Lorvas", "LOC", 0), ("FC Brenne", "LOC", 0)),
         {("Real Lorvas", "ORG"), ("FC Brenne", "ORG")}),
        # a civility written out, before a name, not before "le Président"
        ("Madame Vasseur, vous avez raison.", (("Vasseur", "MISC", 0),), {("Vasseur", "PER")}),
        ("Monsieur Prodal, la Commission agit.", (("Prodal", "ORG", 0), ("Commission", "ORG", 0)),
         {("Prodal", "PER"), ("Commission", "ORG")}),
        ("Monsieur le Président, je vous remercie.", (), set()),
        # a sovereign's or a cleric's title in small letters; in capitals it starts a title
        ("Elle a salué le prince Orlan et l'émir Kasem.", (),
         {("Orlan", "PER"), ("Kasem", "PER")}),
        ("Il a revu Le Roi Orlan au cinéma.", (("Le Roi Orlan", "MISC", 0),),
         {("Le Roi Orlan", "MISC")}),
        # a rank with its article keeps the particle; a corps or an adjective does not
        ("Il remplace le général de Rivière au ministère.", (("Rivière", "MISC", 0),),
         {("de Rivière", "PER")}),
        ("Le directeur général de Valorex a parlé.", (("Valorex", "ORG", 0),),
         {("Valorex", "ORG")}),
        # a title with a qualifier between it and the name is still a title
        ("Le député socialiste Aldo Ferrant a gagné.", (("Aldo Ferrant", "MISC", 0),),
         {("Aldo Ferrant", "PER")}),
        ("Les juges Poncet et Maury instruisent.", (("Poncet", "MISC", 0),),
         {("Poncet", "PER"), ("Maury", "PER")}),
        # a party's member told by the party's name is no part of the person's name
        ("L'élu Vert Aldo Ferrant a voté contre.", (("Vert Aldo Ferrant", "PER", 0),),
         {("Aldo Ferrant", "PER")}),
        # a lone given name after kin and a possessive; every name of a list after a plural
        ("Il laisse son épouse Odile et ses enfants Marc, Léa et Hugo.", (),
         {("Odile", "PER"), ("Marc", "PER"), ("Léa", "PER"), ("Hugo", "PER")}),
        ("Sa petite sœur, Lina, est venue.", (("Lina", "LOC", 0),), {("Lina", "PER")}),
        ("MM. Roy, Petit et Leroy ont voté.", (), {("Roy", "PER"), ("Petit", "PER"),
                                                   ("Leroy", "PER")}),
        ("Il a vu sa femme Inès, Lyon était loin.", (), {("Inès", "PER")}),
        # a name given as one's own, or a given name said as such
        ("« Bonjour, je m'appelle Nayla », dit-elle.", (("Nayla", "LOC", 0),), {("Nayla", "PER")}),
        ("Une fillette prénommée Maëlle a disparu.", (), {("Maëlle", "PER")}),
        ("Le village s'appelle Brienne.", (("Brienne", "LOC", 0),), {("Brienne", "LOC")}),
        # an edition of an event after a determiner and an ordinal is no person, whatever the
        # model says; a compound given name before a surname is a person's
        ("Il gagne son septième Jean-Orsel et Jo-Wilfried Tavel perd.",
         (("Jean-Orsel", "PER", 0), ("Jo-Wilfried Tavel", "MISC", 0)),
         {("Jean-Orsel", "MISC"), ("Jo-Wilfried Tavel", "PER")}),
        ("She won her fifth Daniel Cup.", (("Daniel Cup", "PER", 0),), {("Daniel Cup", "MISC")}),
        # a leader's surname after what it names ("le régime X") is the leader, named once
        ("La répression du régime Orvad a fait des morts.", (("Orvad", "PER", 0),),
         {("Orvad", "PER")}),
        ("Le gouvernement Lestrem a chuté.", (("Lestrem", "LOC", 0),), {("Lestrem", "PER")}),
        # a caption's word opens a line; inside a sentence it is a name's word
        ("Il travaille au Crédit Lorvain depuis 2002.", (("Crédit Lorvain", "ORG", 0),),
         {("Crédit Lorvain", "ORG")}),
        # a town told short beside its full hyphenated name is that town
        ("Saint-Orvan-des-Prés fête ses vins. Le comité de Saint-Orvan se réunit.",
         (("Saint-Orvan-des-Prés", "LOC", 0), ("Saint-Orvan", "PER", 0)),
         {("Saint-Orvan-des-Prés", "LOC"), ("Saint-Orvan", "LOC")}),
    ],
)  # fmt: skip
def test_names_after_titles(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Curieusement, rien ne bouge.", "Curieusement", "LOC"),
        ("Natation\nLe club gagne.", "Natation", "ORG"),
        ("Météorologie\nIl pleut en mai.", "Météorologie", "LOC"),
        ("Il gagne. Prochain match : samedi.", "Prochain", "MISC"),
        ("Dernière minute : le match est reporté.", "Dernière", "MISC"),
        ("Secteur B\nLe secteur B paie. C'est la fin.", "Secteur B", "ORG"),  # "B" alone is no name
    ],
)
def test_headline_words_and_letters_are_not_names(text: str, surface: str, label: str) -> None:
    assert _run(text, (surface, label, 0)) == []


def test_a_headline_word_used_as_a_name_later_is_still_found() -> None:
    text = "Imagination\nLe journal Imagination a paru."
    (entity,) = _run(text, ("Imagination", "ORG", 0), ("Imagination", "ORG", 1))
    assert [text[m.start : m.end] for m in entity.mentions] == ["Imagination", "Imagination"]


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a street after its lower-case head, the model having seen nothing
        ("Le corps a été trouvé rue des Tilleuls mardi.", (), {("rue des Tilleuls", "LOC")}),
        ("Il habite avenue de la Grande Armée.", (("Grande Armée", "ORG", 0),),
         {("avenue de la Grande Armée", "LOC")}),
        # initials the model missed join the name written out, which names the person
        ("Selon J.-L. Martin, tout va bien. Jean-Luc Martin a signé.",
         (("Jean-Luc Martin", "PER", 0),), {("Jean-Luc Martin", "PER")}),
        # a signature on its own line: the caption word is no place
        ("Le club a gagné.\nPhotos Marc DURAND\n", (("Photos", "LOC", 0),),
         {("Marc Durand", "PER")}),
        ("Le club a gagné.\nTexte et photos : Sylvie LEBRUN\n", (("LEBRUN", "ORG", 0),),
         {("Sylvie Lebrun", "PER")}),
        ("Le club a gagné.\nDe notre correspondante Inès Marchal\n", (), {("Inès Marchal", "PER")}),
        ("Le club a gagné.\nPar Inès Marchal\n", (), {("Inès Marchal", "PER")}),
        # an agency after a slash: the name the model cut short is whole
        ("Le club a gagné.\nPhoto : Rosa Ibáñez Urquiza / AFP\n", (("Rosa Ibáñez", "PER", 0),),
         {("Rosa Ibáñez Urquiza", "PER")}),
    ],
)  # fmt: skip
def test_names_after_heads_initials_and_captions(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


def test_a_letter_ending_a_sentence_is_no_initial() -> None:
    text = "Il a racheté X. La société grandit."
    assert _run(text, stop_words=frozenset({"la", "il"})) == []


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # people by their place after a quantity are no names
        ("Des millions de Brésiliens et des milliers de Marocains votent.",
         (("Brésiliens", "LOC", 0), ("Marocains", "LOC", 0)), set()),
        # a work's title is no person, a newspaper an organisation
        ("Il a vu le film « Marius Bréval » hier.", (("Marius Bréval", "PER", 0),),
         {("Marius Bréval", "MISC")}),
        ("Selon le quotidien Berthier Soir, rien ne change.", (("Berthier Soir", "PER", 0),),
         {("Berthier Soir", "ORG")}),
        # a contract and an affair named by what and where are one name each
        ("Le contrat Orion est signé.", (("Orion", "LOC", 0),), {("contrat Orion", "MISC")}),
        ("L'affaire des faux tickets de Saint-Amand a éclaté.", (("Saint-Amand", "LOC", 0),),
         {("affaire des faux tickets de Saint-Amand", "MISC")}),
        ("L'affaire des écoutes a été révélée à Brienne.", (("Brienne", "LOC", 0),),
         {("Brienne", "LOC")}),
    ],
)  # fmt: skip
def test_demonyms_works_contracts_and_affairs(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


def test_a_regime_named_after_a_person_leaves_the_person() -> None:
    text = "Vaskov a parlé. Les adversaires du régime de Vaskov ont peur."
    names = {e.name for e in _run(text, ("Vaskov", "PER", 0), ("Vaskov", "PER", 1))}
    assert names == {"Vaskov"}


def test_a_role_held_somewhere_splits_the_place_from_the_person() -> None:
    text = "Le fondateur de Qwantix Paul Lemaire a parlé. Le maire de Val-Fleuri Jean Roux aussi."
    raw = [("Qwantix Paul Lemaire", "PER", 0), ("Val-Fleuri Jean Roux", "LOC", 0)]
    found = {(e.name, e.kind) for e in _run(text, *raw)}
    assert found == {("Qwantix", "ORG"), ("Paul Lemaire", "PER"), ("Val-Fleuri", "LOC"),
                     ("Jean Roux", "PER")}  # fmt: skip


def test_a_place_is_no_first_name_of_a_title() -> None:
    text = "Il a écrit Korvia Connection. Korvia a protesté. Des armes partent à Korvia."
    raw = [("Korvia Connection", "PER", 0), ("Korvia", "LOC", 1), ("Korvia", "LOC", 2)]
    names = {(e.name, e.kind) for e in _run(text, *raw)}
    assert ("Korvia", "LOC") in names


def test_a_first_name_the_model_saw_as_a_place_joins_the_full_name() -> None:
    # no mention written where a place goes ("à X", "en X"): a first name, not a place
    text = "Lucie Varenne a ouvert une boulangerie. Le frère de Lucie aide. Selon Lucie, tout va."
    raw = [("Lucie Varenne", "PER", 0), ("Lucie", "LOC", 1), ("Lucie", "LOC", 2)]
    (person,) = _run(text, *raw)
    assert (person.name, person.kind, len(person.mentions)) == ("Lucie Varenne", "PER", 3)


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Le livre porte le numéro ISBN 2020012345.", "ISBN", "ORG"),
        ("Voir la revue, No. 7, page 12.", "No. 7", "ORG"),
        ("Elle devient Première ministre en mai.", "Première ministre", "MISC"),
        ("Le Premier ministre grec a parlé.", "Premier ministre grec", "MISC"),
        ("Le Président sortant a parlé.", "Président sortant", "PER"),
        ("Trois autres Lillois sont arrivés.", "Lillois", "LOC"),
        # one person told by where they live, or by an age: no name
        ("Un Lillois de 30 ans a été interpellé.", "Lillois de 30 ans", "MISC"),
        ("Un jeune Vésulien a fui.", "Vésulien", "LOC"),
        ("Une Angevine a gagné.", "Angevine", "LOC"),
        ("Hier, un Belge de 30 ans a chuté.", "Belge", "LOC"),
        ("Hier, une Belge, 30 ans, a chuté.", "Belge", "LOC"),
    ],
)
def test_references_roles_and_inhabitants_are_not_names(
    text: str, surface: str, label: str
) -> None:
    assert _run(text, (surface, label, 0)) == []


def test_an_indefinite_article_alone_makes_no_inhabitant() -> None:
    text = "La Marine a envoyé un navire. Une Renault a percuté un arbre."
    found = {e.name for e in _run(text, ("Marine", "ORG", 0), ("Renault", "ORG", 0))}
    assert found == {"Marine", "Renault"}


def test_inhabitants_are_not_found_again_by_string_match() -> None:
    text = "Lillois a gagné. Les Lillois votent. Des Lillois chantent."
    names = {(e.name, len(e.mentions)) for e in _run(text, ("Lillois", "ORG", 0))}
    assert names == {("Lillois", 1)}


def test_an_affair_named_after_an_acronym_and_a_place() -> None:
    text = "L'affaire des SEM de Val-Fleuri a duré dix ans."
    found = {(e.name, e.kind) for e in _run(text, ("Val-Fleuri", "LOC", 0))}
    assert found == {("affaire des SEM de Val-Fleuri", "MISC")}


def test_chez_makes_a_company_of_one_word_not_of_a_full_name() -> None:
    text = "Il travaille chez Valorex. Les gendarmes sont venus chez Jean Roux."
    raw = [("Valorex", "PER", 0), ("Jean Roux", "PER", 0)]
    found = {(e.name, e.kind) for e in _run(text, *raw)}
    assert found == {("Valorex", "ORG"), ("Jean Roux", "PER")}


def test_a_surname_with_its_particle_joins_the_full_name() -> None:
    text = "Anne Le Guen parle. Puis Le Guen signe. Paul de Rivière rit. Le général de Rivière va."
    raw = [("Anne Le Guen", "PER", 0), ("Le Guen", "PER", 1), ("Paul de Rivière", "PER", 0)]
    found = {(e.name, len(e.mentions)) for e in _run(text, *raw)}
    assert found == {("Anne Le Guen", 2), ("Paul de Rivière", 2)}


def test_an_association_name_runs_through_et() -> None:
    text = "Le président de l'association des Amis du Moulin et de la Nature a parlé."
    found = {(e.name, e.kind) for e in _run(text, ("Nature", "MISC", 0))}
    assert found == {("Amis du Moulin et de la Nature", "ORG")}


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Marc DURAND", "Marc Durand"),
        ("JEAN-MARC DELAGE", "Jean-Marc Delage"),
        ("Jean DE LA FONTAINE", "Jean de La Fontaine"),
        ("Jean D'ORMESSON", "Jean d'Ormesson"),
        ("Sean O'NEILL", "Sean O'Neill"),
        ("Benoît XVI", "Benoît XVI"),
        ("Jean Dupont", "Jean Dupont"),
    ],
)
def test_a_person_name_in_capitals_is_written_the_usual_way(written: str, shown: str) -> None:
    assert person_case(written) == shown


def test_a_name_written_in_small_letters_names_the_person() -> None:
    text = "Jean-Marc DELAGE a remercié les bénévoles. Jean-Marc Delage est satisfait."
    raw = [("Jean-Marc DELAGE", "PER", 0), ("Jean-Marc Delage", "PER", 0)]
    (person,) = _run(text, *raw)
    assert person.name == "Jean-Marc Delage"
    assert set(person.aliases) == {"Jean-Marc DELAGE", "Jean-Marc Delage"}


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a company after its legal form in capitals, the model having cut it in two or missed it
        ("Jean Morin dirige la SARL Morin Frères.",
         (("Jean Morin", "PER", 0), ("SARL", "ORG", 0), ("Morin Frères", "ORG", 0)),
         {("Jean Morin", "PER"), ("SARL Morin Frères", "ORG")}),
        ("La SCI Les Acacias a vendu.", (), {("SCI Les Acacias", "ORG")}),
        ("Le GIE Fermiers Unis proteste.", (("Fermiers Unis", "PER", 0),),
         {("GIE Fermiers Unis", "ORG")}),
        # a family firm
        ("La société Roux et Fils embauche.", (("Roux", "PER", 0), ("Fils", "ORG", 0)),
         {("Roux et Fils", "ORG")}),
        # a shop named after its owner is a firm, not a person
        ("La boulangerie Vidal ferme lundi.", (("Vidal", "PER", 0),),
         {("boulangerie Vidal", "ORG")}),
        ("Le garage Perrot déménage.", (), {("garage Perrot", "ORG")}),
        ("Ils dorment à la maison Berthier.", (), {("maison Berthier", "LOC")}),
    ],
)  # fmt: skip
def test_companies_and_shops(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


def test_a_person_named_after_a_company_is_no_company() -> None:
    text = "La fondatrice de la start-up Nexalia Sophie Caron a levé des fonds."
    raw = [("Nexalia", "PER", 0), ("Sophie Caron", "PER", 0)]
    found = {(e.name, e.kind) for e in _run(text, *raw)}
    assert ("Sophie Caron", "PER") in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a lone name opening its sentence, the next one opening on what the person is
        ("Zaïra a chanté samedi. La chanteuse de 41 ans a ému le public.", "PER"),
        ("Tavarès a marqué deux fois. Le Portugais a été élu homme du match.", "PER"),
        ("Tavarès a marqué deux fois. L'attaquant brésilien a été remplacé.", "PER"),
        # not after another sentence opening, nor a bare office, nor in another paragraph
        ("Selon Zaïra, tout va bien. La chanteuse est rentrée.", "MISC"),
        ("Tavarès a lancé un appel. Le président a répondu.", "MISC"),
        ("Zaïra a chanté samedi.\nLa chanteuse de 41 ans a ému le public.", "MISC"),
    ],
)
def test_a_name_told_of_by_the_next_sentence(text: str, kind: str) -> None:
    name = text.split()[0] if not text.startswith("Selon") else "Zaïra"
    name = name.rstrip(",")
    found = {e.name: e.kind for e in _run(text, (name, "MISC", 0))}
    assert found[name] == kind


@pytest.mark.parametrize(
    ("text", "raw", "person", "body"),
    [
        # the model's span runs from a title held somewhere through the person's name
        (
            "La ministre de la Culture Lucie Verdier a visité le musée.",
            ("ministre de la Culture Lucie Verdier", "ORG", 0),
            "Lucie Verdier",
            "Culture",
        ),
        # a leader's party, then the leader
        (
            "Le leader d'Ennavo Karim Sadek a rencontré le président.",
            ("Ennavo Karim Sadek", "ORG", 0),
            "Karim Sadek",
            "Ennavo",
        ),
        # the body named after "de la" before the name
        (
            "Le président de la FNTX Marc Aubry a démenti.",
            ("FNTX Marc Aubry", "MISC", 0),
            "Marc Aubry",
            "FNTX",
        ),
    ],
)
def test_a_title_held_somewhere_then_a_name(
    text: str, raw: tuple[str, str, int], person: str, body: str
) -> None:
    found = {e.name: e.kind for e in _run(text, raw)}
    assert found.get(person) == "PER"
    assert body in found
    assert found[body] != "PER"


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a lone given name the model calls a person's, its age after it
        ("Agnès, 13 ans, a été retrouvée.", ("Agnès", "PER", 0), {("Agnès", "PER")}),
        # ... but a place with an age stays a place
        ("Lorval, 300 ans, fête sa charte.", ("Lorval", "LOC", 0), {("Lorval", "LOC")}),
        # a party's name with "Les" inside is no given name and surname
        (
            "Eva Joly, candidate d'Europe Écologie-Les Verts, a parlé.",
            ("Europe Écologie-Les Verts", "ORG", 0),
            {("Europe Écologie-Les Verts", "ORG")},
        ),
        # a common given name and a surname the model took for a thing (not a title nor a place)
        (
            "Derrière lui, Armel Le Kervoc (Vexa) suit.",
            ("Armel Le Kervoc", "MISC", 0),
            {("Armel Le Kervoc", "PER")},
        ),
        ("Hier, Marie Tempête a gagné.", ("Marie Tempête", "MISC", 0), {("Marie Tempête", "PER")}),
        (
            "Il a vu le film « Marie Tempête ».",
            ("Marie Tempête", "MISC", 0),
            {("Marie Tempête", "MISC")},
        ),
        ("Il habite Jean Moulinet.", ("Jean Moulinet", "LOC", 0), {("Jean Moulinet", "LOC")}),
        # one the person competes or works with, after a possessive
        (
            "Le rappeur Zébo et son rival Rokk se sont battus.",
            ("Rokk", "MISC", 0),
            {("Rokk", "PER")},
        ),
        ("Il a reçu son homologue Tavarès.", ("Tavarès", "LOC", 0), {("Tavarès", "PER")}),
        # a lone name with an age between commas, whatever the model says
        (
            "Les parents de la petite Naëlys, 9 ans, appellent.",
            ("Naëlys", "ORG", 0),
            {("Naëlys", "PER")},
        ),
        # a lone common given name (not a street's hyphenated name, not after an article)
        ("Hier, Pauline jouait au bord de l'eau.", ("Pauline", "PER", 0), {("Pauline", "PER")}),
        ("Pauline, en vacances, jouait.", ("Pauline", "MISC", 0), {("Pauline", "PER")}),
        ("Le feu a pris côté Paul-Bert.", ("Paul-Bert", "PER", 0), {("Paul-Bert", "MISC")}),
        ("Il a vu la Pauline au port.", ("Pauline", "MISC", 0), {("Pauline", "MISC")}),
        # a name after a definite article is no person's, whatever it does or the model says
        ("L'Orvalée a annoncé un sommet.", ("Orvalée", "LOC", 0), {("Orvalée", "LOC")}),
        ("Il visite le Brantôme demain.", ("Brantôme", "PER", 0), {("Brantôme", "MISC")}),
        ("Brantôme a annoncé un sommet.", ("Brantôme", "LOC", 0), {("Brantôme", "PER")}),
        # a channel a programme is shown on
        ("Le film sera diffusé ce soir sur Vorta.", ("Vorta", "PER", 0), {("Vorta", "ORG")}),
        # a place, then a person, read as one name
        (
            "Il a nommé à Brevannes Jean-Pierre Vallot.",
            ("Brevannes Jean-Pierre Vallot", "PER", 0),
            {("Brevannes", "LOC"), ("Jean-Pierre Vallot", "PER")},
        ),
        (
            "Il a vu à Paris Jean Marie Vallot.",
            ("Jean Marie Vallot", "PER", 0),
            {("Jean Marie Vallot", "PER")},
        ),
        # what one leads is a body, not a person (a country stays a place)
        (
            "Il est à la tête de Corvin Hathel.",
            ("Corvin Hathel", "PER", 0),
            {("Corvin Hathel", "ORG")},
        ),
        ("Il est à la tête de Valdorie.", ("Valdorie", "LOC", 0), {("Valdorie", "LOC")}),
        # a span that stops after "de"
        ("Le Barça de Tito a perdu.", ("Barça de", "ORG", 0), {("Barça", "ORG")}),
    ],
)
def test_spans_and_kinds_in_local_news(
    text: str, raw: tuple[str, str, int], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "kind"),
    [
        # a person's full name after "de": whom the team or the party belongs to
        ("L'équipe de Paul Girard a battu Lille.", ("Paul Girard", "PER", 0), "PER"),
        ("Le parti de Anne Morel a perdu trois sièges.", ("Anne Morel", "PER", 0), "PER"),
        # the body's own name right after the noun, or a name the model calls no person's
        ("Le parti Nouvelle Donne a perdu trois sièges.", ("Nouvelle Donne", "PER", 0), "ORG"),
        ("L'équipe de Grand Ouest a gagné.", ("Grand Ouest", "LOC", 0), "ORG"),
    ],
)
def test_a_person_a_body_belongs_to(text: str, raw: tuple[str, str, int], kind: str) -> None:
    found = {e.name: e.kind for e in _run(text, raw)}
    assert found[raw[0]] == kind


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a full name after a trade with its article, the model having seen nothing
        ("Le skipper Yann Le Floch a abandonné.", (), {("Yann Le Floch", "PER")}),
        ("La chanteuse bretonne Maëla Kerjean chante ce soir.", (), {("Maëla Kerjean", "PER")}),
        # one word after a trade is not enough, nor a party's name
        ("Le skipper Vertigo a démâté.", (), set()),
        ("Le candidat Les Verts a perdu.", (), set()),
        # a lone name beside what the person is, or after a quotation, is a person's
        ("Un jeune manifestant, Karim, raconte la nuit.", (("Karim", "LOC", 0),),
         {("Karim", "PER")}),
        ("Hier, Leila, une étudiante, est venue.", (("Leila", "MISC", 0),), {("Leila", "PER")}),
        ("« Nous resterons », affirme Samir.", (("Samir", "MISC", 0),), {("Samir", "PER")}),
        ("« Nous resterons », a expliqué Samir.", (("Samir", "LOC", 0),), {("Samir", "PER")}),
        # two lone names after a plural trade or title
        ("Les attaquants Zelinho et Tavaro ont marqué.",
         (("Zelinho", "MISC", 0), ("Tavaro", "MISC", 0)), {("Zelinho", "PER"), ("Tavaro", "PER")}),
        ("Les juges Roubaud et Ferrant ont tranché.",
         (("Roubaud", "LOC", 0), ("Ferrant", "ORG", 0)), {("Roubaud", "PER"), ("Ferrant", "PER")}),
        # a lone name, then whose kin or what the person is: "la sœur de la victime"
        ("Selon Maëla, la sœur de la victime, il fuyait.", (("Maëla", "MISC", 0),),
         {("Maëla", "PER")}),
        ("Pour Tavio, l'avocat de la famille, rien ne change.", (("Tavio", "LOC", 0),),
         {("Tavio", "PER")}),
        ("Lorval, la capitale de la région, a voté.", (("Lorval", "LOC", 0),),
         {("Lorval", "LOC")}),
        ("Au large du Lorstrom, le capitaine dut virer.", (("Lorstrom", "LOC", 0),),
         {("Lorstrom", "LOC")}),  # "du" of "dut" is no preposition
        # a role and where it is held, then the name between commas
        ("Le secrétaire général de l'ONU, Bao Lintao, arrive.", (("Bao Lintao", "ORG", 0),),
         {("Bao Lintao", "PER")}),
        ("La directrice du musée, Ines Vartan, a parlé.", (("Ines Vartan", "LOC", 0),),
         {("Ines Vartan", "PER")}),
        # not a body's name after its place: "le maire de Lyon, Rhône…" is no such apposition
        ("La région, Auvergne-Rhône, a voté.", (("Auvergne-Rhône", "LOC", 0),),
         {("Auvergne-Rhône", "LOC")}),
    ],
)  # fmt: skip
def test_trades_appositions_and_quotations(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


def test_a_thing_named_after_a_person_is_no_alias_of_the_person() -> None:
    text = "Le physicien Pavel Kessler a décrit le boson de Kessler. La maladie de Varenne recule."
    raw = [("Pavel Kessler", "PER", 0), ("Kessler", "PER", 1), ("Varenne", "PER", 0)]
    found = {(e.name, e.kind, e.aliases) for e in _run(text, *raw)}
    assert found == {
        ("Pavel Kessler", "PER", ("Pavel Kessler",)),
        ("boson de Kessler", "MISC", ("boson de Kessler",)),
        ("maladie de Varenne", "MISC", ("maladie de Varenne",)),
    }


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a character is no real person, even after a title
        ("Il incarnait le commissaire Bastien à l'écran.", (("Bastien", "PER", 0),),
         {("Bastien", "MISC")}),
        ("Son personnage de Tonio l'a rendu célèbre.", (("Tonio", "PER", 0),),
         {("Tonio", "MISC")}),
        ("Dans le rôle de Jeanne Morel, Anne Roy brille.",
         (("Jeanne Morel", "PER", 0), ("Anne Roy", "PER", 0)),
         {("Jeanne Morel", "MISC"), ("Anne Roy", "PER")}),
        # the actor stays a person
        ("Anne Roy interprète la juge Lambert.", (("Anne Roy", "PER", 0), ("Lambert", "PER", 0)),
         {("Anne Roy", "PER"), ("Lambert", "MISC")}),
    ],
)  # fmt: skip
def test_characters_are_not_people(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a hyphenated surname alone
        (
            "Marie-Claire Vasseur-Lenoir part. Selon Mme Vasseur-Lenoir, tout va bien.",
            (("Marie-Claire Vasseur-Lenoir", "PER", 0), ("Vasseur-Lenoir", "PER", 1)),
            {("Marie-Claire Vasseur-Lenoir", 2)},
        ),
        # a surname of two words, with or without a particle inside
        (
            "Ana María Ruiz Soler gagne. Ruiz Soler a remercié.",
            (("Ana María Ruiz Soler", "PER", 0), ("Ruiz Soler", "PER", 1)),
            {("Ana María Ruiz Soler", 2)},
        ),
        (
            "Le Brun-Kerjean a voté. Agnès Le Brun-Kerjean est élue.",
            (("Le Brun-Kerjean", "PER", 0), ("Agnès Le Brun-Kerjean", "PER", 0)),
            {("Agnès Le Brun-Kerjean", 2)},
        ),
        # the long form taken for a thing by the model, the short ones for a person's
        (
            "Il reçoit Paulo Sérgio Dantas da Costa. Dantas da Costa sourit. Dantas parle.",
            (
                ("Paulo Sérgio Dantas da Costa", "MISC", 0),
                ("Dantas da Costa", "PER", 1),
                ("Dantas", "PER", 2),
            ),
            {("Paulo Sérgio Dantas da Costa", 3)},
        ),
        # the full name taken for a thing, the surname alone, no one else's, for a person's
        (
            "Omer Talip Kaya a réagi. Kaya a menacé.",
            (("Omer Talip Kaya", "MISC", 0), ("Kaya", "PER", 1)),
            {("Omer Talip Kaya", 2)},
        ),
        (
            "Lin Weiqi arrive. Weiqi parle.",
            (("Lin Weiqi", "MISC", 0), ("Weiqi", "PER", 1)),
            {("Lin Weiqi", 2)},
        ),
        # a role between commas before the full name makes it a person's, whatever the model
        # saw: its surname of several words joins it
        (
            "Le chef de l'État, Joaquim Nunes da Rocha, a parlé. Nunes da Rocha a souri.",
            (("Joaquim Nunes da Rocha", "ORG", 0), ("Nunes da Rocha", "PER", 1)),
            {("Joaquim Nunes da Rocha", 2)},
        ),
        # a name's inner apostrophe, cut by the tokenizer like an elision
        (
            "Samuel Etu'u a signé. Etu'u sourit.",
            (("Samuel Etu'u", "PER", 0), ("Etu'", "ORG", 1)),
            {("Samuel Etu'u", 2)},
        ),
        # a sentence's capital on the particle of a surname written in small letters elsewhere
        (
            "Le coureur Joost van der Velde gagne. Van der Velde sourit.",
            (("Joost van der Velde", "PER", 0), ("Van der Velde", "PER", 0)),
            {("Joost van der Velde", 2)},
        ),
        (
            "Van der Velde gagne. Van der Velde sourit.",
            (("Van der Velde", "PER", 0), ("Van der Velde", "PER", 1)),
            {("Van der Velde", 2)},
        ),
        # a compound first name is no surname of a shorter one
        (
            "Jean-Pierre Dumas part. Pierre Dumas reste. Pierre Dumas rit.",
            (("Jean-Pierre Dumas", "PER", 0), ("Pierre Dumas", "PER", 1)),
            {("Jean-Pierre Dumas", 1), ("Pierre Dumas", 2)},
        ),
    ],
)
def test_a_surname_of_several_words_joins_the_full_name(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, int]]
) -> None:
    found = {(e.name, len(e.mentions)) for e in _run(text, *raw) if e.kind == "PER"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # the model saw nothing: the full name after an inhabitant's word is a person's
        (
            "La Française Clarisse Vernet a gagné. Vernet a pleuré.",
            (("Vernet", "PER", 1),),
            {("Clarisse Vernet", "PER")},
        ),
        # the model took the word and the name together
        (
            "Il a battu le Géorgien Guram Lasha Beridze hier.",
            (("Géorgien Guram Lasha Beridze", "MISC", 0),),
            {("Guram Lasha Beridze", "PER")},
        ),
        (
            "Le Brésilien Neymarinho est blessé.",
            (("Brésilien Neymarinho", "PER", 0),),
            {("Neymarinho", "PER")},
        ),
        (
            "Il a battu l'Argentin Rodrigón en finale.",
            (("Argentin Rodrigón", "MISC", 0),),
            {("Rodrigón", "PER")},
        ),
        # the model read the person as a company or cut the name at its particle: the
        # capitalised word is an inhabitant (a noun), so a person follows
        (
            "Le Chinois Wu Lanfang a gagné.",
            (("Chinois", "LOC", 0), ("Wu Lanfang", "ORG", 0)),
            {("Wu Lanfang", "PER")},
        ),
        (
            "Le Sud-Africain Brent le Roux a gagné.",
            (("Roux", "LOC", 0),),
            {("Brent le Roux", "PER")},
        ),
        (
            "La Néerlandaise Femke van Dalen a gagné.",
            (("Femke van Dalen", "PER", 0),),
            {("Femke van Dalen", "PER")},
        ),
        # an adjective in small letters before a company is no inhabitant: it stays one
        (
            "L'américain General Rotors a licencié.",
            (("General Rotors", "ORG", 0),),
            {("General Rotors", "ORG")},
        ),
        # a given name that looks like one is no inhabitant's word
        (
            "Hier, Sébastien Le Goff a parlé.",
            (("Sébastien Le Goff", "PER", 0),),
            {("Sébastien Le Goff", "PER")},
        ),
    ],
)
def test_a_name_after_an_inhabitants_word(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        (
            "Il est reçu par le roi Albéric et la reine Ondine.",
            (("Albéric", "MISC", 0), ("Ondine", "MISC", 0)),
            {("Albéric", "PER"), ("Ondine", "PER")},
        ),
        (
            "L'archevêque Luc Verhaegen a prié.",
            (("Luc Verhaegen", "MISC", 0),),
            {("Luc Verhaegen", "PER")},
        ),
        (
            "L'analyste Wei-Lun Kao prévoit une baisse.",
            (("Wei-Lun Kao", "MISC", 0),),
            {("Wei-Lun Kao", "PER")},
        ),
        # a sovereign's country is no name of the sovereign
        ("Le roi du Maroc est venu.", (("Maroc", "LOC", 0),), {("Maroc", "LOC")}),
    ],
)
def test_sovereigns_clergy_and_more_trades_make_people(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a surname with a particle joined by a hyphen, after a title
        (
            "La victime, Leïla al-Mansouri, habitait là. Mme al-Mansouri vivait seule.",
            (("Leïla al-Mansouri", "MISC", 0),),
            {("Leïla al-Mansouri", 2)},
        ),
        (
            "Bram van der Linden parle. Selon M. van der Linden, tout va.",
            (("Bram van der Linden", "PER", 0),),
            {("Bram van der Linden", 2)},
        ),
    ],
)
def test_a_particle_surname_after_a_title(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, int]]
) -> None:
    assert {(e.name, len(e.mentions)) for e in _run(text, *raw) if e.kind == "PER"} == expected


def test_the_trial_of_a_person_named_in_full_leaves_the_person() -> None:
    text = "Le procès de Nordine Ben Amar s'ouvre. L'affaire Girardin reste. Le boson de Higgs."
    raw = [("Nordine Ben Amar", "PER", 0), ("Girardin", "PER", 0), ("Higgs", "PER", 0)]
    found = {(e.name, e.kind) for e in _run(text, *raw)}
    assert found == {
        ("Nordine Ben Amar", "PER"),
        ("affaire Girardin", "MISC"),
        ("boson de Higgs", "MISC"),
    }


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        (
            "Il prie saint Benoît de Nursie. Il vit à Saint Louis.",
            (("saint Benoît de Nursie", "PER", 0), ("Saint Louis", "LOC", 0)),
            {("Benoît de Nursie", "PER"), ("Saint Louis", "LOC")},
        ),
        ("Son ami Farid a été blessé.", (("Farid", "PER", 0),), {("Farid", "PER")}),
        # a pilgrim's honorific opens the name; "le Hadj" is the pilgrimage
        (
            "Le défenseur El Hadji Ousmane Ba revient. Au retour du Hadj Karim a repris son poste.",
            (("Hadji", "LOC", 0), ("Ousmane Ba", "PER", 0), ("Karim", "PER", 0)),
            {("El Hadji Ousmane Ba", "PER"), ("Karim", "PER")},
        ),
        # "L'" read as an article at a sentence start: the surname of the full name
        (
            "Le prix va à Claire L'Hermitte. L'Hermitte enseigne à Lund.",
            (("Claire L'Hermitte", "PER", 0), ("Hermitte", "LOC", 1)),
            {("Claire L'Hermitte", "PER")},
        ),
    ],
)
def test_saints_friends_and_elided_surnames(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a party's or a list's acronym glued after a full name: the person, then the party
        (
            "Étaient présents Maryse Le Bihan RN, Éric Castagné LR et Olivier Ferrand PS.",
            (
                ("Maryse Le Bihan RN", "PER", 0),
                ("Éric Castagné LR", "PER", 0),
                ("Olivier Ferrand PS", "PER", 0),
            ),
            {("Maryse Le Bihan", "PER"), ("RN", "ORG"), ("Éric Castagné", "PER"),
             ("LR", "ORG"), ("Olivier Ferrand", "PER"), ("PS", "ORG")},
        ),
        (
            "La liste de Jean-Luc Bertin DVG arrive en tête.",
            (("Jean-Luc Bertin DVG", "PER", 0),),
            {("Jean-Luc Bertin", "PER"), ("DVG", "ORG")},
        ),
        # a Roman numeral, a surname in capitals, a name on two lines stay as they are
        ("Le pape Léon XIV a prié.", (("Léon XIV", "PER", 0),), {("Léon XIV", "PER")}),
        ("Texte de Marc ROY.", (("Marc ROY", "PER", 0),), {("Marc Roy", "PER")}),
    ],
)  # fmt: skip
def test_a_party_acronym_after_a_name_is_no_part_of_it(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a birth name is another name of the person, not a second person
        (
            "Anne Morvan, née Kerlo, a été élue. Mme Morvan a remercié ses électeurs.",
            (("Anne Morvan", "PER", 0), ("Kerlo", "MISC", 0)),
            {("Anne Morvan", ("Anne Morvan", "Kerlo", "Morvan"))},
        ),
        # found where the model saw nothing
        (
            "La chimiste Irena Valtek (née Sobczak) a témoigné.",
            (("Irena Valtek", "PER", 0),),
            {("Irena Valtek", ("Irena Valtek", "Sobczak"))},
        ),
        # a longer real name stays an alias: the person keeps the name used
        (
            "Lou Vernier, de son vrai nom Louise Castel Vernier, chante ce soir.",
            (("Lou Vernier", "PER", 0), ("Louise Castel Vernier", "PER", 0)),
            {("Lou Vernier", ("Lou Vernier", "Louise Castel Vernier"))},
        ),
        # a nickname in quotation marks, or after "surnommé"
        (
            "Marc Ferral, dit « Jojo », a été condamné. Ferral a fait appel.",
            (("Marc Ferral", "PER", 0), ("Jojo", "MISC", 0), ("Ferral", "PER", 1)),
            {("Marc Ferral", ("Ferral", "Jojo", "Marc Ferral"))},
        ),
        (
            "Le boxeur Marc Ferral, surnommé Tornado, a gagné.",
            (("Marc Ferral", "PER", 0),),
            {("Marc Ferral", ("Marc Ferral", "Tornado"))},
        ),
        (
            "Louis XX, dit le Roi-Lune, régna longtemps.",
            (("Louis XX", "PER", 0), ("Roi-Lune", "LOC", 0)),
            {("Louis XX", ("Louis XX", "Roi-Lune"))},
        ),
        # a speaker after a quotation's last name is no nickname
        (
            "« Nous soutenons Marc Ferral, dit Anne Roy. »",
            (("Marc Ferral", "PER", 0), ("Anne Roy", "PER", 0)),
            {("Marc Ferral", ("Marc Ferral",)), ("Anne Roy", ("Anne Roy",))},
        ),
        # born somewhere, or on a day: no other name
        (
            "Anne Morvan, née en 1950 à Brest, a été élue.",
            (("Anne Morvan", "PER", 0), ("Brest", "LOC", 0)),
            {("Anne Morvan", ("Anne Morvan",))},
        ),
    ],
)
def test_a_birth_name_or_a_real_name_is_an_alias(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    found = {(e.name, tuple(sorted(e.aliases))) for e in _run(text, *raw) if e.kind == "PER"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # after a preposition a name is no subject: the speech verb is another's
        ("Le maire de Valbrune a critiqué le projet.", (("Valbrune", "LOC", 0),),
         {("Valbrune", "LOC")}),
        ("Le préfet du Valdrôme a déclaré l'alerte.", (("Valdrôme", "LOC", 0),),
         {("Valdrôme", "LOC")}),
        # the subject itself still speaks
        ("Hier, Valbrune a déclaré forfait.", (("Valbrune", "LOC", 0),), {("Valbrune", "PER")}),
    ],
)  # fmt: skip
def test_a_speech_verb_after_a_name_after_a_preposition_is_not_its_own(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # the model cut the name at the particle and left it out: the particle is the surname's
        (
            "Gaëlle Le Bihan a présenté sa liste. Le Bihan veut une piscine. Selon Le Bihan, "
            "rien ne presse.",
            (("Gaëlle", "LOC", 0), ("Bihan", "LOC", 0), ("Bihan", "LOC", 1), ("Bihan", "LOC", 2)),
            {("Gaëlle Le Bihan", ("Gaëlle Le Bihan", "Le Bihan"), 3)},
        ),
        # at a sentence's start the particle stays where the text writes it after a word
        (
            "Le poète Anselme Du Verdier est né ici. Du Verdier a écrit des odes.",
            (("Anselme Du Verdier", "PER", 0), ("Du Verdier", "PER", 1)),
            {("Anselme Du Verdier", ("Anselme Du Verdier", "Du Verdier"), 2)},
        ),
        (
            "La Vallière a écrit des fables. Jean de La Vallière est né à Reims.",
            (("La Vallière", "PER", 0), ("Jean de La Vallière", "PER", 0)),
            {("Jean de La Vallière", ("Jean de La Vallière", "La Vallière"), 2)},
        ),
        # a surname that is a title word alone ("Maire") is the surname's with its particle
        (
            "Nadine Le Maire a présenté le budget. Le Maire a défendu la baisse.",
            (("Nadine Le Maire", "PER", 0), ("Maire", "LOC", 1)),
            {("Nadine Le Maire", ("Le Maire", "Nadine Le Maire"), 2)},
        ),
        # alone at a sentence's start, "Le" is an article
        ("Le Bellec a déclaré forfait.", (("Bellec", "PER", 0),), {("Bellec", ("Bellec",), 1)}),
        ("Le Maire a signé.", (("Maire", "LOC", 0),), set()),
    ],
)
def test_a_surname_keeps_its_capitalised_particle(
    text: str,
    raw: tuple[tuple[str, str, int], ...],
    expected: set[tuple[str, tuple[str, ...], int]],
) -> None:
    found = {
        (e.name, tuple(sorted(e.aliases)), len(e.mentions))
        for e in _run(text, *raw, stop_words=frozenset({"le", "la", "du"}))
        if e.kind == "PER"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a lone name listed with full names of people is a person's
        (
            "Étaient là : Roland Vasse, Édith Morel, Paul Girardin, Loubet.",
            (("Roland Vasse", "PER", 0), ("Édith Morel", "PER", 0), ("Paul Girardin", "PER", 0),
             ("Loubet", "PER", 0)),
            {"Roland Vasse", "Édith Morel", "Paul Girardin", "Loubet"},
        ),
        (
            "Ils ont vu Bastide, Jean Morin et Anne Castel.",
            (("Bastide", "MISC", 0), ("Jean Morin", "PER", 0), ("Anne Castel", "PER", 0)),
            {"Bastide", "Jean Morin", "Anne Castel"},
        ),
        # one full name beside a place is no list of people
        (
            "Le vainqueur est Jean Morin, Brienne.",
            (("Jean Morin", "PER", 0), ("Brienne", "LOC", 0)),
            {"Jean Morin"},
        ),
    ],
)  # fmt: skip
def test_a_lone_name_in_a_list_of_people_is_a_person(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # the inhabitant's word before a person's name is no place of its own
        (
            "L'Américain Ryan Keller a gagné. La Britannique Ann Holt est deuxième.",
            (("Américain", "LOC", 0), ("Ryan Keller", "PER", 0), ("Britannique", "LOC", 0),
             ("Ann Holt", "PER", 0)),
            {("Ryan Keller", "PER"), ("Ann Holt", "PER")},
        ),
        (
            "L'Allemand Paul Wendt est troisième.",
            (("Allemand", "LOC", 0), ("Paul Wendt", "PER", 0)),
            {("Paul Wendt", "PER")},
        ),
        # a place's name alone stays one
        ("Il vit à Américana depuis mai.", (("Américana", "LOC", 0),), {("Américana", "LOC")}),
    ],
)  # fmt: skip
def test_an_inhabitants_word_before_a_name_is_no_entity(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a town named after a role held there is no surname of a person named like it
        (
            "Le maire de Vernay, Luc Bastien, a reçu Jean Vernay.",
            (("Vernay", "LOC", 0), ("Luc Bastien", "PER", 0), ("Jean Vernay", "PER", 0)),
            {("Vernay", "LOC", 1), ("Luc Bastien", "PER", 1), ("Jean Vernay", "PER", 1)},
        ),
        # the person's own surname still joins, even where the model saw a place
        (
            "Jean Vernay a parlé. Selon Vernay, tout va bien.",
            (("Jean Vernay", "PER", 0), ("Vernay", "LOC", 1)),
            {("Jean Vernay", "PER", 2)},
        ),
    ],
)
def test_a_town_held_by_a_role_is_no_surname(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str, int]]
) -> None:
    assert {(e.name, e.kind, len(e.mentions)) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "people"),
    [
        # a transliterated name spelt two ways is one person
        (
            "Karim Bendjedid a parlé. Le président Benjedid a été hué.",
            (("Karim Bendjedid", "PER", 0), ("Benjedid", "PER", 0)),
            [("Karim Bendjedid", {"Karim Bendjedid", "Benjedid"})],
        ),
        (
            "Omar Kadhafi est venu. Omar Kaddafi est reparti.",
            (("Omar Kadhafi", "PER", 0), ("Omar Kaddafi", "PER", 0)),
            [("Omar Kaddafi", {"Omar Kadhafi", "Omar Kaddafi"})],
        ),
        (
            "Benyamin Karolou a parlé. Benjamin Karolu est reparti. Benjamin Karolu a ri.",
            (("Benyamin Karolou", "PER", 0), ("Benjamin Karolu", "PER", 0)),
            [("Benjamin Karolu", {"Benyamin Karolou", "Benjamin Karolu"})],
        ),
        # two names, one the other's start or another ending, are two people
        (
            "Jean Martin et Jean Martinez sont venus.",
            (("Jean Martin", "PER", 0), ("Jean Martinez", "PER", 0)),
            [("Jean Martin", {"Jean Martin"}), ("Jean Martinez", {"Jean Martinez"})],
        ),
        (
            "Luc Bernardi est venu. Anne Bernardo est venue.",
            (("Luc Bernardi", "PER", 0), ("Anne Bernardo", "PER", 0)),
            [("Luc Bernardi", {"Luc Bernardi"}), ("Anne Bernardo", {"Anne Bernardo"})],
        ),
    ],
)
def test_spellings_of_one_name(
    text: str, raw: tuple[tuple[str, str, int], ...], people: list[tuple[str, set[str]]]
) -> None:
    found = [(e.name, set(e.aliases)) for e in _run(text, *raw) if e.kind == "PER"]
    assert found == people


def test_initials_told_more_often_than_the_name_keep_the_person_a_person() -> None:
    text = "Dominique Vallas-Kerr a parlé. DVK a nié. DVK a ri. DVK est parti. DVK revient."
    raw = [("Dominique Vallas-Kerr", "PER", 0)] + [("DVK", "ORG", i) for i in range(4)]
    (person,) = _run(text, *raw)
    assert (person.kind, person.name, len(person.mentions)) == ("PER", "Dominique Vallas-Kerr", 5)


@pytest.mark.parametrize(
    ("text", "raw", "people"),
    [
        # the initials of one person's name, as the press writes some
        (
            "Dominique Vallas-Kerr a parlé. DVK, qui dirigeait Acme, a nié.",
            (("Dominique Vallas-Kerr", "PER", 0), ("DVK", "ORG", 0)),
            [("Dominique Vallas-Kerr", {"Dominique Vallas-Kerr", "DVK"})],
        ),
        (
            "Paul Pierre d'Arnac a parlé. Selon PPDA, rien ne change.",
            (("Paul Pierre d'Arnac", "PER", 0), ("PPDA", "ORG", 0)),
            [("Paul Pierre d'Arnac", {"Paul Pierre d'Arnac", "PPDA"})],
        ),
        # initials two people share, or two letters, stay apart
        (
            "Jean Lamy et Julie Lemaire ont parlé. JL a ri.",
            (("Jean Lamy", "PER", 0), ("Julie Lemaire", "PER", 0), ("JL", "ORG", 0)),
            [("Jean Lamy", {"Jean Lamy"}), ("Julie Lemaire", {"Julie Lemaire"})],
        ),
        (
            "Jean Luc Moreau et Julie Lou Martin ont parlé. JLM a ri.",
            (("Jean Luc Moreau", "PER", 0), ("Julie Lou Martin", "PER", 0), ("JLM", "ORG", 0)),
            [("Jean Luc Moreau", {"Jean Luc Moreau"}), ("Julie Lou Martin", {"Julie Lou Martin"})],
        ),
    ],
)
def test_a_person_known_by_initials(
    text: str, raw: tuple[tuple[str, str, int], ...], people: list[tuple[str, set[str]]]
) -> None:
    found = [(e.name, set(e.aliases)) for e in _run(text, *raw) if e.kind == "PER"]
    assert found == people


@pytest.mark.parametrize(
    ("word", "given"),
    [
        ("Hélène", True),
        ("Jean-Luc", True),
        ("MOHAMED", True),
        ("Paris", False),
        ("Rose", False),
        # a two-letter given name only when written as a name: "JO" are the Olympic Games
        ("Jo-Wilfried", True),
        ("Jo", True),
        ("JO", False),
        ("Laurent", True),
    ],
)
def test_common_given_names(word: str, given: bool) -> None:
    assert is_given_name(word) is given


def test_a_given_name_and_a_surname_in_capitals_make_a_signature() -> None:
    text = "Le feu est éteint.\nDidier VARANCOURT\n"
    (person,) = _run(text, ("Didier", "MISC", 0))
    assert (person.name, person.kind) == ("Didier Varancourt", "PER")


def test_a_given_name_paired_with_a_persons_given_name_is_a_persons() -> None:
    text = "Deux pompiers, Kévin et Mathieu, sont blessés."
    found = {(e.name, e.kind) for e in _run(text, ("Kévin", "LOC", 0), ("Mathieu", "PER", 0))}
    assert found == {("Kévin", "PER"), ("Mathieu", "PER")}


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a role only a person holds before the name, whatever the model saw
        (
            "Le milliardaire Roman Kovalenko est descendu sur la pelouse.",
            (("Roman Kovalenko", "MISC", 0),),
            {("Roman Kovalenko", "PER")},
        ),
        (
            "L'homme d'affaires Ziad Haddad a été renvoyé.",
            (("Ziad Haddad", "ORG", 0),),
            {("Ziad Haddad", "PER")},
        ),
        (
            "Le troisième ligne Jean Dupré a réagi.",
            (("ligne Jean Dupré", "LOC", 0),),
            {("Jean Dupré", "PER")},
        ),
        # a role and where it is held, right after the name
        (
            "Ramón Cabezas, président de l'Assemblée nationale, a fêté la victoire.",
            (("Ramón Cabezas", "MISC", 0), ("Assemblée nationale", "ORG", 0)),
            {("Ramón Cabezas", "PER"), ("Assemblée nationale", "ORG")},
        ),
        # a given name and an initial with an age
        (
            "Un second jeune homme, Mehdi B., 19 ans, a été blessé.",
            (("Mehdi B.", "MISC", 0),),
            {("Mehdi B.", "PER")},
        ),
        # the article the model took in, or an adjective between it and the inhabitant's word
        (
            "Le Sud-Africain Oscar Pistoni a été éliminé.",
            (("Le Sud-Africain Oscar Pistoni", "MISC", 0),),
            {("Oscar Pistoni", "PER")},
        ),
        (
            "Le jeune Marocain Younès Belkadi, 22 ans, a marqué.",
            (("Marocain Younès Belkadi", "PER", 0),),
            {("Younès Belkadi", "PER")},
        ),
        # a place where a role is held, a place framing the sentence, a title in quotes
        (
            "Le maire de Nantes, 62 ans, dirigera l'équipe.",
            (("Nantes", "PER", 0),),
            {("Nantes", "LOC")},
        ),
        (
            "Le préfet de Guadeloupe, 56 ans, a décrété un couvre-feu.",
            (("Guadeloupe", "PER", 0),),
            {("Guadeloupe", "LOC")},
        ),
        (
            "La juge des enquêtes préliminaires de Grosseto, Valeria Monti, a tranché.",
            (("Grosseto", "MISC", 0), ("Valeria Monti", "PER", 0)),
            {("Grosseto", "LOC"), ("Valeria Monti", "PER")},
        ),
        (
            "À Washington, la porte-parole, Victoria Nolan, a réagi.",
            (("Washington", "PER", 0), ("Victoria Nolan", "PER", 0)),
            {("Washington", "LOC"), ("Victoria Nolan", "PER")},
        ),
        (  # a place framing the sentence after a participle
            "Interrogée à Lyon, la porte-parole, Victoria Nolan, a réagi.",
            (("Lyon", "PER", 0), ("Victoria Nolan", "PER", 0)),
            {("Lyon", "LOC"), ("Victoria Nolan", "PER")},
        ),
        (  # a kind of place and "de": a place
            "Dans le quartier de Baba Amr, les combats continuent. Baba Amr est bombardé.",
            (("Baba Amr", "PER", 0), ("Baba Amr", "PER", 1)),
            {("Baba Amr", "LOC")},
        ),
        (  # an acronym leading a name: no person ("F.L. Copperman" is one)
            "JO de Londres : la France brille. F.L. Copperman a gagné.",
            (("JO de Londres", "PER", 0), ("F.L. Copperman", "PER", 0)),
            {("JO de Londres", "MISC"), ("F.L. Copperman", "PER")},
        ),
        (
            "Le film de clôture, « Thérèse Desqueyroux », a été applaudi.",
            (("Thérèse Desqueyroux", "PER", 0),),
            {("Thérèse Desqueyroux", "MISC")},
        ),
    ],
)
def test_cues_of_a_person_and_of_no_person(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # "X Y, dit Z Y": another name of the same person
        (
            "Son adjoint Francesc Vilaró, dit Tito Vilaró, 43 ans, le remplace.",
            (("Francesc Vilaró", "PER", 0), ("Tito Vilaró", "PER", 0)),
            {("Francesc Vilaró", "PER", ("Francesc Vilaró", "Tito Vilaró"))},
        ),
        # speech, not a nickname: another surname
        (
            "Marc Lenoir, dit Anne Roy, est parti.",
            (("Marc Lenoir", "PER", 0), ("Anne Roy", "PER", 0)),
            {("Marc Lenoir", "PER", ("Marc Lenoir",)), ("Anne Roy", "PER", ("Anne Roy",))},
        ),
        # a team "de" the person who leads it
        (
            "Le Lille OSC de Rudi Garcinet complète le podium.",
            (("OSC de Rudi Garcinet", "LOC", 0),),
            {("OSC", "LOC", ("OSC",)), ("Rudi Garcinet", "PER", ("Rudi Garcinet",))},
        ),
        # a sovereign known by one name is no first name of another person's
        (
            "Le prince Edmund a salué Edmund Carver. Puis Edmund Carver est reparti.",
            (("Edmund", "PER", 0), ("Edmund Carver", "PER", 0), ("Edmund Carver", "PER", 1)),
            {
                ("Edmund", "PER", ("Edmund",)),
                ("Edmund Carver", "PER", ("Edmund Carver",)),
            },
        ),
        (  # without the title, the lone first name is his
            "Edmund a salué Edmund Carver. Puis Edmund Carver est reparti.",
            (("Edmund", "PER", 0), ("Edmund Carver", "PER", 0), ("Edmund Carver", "PER", 1)),
            {("Edmund Carver", "PER", ("Edmund", "Edmund Carver"))},
        ),
        # a name written with an apostrophe opening a sentence (the tokenizer cut "N'" off)
        (
            "Le judoka Yannick N'Diamé a gagné. N'Diamé, 24 ans, a battu Sean O'Dowd.",
            (("Yannick N'Diamé", "PER", 0), ("Diamé", "LOC", 1), ("Sean O'Dowd", "PER", 0)),
            {
                ("Yannick N'Diamé", "PER", ("N'Diamé", "Yannick N'Diamé")),
                ("Sean O'Dowd", "PER", ("Sean O'Dowd",)),
            },
        ),
        # a stage name, a nickname without quotation marks after "dite"
        (
            "La chanteuse Marion Dufrêne, plus connue sous son nom de scène, Marla, a chanté. "
            "Marla, 29 ans, était émue.",
            (("Marion Dufrêne", "PER", 0), ("Marla", "PER", 0), ("Marla", "PER", 1)),
            {("Marion Dufrêne", "PER", ("Marion Dufrêne", "Marla"))},
        ),
        (
            "Léa Martel, dite Lola, est arrivée. Lola souriait.",
            (("Léa Martel", "PER", 0), ("Lola", "PER", 0), ("Lola", "PER", 1)),
            {("Léa Martel", "PER", ("Lola", "Léa Martel"))},
        ),
        # a German particle inside a name
        (
            "La carrière de Karl-Heinz zu Rautenberg a pris fin. Karl-Heinz zu Rautenberg part.",
            (("Karl-Heinz zu Rautenberg", "PER", 0), ("Karl-Heinz zu Rautenberg", "PER", 1)),
            {("Karl-Heinz zu Rautenberg", "PER", ("Karl-Heinz zu Rautenberg",))},
        ),
        # a surname that runs on through "de la", written so again: one person
        (
            "L'entraîneur Raúl Ibarra de la Fuente est ravi. Selon Ibarra de la Fuente, tout va.",
            (("Raúl Ibarra", "PER", 0), ("Fuente", "LOC", 0), ("Ibarra de la Fuente", "MISC", 0)),
            {
                (
                    "Raúl Ibarra de la Fuente",
                    "PER",
                    ("Ibarra de la Fuente", "Raúl Ibarra de la Fuente"),
                )
            },
        ),
        # written once, "de Lyon" is where the person is from
        (
            "Le boulanger Paul Roux de Lyon a gagné. Roux est content.",
            (("Paul Roux", "PER", 0), ("Lyon", "LOC", 0), ("Roux", "PER", 0)),
            {("Paul Roux", "PER", ("Paul Roux", "Roux")), ("Lyon", "LOC", ("Lyon",))},
        ),
        # a surname led by a foreign particle, inside a longer name
        (
            "Le milieu Caio da Costa Lima arrive. Da Costa a signé jeudi.",
            (("Caio da Costa Lima", "PER", 0), ("Da Costa", "MISC", 0)),
            {("Caio da Costa Lima", "PER", ("Caio da Costa Lima", "Da Costa"))},
        ),
        # characters: told with their series, a role "lent", "incarne notamment le …"
        (
            "Il reste le commissaire Valmoret de la série « Les Nuits ». Son livre « Valmoret, "
            "c'est moi » a paru.",
            (("Valmoret", "PER", 0), ("Valmoret", "PER", 1)),
            {("Valmoret", "MISC", ("Valmoret",))},
        ),
        (
            "Il prête ses traits à Tonton Firmin, le grand-père bougon.",
            (("Tonton Firmin", "PER", 0),),
            {("Tonton Firmin", "MISC", ("Tonton Firmin",))},
        ),
        (
            "Il incarne notamment le gendarme Loriac dans un film.",
            (("Loriac", "PER", 0),),
            {("Loriac", "MISC", ("Loriac",))},
        ),
        # a "role" a real person had is no character
        (
            "Le juge a étudié le rôle du promoteur Jean-Noël Vétry. Jean-Noël Vétry est mort.",
            (("Jean-Noël Vétry", "PER", 0), ("Jean-Noël Vétry", "PER", 1)),
            {("Jean-Noël Vétry", "PER", ("Jean-Noël Vétry",))},
        ),
        # a boat named with a title, in quotation marks
        (
            "Le choc a brisé la quille de « Maître Jacques Kerlo ».",
            (("Jacques Kerlo", "PER", 0),),
            {("Jacques Kerlo", "MISC", ("Jacques Kerlo",))},
        ),
        # the model stopped at the surname's particle
        (
            "Le prix est allé à Ronan Le Bihanic et Anne Roy.",
            (("Ronan Le", "PER", 0), ("Anne Roy", "PER", 0)),
            {
                ("Ronan Le Bihanic", "PER", ("Ronan Le Bihanic",)),
                ("Anne Roy", "PER", ("Anne Roy",)),
            },
        ),
        # two given names and one surname, whatever the model says
        (
            "Ils devancent le duo de Pierrick et Loïc Kervella.",
            (("Pierrick", "LOC", 0), ("Loïc Kervella", "LOC", 0)),
            {
                ("Pierrick Kervella", "PER", ("Pierrick", "Pierrick Kervella")),
                ("Loïc Kervella", "PER", ("Loïc Kervella",)),
            },
        ),
        (
            "Le groupe des trois frères Xosé, Brais et Iago Mariño a joué.",
            (("Iago Mariño", "PER", 0),),
            {
                ("Xosé Mariño", "PER", ("Xosé", "Xosé Mariño")),
                ("Brais Mariño", "PER", ("Brais", "Brais Mariño")),
                ("Iago Mariño", "PER", ("Iago Mariño",)),
            },
        ),
        # a prize before the laureate; a surname with its particle joined ("ElKadiri")
        (
            "Ils entourent le prix Nobel de la paix Omar ElKadiri. M. ElKadiri a parlé.",
            (("prix Nobel de la paix Omar ElKadiri", "MISC", 0), ("M. ElKadiri", "PER", 0)),
            {("Omar ElKadiri", "PER", ("ElKadiri", "Omar ElKadiri"))},
        ),
        # an inhabitant's noun before a given name and a surname the model took for a company
        (
            "Les saints sont le Philippin Pedro Salvat, catéchiste, et d'autres.",
            (("Philippin Pedro Salvat", "ORG", 0),),
            {("Pedro Salvat", "PER", ("Pedro Salvat",))},
        ),
        # a role and where it is held, then the holder's name, no comma
        (
            "Il rejoint l'ancien secrétaire général de la Ligue arabe Amr Fadel au Caire.",
            (("Amr Fadel", "LOC", 0),),
            {("Amr Fadel", "PER", ("Amr Fadel",))},
        ),
        # an age after a place of origin ("de X, 33 ans,") is the subject's
        (
            "Cette ancienne ingénieure de Portsmouth, 33 ans, avait fini troisième.",
            (("Portsmouth", "LOC", 0),),
            {("Portsmouth", "LOC", ("Portsmouth",))},
        ),
        # a given name and a surname the model took for a place, told as an owner
        (
            "Il a doublé le monocoque d'Yvon-Marie Kerdal.",
            (("Yvon-Marie Kerdal", "LOC", 0),),
            {("Yvon-Marie Kerdal", "PER", ("Yvon-Marie Kerdal",))},
        ),
        # a Breton surname with an apostrophe ("c'h"); a given name the model left out before a
        # surname that opens on its particle
        (
            "Armel Le Goarc'h (Banque Populaire) suit. Le Goarc'h est deuxième.",
            (("Goarc'h", "LOC", 0), ("Banque Populaire", "ORG", 0), ("Le Goarc'h", "PER", 1)),
            {
                ("Armel Le Goarc'h", "PER", ("Armel Le Goarc'h", "Le Goarc'h")),
                ("Banque Populaire", "ORG", ("Banque Populaire",)),
            },
        ),
        # a name in brackets after a person's: the sponsor, the publisher (not a translation)
        (
            "Le skipper Marc Guivarc (Safrane) a abandonné. Hélène Vasseur (Albin Michel) lit.",
            (
                ("Marc Guivarc", "PER", 0),
                ("Safrane", "PER", 0),
                ("Hélène Vasseur", "PER", 0),
                ("Albin Michel", "PER", 0),
            ),
            {
                ("Marc Guivarc", "PER", ("Marc Guivarc",)),
                ("Safrane", "ORG", ("Safrane",)),
                ("Hélène Vasseur", "PER", ("Hélène Vasseur",)),
                ("Albin Michel", "ORG", ("Albin Michel",)),
            },
        ),
        (
            "- Les diables de Loudun (The devils of Loudun), un livre.",
            (("The devils of Loudun", "MISC", 0),),
            {("The devils of Loudun", "MISC", ("The devils of Loudun",))},
        ),
        # a role played told with words between ("a incarné pendant dix saisons le lieutenant X")
        (
            "Il a incarné pendant de nombreuses saisons le lieutenant Justin Ngoma, un adjoint.",
            (("Justin Ngoma", "PER", 0),),
            {("Justin Ngoma", "MISC", ("Justin Ngoma",))},
        ),
        # a lone name listed with a full one after a noun of people ("des humoristes, dont")
        (
            "Plusieurs humoristes, dont Jamel Derbane et Smaïl, étaient présents. Il a vu Lyon "
            "et Marc Roux.",
            (
                ("Jamel Derbane", "PER", 0),
                ("Smaïl", "LOC", 0),
                ("Lyon", "LOC", 0),
                ("Marc Roux", "PER", 0),
            ),
            {
                ("Jamel Derbane", "PER", ("Jamel Derbane",)),
                ("Smaïl", "PER", ("Smaïl",)),
                ("Lyon", "LOC", ("Lyon",)),
                ("Marc Roux", "PER", ("Marc Roux",)),
            },
        ),
        # a given name then a Spanish surname; a given name after "attribué à"; a clause after a
        # comma is no apposition
        (
            "Les procureurs Fernando de la Rionda et John Guy ont parlé. Le prix a été attribué à "
            "Leïla Bensaïd. Au Métropolis, une salle de Lorval, un homme armé a ouvert le feu.",
            (
                ("Fernando", "MISC", 0),
                ("Rionda", "LOC", 0),
                ("John Guy", "PER", 0),
                ("Leïla Bensaïd", "LOC", 0),
                ("Lorval", "LOC", 0),
            ),
            {
                ("Fernando de la Rionda", "PER", ("Fernando de la Rionda",)),
                ("John Guy", "PER", ("John Guy",)),
                ("Leïla Bensaïd", "PER", ("Leïla Bensaïd",)),
                ("salle de Lorval", "LOC", ("salle de Lorval",)),
            },
        ),
        # a middle name's initial: one person, named in full
        (
            "Le Nobel va à Robert Joseph Lefkowitz. Robert J. Lefkowitz est ravi.",
            (("Robert Joseph Lefkowitz", "PER", 0), ("Robert J. Lefkowitz", "PER", 0)),
            {
                (
                    "Robert Joseph Lefkowitz",
                    "PER",
                    ("Robert J. Lefkowitz", "Robert Joseph Lefkowitz"),
                )
            },
        ),
        # boats
        (
            "Alex Thomsen, à bord de Hugo Bossard, suit. Le skipper de Groupe Belin a abandonné.",
            (("Alex Thomsen", "PER", 0), ("Hugo Bossard", "PER", 0), ("Groupe Belin", "PER", 0)),
            {
                ("Alex Thomsen", "PER", ("Alex Thomsen",)),
                ("Hugo Bossard", "MISC", ("Hugo Bossard",)),
                ("Groupe Belin", "MISC", ("Groupe Belin",)),
            },
        ),
        # an aside that names someone tells who speaks: the body before it is no person
        (
            "Le procureur de la République de Lorval, Michel Valin, a annoncé une enquête.",
            (("République de Lorval", "LOC", 0), ("Michel Valin", "PER", 0)),
            {
                ("République de Lorval", "LOC", ("République de Lorval",)),
                ("Michel Valin", "PER", ("Michel Valin",)),
            },
        ),
        # a short given name of a longer one, the same surname: one person (not Jean and Jeanne)
        (
            "La Britannique Samantha Dalby a démâté. Sam Dalby a regagné l'île. Jean Roux et "
            "Jeanne Roux sont venus.",
            (
                ("Samantha Dalby", "PER", 0),
                ("Sam Dalby", "PER", 0),
                ("Jean Roux", "PER", 0),
                ("Jeanne Roux", "PER", 0),
            ),
            {
                ("Samantha Dalby", "PER", ("Sam Dalby", "Samantha Dalby")),
                ("Jean Roux", "PER", ("Jean Roux",)),
                ("Jeanne Roux", "PER", ("Jeanne Roux",)),
            },
        ),
        # more roles played: "il campait l'adjudant X", "qui jouait son épouse Y"
        (
            "Il campait l'adjudant Kervadec. Martine Abadie, qui jouait son épouse Mimi, pleure.",
            (("Kervadec", "PER", 0), ("Martine Abadie", "PER", 0), ("Mimi", "PER", 0)),
            {
                ("Kervadec", "MISC", ("Kervadec",)),
                ("Martine Abadie", "PER", ("Martine Abadie",)),
                ("Mimi", "MISC", ("Mimi",)),
            },
        ),
        # a name inside a title that its year follows
        (
            "Il tourne « Monsieur Albéric prend des vacances » (1978) avec Michel Galabru.",
            (("Albéric", "PER", 0), ("Michel Galabru", "PER", 0)),
            {("Albéric", "MISC", ("Albéric",)), ("Michel Galabru", "PER", ("Michel Galabru",))},
        ),
        # an institution's word after names
        (
            "Elle a signalé l'objet au Minor Planet Center de Cambridge.",
            (("Minor Planet Center", "PER", 0), ("Cambridge", "LOC", 0)),
            {
                ("Minor Planet Center", "ORG", ("Minor Planet Center",)),
                ("Cambridge", "LOC", ("Cambridge",)),
            },
        ),
        # a religious calling before a given name and a surname the model took for a body
        (
            "Les saints sont la religieuse espagnole Carmen Sallart et d'autres.",
            (("Carmen Sallart", "ORG", 0),),
            {("Carmen Sallart", "PER", ("Carmen Sallart",))},
        ),
        # a first name introduced with its age well before a full name it begins: two people
        (
            "« Nous resterons », explique Ahmed, 27 ans, étudiant venu d'Alexandrie. Les juges "
            "sont en colère contre le décret, qui les prive de tout recours devant les tribunaux "
            "du pays et qui place les décisions du président au-dessus de toute contestation "
            "possible, disent-ils depuis des jours dans les couloirs du palais de justice. "
            "Le président du Club des juges, Ahmed al-Zendi, a appelé à la grève.",
            (("Ahmed", "PER", 0), ("Ahmed al-Zendi", "PER", 0)),
            {("Ahmed", "PER", ("Ahmed",)), ("Ahmed al-Zendi", "PER", ("Ahmed al-Zendi",))},
        ),
        # a given name as a source ("Selon X,"), whatever the model says; not a city
        (
            "Selon Hassan, les militaires ont menti. Selon Paris, tout va bien.",
            (("Hassan", "LOC", 0), ("Paris", "LOC", 0)),
            {("Hassan", "PER", ("Hassan",)), ("Paris", "LOC", ("Paris",))},
        ),
        # a name inside a work's title
        (
            "Elle est primée pour « Le Dernier Été de Gustave Vernier », chez Gallimard.",
            (("Gustave Vernier", "PER", 0), ("Gallimard", "ORG", 0)),
            {
                ("Gustave Vernier", "MISC", ("Gustave Vernier",)),
                ("Gallimard", "ORG", ("Gallimard",)),
            },
        ),
        # a company's word after a surname
        (
            "Dassault Systèmes fournira sa plateforme.",
            (("Dassault Systèmes", "PER", 0),),
            {("Dassault Systèmes", "ORG", ("Dassault Systèmes",))},
        ),
        # a sovereign and the country: two names
        (
            "Le roi Olav IX de Norvège et la reine Ingrid II de Danemark sont venus.",
            (("Olav IX de Norvège", "PER", 0), ("Ingrid II de Danemark", "PER", 0)),
            {
                ("Olav IX", "PER", ("Olav IX",)),
                ("Norvège", "LOC", ("Norvège",)),
                ("Ingrid II", "PER", ("Ingrid II",)),
                ("Danemark", "LOC", ("Danemark",)),
            },
        ),
        # (not a team: "le XV de France")
        (
            "Le XV de France a gagné.",
            (("XV de France", "ORG", 0),),
            {("XV de France", "ORG", ("XV de France",))},
        ),
        # "Chez" with its capital inside a sentence: a restaurant
        (
            "Deux maisons gagnent une étoile : Chez Paul Varenne, à Annecy, et une autre.",
            (("Paul Varenne", "PER", 0), ("Annecy", "LOC", 0)),
            {("Paul Varenne", "ORG", ("Paul Varenne",)), ("Annecy", "LOC", ("Annecy",))},
        ),
        # a name with its age between commas, whatever the model says (family name first)
        (
            "Wu Jinfeng, 59 ans, a été désigné jeudi. M. Wu a parlé.",
            (("Wu Jinfeng", "MISC", 0), ("M. Wu", "PER", 0)),
            {("Wu Jinfeng", "PER", ("Wu", "Wu Jinfeng"))},
        ),
        # a noun of a body, then another phrase: the name after it is no body's
        (
            "Le groupe partage l'affiche avec Johnny Valcourt.",
            (("Johnny Valcourt", "PER", 0),),
            {("Johnny Valcourt", "PER", ("Johnny Valcourt",))},
        ),
        # a place named like a person: after an article, or a point of the compass
        (
            "Il a quitté la Caroline du Nord pour l'Oregon.",
            (("Caroline du Nord", "LOC", 0),),
            {("Caroline du Nord", "LOC", ("Caroline du Nord",))},
        ),
        # a street's head before a hyphenated name
        (
            "Le cortège a remonté le cours Victor-Hugo.",
            (("Victor-Hugo", "PER", 0),),
            {("cours Victor-Hugo", "LOC", ("cours Victor-Hugo",))},
        ),
        # a given name before "de": a person's name with its particle
        (
            "Le général Charles de Gaulle est mort.",
            (("Charles de Gaulle", "PER", 0),),
            {("Charles de Gaulle", "PER", ("Charles de Gaulle",))},
        ),
        # a word in quotation marks after a given name is what the person is called; "Mes" is
        # the lawyers' title
        (
            'Elle appelait Gérard "tonton" enfant. Gérard Vasseur est absent. Les avocats, Mes '
            "Karine Dos Santos et J.-P. Morel, plaideront.",
            (
                ('Gérard "tonton', "PER", 0),
                ("Gérard Vasseur", "PER", 0),
                ("Mes Karine Dos Santos", "PER", 0),
                ("J.-P. Morel", "PER", 0),
            ),
            {
                ("Gérard Vasseur", "PER", ("Gérard", "Gérard Vasseur")),
                ("Karine Dos Santos", "PER", ("Karine Dos Santos",)),
                ("J.-P. Morel", "PER", ("J.-P. Morel",)),
            },
        ),
        # a given name and a particle in small letters before the model's thing; a Spanish
        # surname after two given names, written once
        (
            "Deux chercheurs ont aidé. La Néerlandaise Anneke de Vries a comparé les os. Son "
            "rival, Juan Carlos Gutiérrez "
            "de la Cruz, a reconnu sa défaite. M. Gutiérrez a félicité sa rivale.",
            (
                ("Néerlandaise Anneke", "ORG", 0),
                ("Vries", "ORG", 0),
                ("Juan Carlos Gutiérrez", "PER", 0),
                ("Gutiérrez", "PER", 1),
            ),
            {
                ("Anneke de Vries", "PER", ("Anneke de Vries",)),
                (
                    "Juan Carlos Gutiérrez de la Cruz",
                    "PER",
                    ("Gutiérrez", "Juan Carlos Gutiérrez de la Cruz"),
                ),
            },
        ),
        # bodies the model takes for people
        (
            "Amina Sow, de l'ONG Alerte Sahel, a cité le mouvement régional Tierra Andina, la "
            "Fondation Lucie et André Chagnon, les attaques de Boko Haram et la Fédération "
            "Wallonie-Bruxelles. Un analyste du secteur chez Lombard Odier a parlé du tourisme "
            "vers le Machu Picchu.",
            (
                ("Amina Sow", "PER", 0),
                ("Alerte Sahel", "PER", 0),
                ("Tierra Andina", "PER", 0),
                ("Fondation Lucie", "ORG", 0),
                ("André Chagnon", "PER", 0),
                ("Boko Haram", "PER", 0),
                ("Fédération Wallonie-Bruxelles", "PER", 0),
                ("Lombard Odier", "PER", 0),
                ("Machu Picchu", "PER", 0),
            ),
            {
                ("Amina Sow", "PER", ("Amina Sow",)),
                ("Alerte Sahel", "ORG", ("Alerte Sahel",)),
                ("Tierra Andina", "ORG", ("Tierra Andina",)),
                ("Fondation Lucie", "ORG", ("Fondation Lucie",)),
                ("André Chagnon", "ORG", ("André Chagnon",)),
                ("Boko Haram", "ORG", ("Boko Haram",)),
                ("Fédération Wallonie-Bruxelles", "ORG", ("Fédération Wallonie-Bruxelles",)),
                ("Lombard Odier", "ORG", ("Lombard Odier",)),
                ("Machu Picchu", "LOC", ("Machu Picchu",)),
            },
        ),
        # a surname inside a name told more often by its given names; a given name the cues
        # make a person's; a given name with an age that the model missed
        (
            "Rosa Elvira Quispe Mamani a été élue. Mme Quispe a fait campagne. « Rosa Elvira ! "
            "Rosa Elvira ! », criait la foule. Le jury a désigné Nour El Houda Benslimane, 36 "
            "ans. « Nour a écrit contre les modes », dit-elle. Sabrina, 38 ans, s'inquiète.",
            (
                ("Rosa Elvira Quispe Mamani", "PER", 0),
                ("Mme Quispe", "PER", 0),
                ("Rosa Elvira", "PER", 1),
                ("Rosa Elvira", "PER", 2),
                ("Nour El Houda Benslimane", "MISC", 0),
                ("Nour", "LOC", 1),
            ),
            {
                (
                    "Rosa Elvira Quispe Mamani",
                    "PER",
                    ("Quispe", "Rosa Elvira", "Rosa Elvira Quispe Mamani"),
                ),
                ("Nour El Houda Benslimane", "PER", ("Nour", "Nour El Houda Benslimane")),
                ("Sabrina", "PER", ("Sabrina",)),
            },
        ),
        # an award for acting is no role played; a role opening the model's span; a particle
        # with a hyphen inside a name
        (
            "Le prix d'interprétation masculine a été attribué à l'Américain Bruce Dern. Le "
            "Premier ministre hongrois Viktor Orbán a hésité, comme l'ancien président tunisien "
            "Zine el-Abidine Ben Ali.",
            (
                ("Bruce Dern", "MISC", 0),
                ("Premier ministre hongrois Viktor Orbán", "MISC", 0),
                ("Zine el-Abidine Ben Ali", "PER", 0),
            ),
            {
                ("Bruce Dern", "PER", ("Bruce Dern",)),
                ("Viktor Orbán", "PER", ("Viktor Orbán",)),
                ("Zine el-Abidine Ben Ali", "PER", ("Zine el-Abidine Ben Ali",)),
            },
        ),
        # places and bodies: "le quartier de la X", "au lieu-dit X", a line of sources, a firm's
        # ending; a lone given name in apposition to a role
        (
            "Au quartier de la Médina, une commerçante de 52 ans, Aminata Fall, votait. Le choc a "
            "eu lieu au lieu-dit Angrois. Le club, racheté par Qatar Sports Investments, a "
            "présenté son directeur sportif, Leonardo.\nSources : Le Soleil ; Walf Fadjri.",
            (
                ("Médina", "PER", 0),
                ("Aminata Fall", "PER", 0),
                ("Angrois", "PER", 0),
                ("Qatar Sports Investments", "PER", 0),
                ("Leonardo", "PER", 0),
                ("Walf Fadjri", "PER", 0),
            ),
            {
                ("Médina", "LOC", ("Médina",)),
                ("Aminata Fall", "PER", ("Aminata Fall",)),
                ("lieu-dit Angrois", "LOC", ("lieu-dit Angrois",)),
                ("Qatar Sports Investments", "ORG", ("Qatar Sports Investments",)),
                ("Leonardo", "PER", ("Leonardo",)),
                ("Walf Fadjri", "ORG", ("Walf Fadjri",)),
            },
        ),
        # where someone lives, then "à": a place (not "comparé à X et à Y": people)
        (
            "Benoît Roy réside depuis à Castel Gandolfo. Il a comparé Trayvon à Medgar Evers et à "
            "Emmett Till.",
            (
                ("Benoît Roy", "PER", 0),
                ("Castel Gandolfo", "PER", 0),
                ("Medgar Evers", "PER", 0),
                ("Emmett Till", "PER", 0),
            ),
            {
                ("Benoît Roy", "PER", ("Benoît Roy",)),
                ("Castel Gandolfo", "LOC", ("Castel Gandolfo",)),
                ("Medgar Evers", "PER", ("Medgar Evers",)),
                ("Emmett Till", "PER", ("Emmett Till",)),
            },
        ),
        # a lone given name in apposition to someone's relative
        (
            "Le père de Thomas, Karim, est arrivé sur les lieux.",
            (("Thomas", "PER", 0), ("Karim", "LOC", 0)),
            {("Thomas", "PER", ("Thomas",)), ("Karim", "PER", ("Karim",))},
        ),
        # a prosecutor's title before a name the model missed; a paper in a list of sources
        (
            "Selon le procureur de la République François Chalon, le tireur a fui. « Il a tiré "
            "sept fois », a précisé M. Chalon.\n* « Le procès du siècle », Le Temps, 7 mai 2012.",
            (("M. Chalon", "MISC", 0), ("Le Temps", "PER", 0)),
            {
                ("François Chalon", "PER", ("Chalon", "François Chalon")),
                ("Le Temps", "ORG", ("Le Temps",)),
            },
        ),
        # a nickname in quotation marks between the given name and the surname
        (
            "La fanfare, dirigée par Gilbert « Gibus » Perrier, a joué. « Gibus » a salué.",
            (("Gilbert « Gibus", "PER", 0), ("Perrier", "MISC", 0), ("Gibus", "MISC", 1)),
            {("Gilbert Perrier", "PER", ("Gibus", "Gilbert", "Gilbert Perrier", "Perrier"))},
        ),
        # a title inside the model's span; a rank after "l'"; a storm named after "tempête
        # tropicale"
        (
            "Succès de MM. Aubry et Vidal. L'adjudant Keller a enquêté sous la tempête tropicale "
            "Ophélie. Ophélie a faibli.",
            (
                ("Succès de MM. Aubry", "PER", 0),
                ("Vidal", "PER", 0),
                ("Ophélie", "PER", 0),
                ("Ophélie", "PER", 1),
            ),
            {
                ("Aubry", "PER", ("Aubry",)),
                ("Vidal", "PER", ("Vidal",)),
                ("Keller", "PER", ("Keller",)),
                ("Ophélie", "MISC", ("Ophélie",)),
            },
        ),
        # a participle opening the sentence is no part of the name after it; a given name that
        # ends like one is kept
        (
            "Surnommée Mirka Lenoir, la chanteuse a gagné. Désiré Kouassi, le batteur, a joué.",
            (("Surnommée Mirka Lenoir", "PER", 0), ("Désiré Kouassi", "PER", 0)),
            {
                ("Mirka Lenoir", "PER", ("Mirka Lenoir",)),
                ("Désiré Kouassi", "PER", ("Désiré Kouassi",)),
            },
        ),
        # "Le Département de X" is no one; a lone name ending a body's name after "de" is a place
        (
            "Le Département du Jura a voté. C'est une figure de Kerlouan qui part. Le Cercle de "
            "voile de Kerlouan fête ses 50 ans.",
            (
                ("Le Département du Jura", "PER", 0),
                ("Kerlouan", "PER", 0),
                ("Cercle de voile de Kerlouan", "ORG", 0),
            ),
            {
                ("Cercle de voile de Kerlouan", "ORG", ("Cercle de voile de Kerlouan",)),
                ("Kerlouan", "LOC", ("Kerlouan",)),
            },
        ),
        # a farm named after its family; a firm after a job and "chez"; a person the model
        # took for a body, told by a role
        (
            "Les cidres de la ferme Le Goff sont vendus. Il est magasinier chez Bricomax Pro. "
            "Nadia Ferrand, auteure de six buts, a brillé.",
            (("Le Goff", "PER", 0), ("Bricomax Pro", "PER", 0), ("Nadia Ferrand", "ORG", 0)),
            {
                ("ferme Le Goff", "LOC", ("ferme Le Goff",)),
                ("Bricomax Pro", "ORG", ("Bricomax Pro",)),
                ("Nadia Ferrand", "PER", ("Nadia Ferrand",)),
            },
        ),
        # a body's leaders; a person whose given name and particle the model cut off; a name in
        # another language; a publisher after a title; a firm named by its trade
        (
            "Les chefs d'Ansar Dine, dont Iyad Ag Ghaly, ont fui. Il fut le Premier ministre "
            "d'Alpha Oumar Konaré. Le roi Willem-Alexander (Guillaume-Alexandre en français) "
            "règne. Le prix va à « Lame de fond » (Christian Bourgois). Porcelaines Marsac "
            "recrute.",
            (
                ("Ansar Dine", "PER", 0),
                ("Iyad Ag Ghaly", "MISC", 0),
                ("Premier ministre d'Alpha Oumar Konaré", "MISC", 0),
                ("Willem-Alexander", "PER", 0),
                ("Christian Bourgois", "PER", 0),
                ("Porcelaines Marsac", "PER", 0),
            ),
            {
                ("Ansar Dine", "ORG", ("Ansar Dine",)),
                ("Iyad Ag Ghaly", "PER", ("Iyad Ag Ghaly",)),
                ("Alpha Oumar Konaré", "PER", ("Alpha Oumar Konaré",)),
                ("Willem-Alexander", "PER", ("Guillaume-Alexandre", "Willem-Alexander")),
                ("Christian Bourgois", "ORG", ("Christian Bourgois",)),
                ("Porcelaines Marsac", "ORG", ("Porcelaines Marsac",)),
            },
        ),
        # daughters listed after their number; initials before a particle's surname
        (
            "Il est le père de deux filles, Zina et Marie. Il succède à J.M.G. Le Clézio.",
            (("Marie", "PER", 0),),
            {
                ("Zina", "PER", ("Zina",)),
                ("Marie", "PER", ("Marie",)),
                ("J.M.G. Le Clézio", "PER", ("J.M.G. Le Clézio",)),
            },
        ),
        # a prize named like a person; a firm after "avoir travaillé chez"; an English short
        # given name of the full one
        (
            "Il a reçu le César du meilleur acteur. Robert Lang avait travaillé chez Maxwell "
            "Partridge. Bob Lang a démissionné.",
            (
                ("César", "PER", 0),
                ("Robert Lang", "PER", 0),
                ("Maxwell Partridge", "PER", 0),
                ("Bob Lang", "PER", 0),
            ),
            {
                ("César", "MISC", ("César",)),
                ("Robert Lang", "PER", ("Bob Lang", "Robert Lang")),
                ("Maxwell Partridge", "ORG", ("Maxwell Partridge",)),
            },
        ),
        # sports named at a paragraph's opening are a results page's rubrics
        (
            "Handball (Nationale 3). Les filles ont gagné.\n\nPétanque. Le concours a réuni 64 "
            "équipes.",
            (("Handball", "ORG", 0), ("Pétanque", "LOC", 0)),
            set(),
        ),
        # a given name paired with a person's, which the model took for a place
        (
            "Ses dauphines, Camille et Inès, ont défilé.",
            (("Camille", "PER", 0), ("Inès", "LOC", 0)),
            {("Camille", "PER", ("Camille",)), ("Inès", "PER", ("Inès",))},
        ),
        # a maiden name written in full before "née X": one woman; the lone surname after her
        # maiden name is still her husband's
        (
            "Le peintre Paul Vidal est mort. Au Louvre, il rencontre une danseuse, Claire Morin. "
            "Vidal expose alors à Lyon. Il laisse son épouse, Claire Vidal, née Morin.",
            (
                ("Paul Vidal", "PER", 0),
                ("Louvre", "LOC", 0),
                ("Claire Morin", "PER", 0),
                ("Vidal", "PER", 1),
                ("Lyon", "LOC", 0),
                ("Claire Vidal", "PER", 0),
                ("Morin", "PER", 1),
            ),
            {
                ("Paul Vidal", "PER", ("Paul Vidal", "Vidal")),
                ("Claire Vidal", "PER", ("Claire Morin", "Claire Vidal", "Morin")),
                ("Louvre", "LOC", ("Louvre",)),
                ("Lyon", "LOC", ("Lyon",)),
            },
        ),
        # the name someone was born with, at a sentence's opening
        (
            "Le chanteur Marc Lenoir est mort hier. Né Marc Lenoiret le 3 mai 1940 à Lille, il "
            "monte à Paris.",
            (("Marc Lenoir", "PER", 0), ("Marc Lenoiret", "PER", 0), ("Lille", "LOC", 0)),
            {
                ("Marc Lenoir", "PER", ("Marc Lenoir", "Marc Lenoiret")),
                ("Lille", "LOC", ("Lille",)),
            },
        ),
        # titles without quotation marks: after a work's noun, before its author, after "dans",
        # before the year in brackets
        (
            "Il triomphe avec son premier tube, Josiane, puis avec l'album Monsieur Paul.",
            (("Josiane", "PER", 0), ("Paul", "PER", 0)),
            {("Josiane", "MISC", ("Josiane",)), ("Paul", "MISC", ("Paul",))},
        ),
        (
            "Le jury a préféré Julien Sorel, de Claude Autant, au film de Lisa Roy.",
            (("Julien Sorel", "PER", 0), ("Claude Autant", "PER", 0), ("Lisa Roy", "PER", 0)),
            {
                ("Julien Sorel", "MISC", ("Julien Sorel",)),
                ("Claude Autant", "PER", ("Claude Autant",)),
                ("Lisa Roy", "PER", ("Lisa Roy",)),
            },
        ),
        (
            "Elle joue dans Madame Irma depuis 2010.",
            (("Irma", "PER", 0),),
            {("Irma", "MISC", ("Irma",))},
        ),
        (
            "On le voit dans plusieurs films, dont Monsieur Henri (1971).",
            (("Henri", "PER", 0),),
            {("Henri", "MISC", ("Henri",))},
        ),
        # an author before a year in a bibliography stays a person
        (
            "- La chute, de Michel Dubreuil (1970) réédité en 2005.",
            (("Michel Dubreuil", "PER", 0),),
            {("Michel Dubreuil", "PER", ("Michel Dubreuil",))},
        ),
        # a pope's reigning name and his birth name
        (
            "Benoît XVI a quitté Rome. Joseph Ratzinger avait été élu en 2005.",
            (("Benoît XVI", "PER", 0), ("Rome", "LOC", 0), ("Joseph Ratzinger", "PER", 0)),
            {
                ("Benoît XVI", "PER", ("Benoît XVI", "Joseph Ratzinger")),
                ("Rome", "LOC", ("Rome",)),
            },
        ),
        # the reigning name after "pape" is written alone too, and "François" alone is no key
        (
            "Le cardinal Jorge Mario Bergoglio a choisi le nom de François. Le pape François a "
            "salué la foule avec François Vidal, puis Bergoglio a prié.",
            (
                ("Jorge Mario Bergoglio", "PER", 0),
                ("François", "PER", 0),
                ("François", "PER", 1),
                ("François Vidal", "PER", 0),
                ("Bergoglio", "PER", 1),
            ),
            {
                (
                    "Jorge Mario Bergoglio",
                    "PER",
                    ("Bergoglio", "François", "Jorge Mario Bergoglio"),
                ),
                ("François Vidal", "PER", ("François Vidal",)),
            },
        ),
        # the name someone is called by, after a noun of people or a pronoun (not a thing's)
        (
            "Le meilleur joueur s'appelle Sione Tupou. Le bateau s'appelle Grand Pavois.",
            (("Sione Tupou", "LOC", 0), ("Grand Pavois", "MISC", 0)),
            {
                ("Sione Tupou", "PER", ("Sione Tupou",)),
                ("Grand Pavois", "MISC", ("Grand Pavois",)),
            },
        ),
        # a given name and a surname joined by a hyphen, alone: a tournament, a school (not the
        # surname of a person named in full)
        (
            "Le tournoi de Roland-Garros commence. Paul Martin-Lavigne joue. Martin-Lavigne gagne.",
            (
                ("Roland-Garros", "PER", 0),
                ("Paul Martin-Lavigne", "PER", 0),
                ("Martin-Lavigne", "PER", 1),
            ),
            {
                ("Roland-Garros", "MISC", ("Roland-Garros",)),
                ("Paul Martin-Lavigne", "PER", ("Martin-Lavigne", "Paul Martin-Lavigne")),
            },
        ),
        # the first to do something since someone, in a year (not where one came from)
        (
            "Elle est la première Française sacrée depuis Maud Kerlidou en 1981. Il est revenu "
            "depuis Buenos Aires en 1998.",
            (("Maud Kerlidou", "LOC", 0), ("Buenos Aires", "LOC", 0)),
            {
                ("Maud Kerlidou", "PER", ("Maud Kerlidou",)),
                ("Buenos Aires", "LOC", ("Buenos Aires",)),
            },
        ),
        # a nickname others gave, in a relative clause
        (
            "Luigi Ferrante, que la presse avait surnommé « Capitano Fuggito », est absent.",
            (("Luigi Ferrante", "PER", 0), ("Capitano Fuggito", "PER", 0)),
            {("Luigi Ferrante", "PER", ("Capitano Fuggito", "Luigi Ferrante"))},
        ),
        # a full name with several middle names, and its first and last words
        (
            "João Carlos de Almeida Braga a été élu. João Braga a remercié ses électeurs.",
            (("João Carlos de Almeida Braga", "PER", 0), ("João Braga", "PER", 0)),
            {
                (
                    "João Carlos de Almeida Braga",
                    "PER",
                    ("João Braga", "João Carlos de Almeida Braga"),
                )
            },
        ),
        # a letter with a stroke written with or without it
        (
            "Le poète Czesław Kowalski est mort. Kowalski avait 90 ans. Czeslaw Kowalski était né "
            "à Lodz.",
            (
                ("Czesław Kowalski", "PER", 0),
                ("Kowalski", "PER", 1),
                ("Czeslaw Kowalski", "PER", 0),
                ("Lodz", "LOC", 0),
            ),
            {
                ("Czesław Kowalski", "PER", ("Czeslaw Kowalski", "Czesław Kowalski", "Kowalski")),
                ("Lodz", "LOC", ("Lodz",)),
            },
        ),
        # the first given name the model left out of a birth name, and the pope born so
        (
            "Né Angelo Giuseppe Roncalli en 1881, Jean XXIII a ouvert le concile.",
            (("Giuseppe Roncalli", "PER", 0), ("Jean XXIII", "PER", 0)),
            {("Jean XXIII", "PER", ("Angelo Giuseppe Roncalli", "Jean XXIII"))},
        ),
        # a team sport in a club's name
        (
            "Le Crest Drôme Handball Féminin a gagné la coupe.",
            (("Crest Drôme Handball Féminin", "PER", 0),),
            {("Crest Drôme Handball Féminin", "ORG", ("Crest Drôme Handball Féminin",))},
        ),
        # a lone given name with an age in words or in brackets
        (
            "Parmi les blessés, Inès, âgée de sept ans, et Tom (8 ans) sont soignés.",
            (("Inès", "LOC", 0), ("Tom", "LOC", 0)),
            {("Inès", "PER", ("Inès",)), ("Tom", "PER", ("Tom",))},
        ),
        # a town before its country, and where a journey started
        (
            "L'avion s'est posé à Abu Dhabi, aux Émirats arabes unis. Parti de Kourou Beach le 9 "
            "mars, il a volé.",
            (
                ("Abu Dhabi", "PER", 0),
                ("Émirats arabes unis", "LOC", 0),
                ("Kourou Beach", "PER", 0),
            ),
            {
                ("Abu Dhabi", "LOC", ("Abu Dhabi",)),
                ("Kourou Beach", "LOC", ("Kourou Beach",)),
                ("Émirats arabes unis", "LOC", ("Émirats arabes unis",)),
            },
        ),
        # a peer's title before a surname
        (
            "L'astronome Martin Reeves a parlé. Pour Lord Reeves, c'est une perte.",
            (("Martin Reeves", "PER", 0), ("Lord Reeves", "PER", 0)),
            {("Martin Reeves", "PER", ("Martin Reeves", "Reeves"))},
        ),
        # an office of two words the model took into the name
        (
            "La Première ministre Sheikh Rahana doit parler jeudi.",
            (("Première ministre Sheikh Rahana", "MISC", 0),),
            {("Sheikh Rahana", "PER", ("Sheikh Rahana",))},
        ),
        # a list of "de X, de Y" is no work and its author
        (
            "Il avait refusé d'entrer au gouvernement sous les présidences de Jacques Morvan, de "
            "Paul Ricard et de Luc Brun.",
            (("Jacques Morvan", "PER", 0), ("Paul Ricard", "PER", 0), ("Luc Brun", "PER", 0)),
            {
                ("Jacques Morvan", "PER", ("Jacques Morvan",)),
                ("Paul Ricard", "PER", ("Paul Ricard",)),
                ("Luc Brun", "PER", ("Luc Brun",)),
            },
        ),
        # the birth name of the one the text is about, no one else named in its sentence
        (
            "Le chanteur Rocky Vance est mort. Les fans de Rocky Vance pleurent. Vance avait 74 "
            "ans. Né Jean-Marc Dufour en 1943 à Paris, celui que ses fans surnommaient le Boss a "
            "vendu des millions de disques. Vance reste une légende.",
            (
                ("Rocky Vance", "PER", 0),
                ("Rocky Vance", "PER", 1),
                ("Vance", "PER", 2),
                ("Jean-Marc Dufour", "PER", 0),
                ("Vance", "PER", 3),
            ),
            {("Rocky Vance", "PER", ("Jean-Marc Dufour", "Rocky Vance", "Vance"))},
        ),
        # a role an actor won a prize for is a character
        (
            "Paul Roux a gagné pour son rôle de George Valmont, une vedette du muet.",
            (("Paul Roux", "PER", 0), ("George Valmont", "PER", 0)),
            {("George Valmont", "MISC", ("George Valmont",)), ("Paul Roux", "PER", ("Paul Roux",))},
        ),
        # the group its leader heads, the leader named after it
        (
            "Lundi, le chef de Kel Adrar, Abubakar Tall, a revendiqué l'enlèvement. Le maire de "
            "Lorval, Paul Roux, a parlé.",
            (
                ("Kel Adrar", "PER", 0),
                ("Abubakar Tall", "PER", 0),
                ("Lorval", "LOC", 0),
                ("Paul Roux", "PER", 0),
            ),
            {
                ("Abubakar Tall", "PER", ("Abubakar Tall",)),
                ("Kel Adrar", "ORG", ("Kel Adrar",)),
                ("Lorval", "LOC", ("Lorval",)),
                ("Paul Roux", "PER", ("Paul Roux",)),
            },
        ),
        # a kingdom after a sovereign's title and given names
        (
            "Étaient présents le roi Juan Carlos d'Espagne et le président Paul Roux.",
            (("Juan Carlos d'Espagne", "PER", 0), ("Paul Roux", "PER", 0)),
            {
                ("Espagne", "LOC", ("Espagne",)),
                ("Juan Carlos", "PER", ("Juan Carlos",)),
                ("Paul Roux", "PER", ("Paul Roux",)),
            },
        ),
        # a title in quotation marks that opens on a given name
        (
            "Elle a écrit des livres pour enfants, dont « Georges et les secrets de l'univers ».",
            (("Georges", "PER", 0),),
            {("Georges", "MISC", ("Georges",))},
        ),
        # an English palace; a thing named with its article
        (
            "Le matin même, Buckingham Palace avait annoncé le titre. Le couple a traversé la "
            "ville à bord d'une calèche, l'Ascot Landau.",
            (("Buckingham Palace", "PER", 0), ("Ascot Landau", "PER", 0)),
            {
                ("Ascot Landau", "MISC", ("Ascot Landau",)),
                ("Buckingham Palace", "LOC", ("Buckingham Palace",)),
            },
        ),
        # a team named in the plural; "cité" as a participle is no head noun
        (
            "Les All Blacks ont battu le XV de France. Mgr Curry a cité Martin Luther King.",
            (("All Blacks", "PER", 0), ("Curry", "PER", 0), ("cité Martin Luther King", "LOC", 0)),
            {
                ("All Blacks", "ORG", ("All Blacks",)),
                ("Curry", "PER", ("Curry",)),
                ("Martin Luther King", "PER", ("Martin Luther King",)),
            },
        ),
        # a shop's manager in apposition is a person, whatever the model says
        (
            "Les victimes sont Léna Kowalczyk, une gérante de restaurant âgée de 29 ans, et Paul "
            "Roy.",
            (("Léna Kowalczyk", "LOC", 0), ("Paul Roy", "PER", 0)),
            {
                ("Léna Kowalczyk", "PER", ("Léna Kowalczyk",)),
                ("Paul Roy", "PER", ("Paul Roy",)),
            },
        ),
        # where someone lives, an adverb between
        (
            "Le pape émérite réside provisoirement à Castel Rosso.",
            (("Castel Rosso", "PER", 0),),
            {("Castel Rosso", "LOC", ("Castel Rosso",))},
        ),
        # a caption's signature after the caption's sentence
        (
            "Les restes de la grange, samedi matin. Photo Lucie BERNIER",
            (("Photo Lucie BERNIER", "PER", 0),),
            {("Lucie Bernier", "PER", ("Lucie BERNIER",))},
        ),
        (
            "Lucie Bernier sur le quai. (Photo Erwan Kerlann)",
            (("Lucie Bernier", "PER", 0), ("Photo Erwan Kerlann", "PER", 0)),
            {
                ("Lucie Bernier", "PER", ("Lucie Bernier",)),
                ("Erwan Kerlann", "PER", ("Erwan Kerlann",)),
            },
        ),
        # a brigade named after someone; the nom de guerre of someone unnamed
        (
            "Un chef qui se fait appeler « Abou Salim », membre de la brigade Omar Mokhtar, parle.",
            (("Abou Salim", "LOC", 0), ("Omar Mokhtar", "PER", 0)),
            {("Abou Salim", "PER", ("Abou Salim",)), ("Omar Mokhtar", "ORG", ("Omar Mokhtar",))},
        ),
        # a trade named with a place noun: the person after it stays a person
        (
            "Le maître d'hôtel Paolo Verdi a témoigné, comme le chef de gare Luc Arnaud.",
            (("Paolo Verdi", "PER", 0), ("Luc Arnaud", "PER", 0)),
            {
                ("Paolo Verdi", "PER", ("Paolo Verdi",)),
                ("Luc Arnaud", "PER", ("Luc Arnaud",)),
            },
        ),
        # nicknames: after "dit « le … »", "aussitôt surnommé", a one-word "dit X,"
        (
            "Le navigateur Paul Le Dantec, dit « le Roi Paul », 51 ans, repart sur Marin.",
            (("Paul Le Dantec", "PER", 0), ("Roi Paul", "PER", 0)),
            {("Paul Le Dantec", "PER", ("Paul Le Dantec", "Roi Paul"))},
        ),
        (
            "On a vu un ingénieur, Omid Rostami, aussitôt surnommé « Star Guy » sur les réseaux.",
            (("Omid Rostami", "PER", 0), ("Star Guy", "PER", 0)),
            {("Omid Rostami", "PER", ("Omid Rostami", "Star Guy"))},
        ),
        (
            "Le Polonais Tomasz Wojcikowski, dit Tomek, sur Sirena, suit.",
            (("Tomasz Wojcikowski", "PER", 0), ("Tomek", "PER", 0)),
            {("Tomasz Wojcikowski", "PER", ("Tomasz Wojcikowski", "Tomek"))},
        ),
        # a name written the other way round
        (
            "Kenji Ito (Ito Kenji, dans l'ordre japonais) vit à Sendai. Kenji Ito est pêcheur.",
            (("Kenji Ito", "PER", 0), ("Ito Kenji", "PER", 0), ("Kenji Ito", "PER", 1)),
            {("Kenji Ito", "PER", ("Ito Kenji", "Kenji Ito"))},
        ),
        # a team named by its town, with the match's score
        (
            "Montauriol a battu Valbonne (24-19) samedi soir.",
            (("Montauriol", "LOC", 0), ("Valbonne", "PER", 0)),
            {("Montauriol", "LOC", ("Montauriol",)), ("Valbonne", "ORG", ("Valbonne",))},
        ),
        # a player after a move of the game; a sect; a demonym of Burkina Faso
        (
            "Paul Rouvier a marqué dès la 8e minute, sur une passe de Kévin Lamarre.",
            (("Paul Rouvier", "PER", 0), ("Kévin Lamarre", "MISC", 0)),
            {
                ("Paul Rouvier", "PER", ("Paul Rouvier",)),
                ("Kévin Lamarre", "PER", ("Kévin Lamarre",)),
            },
        ),
        (
            "Le pays est marqué par les attentats de la secte Ansar Nouri.",
            (("Ansar Nouri", "PER", 0),),
            {("Ansar Nouri", "ORG", ("Ansar Nouri",))},
        ),
        (
            "Le Burkinabé Kadré Sawadogo préside la Commission.",
            (("Burkinabé Kadré Sawadogo", "PER", 0),),
            {("Kadré Sawadogo", "PER", ("Kadré Sawadogo",))},
        ),
        # the short form of a given name
        (
            "L'Allemand Thomas Kessler dirige EADS. Angela Merkel a félicité Tom Kessler.",
            (
                ("Thomas Kessler", "PER", 0),
                ("EADS", "ORG", 0),
                ("Angela Merkel", "PER", 0),
                ("Tom Kessler", "PER", 0),
            ),
            {
                ("Thomas Kessler", "PER", ("Thomas Kessler", "Tom Kessler")),
                ("EADS", "ORG", ("EADS",)),
                ("Angela Merkel", "PER", ("Angela Merkel",)),
            },
        ),
        # "à la place de": instead of someone, no square
        (
            "Entré à la place de Hugo Berthet, blessé, Lucas Morin a marqué.",
            (("place de Hugo Berthet", "LOC", 0), ("Lucas Morin", "PER", 0)),
            {("Hugo Berthet", "PER", ("Hugo Berthet",)), ("Lucas Morin", "PER", ("Lucas Morin",))},
        ),
        # a work described after its title; animals; "un certain X"
        (
            "Parmi les oubliés figure Gregor, premier long métrage d'un Tchèque.",
            (("Gregor", "PER", 0),),
            {("Gregor", "MISC", ("Gregor",))},
        ),
        (
            "Au cœur du conflit : Bijou, le vieux cheval du retraité.",
            (("Bijou", "PER", 0),),
            {("Bijou", "MISC", ("Bijou",))},
        ),
        (
            "Il possédait encore un cheval, Ulysse, engagé à Vincennes.",
            (("Ulysse", "PER", 0),),
            {("Ulysse", "MISC", ("Ulysse",))},
        ),
        (
            "Un témoin, un certain Dylan, n'a jamais été retrouvé.",
            (("Dylan", "LOC", 0),),
            {("Dylan", "PER", ("Dylan",))},
        ),
        # a demonym after "du" or in the plural before names
        (
            "Le prix est partagé avec Il était une fois, du Turc Emre Kaya Demir.",
            (("Turc Emre Kaya Demir", "ORG", 0),),
            {("Emre Kaya Demir", "PER", ("Emre Kaya Demir",))},
        ),
        (
            "Le prix va aux Roumaines Ioana Petrescu et Maria Dobre.",
            (("Roumaines Ioana Petrescu", "LOC", 0), ("Maria Dobre", "PER", 0)),
            {
                ("Ioana Petrescu", "PER", ("Ioana Petrescu",)),
                ("Maria Dobre", "PER", ("Maria Dobre",)),
            },
        ),
        # a work's author after its title; a patriarch; a name ends before "l'"; a hospital
        (
            "Le jury a remis la Palme à The Long Night, de Garrett Holloway.",
            (("The Long Night", "ORG", 0), ("Garrett Holloway", "MISC", 0)),
            {
                ("The Long Night", "ORG", ("The Long Night",)),
                ("Garrett Holloway", "PER", ("Garrett Holloway",)),
            },
        ),
        (
            "Le patriarche Teodor, chef de l'Église, a protesté.",
            (("Teodor", "LOC", 0),),
            {("Teodor", "PER", ("Teodor",))},
        ),
        (
            "En 1960, il ouvrait avec son épouse Odile l'Auberge du Lac.",
            (("Odile l'Auberge du Lac", "PER", 0),),
            {("Odile", "PER", ("Odile",)), ("Auberge du Lac", "LOC", ("Auberge du Lac",))},
        ),
        (
            "Il est mort au centre hospitalier Jean-Moreau de Vichy.",
            (("Jean-Moreau de Vichy", "PER", 0),),
            {
                (
                    "centre hospitalier Jean-Moreau de Vichy",
                    "LOC",
                    ("centre hospitalier Jean-Moreau de Vichy",),
                )
            },
        ),
        # a variety of flower, an animal by its breed, a thing one owns, named after someone
        (
            "Pour ses 60 ans, elle a reçu un rosier Jeanne Marceau et des roses Paul Ferrier.",
            (("Jeanne Marceau", "PER", 0), ("Paul Ferrier", "PER", 0)),
            {
                ("Jeanne Marceau", "MISC", ("Jeanne Marceau",)),
                ("Paul Ferrier", "MISC", ("Paul Ferrier",)),
            },
        ),
        (
            "Ce soir-là, Hector, l'american staff du voisin, a mordu Marc Petit.",
            (("Hector", "PER", 0), ("Marc Petit", "PER", 0)),
            {("Hector", "MISC", ("Hector",)), ("Marc Petit", "PER", ("Marc Petit",))},
        ),
        (
            "Le tracteur Lucien Bréval n'a pas pu être sorti du hangar de Marc Petit.",
            (("Lucien Bréval", "PER", 0), ("Marc Petit", "PER", 0)),
            {("Marc Petit", "PER", ("Marc Petit",)), ("Lucien Bréval", "MISC", ("Lucien Bréval",))},
        ),
        # a flower named after someone takes no first name of the family
        (
            "Il a planté les rosiers Pierre de Lorval. Il laisse ses enfants Pierre et Anne. Son "
            "fils, Pierre Vidal, a repris la ferme.",
            (("Pierre de Lorval", "PER", 0), ("Pierre Vidal", "PER", 0)),
            {
                ("Pierre de Lorval", "MISC", ("Pierre de Lorval",)),
                ("Pierre Vidal", "PER", ("Pierre", "Pierre Vidal")),
                ("Anne", "PER", ("Anne",)),
            },
        ),
        # a Filipino particle in small letters; a ship; an English place by its last word; a
        # body described after its name; a market
        (
            "Le pêcheur Jose dela Cruz ne sait pas quoi faire.",
            (("Jose", "PER", 0), ("Cruz", "PER", 0)),
            {("Jose dela Cruz", "PER", ("Jose dela Cruz",))},
        ),
        (
            "La marine a envoyé le porte-avions Marc Lorval au large de Tacloban.",
            (("Marc Lorval", "PER", 0), ("Tacloban", "LOC", 0)),
            {("Marc Lorval", "MISC", ("Marc Lorval",)), ("Tacloban", "LOC", ("Tacloban",))},
        ),
        (
            "Samedi, au Lorvay Park, le public a ovationné les joueurs.",
            (("Lorvay Park", "PER", 0),),
            {("Lorvay Park", "LOC", ("Lorvay Park",))},
        ),
        (
            "Ces colonnes dépendent d'Ansar Lorva, le mouvement de Marc Petit.",
            (("Ansar Lorva", "PER", 0), ("Marc Petit", "PER", 0)),
            {("Ansar Lorva", "ORG", ("Ansar Lorva",)), ("Marc Petit", "PER", ("Marc Petit",))},
        ),
        # initials before a particle: the same person
        (
            "Le podium. (Photo A. Le Gall)\n\nCorrespondant : Anne Le Gall",
            (("A. Le Gall", "PER", 0), ("Anne Le Gall", "PER", 0)),
            {("Anne Le Gall", "PER", ("A. Le Gall", "Anne Le Gall"))},
        ),
        (
            "Marc Petit a dégagé l'arbre avec son vieux Lucien Bréval.",
            (("Marc Petit", "PER", 0), ("Lucien Bréval", "PER", 0)),
            {("Marc Petit", "PER", ("Marc Petit",)), ("Lucien Bréval", "MISC", ("Lucien Bréval",))},
        ),
        # a widow's title; a trophy named after someone
        (
            "Mme Veuve Rochas, 91 ans, a coupé le ruban.",
            (("Veuve Rochas", "PER", 0),),
            {("Rochas", "PER", ("Rochas",))},
        ),
        (
            "Le trophée Henri-Castaing revient à Lorval.",
            (("Henri-Castaing", "PER", 0), ("Lorval", "LOC", 0)),
            {
                ("trophée Henri-Castaing", "MISC", ("trophée Henri-Castaing",)),
                ("Lorval", "LOC", ("Lorval",)),
            },
        ),
        # where someone comes from, between commas after the name
        (
            "La médaille a été remise par Odile Ferrand, de Lestrade, présidente du comité.",
            (("Odile Ferrand", "PER", 0), ("Lestrade", "PER", 0)),
            {("Odile Ferrand", "PER", ("Odile Ferrand",)), ("Lestrade", "LOC", ("Lestrade",))},
        ),
        # a couple: the given name before "et" and a full name is a person's too
        (
            "Le bail a été accordé à Lucie et Bastien Royer, installés depuis un an.",
            (("Bastien Royer", "PER", 0),),
            {
                ("Lucie Royer", "PER", ("Lucie", "Lucie Royer")),
                ("Bastien Royer", "PER", ("Bastien Royer",)),
            },
        ),
        # scorers after their team's name in capitals; an eldest grandchild
        (
            "Lorval a gagné samedi.\nVALBONNE : Marot (8), Tessier (4), Ndiaye (2).",
            (
                ("Lorval", "LOC", 0),
                ("Marot", "LOC", 0),
                ("Tessier", "LOC", 0),
                ("Ndiaye", "MISC", 0),
            ),
            {
                ("Lorval", "LOC", ("Lorval",)),
                ("Marot", "PER", ("Marot",)),
                ("Tessier", "PER", ("Tessier",)),
                ("Ndiaye", "PER", ("Ndiaye",)),
            },
        ),
        (
            "Le repas était servi. Elsa, l'aînée des petits-enfants, a lu un poème.",
            (("Elsa", "LOC", 0),),
            {("Elsa", "PER", ("Elsa",))},
        ),
        # a country opening a sentence with its article, before a verb a person would use
        (
            "Les discussions ont échoué. La France assure ce mois-ci la présidence du Conseil.",
            (("France", "LOC", 0),),
            {("France", "LOC", ("France",))},
        ),
        # a capital that stands for its government, whatever verb follows; a title keeps a person
        (
            "Washington a annoncé des sanctions. Pékin a démenti, selon M. Vannier.",
            (("Washington", "PER", 0), ("Pékin", "PER", 0), ("Vannier", "PER", 0)),
            {
                ("Washington", "LOC", ("Washington",)),
                ("Pékin", "LOC", ("Pékin",)),
                ("Vannier", "PER", ("Vannier",)),
            },
        ),
        (
            "Moscow denied the report on Monday, and Tehran said nothing.",
            (("Moscow", "PER", 0), ("Tehran", "PER", 0)),
            {("Moscow", "LOC", ("Moscow",)), ("Tehran", "LOC", ("Tehran",))},
        ),
        # a name listed with places is a place; the stations of "centres de" pass no ball
        (
            "Les pompiers des centres de La Rochette, Chamoux-sur-Gelon et Montmélian sont venus.",
            (("La Rochette", "PER", 0), ("Chamoux-sur-Gelon", "LOC", 0), ("Montmélian", "LOC", 0)),
            {
                ("La Rochette", "LOC", ("La Rochette",)),
                ("Chamoux-sur-Gelon", "LOC", ("Chamoux-sur-Gelon",)),
                ("Montmélian", "LOC", ("Montmélian",)),
            },
        ),
        (
            "Le but est venu sur un centre de Karim Vasseur, à la 80e minute.",
            (("Karim Vasseur", "LOC", 0),),
            {("Karim Vasseur", "PER", ("Karim Vasseur",))},
        ),
        # a feast named alone is no person, even where a place's name ends on it
        (
            "La chorale a chanté des chants de Noël avant le marché de Noël.",
            (("Noël", "PER", 0), ("marché de Noël", "LOC", 0)),
            {("Noël", "MISC", ("Noël",)), ("marché de Noël", "LOC", ("marché de Noël",))},
        ),
        # crafts, horses and dogs named like people
        (
            "Largué par la sonde européenne Vostra, le robot Kepha a touché la comète. Selon "
            "Vostra, tout va bien.",
            (("Vostra", "PER", 0), ("Kepha", "PER", 0), ("Vostra", "PER", 1)),
            {("Vostra", "MISC", ("Vostra",)), ("Kepha", "MISC", ("Kepha",))},
        ),
        (
            "Deuxième, Brackley, l'élève de Paul Ferrand monté par Marc Guérin, a résisté.",
            (("Brackley", "PER", 0), ("Paul Ferrand", "PER", 0), ("Marc Guérin", "PER", 0)),
            {
                ("Brackley", "MISC", ("Brackley",)),
                ("Paul Ferrand", "PER", ("Paul Ferrand",)),
                ("Marc Guérin", "PER", ("Marc Guérin",)),
            },
        ),
        (
            "Les trois chevaux venus d'Irlande, Blue Dawn, Kerry Star et Lough Bay, ont déçu.",
            (("Blue Dawn", "PER", 0), ("Kerry Star", "PER", 0), ("Lough Bay", "PER", 0)),
            {
                ("Blue Dawn", "MISC", ("Blue Dawn",)),
                ("Kerry Star", "MISC", ("Kerry Star",)),
                ("Lough Bay", "MISC", ("Lough Bay",)),
            },
        ),
        (
            "Restait son chien, un labrador noir prénommé Tito, qui s'était enfui.",
            (("Tito", "PER", 0),),
            {("Tito", "MISC", ("Tito",))},
        ),
        # a rank before a surname; a Kenyan name's particle
        (
            "Les gendarmes, dirigés par le major Lacoste, ont ouvert une enquête.",
            (("Lacoste", "LOC", 0),),
            {("Lacoste", "PER", ("Lacoste",))},
        ),
        (
            "Le jury hésitait entre Mwangi wa Kamau et un autre. Mwangi wa Kamau a gagné.",
            (("Mwangi wa Kamau", "PER", 0), ("Mwangi wa Kamau", "PER", 1)),
            {("Mwangi wa Kamau", "PER", ("Mwangi wa Kamau",))},
        ),
        # characters of a play
        (
            "Il campe un Bréval attendrissant. Les prétendants, Armand Lorin et Paul Sorel, "
            "sont joués par deux frères.",
            (("Bréval", "PER", 0), ("Armand Lorin", "PER", 0), ("Paul Sorel", "PER", 0)),
            {
                ("Bréval", "MISC", ("Bréval",)),
                ("Armand Lorin", "MISC", ("Armand Lorin",)),
                ("Paul Sorel", "MISC", ("Paul Sorel",)),
            },
        ),
        # a participle agreed with a woman or a plural, opening its clause: no place
        (
            "La fête a eu lieu. Embauchée en 1975, Léa Marchal a connu trois patrons.",
            (("Embauchée", "LOC", 0), ("Léa Marchal", "PER", 0)),
            {("Léa Marchal", "PER", ("Léa Marchal",))},
        ),
        (
            "Il neigeait. Renée, sa voisine, est venue. Vitré en fête attend du monde.",
            (("Renée", "PER", 0), ("Vitré", "LOC", 0)),
            {("Renée", "PER", ("Renée",)), ("Vitré", "LOC", ("Vitré",))},
        ),
        # a signature in brackets, the model's span holding its cue
        (
            "Le marché a attiré du monde.\n(Correspondant : Jean-Marc PETITBON)",
            (("Correspondant : Jean-Marc PETITBON", "MISC", 0),),
            {("Jean-Marc Petitbon", "PER", ("Jean-Marc PETITBON",))},
        ),
        # the town its inhabitants and its burgomaster come from; a pen pal; a cow of a herd
        (
            "Les habitants de Kleinfeld sont arrivés. Le bourgmestre de Kleinfeld a parlé.",
            (("Kleinfeld", "PER", 0), ("Kleinfeld", "PER", 1)),
            {("Kleinfeld", "LOC", ("Kleinfeld",))},
        ),
        (
            "Léa a appris à compter avec Jonas, son correspondant du même âge.",
            (("Léa", "PER", 0), ("Jonas", "MISC", 0)),
            {("Léa", "PER", ("Léa",)), ("Jonas", "PER", ("Jonas",))},
        ),
        (
            "Leurs trente vaches, dont Roussette et Bella, paissent au bord de l'eau.",
            (("Roussette", "PER", 0), ("Bella", "PER", 0)),
            {("Roussette", "MISC", ("Roussette",)), ("Bella", "MISC", ("Bella",))},
        ),
        # a plural noun leading a name after "les": an event, a troupe
        (
            "Il a gagné les Foulées du Vieux Pont, dimanche.",
            (("Foulées du Vieux Pont", "PER", 0),),
            {("Foulées du Vieux Pont", "MISC", ("Foulées du Vieux Pont",))},
        ),
        (
            "Le comédien a salué M. Paris, son professeur. Paris a souri.",
            (("Paris", "PER", 0), ("Paris", "PER", 1)),
            {("Paris", "PER", ("Paris",))},
        ),
        # a town told by its people, its outskirts or its side
        (
            "Les avions ont frappé aux abords de Kerbala. La population de Kerbala a fui.",
            (("Kerbala", "PER", 0), ("Kerbala", "PER", 1)),
            {("Kerbala", "LOC", ("Kerbala",))},
        ),
        (
            "Les colonnes sont entrées au nord de Jadida. Jadida a été bombardée.",
            (("Jadida", "PER", 0), ("Jadida", "PER", 1)),
            {("Jadida", "LOC", ("Jadida",))},
        ),
        # a body's first word, a list of candidates, a school told without its head
        (
            "La buvette est tenue par l'Amicale Paul-Lemaire des anciens pompiers.",
            (("Amicale Paul-Lemaire", "PER", 0),),
            {("Amicale Paul-Lemaire", "ORG", ("Amicale Paul-Lemaire",))},
        ),
        (
            "Les élus de la liste Vernon Demain ont voté contre.",
            (("Vernon Demain", "PER", 0),),
            {("Vernon Demain", "ORG", ("Vernon Demain",))},
        ),
        (
            "La kermesse de l'école Lucie-Aubrac a eu lieu. Elle a enseigné à Lucie-Aubrac.",
            (("école Lucie-Aubrac", "ORG", 0), ("Lucie-Aubrac", "PER", 1)),
            {
                ("école Lucie-Aubrac", "ORG", ("école Lucie-Aubrac",)),
                ("Lucie-Aubrac", "ORG", ("Lucie-Aubrac",)),
            },
        ),
        # a secretary, a great-granddaughter, a son told with "ce", a village's garage owner
        (
            "Au bureau, la secrétaire de l'équipe, Odile Kremer, répondait au téléphone.",
            (("Odile Kremer", "ORG", 0),),
            {("Odile Kremer", "PER", ("Odile Kremer",))},
        ),
        (
            "Leur arrière-petite-fille, Maëva, née en mai, était là.",
            (("Maëva", "MISC", 0),),
            {("Maëva", "PER", ("Maëva",))},
        ),
        (
            "Ce fils, Ryota, vit à Kobe.",
            (("Ryota", "MISC", 0), ("Kobe", "LOC", 0)),
            {("Ryota", "PER", ("Ryota",)), ("Kobe", "LOC", ("Kobe",))},
        ),
        # a club after "du", a retreat, an arrest's town, a seat of power, a son with his age
        (
            "Il portait le maillot du club de football Real Oviedo.",
            (("Real Oviedo", "PER", 0),),
            {("Real Oviedo", "ORG", ("Real Oviedo",))},
        ),
        (
            "L'ancien pape, retiré à Monte Vergine, prie.",
            (("Monte Vergine", "PER", 0),),
            {("Monte Vergine", "LOC", ("Monte Vergine",))},
        ),
        (
            "Le suspect a été arrêté jeudi soir à Fairhaven. Fairhaven est calme.",
            (("Fairhaven", "PER", 0), ("Fairhaven", "PER", 1)),
            {("Fairhaven", "LOC", ("Fairhaven",))},
        ),
        (
            "Le Kremlin a annoncé jeudi un décret.",
            (("Kremlin", "PER", 0),),
            {("Kremlin", "LOC", ("Kremlin",))},
        ),
        (
            "Elle cherche son fils de 7 ans, Arnel.",
            (("Arnel", "LOC", 0),),
            {("Arnel", "PER", ("Arnel",))},
        ),
        # a town's mayor, before the mayor's name; a cleft sentence on where
        (
            "Le maire de Port Hawley, Tom Reiss, a parlé. Port Hawley est sous l'eau.",
            (("Port Hawley", "PER", 0), ("Tom Reiss", "PER", 0), ("Port Hawley", "LOC", 1)),
            {
                ("Port Hawley", "LOC", ("Port Hawley",)),
                ("Tom Reiss", "PER", ("Tom Reiss",)),
            },
        ),
        (
            "C'est à Palmas que l'architecte a bâti son œuvre.",
            (("Palmas", "PER", 0),),
            {("Palmas", "LOC", ("Palmas",))},
        ),
        # an English prize's or a police body's name, whatever speaks after it
        (
            "Le disque lui a valu trois Emmy Awards. Scotland Yard a indiqué l'avoir retrouvé.",
            (("Emmy Awards", "PER", 0), ("Scotland Yard", "PER", 0)),
            {
                ("Emmy Awards", "MISC", ("Emmy Awards",)),
                ("Scotland Yard", "ORG", ("Scotland Yard",)),
            },
        ),
        (
            "Il était apprenti chez le garagiste Etchegoyen à Dax.",
            (("Etchegoyen", "LOC", 0), ("Dax", "LOC", 0)),
            {("Etchegoyen", "PER", ("Etchegoyen",)), ("Dax", "LOC", ("Dax",))},
        ),
        # a Filipino particle in small letters goes on with the surname, whatever the given name
        (
            "Son frère, Ramil delos Reyes, pêcheur, a été secouru.",
            (("Ramil", "PER", 0), ("Reyes", "PER", 0)),
            {("Ramil delos Reyes", "PER", ("Ramil delos Reyes",))},
        ),
        # the capitalised word the model left out between a head noun and a name
        (
            "Elle a été soignée à la clinique Saint Anselm Memorial, près du port.",
            (("Anselm Memorial", "PER", 0),),
            {("clinique Saint Anselm Memorial", "LOC", ("clinique Saint Anselm Memorial",))},
        ),
        # a trade and the town it is practised in; a sign's name, a confectioner's group
        (
            "Me Vidal, notaire à Vernelles, et Mme Roux, pharmacienne à Castagnac, ont parlé.",
            (
                ("Vidal", "PER", 0),
                ("Vernelles", "PER", 0),
                ("Roux", "PER", 0),
                ("Castagnac", "PER", 0),
            ),
            {
                ("Vidal", "PER", ("Vidal",)),
                ("Vernelles", "LOC", ("Vernelles",)),
                ("Roux", "PER", ("Roux",)),
                ("Castagnac", "LOC", ("Castagnac",)),
            },
        ),
        (
            "Ils vendent sous l'enseigne Chez Titou. Le patron du groupe de biscuits Marvelle "
            "est venu.",
            (("Titou", "PER", 0), ("Marvelle", "PER", 0)),
            {("Titou", "ORG", ("Titou",)), ("Marvelle", "ORG", ("Marvelle",))},
        ),
        # a union's initials before a delegate's name, whichever span the model gives
        (
            "Pour la déléguée FSU Corinne Lablache, le compte n'y est pas.",
            (("FSU", "ORG", 0), ("Corinne Lablache", "PER", 0)),
            {("FSU", "ORG", ("FSU",)), ("Corinne Lablache", "PER", ("Corinne Lablache",))},
        ),
        (
            "Le conseiller UDF Gérard Moissac a voté contre.",
            (("UDF Gérard Moissac", "PER", 0),),
            {("UDF", "ORG", ("UDF",)), ("Gérard Moissac", "PER", ("Gérard Moissac",))},
        ),
        # a foundation's name; a mountain pass's
        (
            "Le chanteur aide l'île par sa fondation Kalinda Espoir. Ils ont bivouaqué près de "
            "la brèche de Fargues.",
            (("Kalinda Espoir", "PER", 0), ("Fargues", "PER", 0)),
            {
                ("fondation Kalinda Espoir", "ORG", ("fondation Kalinda Espoir",)),
                ("brèche de Fargues", "LOC", ("brèche de Fargues",)),
            },
        ),
        # an armed group after its fighters; a shrine's, a cannery's name
        (
            "Les islamistes d'Ansar Kalem ont rasé le mausolée de Sidi Brahim. La conserverie "
            "Le Bihan ferme.",
            (("Ansar Kalem", "PER", 0), ("Sidi Brahim", "PER", 0), ("Le Bihan", "PER", 0)),
            {
                ("Ansar Kalem", "ORG", ("Ansar Kalem",)),
                ("mausolée de Sidi Brahim", "LOC", ("mausolée de Sidi Brahim",)),
                ("conserverie Le Bihan", "ORG", ("conserverie Le Bihan",)),
            },
        ),
        (
            "Armés de bâtons, des hommes ont forcé la porte.",
            (("Armés de bâtons", "PER", 0),),
            set(),
        ),
        # a pet form of a given name with the same surname: one person, named in full
        (
            "Le prince a épousé Kate Hallworth. Catherine Hallworth, 29 ans, a souri.",
            (("Kate Hallworth", "PER", 0), ("Catherine Hallworth", "PER", 0)),
            {("Catherine Hallworth", "PER", ("Catherine Hallworth", "Kate Hallworth"))},
        ),
        # where a movement came from, where people gathered; a contest's name
        (
            "La grève était partie de Montclaret le 3 mai. Des centaines de personnes se sont "
            "rassemblées à Port Halden. Elle a remporté le concours Reine-Mathilde de Caen.",
            (
                ("Montclaret", "PER", 0),
                ("Port Halden", "PER", 0),
                ("Reine-Mathilde de Caen", "PER", 0),
            ),
            {
                ("Montclaret", "LOC", ("Montclaret",)),
                ("Port Halden", "LOC", ("Port Halden",)),
                ("concours Reine-Mathilde de Caen", "MISC", ("concours Reine-Mathilde de Caen",)),
            },
        ),
        # a party and its leader, elided; a town near which; a parent company; a work's title;
        # a firm's "&"; a shipyard
        (
            "Le Lofos d'Andreas Kyrtatos recule. Kyrtatos a parlé. Un raid a eu lieu près de "
            "Dogonda. Le patron de Tarn Rail, maison mère de la CFR, est venu. Intitulé Portrait "
            "de Madame Aude de Brissac, le tableau a disparu. L'assureur Brenner & Söhne paiera. "
            "Les Chantiers Le Goarnig ont fermé.",
            (
                ("Lofos d'Andreas Kyrtatos", "ORG", 0),
                ("Kyrtatos", "PER", 0),
                ("Dogonda", "PER", 0),
                ("Tarn Rail", "PER", 0),
                ("Portrait de Madame Aude de Brissac", "PER", 0),
                ("Brenner & Söhne", "PER", 0),
                ("Chantiers Le Goarnig", "PER", 0),
            ),
            {
                ("Lofos", "ORG", ("Lofos",)),
                ("Andreas Kyrtatos", "PER", ("Andreas Kyrtatos", "Kyrtatos")),
                ("Dogonda", "LOC", ("Dogonda",)),
                ("Tarn Rail", "ORG", ("Tarn Rail",)),
                (
                    "Portrait de Madame Aude de Brissac",
                    "MISC",
                    ("Portrait de Madame Aude de Brissac",),
                ),
                ("Brenner & Söhne", "ORG", ("Brenner & Söhne",)),
                ("Chantiers Le Goarnig", "ORG", ("Chantiers Le Goarnig",)),
            },
        ),
        # a name before "et" and a full name is no given name of that surname when the text
        # writes the pair the other way round too
        (
            "Nab et Cyrus Holbrook accoururent. Plus tard, Cyrus Holbrook et Nab partirent.",
            (
                ("Nab", "PER", 0),
                ("Cyrus Holbrook", "PER", 0),
                ("Cyrus Holbrook", "PER", 1),
                ("Nab", "PER", 1),
            ),
            {("Nab", "PER", ("Nab",)), ("Cyrus Holbrook", "PER", ("Cyrus Holbrook",))},
        ),
        # a name after "d'un": a thing (a plane, a painting), not a person
        (
            "La foule a salué le passage d'un Hurricane et d'un Wellesley.",
            (("Hurricane", "PER", 0), ("Wellesley", "PER", 0)),
            {("Hurricane", "MISC", ("Hurricane",)), ("Wellesley", "MISC", ("Wellesley",))},
        ),
        # a given name after a noun and an age, whatever the model made of it
        (
            "En mars, un matelot de 23 ans, Erwan, s'est fracturé la jambe.",
            (("Erwan", "LOC", 0),),
            {("Erwan", "PER", ("Erwan",))},
        ),
        (
            "Elle préside la fondation de Jean-Marc Rivoire depuis sa mort.",
            (("Jean-Marc Rivoire", "PER", 0),),
            {("Jean-Marc Rivoire", "PER", ("Jean-Marc Rivoire",))},
        ),
        # places told by what links them or what they are, a stadium after "au", a landmark
        (
            "Le train qui reliait Brévannes à Lorient a déraillé.",
            (("Brévannes", "PER", 0),),
            {("Brévannes", "LOC", ("Brévannes",))},
        ),
        (
            "Castelmoron, la plus grande commune du canton, a voté non. Castelmoron a dit non.",
            (("Castelmoron", "LOC", 0), ("Castelmoron", "PER", 1)),
            {("Castelmoron", "LOC", ("Castelmoron",))},
        ),
        (
            "Les supporters ont fêté la victoire au Morumbi de São Paulo.",
            (("Morumbi de São Paulo", "PER", 0),),
            {("Morumbi de São Paulo", "LOC", ("Morumbi de São Paulo",))},
        ),
        (
            "La foule attendait devant le Grant Memorial.",
            (("Grant Memorial", "PER", 0),),
            {("Grant Memorial", "LOC", ("Grant Memorial",))},
        ),
        # a comet's catalogue name and its nickname: no person
        (
            "La sonde a rejoint la comète 45P/Hondarev-Pirelli, surnommée « Hondi ».",
            (("Hondarev-Pirelli", "LOC", 0), ("Hondi", "PER", 0)),
            {("Hondarev-Pirelli", "MISC", ("Hondarev-Pirelli", "Hondi"))},
        ),
        # a German school named after someone
        (
            "Les élèves du Anna-Seghers-Gymnasium de Mainz sont rentrés.",
            (("Anna-Seghers-Gymnasium de Mainz", "PER", 0),),
            {("Anna-Seghers-Gymnasium de Mainz", "ORG", ("Anna-Seghers-Gymnasium de Mainz",))},
        ),
        # a person of three words the model took for a body, a role after the name
        (
            "Bartek Mol Zarek, ancien instructeur de plongée, témoigne.",
            (("Bartek Mol Zarek", "ORG", 0),),
            {("Bartek Mol Zarek", "PER", ("Bartek Mol Zarek",))},
        ),
        # a given name after "son" and a trade
        (
            "Son jardinier, Malik, a tout vu.",
            (("Malik", "LOC", 0),),
            {("Malik", "PER", ("Malik",))},
        ),
        # a lone name and the kin noun after it
        (
            "Appelé à la barre, Tarik, frère aîné de l'accusé, a pleuré.",
            (("Tarik", "PER", 0),),
            {("Tarik", "PER", ("Tarik",))},
        ),
        (
            "Né en 1931 à Montbrison, fils d'un cheminot, Roux monte à Paris.",
            (("Montbrison", "LOC", 0),),
            {("Montbrison", "LOC", ("Montbrison",))},
        ),
        # a town and a name written alone elsewhere, read as one
        (
            "Yilmaz Kaya jugé. La cour a condamné mardi à Valbonne Yilmaz Kaya, 34 ans.",
            (("Yilmaz Kaya", "PER", 0), ("Valbonne Yilmaz Kaya", "PER", 0)),
            {("Yilmaz Kaya", "PER", ("Yilmaz Kaya",)), ("Valbonne", "LOC", ("Valbonne",))},
        ),
        # where one comes from, where one stays
        (
            "Son fils est venu la chercher depuis Castelfidardo.",
            (("Castelfidardo", "PER", 0),),
            {("Castelfidardo", "LOC", ("Castelfidardo",))},
        ),
        (
            "Une Lilloise en vacances à Vieste del Monte a dormi dehors.",
            (("Vieste del Monte", "PER", 0),),
            {("Vieste del Monte", "LOC", ("Vieste del Monte",))},
        ),
        # the given name the model left out before a surname
        (
            "À Boston, Léa Vautrin, une étudiante de 24 ans, a voté.",
            (("Vautrin", "ORG", 0),),
            {("Léa Vautrin", "PER", ("Léa Vautrin",))},
        ),
        # a nickname after a place of the sentence's subject is no name of the place
        (
            "Figure du Haut-Verdon, surnommé « Pépé Luthier », il jouait encore.",
            (("Haut-Verdon", "LOC", 0),),
            {("Haut-Verdon", "LOC", ("Haut-Verdon",))},
        ),
    ],
)
def test_other_names_and_leaders(
    text: str,
    raw: tuple[tuple[str, str, int], ...],
    expected: set[tuple[str, str, tuple[str, ...]]],
) -> None:
    found = {(e.name, e.kind, tuple(sorted(e.aliases))) for e in _run(text, *raw)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "raw", "person", "role"),
    [
        # a portfolio and the minister's name read as one span, with "des" or a particle
        (
            "Tout comme le ministre des Finances Wolfgang Schäuble.",
            (("Finances Wolfgang Schäuble", "MISC", 0),),
            "Wolfgang Schäuble",
            "ministre des Finances",
        ),
        (
            "L'ancien ministre de la Défense Karl-Theodor zu Guttenberg vit aux États-Unis.",
            (("ministre de la Défense Karl-Theodor zu Guttenberg", "ORG", 0),),
            "Karl-Theodor zu Guttenberg",
            "ancien ministre de la Défense",
        ),
    ],
)
def test_a_portfolio_before_the_ministers_name(
    text: str, raw: tuple[tuple[str, str, int], ...], person: str, role: str
) -> None:
    people = [e for e in _run(text, *raw) if e.kind == "PER"]
    assert [p.name for p in people] == [person]
    assert person_attributes(text, people[0].mentions).roles == (role,)


def test_a_name_without_its_middle_name_is_the_same_person() -> None:
    text = "Vladimir Kovrov a été investi. Vladimir Petrovitch Kovrov, 59 ans, a prêté serment."
    (person,) = _run(text, ("Vladimir Kovrov", "PER", 0), ("Vladimir Petrovitch Kovrov", "PER", 0))
    assert person.name == "Vladimir Petrovitch Kovrov"
    assert set(person.aliases) == {"Vladimir Kovrov", "Vladimir Petrovitch Kovrov"}


def test_a_title_that_tells_a_woman_or_a_man_picks_among_same_surnames() -> None:
    text = (
        "Paul Ferrand, 58 ans, a été tué. Sa veuve, Hélène Ferrand, a témoigné. Soutenue par sa "
        "fille, Mme Ferrand a pleuré. M. Ferrand était horloger."
    )
    raw = (("Paul Ferrand", "PER", 0), ("Hélène Ferrand", "PER", 0), ("Mme Ferrand", "PER", 0),
           ("Ferrand", "PER", 3))  # fmt: skip
    found = {e.name: sorted(e.aliases) for e in _run(text, *raw)}
    assert found == {
        "Paul Ferrand": ["Ferrand", "Paul Ferrand"],
        "Hélène Ferrand": ["Ferrand", "Hélène Ferrand"],
    }
    paul = _by_name(_run(text, *raw))["Paul Ferrand"]
    assert [text[m.start : m.end] for m in paul.mentions] == ["Paul Ferrand", "Ferrand"]
    assert text.index("M. Ferrand") + 3 == paul.mentions[-1].start


def test_a_given_name_that_initials_stand_for_joins_the_person() -> None:
    text = (
        "Le livret est signé par le secrétaire, J.-P. Roussel. « Jean-Pierre a tout lu », dit-il."
    )
    found = _run(text, ("J.-P. Roussel", "PER", 0), ("Jean-Pierre", "PER", 0))
    assert [(e.name, sorted(e.aliases)) for e in found] == [
        ("Jean-Pierre Roussel", ["J.-P. Roussel", "Jean-Pierre", "Jean-Pierre Roussel"])
    ]


def test_a_storm_told_by_its_name_alone_is_no_person() -> None:
    text = "L'ouragan Isabel a touché terre. Isabel a faibli dans la nuit."
    entities = _run(text, ("Isabel", "MISC", 0), ("Isabel", "PER", 1))
    assert [(e.name, e.kind) for e in entities] == [("Isabel", "MISC")]


def test_a_line_up_is_a_list_of_people() -> None:
    text = "Composition de Quevilly : Thurin-Ulien – Sawanel, Beaunard, Vaz – Laupin, Mendoz."
    raw = (
        ("Thurin-Ulien", "MISC", 0),
        ("Sawanel", "LOC", 0),
        ("Beaunard", "MISC", 0),
        ("Vaz", "LOC", 0),
        ("Laupin", "LOC", 0),
        ("Mendoz", "MISC", 0),
    )
    people = {e.name for e in _run(text, *raw) if e.kind == "PER"}
    assert people == {"Thurin-Ulien", "Sawanel", "Beaunard", "Vaz", "Laupin", "Mendoz"}


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # two given names, then a Spanish surname the model left out
        ("La porte-parole, Ana Lucía de la Vega, a démenti.",
         (("Ana Lucía", "PER", 0),), {("Ana Lucía de la Vega", "PER")}),
        # a place named after a saint, which the model cut after the title
        ("Les renforts sont arrivés à San Miguel del Monte.",
         (("San", "LOC", 0), ("Miguel del Monte", "PER", 0)),
         {("San Miguel del Monte", "LOC")}),
        # a head noun and an adjective
        ("Il a atterri à l'aéroport international Benito-Juárez de Mexico.",
         (("Benito-Juárez de Mexico", "LOC", 0),),
         {("aéroport international Benito-Juárez de Mexico", "LOC")}),
        # a paper: what its reporter did and his age are his, not the paper's
        ("Le reporter de l'hebdomadaire local Nordic Post, âgé de 38 ans, avait enquêté.",
         (("Nordic Post", "PER", 0),), {("Nordic Post", "ORG")}),
        # a nickname with its article inside quotes
        ("Surnommé « la Flèche de Roubaix », le sprinteur Paul Verbeke a gagné.",
         (("Flèche de Roubaix", "PER", 0), ("Paul Verbeke", "PER", 0)),
         {("Flèche de Roubaix", "MISC"), ("Paul Verbeke", "PER")}),
        # characters of a story: in its summary, played, and told by their given name alone
        ("Le roman suit une violoniste, Agathe Morvan, qui perd l'ouïe.",
         (("Agathe Morvan", "PER", 0),), {("Agathe Morvan", "MISC")}),
        ("L'actrice Julie Fabre incarne Solène à l'écran.",
         (("Julie Fabre", "PER", 0), ("Solène", "PER", 0)),
         {("Julie Fabre", "PER"), ("Solène", "MISC")}),
        ("Le juge Castaing y est interprété par Marc Olivier.",
         (("Castaing", "PER", 0), ("Marc Olivier", "PER", 0)),
         {("Castaing", "MISC"), ("Marc Olivier", "PER")}),
        ("Le film suit un pêcheur, Gaspard Le Floch, qui perd son bateau. « Gaspard ne renonce "
         "jamais », dit la réalisatrice Anne Morel.",
         (("Gaspard Le Floch", "PER", 0), ("Gaspard", "PER", 1), ("Anne Morel", "PER", 0)),
         {("Gaspard Le Floch", "MISC"), ("Gaspard", "MISC"), ("Anne Morel", "PER")}),
        # a company's name with an ampersand
        ("Il a quitté Dupont & Martin l'an dernier.",
         (("Dupont & Martin", "PER", 0),), {("Dupont & Martin", "ORG")}),
        # where someone lives is a place
        ("Ses deux filles vivent toujours à Montbrison.",
         (("Montbrison", "PER", 0),), {("Montbrison", "LOC")}),
        # two given names the model joined
        ("Ils ont eu deux enfants, Lucien et Odile.",
         (("Lucien et Odile", "PER", 0),), {("Lucien", "PER"), ("Odile", "PER")}),
        # a team told by whom it belongs to, initials and all; a club by its own name
        ("La coupe a été remise à l'équipe cadette de J.-P. Garnier.",
         (("J.-P. Garnier", "PER", 0),), {("J.-P. Garnier", "PER")}),
        ("Il part pour le club néerlandais de Heracles Almelo.",
         (("Heracles Almelo", "PER", 0),), {("Heracles Almelo", "ORG")}),
        # a union's name before a person's
        ("La déléguée SUD Santé Stéphanie Lartigue a parlé.",
         (("Santé Stéphanie Lartigue", "PER", 0),), {("Stéphanie Lartigue", "PER")}),
        # the founder of the company the sentence is about
        ("Fondée en 1921 par Émile Lacroix, la société fabriquait des tissus.",
         (("Émile Lacroix", "PER", 0),), {("Émile Lacroix", "PER")}),
        # a surname in letters the model did not know
        ("Il a battu le Serbe Nikola Đorđević en trois manches.",
         (("Serbe Nikola", "PER", 0),), {("Nikola Đorđević", "PER")}),
        # scorers and line-ups
        ("Meilleurs buteurs. Lorval : Ferrand 8, Vasković 7. Brême : Dahl 7.",
         (("Lorval", "LOC", 0), ("Vasković 7", "MISC", 0), ("Brême", "LOC", 0),
          ("Dahl", "MISC", 0)),
         {("Lorval", "LOC"), ("Vasković", "PER"), ("Brême", "LOC"), ("Dahl", "PER")}),
        ("Composition : Castel – Naivalu, Lartigue (cap.), Thévenet ; (o) Larrañaga.",
         (("Castel – Naivalu", "PER", 0), ("Thévenet", "LOC", 0), ("Larrañaga", "LOC", 0)),
         {("Castel", "PER"), ("Naivalu", "PER"), ("Thévenet", "PER"), ("Larrañaga", "PER")}),
        # the religious known by a title and a given name; kin are not
        ("Le pape a salué sœur Emmanuelle, morte en 2008.",
         (("Emmanuelle", "PER", 0),), {("sœur Emmanuelle", "PER")}),
        ("Des centaines de fidèles se recueillent sur la tombe de l'abbé Pierre.",
         (("Pierre", "PER", 0),), {("abbé Pierre", "PER")}),
        ("Il est venu avec sa sœur Marie.", (("Marie", "PER", 0),), {("Marie", "PER")}),
        # a lone given name after "la petite", or between commas after "un autre témoin"
        ("La petite Inès jouait près du toboggan.", (("Inès", "LOC", 0),), {("Inès", "PER")}),
        ("Un autre témoin, Karim, a immobilisé le chien.",
         (("Karim", "LOC", 0),), {("Karim", "PER")}),
        # a mare's age is no person's
        ("Parmi les survivants figurait la jument Bella, âgée de 22 ans.",
         (("Bella", "PER", 0),), {("Bella", "MISC")}),
        # a given name and the initial of a surname; a bar named like a saint
        ("Le conducteur, Grégory P., 35 ans, s'est présenté.",
         (("Grégory", "PER", 0),), {("Grégory P.", "PER")}),
        ("Un serveur du bar Le Saint-Hubert a donné l'alerte.",
         (("Le Saint-Hubert", "PER", 0),), {("bar Le Saint-Hubert", "LOC")}),
        # a signature line, then a photographer's
        ("La fête a réuni cent personnes.\n\nTexte : Anne Houdin. Photo Marc Bellec",
         (("Anne Houdin", "ORG", 0),), {("Anne Houdin", "PER")}),
        # a place after "l'archipel de", a person paired with a person
        ("Des débris flottent au large de l'archipel de Fernando de Noronha.",
         (("Fernando de Noronha", "LOC", 0),), {("Fernando de Noronha", "LOC")}),
        ("Mesut Özil et Petr Čech lui ont rendu hommage.",
         (("Mesut Özil", "PER", 0), ("Petr Čech", "ORG", 0)),
         {("Mesut Özil", "PER"), ("Petr Čech", "PER")}),
        # a filiation's word inside a name
        ("Côté marocain, Abou Bakr Ben Slimane, éleveur, a rappelé les sécheresses.",
         (("Abou Bakr Ben Slimane", "LOC", 0),), {("Abou Bakr Ben Slimane", "PER")}),
        # a pilgrim's honorific
        ("L'homme d'affaires El Hadj Thierno Sow a parlé. « Merci », a dit El Hadj Sow.",
         (("El Hadj Thierno Sow", "LOC", 0), ("El Hadj Sow", "LOC", 0)),
         {("El Hadj Thierno Sow", "PER")}),
        # whom a story follows
        ("Le roman suit Ndongo, un chauffeur de moto-taxi de Douala.",
         (("Ndongo", "PER", 0), ("Douala", "LOC", 0)), {("Ndongo", "MISC"), ("Douala", "LOC")}),
        # a role and its adjectives before the holder between commas; kin listed after their noun
        ("Le président sud-coréen, Moon Jae-in, a signé.",
         (("Moon Jae-in", "ORG", 0),), {("Moon Jae-in", "PER")}),
        ("Ils ont eu trois enfants, Pascal, Nathalie et Erwan.",
         (("Pascal", "PER", 0), ("Nathalie", "LOC", 0), ("Erwan", "LOC", 0)),
         {("Pascal", "PER"), ("Nathalie", "PER"), ("Erwan", "PER")}),
        # a Korean name, family name first: "M. Moon" is "Moon Jae-in"
        ("Le président Moon Jae-in a parlé. Il a invité M. Moon à dîner.",
         (("Moon Jae-in", "ORG", 0), ("Moon", "PER", 1)), {("Moon Jae-in", "PER")}),
        # a list's surname in capitals first, then the name written the usual way
        ("Le doyen, M. GUILLOU Jean-Yves, a présidé. Jean-Yves Guillou siège depuis 1977.",
         (("GUILLOU Jean-Yves", "PER", 0), ("Jean-Yves Guillou", "PER", 0)),
         {("Jean-Yves Guillou", "PER")}),
        # a boat named after an admiral
        ("Le duo a devancé « Amiral Courbet », le trimaran de Jean Lozac'h.",
         (("Courbet", "PER", 0), ("Jean Lozac'h", "PER", 0)),
         {("Courbet", "MISC"), ("Jean Lozac'h", "PER")}),
    ],
)  # fmt: skip
def test_names_the_model_misreads_in_context(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


def test_a_real_name_after_a_description_of_the_person_named_before() -> None:
    text = (
        "Le club a recruté le défenseur brésilien Dodô, en provenance de l'Atlético Goiano. "
        "Le joueur de 20 ans, de son vrai nom José Rodrigues Neto, a signé pour trois ans."
    )
    raw = (("Dodô", "PER", 0), ("Atlético Goiano", "PER", 0), ("José Rodrigues Neto", "PER", 0))
    people = [(e.name, sorted(e.aliases)) for e in _run(text, *raw) if e.kind == "PER"]
    assert people == [("Dodô", ["Dodô", "José Rodrigues Neto"])]


def test_a_nickname_after_the_age_is_another_name_of_the_person() -> None:
    text = (
        "La jeune Amandine Roux, 19 ans, surnommée « Mimi » par ses partenaires, a gagné. "
        "« Mimi n'a peur de rien », dit son entraîneur."
    )
    raw = (("Amandine Roux", "PER", 0), ("Mimi", "PER", 1))
    people = [(e.name, sorted(e.aliases)) for e in _run(text, *raw) if e.kind == "PER"]
    assert people == [("Amandine Roux", ["Amandine Roux", "Mimi"])]


def test_a_birth_name_goes_to_the_person_the_text_writes_most() -> None:
    text = (
        "On fête l'abbé Pierre à Esteville. Né Henri Grouès le 5 août 1912 à Lyon, le prêtre "
        "entre chez les capucins. L'abbé Pierre fonde Emmaüs en 1949. L'abbé Pierre meurt en 2007."
    )
    raw = (("Pierre", "PER", 0), ("Henri Grouès", "PER", 0))
    people = [(e.name, sorted(e.aliases)) for e in _run(text, *raw) if e.kind == "PER"]
    assert people == [("abbé Pierre", ["Henri Grouès", "abbé Pierre"])]


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a team's line-up on its own line: each player, whatever the model made of him
        ("Le match.\nGRANDVILLE : Perrot ; Oudin, Masson, Ferry (60e Leclerc), Bastien ; Roux, "
         "Gallet.\nLe club recevra Avranches.",
         (("Perrot", "LOC", 0), ("Oudin", "ORG", 0), ("Masson", "PER", 0), ("Leclerc", "PER", 0),
          ("Roux", "LOC", 0), ("Avranches", "LOC", 0)),
         {"Perrot", "Oudin", "Masson", "Ferry", "Leclerc", "Bastien", "Roux", "Gallet"}),
        # a heading and a colon, then no names: no line-up
        ("Le bilan.\nTRAVAUX : la voirie ; la Mairie, les écoles, la Poste, le stade, le port.",
         (("Mairie", "ORG", 0), ("Poste", "ORG", 0)), set()),
        # a role alone, then the holder between commas
        ("« Il faut agir », a déclaré la mairesse, Marie-Ève Gendron. Mme Gendron a insisté.",
         (("Marie-Ève Gendron", "ORG", 0), ("Gendron", "PER", 1)), {"Marie-Ève Gendron"}),
        # an article right before a full name: a shop named after someone
        ("Le gérant du Jean Coutu voisin, Paul Roy, s'inquiète.",
         (("Jean Coutu", "PER", 0), ("Paul Roy", "PER", 0)), {"Paul Roy"}),
        # an organisation's initials, then a name with an Arabic article
        ("Selon l'ambassadeur à l'ONU Bachar al-Jazairi, rien n'est réglé. M. Jazairi a quitté "
         "la salle.",
         (("ONU Bachar al-Jazairi", "ORG", 0), ("Jazairi", "PER", 0)), {"Bachar al-Jazairi"}),
        # a filiation goes on with the name after a ruler's title; the given name alone joins it
        ("L'émir du pays, cheikh Fahd ben Saad Al Nouri, a parlé. L'émir Fahd partira jeudi.",
         (("cheikh Fahd ben", "PER", 0), ("Fahd", "PER", 1)), {"Fahd ben Saad Al Nouri"}),
        # a political side as a noun before a name
        ("Le scrutin oppose le conservateur Park Min-ho à la centriste Lee Soo-jin.",
         (("Park Min-ho", "MISC", 0), ("Lee Soo-jin", "LOC", 0)), {"Park Min-ho", "Lee Soo-jin"}),
        # "alors" before the role after a name
        ("Le groupe s'est implanté sous la houlette d'Arvind Mehra, alors président du groupe.",
         (("Arvind Mehra", "LOC", 0),), {"Arvind Mehra"}),
        # a company's board: the company, not a person
        ("Le président du directoire de Koralux, Heinz Baumann, a salué l'accord. Koralux "
         "emploie 9 000 personnes.",
         (("Koralux", "PER", 0), ("Heinz Baumann", "PER", 0), ("Koralux", "PER", 1)),
         {"Heinz Baumann"}),
        # a shorter form that drops middle words is the same person
        ("Ahmed Ould Cheikh El Moctar a été élu. Ahmed Ould Moctar a remercié ses électeurs.",
         (("Ahmed Ould Cheikh El Moctar", "PER", 0), ("Ahmed Ould Moctar", "PER", 0)),
         {"Ahmed Ould Cheikh El Moctar"}),
        # a demonym after the definite article and an adjective
        ("Le jeune Indien, âgé de 17 ans, a battu Wei Lin au septième tour.",
         (("Indien", "LOC", 0), ("Wei Lin", "PER", 0)), {"Wei Lin"}),
        # a role in a film
        ("Le prix revient à Paul Arnaud pour son rôle de l'instituteur Gérard Morin dans « Le "
         "Pupitre ».",
         (("Paul Arnaud", "PER", 0), ("Gérard Morin", "PER", 0)), {"Paul Arnaud"}),
        # a work whose title holds a civil title: no person, nor its lone surname
        ("Le film « L'Hiver de Monsieur Morin » a séduit. Morin, l'instituteur, y vieillit.",
         (("Hiver de Monsieur Morin", "MISC", 0), ("Morin", "PER", 1)), set()),
        # an infinitive opening a quotation, then the name
        ("« Invoquer Simone Veil pour cela est indécent », a-t-il lancé.",
         (("Invoquer Simone Veil", "PER", 0),), {"Simone Veil"}),
        # a bill named after its authors
        ("Les députés examinent la proposition de loi Morel-Darras sur la fin de vie.",
         (("Morel-Darras", "PER", 0),), set()),
        # no given name before "et": no shared surname
        ("Paul Vautrin va aux Armées et Claire de Rochefort à la Culture.",
         (("Paul Vautrin", "PER", 0), ("Claire de Rochefort", "PER", 0)),
         {"Paul Vautrin", "Claire de Rochefort"}),
    ],
)  # fmt: skip
def test_people_of_local_and_world_news(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


def test_a_real_name_after_an_age_in_brackets_is_the_same_person() -> None:
    text = (
        "Marc Duval (62 ans), de son vrai nom Henri Lacoste, publie sous pseudonyme. "
        "« Merci », a plaisanté M. Lacoste."
    )
    raw = (("Marc Duval", "PER", 0), ("Henri Lacoste", "PER", 0), ("Lacoste", "PER", 1))
    people = [(e.name, sorted(e.aliases)) for e in _run(text, *raw) if e.kind == "PER"]
    assert people == [("Marc Duval", ["Henri Lacoste", "Lacoste", "Marc Duval"])]


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a given name and a Gaelic surname the model read apart
        ("« Assez d'excuses », a lancé Siobhán O'Dwyer, organisatrice du rassemblement.",
         (("Siobhán", "LOC", 0), ("O'Dwyer", "PER", 0)), {"Siobhán O'Dwyer"}),
        # a name the model starts inside a hyphenated given name
        ("En lice figurait aussi le Congolais Jean-Pacôme Mavoungou, pour un recueil.",
         (("Pacôme Mavoungou", "PER", 0),), {"Jean-Pacôme Mavoungou"}),
        # where an observatory is, no person
        ("Selon le sismologue Kerem Aksoy, de l'observatoire de Tepebaşı, la secousse a duré.",
         (("Kerem Aksoy", "PER", 0), ("Tepebaşı", "PER", 0)), {"Kerem Aksoy"}),
    ],
)  # fmt: skip
def test_names_the_model_reads_apart_or_too_short(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


def test_a_country_after_an_elided_article_is_no_demonym() -> None:
    text = "L'aide allait à l'Irak, alors en guerre contre l'Iran. Le jeune Indien a gagné."
    raw = (("Irak", "LOC", 0), ("Iran", "LOC", 0), ("Indien", "LOC", 0))
    assert {(e.name, e.kind) for e in _run(text, *raw)} == {("Irak", "LOC"), ("Iran", "LOC")}


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a rugby line-up: dashes between the lines, positions and the captain in brackets,
        # then the substitutes on the same line
        ("Le match.\nSaintrac : Fourtet – Soubeyre, Dupouy, Castel, Lacoste – (o) Barrau, "
         "(m) Larrue – Pujol, Dagorn (cap.), Vidalot. Remplaçants entrés en jeu : Arrouy, "
         "Bordier.\nLe club jouera dimanche.",
         (("Fourtet", "LOC", 0), ("Dupouy", "ORG", 0), ("Barrau", "PER", 0)),
         {"Fourtet", "Soubeyre", "Dupouy", "Castel", "Lacoste", "Barrau", "Larrue", "Pujol",
          "Dagorn", "Vidalot", "Arrouy", "Bordier"}),
        # a shop's name, "Chez" and a given name
        ("Les costumes ont été prêtés par la boutique Chez Margot, rue de Huy.",
         (("Chez Margot", "PER", 0),), set()),
        # a role after a possessive, then the holder between commas
        ("Son adjoint, Otieno Kamau, a recommandé une meilleure formation.",
         (("Otieno Kamau", "MISC", 0),), {"Otieno Kamau"}),
        # a role and an adjective of nationality, then a full name the model missed
        ("La mission, conduite par l'ancienne ministre kényane Wanjiru Mwangi, a jugé le "
         "scrutin crédible. Mme Mwangi a regretté des violences.",
         (("Mwangi", "PER", 1),), {"Wanjiru Mwangi"}),
        # a pen name after a relative clause, and one after a place the person worked in
        ("La romancière Anne Vernet, 58 ans, qui signe ses polars sous le pseudonyme de Léa "
         "Kermel, dédicace ses livres. Autre invité, Jean-Louis Tessier, 61 ans, ancien "
         "professeur à Tulle, plus connu sous le nom de plume de Max Dorin, est arrivé.",
         (("Anne Vernet", "PER", 0), ("Léa Kermel", "PER", 0), ("Jean-Louis Tessier", "PER", 0),
          ("Tulle", "LOC", 0), ("Max Dorin", "PER", 0)),
         {"Anne Vernet", "Jean-Louis Tessier"}),
        # a story's heroine
        ("Son héroïne, l'inspectrice Rose Kerhoas, mène une nouvelle enquête.",
         (("Rose Kerhoas", "PER", 0),), set()),
    ],
)  # fmt: skip
def test_line_ups_shops_roles_pen_names_and_heroes(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


def test_a_list_of_scorers_with_their_points_is_a_list_of_people() -> None:
    text = (
        "Le match.\nLes marqueurs. Dijon : Beaumont 21, Kaboré 14, Lemoine 12, Chevalier 4.\n"
        "Chalon : Hopkins 19, Girardot 13, Nkembe 12, Delattre 10, Brun 4.\nLe club recevra Pau."
    )
    raw = (("Nkembe", "LOC", 0), ("Delattre", "ORG", 0), ("Pau", "LOC", 0))
    people = {e.name for e in _run(text, *raw) if e.kind == "PER"}
    assert {"Hopkins", "Girardot", "Nkembe", "Delattre", "Brun"} <= people
    assert "Pau" not in people


def test_a_role_held_somewhere_then_the_holders_name() -> None:
    text = (
        "Parmi les invités figuraient l'empereur du Japon Akihiro et le ministre de l'Intérieur "
        "Gérald Dumont. Le président de la Fédération Française de Football a parlé."
    )
    raw = (("Gérald Dumont", "LOC", 0),)
    people = {e.name for e in _run(text, *raw) if e.kind == "PER"}
    assert people == {"Akihiro", "Gérald Dumont"}


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a given name and its age closing a sentence, in a list of children
        ("À bord se trouvaient Olivier Lemaire, 45 ans, et leurs enfants, Mathis, 12 ans, et "
         "Chloé, 9 ans. Tous ont été secourus.",
         (("Olivier Lemaire", "PER", 0), ("Mathis", "PER", 0), ("Chloé", "LOC", 0)),
         {"Olivier Lemaire", "Mathis", "Chloé"}),
        # someone told by a noun and an age, then the name between commas
        ("Un détenu de 31 ans, Mehdi Lakrouf, s'est évadé mercredi.",
         (("Mehdi Lakrouf", "ORG", 0),), {"Mehdi Lakrouf"}),
        # a role's child, a band, a restaurant
        ("Le rôle de l'enfant, Lucien, a été confié au jeune Nathan Pujol. Le festival a invité "
         "Gérard Calypso, le quintette nantais.",
         (("Lucien", "PER", 0), ("Nathan Pujol", "PER", 0), ("Gérard Calypso", "PER", 0)),
         {"Nathan Pujol"}),
    ],
)  # fmt: skip
def test_children_detainees_characters_and_bands(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


def test_a_surname_the_cues_make_a_persons_joins_the_full_name_a_cue_made_a_persons() -> None:
    text = (
        "Les eurodéputés Tomasz Wierzbak, Giulia Ferrandi et Íñigo Garaiko ont voté contre. "
        "« Nos artisans n'ont pas les moyens », a affirmé Wierzbak. Né en 1921 à Kobayama, "
        "Giulia Ferrandi a répondu."
    )
    raw = (
        ("Tomasz Wierzbak", "MISC", 0),
        ("Giulia Ferrandi", "PER", 0),
        ("Íñigo Garaiko", "PER", 0),
        ("Wierzbak", "MISC", 1),
        ("Kobayama", "PER", 0),
    )
    people = {e.name: sorted(e.aliases) for e in _run(text, *raw) if e.kind == "PER"}
    assert people["Tomasz Wierzbak"] == ["Tomasz Wierzbak", "Wierzbak"]
    assert "Kobayama" not in people


def test_a_match_reports_list_heading_is_no_place() -> None:
    text = "Le match.\nSaintrac : Fourtet, Soubeyre. Remplaçants entrés en jeu : Arrouy, Bordier."
    raw = (("Remplaçants", "LOC", 0), ("Fourtet", "PER", 0))
    assert "Remplaçants" not in {e.name for e in _run(text, *raw)}


def test_an_events_initials_and_its_place_are_no_person() -> None:
    text = "JO de Rio : Petra Dvořák en finale. Le XV de France a gagné."
    raw = (("JO de Rio", "PER", 0), ("Petra Dvořák", "PER", 0), ("XV de France", "ORG", 0))
    found = {(e.name, e.kind) for e in _run(text, *raw)}
    assert ("Petra Dvořák", "PER") in found
    assert not any(kind == "PER" and "Rio" in name for name, kind in found)


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a role held in a town of two words, then the holder
        ("Le parti a désigné l'ancien maire de São Paulo Fernando Hadrian. M. Hadrian a remercié.",
         (("São Paulo Fernando Hadrian", "LOC", 0),), {"Fernando Hadrian"}),
        ("L'ancien gouverneur de São Paulo Geraldo Almeira sera vice-président.",
         (("Geraldo Almeira", "MISC", 0),), {"Geraldo Almeira"}),
        # "d'Alpha X Y": whose Premier ministre, no place
        ("Il fut le Premier ministre d'Alpha Oumar Kanté.",
         (("Premier ministre d'Alpha Oumar Kanté", "MISC", 0),), {"Alpha Oumar Kanté"}),
        # a writer named by likeness is the writer; a narrator with an adjective, a character
        ("Il a présenté l'auteur comme « un Marcel Proust de notre temps ». Dans ce roman, le "
         "narrateur amnésique, Guy Rolland, enquête sur son passé.",
         (("Marcel Proust", "PER", 0), ("Guy Rolland", "PER", 0)), {"Marcel Proust"}),
    ],
)  # fmt: skip
def test_holders_writers_by_likeness_and_narrators(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a Portuguese "do" inside a name
        ("Maria do Carmo Pereira, 67 ans, rentrait chez elle. Mme Pereira va bien.",
         (("Maria do Carmo Pereira", "PER", 0),), {"Maria do Carmo Pereira"}),
        # a French town by its county in brackets, or a headline's county before a colon
        ("Le conseil de Volkersheim (Bas-Rhin) a voté. Paul Kieffer a parlé.",
         (("Volkersheim", "PER", 0), ("Paul Kieffer", "PER", 0)), {"Paul Kieffer"}),
        ("Moselle : Hombersviller a dit adieu à Stanisław Nowacki\n\nLa messe a eu lieu.",
         (("Hombersviller", "PER", 0), ("Stanisław Nowacki", "PER", 0)), {"Stanisław Nowacki"}),
        # a mine shaft, a boat named after someone, a participle opening its sentence
        ("Il était descendu au puits Saint-Charles, puis au puits Simon. Jean Roth l'a suivi.",
         (("Simon", "PER", 0), ("Jean Roth", "PER", 0)), {"Jean Roth"}),
        ("Ils ont visité le canot de sauvetage Patron Henri Le Bris. Anne Kerlo a guidé.",
         (("Henri Le Bris", "PER", 0), ("Anne Kerlo", "PER", 0)), {"Anne Kerlo"}),
        ("Menés dès la 12e minute, les joueurs de Tuan Pham ont égalisé.",
         (("Menés", "PER", 0), ("Tuan Pham", "PER", 0)), {"Tuan Pham"}),
        # a full name and an age the model saw nothing in
        ("En finale, Ronan Quiniou, 28 ans, s'est imposé face à Mikaël Le Gall.",
         (("Mikaël Le Gall", "PER", 0),), {"Ronan Quiniou", "Mikaël Le Gall"}),
    ],
)  # fmt: skip
def test_local_news_towns_boats_and_names_the_model_cut(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a role and what of, then the holder between commas; a role after a name
        ("Mardi, un représentant du camp présidentiel, Damien Kouassi, a arraché les feuilles.",
         (("Damien Kouassi", "MISC", 0),), {"Damien Kouassi"}),
        ("Plusieurs élus, dont Uhuru Kamau, chef de la KANU et allié du président, ont voté.",
         (("Uhuru Kamau", "MISC", 0),), {"Uhuru Kamau"}),
        # where it happens, told last; where an uprising started
        ("« Oui », a déclaré la présidente élue dans son discours, à Brasilândia. Dilma Rocha "
         "a été élue.", (("Brasilândia", "PER", 0), ("Dilma Rocha", "PER", 0)), {"Dilma Rocha"}),
        ("La répression du soulèvement parti de Sidi Bouhlel faisait des victimes. Anne Roy "
         "s'y est rendue.", (("Sidi Bouhlel", "PER", 0), ("Anne Roy", "PER", 0)), {"Anne Roy"}),
        # no one real: an imaginary officer, a character in a role, a kind of tournament
        ("Le roman suit Maximilien Auer, un officier SS imaginaire. Jonas Littel l'a écrit.",
         (("Maximilien Auer", "PER", 0), ("Jonas Littel", "PER", 0)), {"Jonas Littel"}),
        ("Le film met en scène Gérard Dupuis dans le rôle d'un commissaire de police, Paul "
         "Bellami.", (("Gérard Dupuis", "PER", 0), ("Paul Bellami", "PER", 0)), {"Gérard Dupuis"}),
        ("Il a atteint sa première finale de Grand Chelem face à Carlos Puerto.",
         (("Grand Chelem", "PER", 0), ("Carlos Puerto", "PER", 0)), {"Carlos Puerto"}),
    ],
)  # fmt: skip
def test_appositions_places_told_last_and_no_one_real(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a minister's title, a league, a ship, an avalanche dog, a hospital, an organisation
        ("Christiane Taubel reste garde des Sceaux, ministre de la Justice.",
         (("Christiane Taubel", "PER", 0), ("Sceaux", "PER", 0)), {"Christiane Taubel"}),
        ("Le Standard revient sur les leaders de la Jupiler Pro League. Marc Pirot a salué.",
         (("Pro League", "PER", 0), ("Marc Pirot", "PER", 0)), {"Marc Pirot"}),
        ("L'Amundsen pourrait croiser le NGCC Louis S. St-Laurent. Anne Roy commande.",
         (("Louis S. St-Laurent", "PER", 0), ("Anne Roy", "PER", 0)), {"Anne Roy"}),
        ("Les secours ont engagé un chien d'avalanche prénommé Tell. Paul Favre a guidé.",
         (("Tell", "PER", 0), ("Paul Favre", "PER", 0)), {"Paul Favre"}),
        ("À Genève, l'organisation Eau Vive Sahel a rendu hommage à Claudine Favrat.",
         (("Eau Vive Sahel", "PER", 0), ("Claudine Favrat", "PER", 0)), {"Claudine Favrat"}),
        # what its head heads
        ("Jeudi, le président de Mediaprat, Edwy Plenet, a salué la décision.",
         (("Mediaprat", "PER", 0), ("Edwy Plenet", "PER", 0)), {"Edwy Plenet"}),
    ],
)  # fmt: skip
def test_titles_leagues_ships_dogs_and_bodies_headed(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a town told last before a comma and a clause; a character called by a title; a paper
        # credited before its photographer
        ("« Merci », a déclaré la présidente lors de son discours, à Brasilândia, avant de "
         "saluer Luiz Silva.", (("Brasilândia", "PER", 0), ("Luiz Silva", "PER", 0)),
         {"Luiz Silva"}),
        ("Le film, dans lequel Brad Pitts interprète M. O'Brian, un père autoritaire, avait "
         "divisé la critique.",
         (("Brad Pitts", "PER", 0), ("O'Brian", "PER", 0)), {"Brad Pitts"}),
        ("La grange a brûlé.\n\nPhoto La Dépêche / Marc Vidal : la grange détruite.",
         (("La Dépêche", "PER", 0), ("Marc Vidal", "PER", 0)), {"Marc Vidal"}),
    ],
)  # fmt: skip
def test_towns_told_last_characters_by_title_and_credited_papers(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[str]
) -> None:
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a founder named after the firm: the firm's name, then the person
        (
            "Petit-fils du fondateur de Maison Perrodin Louis Perrodin, il vend.",
            (("Maison Perrodin Louis Perrodin", "ORG", 0),),
            {("Maison Perrodin", "LOC"), ("Louis Perrodin", "PER")},
        ),
        (
            "Le fondateur de Délices d'Armor Jean-Marie Quéré a renoncé.",
            (("Délices", "ORG", 0), ("Armor Jean-Marie Quéré", "PER", 0)),
            {("Délices", "ORG"), ("Jean-Marie Quéré", "PER")},
        ),
        # a regional people's noun before a full name
        (
            "L'étape a vu l'abandon du Breton Gwendal Le Floch, tombé dans la descente.",
            (("Breton Gwendal Le Floch", "ORG", 0),),
            {("Gwendal Le Floch", "PER")},
        ),
        # a town named after a person; a firm named after its founders
        (
            "Il s'est rendu à Hô Chi Minh-Ville. Le cabinet Roussel-Aubry Architectes a signé.",
            (("Hô Chi Minh-Ville", "PER", 0), ("Roussel-Aubry Architectes", "PER", 0)),
            {("Hô Chi Minh-Ville", "LOC"), ("Roussel-Aubry Architectes", "ORG")},
        ),
        # the holder of a role held in a body, between commas after it
        (
            "Il a rappelé la venue du secrétaire général du Parti ouvrier, Tran Van Long, en mai.",
            (("Parti ouvrier", "ORG", 0), ("Tran Van Long", "MISC", 0)),
            {("Parti ouvrier", "ORG"), ("Tran Van Long", "PER")},
        ),
        # "Pape", a given name with its capital; the pope after an article
        (
            "Le but est venu d'un centre de Pape Moussa Faye. La visite du Pape Benoît XVI.",
            (("Moussa Faye", "PER", 0), ("Benoît XVI", "PER", 0)),
            {("Pape Moussa Faye", "PER"), ("Benoît XVI", "PER")},
        ),
    ],
)
def test_names_around_firms_towns_and_roles(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a famous person named by one word needs no other support
        (
            "Le cortège a rejoint Paris, où repose Napoléon.",
            (("Paris", "LOC", 0), ("Napoléon", "PER", 0)),
            {("Paris", "LOC"), ("Napoléon", "PER")},
        ),
        # a painter's name after an article is one of his works
        ("Il a acheté un Picasso à Drouot.", (("Picasso", "PER", 0),), {("Picasso", "MISC")}),
        # a title opening on its article, inside the quotation marks
        (
            "La classe jouera « Le Malade imaginaire » de Molière.",
            (("Le Malade", "PER", 0), ("Molière", "PER", 0)),
            {("Le Malade", "MISC"), ("Molière", "PER")},
        ),
        # an unknown one-word name still needs support
        ("Le cortège a rejoint Valmoreau.", (("Valmoreau", "PER", 0),), {("Valmoreau", "MISC")}),
        # a famous name that names a thing after its noun
        (
            "Il a traversé la cour Napoléon, puis l'amphithéâtre Richelieu.",
            (("Napoléon", "PER", 0), ("Richelieu", "PER", 0)),
            {("Napoléon", "MISC"), ("Richelieu", "MISC")},
        ),
    ],
)
def test_famous_names_works_and_titles(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a given name kept alone takes the surname opening on a capital particle after it
        (
            "Troisième, Yves-Marie Le Bihan a terminé la course. Le Bihan, 51 ans, sourit.",
            (("Yves-Marie", "PER", 0), ("Le Bihan", "LOC", 1)),
            {("Yves-Marie Le Bihan", "PER")},
        ),
        # a woman of Switzerland, then her full name
        (
            "La Suissesse Lena Marti termine deuxième.",
            (("Suissesse Lena Marti", "ORG", 0),),
            {("Lena Marti", "PER")},
        ),
        # no person's name is plural: a party after a deputy's name
        (
            "Pour Hervé Saint-Amand, député Les Républicains, la méthode a vécu.",
            (("Hervé Saint-Amand", "PER", 0), ("Les Républicains", "ORG", 0)),
            {("Hervé Saint-Amand", "PER"), ("Les Républicains", "ORG")},
        ),
    ],
)
def test_particle_surnames_women_of_a_people_and_parties(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


def test_a_name_in_religion_joins_the_full_name_titled_so() -> None:
    text = (
        "Le chant était dirigé par sœur Anne-Claire Vautrin, prieure du carmel. « Merci », a "
        "souri sœur Anne-Claire. L'abbé Pierre Roux a béni les fidèles, avec Pierre Lenoir."
    )
    raw = [
        ("Anne-Claire Vautrin", "PER", 0),
        ("Anne-Claire", "PER", 1),
        ("Pierre Roux", "PER", 0),
        ("Pierre Lenoir", "PER", 0),
    ]
    found = {e.name: e.aliases for e in _run(text, *raw)}
    assert set(found) == {"Anne-Claire Vautrin", "Pierre Roux", "Pierre Lenoir"}
    assert "sœur Anne-Claire" in found["Anne-Claire Vautrin"]


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # a credit after the copyright sign
        (
            "Élodie Marchetti (Hortense) et Moussa Diakhaté. © Sandrine Oberlin",
            (("Élodie Marchetti", "PER", 0), ("Moussa Diakhaté", "PER", 0)),
            {("Élodie Marchetti", "PER"), ("Moussa Diakhaté", "PER"), ("Sandrine Oberlin", "PER")},
        ),
        # a saint's place, a firm named in English
        (
            "Il est curé de la paroisse Saint-Jacques de Bergerac. La société Orthéa Medical paie.",
            (("Saint-Jacques de Bergerac", "PER", 0), ("Orthéa Medical", "PER", 0)),
            {("Saint-Jacques de Bergerac", "MISC"), ("Orthéa Medical", "ORG")},
        ),
    ],
)
def test_credits_saints_places_and_firms(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


def test_initials_of_a_compound_given_name_opening_on_m() -> None:
    text = "La maire M.-C. Perrin a signé. M. Dupuy a parlé."
    found = {(e.name, e.kind) for e in _run(text, ("Dupuy", "PER", 0))}
    assert ("M.-C. Perrin", "PER") in found


def test_a_name_opening_on_saint_is_a_person_outside_a_place() -> None:
    text = "Des auteurs distingués depuis Frédéric Mistral ou Saint-John Perse."
    raw = [("Frédéric Mistral", "PER", 0), ("Saint-John Perse", "PER", 0)]
    assert {(e.name, e.kind) for e in _run(text, *raw)} == {
        ("Frédéric Mistral", "PER"),
        ("Saint-John Perse", "PER"),
    }


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # whose story a film tells, then who that one is
        (
            "Le film raconte le retour de Mathilde Aubrac, une infirmière qui revient au village.",
            (("Mathilde Aubrac", "PER", 0),),
            {("Mathilde Aubrac", "MISC")},
        ),
        # whom an actress plays on a stage, then who that one is; not a match's opponent
        (
            "La pièce a triomphé. Léa Nguyen, 24 ans, joue Camille, la petite-fille rebelle.",
            (("Léa Nguyen", "PER", 0), ("Camille", "PER", 0)),
            {("Léa Nguyen", "PER"), ("Camille", "MISC")},
        ),
        (
            "En finale, Rafael Nadal joue Roger Federer, le tenant du titre.",
            (("Rafael Nadal", "PER", 0), ("Roger Federer", "PER", 0)),
            {("Rafael Nadal", "PER"), ("Roger Federer", "PER")},
        ),
    ],
)
def test_characters_told_by_a_story_or_a_stage(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw)} == expected


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        # the religious known by a title and a given name: the model's span with the title, a
        # verb it took in, a capital opening the sentence; not "le Père Noël"
        (
            "L'abbé Paul fonde une communauté en 1950.",
            (("abbé Paul", "PER", 0),),
            {("abbé Paul", "PER")},
        ),
        (
            "L'abbé Paul fonde une communauté en 1950.",
            (("Paul fonde", "PER", 0),),
            {("abbé Paul", "PER")},
        ),
        ("Sœur Agathe est morte en 2010.", (("Agathe", "PER", 0),), {("Sœur Agathe", "PER")}),
        ("Le Père Noël est passé à l'école.", (("Père Noël", "PER", 0),), set()),
    ],
)
def test_religious_titles_with_a_given_name(
    text: str, raw: tuple[tuple[str, str, int], ...], expected: set[tuple[str, str]]
) -> None:
    assert {(e.name, e.kind) for e in _run(text, *raw) if e.kind == "PER"} == expected


@pytest.mark.parametrize(
    ("text", "raw", "no_person"),
    [
        # a publisher: where a book comes out, or the name of "les éditions X" told alone
        (
            "Son premier roman est paru chez Hector Duval en mars.",
            (("Hector Duval", "PER", 0),),
            "Hector Duval",
        ),
        (
            "Le recueil, publié aux éditions Hector Duval, se vend bien. Hector Duval a annoncé "
            "un second tirage.",
            (("éditions Hector Duval", "ORG", 0), ("Hector Duval", "PER", 1)),
            "Hector Duval",
        ),
        # a label, a gallery, a prize, perfumes named after someone; what a group owns
        (
            "Le disque sortira sous le label Hector Duval.",
            (("Hector Duval", "PER", 0),),
            "Hector Duval",
        ),
        (
            "Il exposait à la galerie Hector Duval, à Lyon.",
            (("Hector Duval", "PER", 0),),
            "Hector Duval",
        ),
        (
            "Elle a reçu le prix Hector Duval pour son premier film.",
            (("Hector Duval", "PER", 0),),
            "Hector Duval",
        ),
        (
            "Le groupe vend aussi les parfums Hector Duval.",
            (("Hector Duval", "PER", 0),),
            "Hector Duval",
        ),
        (
            "Le groupe, propriétaire de Hector Duval, a racheté deux ateliers.",
            (("Hector Duval", "PER", 0),),
            "Hector Duval",
        ),
        # a trade's, a university's, a mountain hut's head noun before a name
        (
            "Le concours était parrainé par la tonnellerie Kuhn de Wissembourg.",
            (("Kuhn de Wissembourg", "PER", 0),),
            "Kuhn de Wissembourg",
        ),
        (
            "Il enseigne à l'université Marc-Bloch de Strasbourg.",
            (("Marc-Bloch de Strasbourg", "PER", 0),),
            "Marc-Bloch de Strasbourg",
        ),
        (
            "Ils ont été hélitreuillés près du refuge de Paul Piana.",
            (("Paul Piana", "PER", 0),),
            "Paul Piana",
        ),
        # a body named after someone, then its town, whatever the noun before it
        (
            "Un concert de l'ensemble vocal Albert-Schweitzer de Kaysersberg a suivi.",
            (("Albert-Schweitzer de Kaysersberg", "PER", 0),),
            "Albert-Schweitzer de Kaysersberg",
        ),
    ],
)
def test_firms_and_things_named_after_someone_are_no_person(
    text: str, raw: tuple[tuple[str, str, int], ...], no_person: str
) -> None:
    assert no_person not in {e.name for e in _run(text, *raw) if e.kind == "PER"}


def test_the_founder_of_a_laboratory_named_after_him_stays_a_person() -> None:
    text = "Les laboratoires Hector Duval recrutent. Hector Duval, le fondateur, est mort en 2013."
    raw = [("laboratoires Hector Duval", "ORG", 0), ("Hector Duval", "PER", 1)]
    assert ("Hector Duval", "PER") in {(e.name, e.kind) for e in _run(text, *raw)}


def test_a_famous_one_word_name_is_a_person_whatever_the_model_says() -> None:
    text = "Un disque consacré à Ravel et à Debussy. Il a acheté un Picasso."
    raw = [("Ravel", "PER", 0), ("Debussy", "LOC", 0), ("Picasso", "PER", 0)]
    assert {(e.name, e.kind) for e in _run(text, *raw)} == {
        ("Ravel", "PER"),
        ("Debussy", "PER"),
        ("Picasso", "MISC"),
    }


def test_the_actor_a_character_is_played_by_is_a_person() -> None:
    text = (
        "Sancho Panza y devient chauffeur de taxi. Sancho est interprété par le Franco-Algérien "
        "Karim Belkadi, qui passe de l'espagnol à l'arabe."
    )
    raw = [("Sancho Panza", "PER", 0), ("Sancho", "LOC", 0), ("Karim Belkadi", "PER", 0)]
    people = {e.name for e in _run(text, *raw) if e.kind == "PER"}
    assert people == {"Karim Belkadi"}


@pytest.mark.parametrize(
    ("text", "raw", "name"),
    [
        # a small particle between the model's two halves of a name
        (
            "Le Premier ministre, Joaquim dos Reis Amaral, a été arrêté.",
            (("Joaquim", "MISC", 0), ("Reis Amaral", "PER", 0)),
            "Joaquim dos Reis Amaral",
        ),
        (
            "L'envoyé, le Mauritanien Sidi Mokhtar ould Cheikh Bouna, assistait à la séance.",
            (("Sidi Mokhtar", "PER", 0), ("Cheikh Bouna", "PER", 0)),
            "Sidi Mokhtar ould Cheikh Bouna",
        ),
    ],
)
def test_names_joined_across_a_particle(
    text: str, raw: tuple[tuple[str, str, int], ...], name: str
) -> None:
    assert name in {e.name for e in _run(text, *raw) if e.kind == "PER"}


@pytest.mark.parametrize(
    ("text", "raw", "person", "other"),
    [
        (
            "Odile Marty est venue à Lourdes en 1956. Elle y a épousé Jean Castets. Devenue Odile "
            "Castets, elle est revenue chaque été.",
            (("Odile Marty", "PER", 0), ("Jean Castets", "PER", 0), ("Odile Castets", "PER", 0)),
            "Odile Marty",
            "Odile Castets",
        ),
        (
            "Marguerite Aubry est née en 1905. Mariée en 1931, elle a dirigé la maison sous le nom "
            "de Marguerite Perrin.",
            (("Marguerite Aubry", "PER", 0), ("Marguerite Perrin", "PER", 0)),
            "Marguerite Aubry",
            "Marguerite Perrin",
        ),
        # the one person of that given name told after
        (
            "À l'époque, la mariée se nommait Yvonne Le Gall. « Pas de secret », a dit Yvonne "
            "Le Bihan.",
            (("Yvonne Le Gall", "PER", 0), ("Yvonne Le Bihan", "PER", 0)),
            "Yvonne Le Bihan",
            "Yvonne Le Gall",
        ),
    ],
)
def test_a_name_a_woman_took_or_was_born_with_is_hers(
    text: str, raw: tuple[tuple[str, str, int], ...], person: str, other: str
) -> None:
    people = [e for e in _run(text, *raw) if e.kind == "PER"]
    assert [e.aliases for e in people if person in e.aliases and other in e.aliases]


def test_a_name_mostly_written_as_a_whole_quotation_is_a_things() -> None:
    text = (
        "Le trotteur « Monsieur Léon » a gagné. « Monsieur Léon a bien couru », dit Marc Roy. "
        "Le hongre « Monsieur Léon » court encore dimanche."
    )
    raw = [
        ("Monsieur Léon", "MISC", 0),
        ("Monsieur Léon", "PER", 1),
        ("Marc Roy", "PER", 0),
        ("Monsieur Léon", "MISC", 2),
    ]
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == {"Marc Roy"}


def test_an_article_and_one_word_alone_is_no_person() -> None:
    text = "Selon Le Courrier, plusieurs riverains se sont plaints. M. Le Bihan a parlé."
    raw = [("Le Courrier", "PER", 0), ("Le Bihan", "PER", 0)]
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == {"Le Bihan"}


@pytest.mark.parametrize(
    ("text", "raw", "name"),
    [
        # "Pape", a Wolof given name, before a given name and a surname (not the pope's title)
        (
            "La séquence montrait l'imitateur Pape Moussa Ndiaye, 29 ans, en marabout.",
            (("Pape Moussa Ndiaye", "PER", 0),),
            "Pape Moussa Ndiaye",
        ),
        ("Le pape Benoît XVI est venu.", (("pape Benoît XVI", "PER", 0),), "Benoît XVI"),
        # after a role, the place it is held for and the person, read as one place
        (
            "Le député écologiste du Finistère Paul-Henri Morvan a dénoncé une offensive.",
            (("Finistère Paul-Henri Morvan", "LOC", 0),),
            "Paul-Henri Morvan",
        ),
    ],
)
def test_names_the_model_read_with_a_title_or_a_place(
    text: str, raw: tuple[tuple[str, str, int], ...], name: str
) -> None:
    assert name in {e.name for e in _run(text, *raw) if e.kind == "PER"}


def test_a_sentence_opening_on_a_real_name_names_the_stage_name_told_before() -> None:
    text = (
        "Un sketch de l'humoriste Karimo fait débat. Il a été diffusé mardi.\n\n"
        "De son vrai nom Karim Benali, le comédien de 34 ans vit à Paris."
    )
    raw = [("Karimo", "PER", 0), ("Karim Benali", "PER", 0)]
    people = [sorted(e.aliases) for e in _run(text, *raw) if e.kind == "PER"]
    assert people == [["Karim Benali", "Karimo"]]


def test_a_lone_given_name_after_the_relative_of_the_one_just_named() -> None:
    text = "Le domaine est dirigé par Mathieu Roth, 34 ans, et par la sœur de celui-ci, Inès."
    raw = [("Mathieu Roth", "PER", 0), ("Inès", "LOC", 0)]
    assert {e.name for e in _run(text, *raw) if e.kind == "PER"} == {"Mathieu Roth", "Inès"}


def test_a_lone_saint_name_is_a_town_or_a_club_unless_titled_or_famous() -> None:
    text = (
        "L'Italien Marco Bellandi quitte Saint-Florent pour Valence. Pour remplacer son buteur, "
        "Saint-Florent a recruté. On a joué Saint-Saëns. M. Saint-Hilaire a parlé."
    )
    raw = [
        ("Marco Bellandi", "PER", 0),
        ("Saint-Florent", "LOC", 0),
        ("Saint-Florent", "PER", 1),
        ("Saint-Saëns", "PER", 0),
        ("Saint-Hilaire", "PER", 0),
    ]
    people = {e.name for e in _run(text, *raw) if e.kind == "PER"}
    assert people == {"Marco Bellandi", "Saint-Saëns", "Saint-Hilaire"}

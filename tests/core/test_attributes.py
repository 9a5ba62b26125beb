"""Age and roles read around a person's mentions."""

from __future__ import annotations

import pytest

from core.model import Attributes, Mention
from core.names.attributes import people_attributes, person_attributes


def _mentions(text: str, name: str) -> list[Mention]:
    mentions = []
    start = text.find(name)
    while start >= 0:
        mentions.append(Mention(start, start + len(name), name))
        start = text.find(name, start + 1)
    return mentions


def _attributes(text: str, name: str) -> Attributes:
    return person_attributes(text, _mentions(text, name))


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a noun opening the next sentence describes that sentence's subject
        (
            "Anne Roy gagne. La joueuse américaine a battu Luc Brun.",
            {"Anne Roy": ("joueuse américaine",)},
        ),
        (
            "Après 2002, Luc Brun gagne. L'ancien ministre est ravi.",
            {"Luc Brun": ("ancien ministre",)},
        ),
        ("Selon Anne Roy, Luc Brun part. Le chanteur a salué.", {"Luc Brun": ("chanteur",)}),
        # an inhabitant's adjective in small letters after the noun
        (
            "Anne Roy a reçu le ministre. La chancelière allemande a plaidé.",
            {"Anne Roy": ("chancelière allemande",)},
        ),
        # a bare office names someone else as often (a pronoun's age is read only as an
        # obituary's: ``test_the_age_an_obituary_ends_on``)
        ("Luc Brun a parlé. Le président a répondu.", {}),
        ("Luc Brun a parlé samedi. Il avait 47 ans.", {}),
        # not across a paragraph, nor a role the person has already
        ("Luc Brun gagne.\nLe chanteur a salué.", {}),
        ("Le chanteur Luc Brun gagne. Le chanteur a salué.", {"Luc Brun": ("chanteur",)}),
        # the noun and what it is of, in small letters, then a verb
        (
            "Anne Roy gagne. La joueuse de l'équipe Sky devance sa coéquipière.",
            {"Anne Roy": ("joueuse de l'équipe Sky",)},
        ),
        # the noun of someone the next words name: their role, not the previous subject's
        (
            "Luc Brun s'excuse. L'avocat de Marc, Anne Roy, a affirmé le contraire.",
            {"Anne Roy": ("avocat de Marc",)},
        ),
        (
            "Luc Brun enquête. L'ancien ministre de la Défense Anne Roy pourrait être entendue.",
            {"Anne Roy": ("ancien ministre de la Défense",)},
        ),
    ],
)
def test_a_role_told_by_the_next_sentence(text: str, roles: dict[str, tuple[str, ...]]) -> None:
    names = ["Luc Brun", "Anne Roy"]
    found = people_attributes(text, [_mentions(text, n) for n in names])
    assert all(a.age is None for a in found)
    assert {n: a.roles for n, a in zip(names, found, strict=True) if a.roles} == roles


def test_an_article_after_the_nouns_link_is_no_noun() -> None:
    text = "Me Anne Roy a plaidé. L'avocat de la partie civile, Me Luc Brun, a obtenu gain."
    (found,) = people_attributes(text, [_mentions(text, "Anne Roy")])
    assert found.roles == ()


@pytest.mark.parametrize(
    "text",
    [
        "Jean Lemoine a fondé le garage. Lemoine père est resté discret.",
        "Jean Lemoine a été élu. Âgé de 57 ans, Lemoine succède à Anne Roy.",
        "Jean Lemoine a été élu. Lemoine, 57 ans, succède à Anne Roy.",
    ],
)
def test_a_surname_that_starts_like_an_article_is_no_noun(text: str) -> None:
    """ "Lemoine" is no "Le moine" (nor "Lemaire" "le maire"): an article is a word of its own."""
    found = people_attributes(text, [_mentions(text, "Jean Lemoine")])
    assert [a.roles for a in found] == [()]


@pytest.mark.parametrize(
    ("text", "age", "role"),
    [
        ("Anne Roy a chanté. La chanteuse de 53 ans a ému.", 53, "chanteuse"),
        (
            "Anne Roy a été jugée. L'ancienne ministre, âgée de 71 ans, a nié.",
            71,
            "ancienne ministre",
        ),
        ("Anne Roy a été jugée. L'ancien raïs, 84 ans, est malade.", 84, "ancien raïs"),
        (
            "Anne Roy a signé. Le manager écossais de Lorval United, 70 ans, entraîne le club.",
            70,
            "manager écossais de Lorval United",
        ),
        (
            "Anne Roy a démissionné. Le diplomate ghanéen, 74 ans, reproche tout.",
            74,
            "diplomate ghanéen",
        ),
        # a demonstrative, a word before the trade; the age alone, then a comma
        (
            "Anne Roy pointe sixième. Cette ancienne ingénieure, 33 ans, avait fini troisième.",
            33,
            "ancienne ingénieure",
        ),
        ("Anne Roy a signé. Le défenseur de 24 ans, surnommé « Rafa », plaît.", 24, "défenseur"),
        # the one person the previous sentence names, even not as its subject
        (
            "Les joueurs ont refusé de sortir du bus après l'exclusion d'Anne Roy. L'attaquante, "
            "âgée de 31 ans, avait été renvoyée samedi.",
            31,
            "attaquante",
        ),
        # an adjective in -trice
        (
            "Anne Roy a été élue par le Bundestag. La dirigeante conservatrice, âgée de 63 ans, a "
            "obtenu 364 voix.",
            63,
            "dirigeante conservatrice",
        ),
        # a trade of medicine; an age told "aujourd'hui âgée de"
        (
            "Anne Roy était présente. La cardiologue, âgée de 56 ans, a tenté un massage.",
            56,
            "cardiologue",
        ),
        (
            "Anne Roy a remis le prix. La cycliste normande, aujourd'hui âgée de 84 ans, a salué "
            "le vainqueur.",
            84,
            "cycliste normande",
        ),
        # a role noun alone, with the age between commas; of a body in any case
        (
            "Anne Roy a reconnu sa défaite. La candidate du Parti vert, âgée de 48 ans, a "
            "promis de revenir.",
            48,
            "candidate du Parti vert",
        ),
    ],
)
def test_an_age_told_with_the_next_sentences_noun(text: str, age: int, role: str) -> None:
    (found,) = people_attributes(text, [_mentions(text, "Anne Roy")])
    assert (found.age, found.roles) == (age, (role,))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Anne Roy a gagné lundi. La Niçoise, 20 ans, a devancé la Russe.", 20),
        ("Anne Roy a gagné lundi. L'Américaine de 31 ans a battu la Russe.", 31),
        ("Le match a été long. La Niçoise, 20 ans, a devancé Anne Roy.", None),
        # the one the text introduced with that noun, not the previous subject
        (
            "Luc Brun a battu la Niçoise Anne Roy. Brun a servi fort. La Niçoise, âgée de 23 ans, "
            "a résisté.",
            23,
        ),
    ],
)
def test_a_people_noun_opening_the_next_sentence_tells_only_the_age(
    text: str, age: int | None
) -> None:
    (found,) = people_attributes(text, [_mentions(text, "Anne Roy")])
    assert (found.age, found.roles) == (age, ())


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mort du comédien Anne Roy. Il joua trente ans. Il avait 47 ans.", 47),
        ("Anne Roy est morte dimanche à Lorval. Elle avait 72 ans.", 72),
        ("La peintre Anne Roy s'est éteinte jeudi. Elle était âgée de 88 ans.", 88),
        # the age at death later in the sentence that tells it
        ("Anne Roy s'est éteinte lundi à la clinique du Parc, à l'âge de 91 ans.", 91),
        ("Anne Roy est morte jeudi dans sa maison de Lorval, à 84 ans.", 84),
        ("Anne Roy est morte jeudi. Luc Brun, à 84 ans, reprend le flambeau.", None),
        # the subject, an aside, then the verb that tells the death (no one else named between)
        (
            "2 mars 2014. – Anne Roy, maire de Lorval de 1977 à 2001, est morte lundi à "
            "l'hôpital de Brest, à l'âge de 91 ans.",
            91,
        ),
        # the one whose death an apposition tells
        (
            "Le canot porte le nom d'Anne Roy, ancienne patronne de la station, morte en 1987. "
            "Elle avait 71 ans.",
            71,
        ),
        # nobody told dead, or two: no age
        ("Anne Roy a gagné. Il avait 47 ans.", None),
        ("Anne Roy est morte. Luc Brun est mort. Il avait 47 ans.", None),
        # an age in a longer sentence tells of another time
        ("Anne Roy est morte. Elle avait 20 ans quand elle a débuté.", None),
    ],
)
def test_the_age_an_obituary_ends_on(text: str, age: int | None) -> None:
    found = people_attributes(text, [_mentions(text, "Anne Roy"), _mentions(text, "Luc Brun")])
    assert found[0].age == age


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Selon Léa Blanc (39 ans), rien ne change.", "Léa Blanc", 39),
        ("Léa Blanc a (39 ans ) et rit.", "Léa Blanc", 39),
        ("Pour Blanc, 53 ans, la question est close.", "Blanc", 53),
        ("Âgée de 61 ans, Blanc a pris sa retraite.", "Blanc", 61),
        ("Smith, 53, said nothing.", "Smith", 53),
        ("Le parti de Léa Blanc, 16,78 %, suit.", "Léa Blanc", None),
        # said with a verb: what the person had, the age at death
        ("Réalisatrice, Léa Blanc avait 70 ans.", "Léa Blanc", 70),
        ("Léa Blanc, qui avait 52 ans, vivait seule.", "Léa Blanc", 52),
        ("Léa Blanc est morte lundi à Lorval à 82 ans.", "Léa Blanc", 82),
        ("Léa Blanc, décédée à l'âge de 93 ans, laisse un fils.", "Léa Blanc", 93),
        # with what the person is: "une infirmière de 34 ans", not "un ami de 20 ans"
        ("Parmi eux, Léa Blanc, une infirmière de 34 ans.", "Léa Blanc", 34),
        # a trade with its complement, then the age and where one came from
        (
            "À Lorval, Léa Blanc, gardienne d'immeuble de 61 ans arrivée de Braga, rit.",
            "Léa Blanc",
            61,
        ),
        ("Léa Blanc, un plombier belge de 51 ans, témoigne.", "Léa Blanc", 51),
        ("Léa Blanc, une étudiante en médecine de 23 ans, témoigne.", "Léa Blanc", 23),
        ("Léa Blanc (divers droite), 63 ans, a défendu le projet.", "Léa Blanc", 63),
        ("Âgé de 54 ans, M. Blanc a succédé au président.", "Blanc", 54),
        ("12 mars 2012. – Une jeune femme de 23 ans, prénommée Léa, a été blessée.", "Léa", 23),
        ("Léa Blanc (PS) a 10 ans de mandat.", "Léa Blanc", None),
        (
            "Lola, de son vrai nom Léa Blanc, est morte lundi à Lorval à l'âge de 79 ans.",
            "Léa Blanc",
            79,
        ),
        ("Léo Blanc, un professeur de lycée de 45 ans.", "Léo Blanc", 45),
        ("Léa Blanc, une amie de 20 ans, témoigne.", "Léa Blanc", None),
        ("Léa B., une habitante de Lorval âgée de 58 ans, est blessée.", "Léa B.", 58),
        ("Léo Blanc, dit « Nénesse », 63 ans, fileteur, se souvient.", "Léo Blanc", 63),
        (
            "Son voisin, Léo Blanc, ancien ouvrier métallurgiste âgé de 67 ans, espère.",
            "Léo Blanc",
            67,
        ),
        ("La fille de la victime, Léa, aujourd'hui âgée de 8 ans, n'a rien dit.", "Léa", 8),
        ("Léa Blanc, une amie de sa mère âgée de 60 ans, témoigne.", "Léa Blanc", None),
        ("Léa Blanc a 10 ans d'expérience.", "Léa Blanc", None),
        ("Léa Blanc (202 ans) est un personnage de fiction.", "Léa Blanc", None),
        ("Léa Blanc a vendu 40 voitures en 2015.", "Léa Blanc", None),
        # a list of names with bare numbers in brackets: goals, not ages
        ("Buteurs : Léa Blanc (8), Marc Petit (6), Anne Roy (5).", "Léa Blanc", None),
        ("Buteurs : Marc Petit (6), Anne Roy (5) et Léa Blanc (4).", "Léa Blanc", None),
        ("Léa Blanc (39) a été interpellée.", "Léa Blanc", 39),
        # at the sentence's end; in the apposition that opens the clause before the name
        ("Il l'a dit à son voisin, Léo Blanc, 70 ans.", "Léo Blanc", 70),
        ("Un motard de 34 ans, Léo Blanc, a perdu la vie.", "Léo Blanc", 34),
        ("Le père de l'enfant de 5 ans, Léo Blanc, est venu.", "Léo Blanc", None),
        (
            "Le prix est attribué à un jeune Lorvalois de 24 ans, Léo Blanc, pour son film.",
            "Léo Blanc",
            24,
        ),
        (
            "En mémoire de Léo Blanc, maire de Lorval de 1983 à 2008, décédé le 2 mars à l'âge "
            "de 89 ans.",
            "Léo Blanc",
            89,
        ),
        # a noun with its age, no article; not the age of what a kin's noun names
        ("Léa Blanc, boulangère installée de 41 ans, a gagné.", "Léa Blanc", 41),
        ("Léa Blanc, kinésithérapeute de 36 ans.", "Léa Blanc", 36),
        ("Léa Blanc, mère d'un garçon de 4 ans, a témoigné.", "Léa Blanc", None),
        ("Léa Blanc, propriétaire du chien de 3 ans, a porté plainte.", "Léa Blanc", None),
        ("Léo Blanc, directeur depuis 12 ans, s'en va.", "Léo Blanc", None),
        # a birthday told after the name, its appositions between
        ("Léa Blanc, née à Lorval le 2 mai 1920, y a fêté ses 97 ans.", "Léa Blanc", 97),
        ("Léo Blanc fête ses 80 ans samedi.", "Léo Blanc", 80),
        ("Léo Blanc a fêté ses 40 ans de carrière.", "Léo Blanc", None),
        ("Blanc était âgé de 57 ans.", "Blanc", 57),
        # an apposition between the name and its age; a noun with its complement
        ("Léa Blanc, mère de trois enfants, âgée de 41 ans, a voté.", "Léa Blanc", 41),
        ("Léo Blanc, l'un des fondateurs du club, aujourd'hui âgé de 80 ans.", "Léo Blanc", 80),
        ("Léa Blanc, mère de Théo, âgée de 8 ans, a voté.", "Léa Blanc", None),
        ("Léa Blanc, souffleuse de verre de 58 ans.", "Léa Blanc", 58),
        (
            "Ils se sont mariés en 1970. Paul Roux, 76 ans aujourd'hui, a pris la parole.",
            "Paul Roux",
            76,
        ),
        # an age after the apposition's role, or after an indefinite noun anywhere
        ("Le club a nommé Paul Roux, trésorier adjoint, 47 ans.", "Paul Roux", 47),
        ("Il y a Léa Blanc, une infirmière du CHU de Lorval, 39 ans.", "Léa Blanc", 39),
        ("Paul Roux, ancien ministre, 10 ans plus tard, a parlé.", "Paul Roux", None),
        ("Léo Blanc, âgé de seulement 19 ans, a marqué.", "Léo Blanc", 19),
        ("Inès Blanc, âgée de sept ans, a été soignée.", "Inès Blanc", 7),
        ("Léo Blanc, dix-sept ans, a marqué.", "Léo Blanc", 17),
        ("Léo Blanc, un retraité âgé de soixante-sept ans, a témoigné.", "Léo Blanc", 67),
        ("Léo Blanc, âgé de onze mois, dort.", "Léo Blanc", None),
        # an age at death after a full name in the aside is that name's
        (
            "Léo Blanc, fils du banquier Paul Blanc, mort en 1997 à 64 ans, parle.",
            "Léo Blanc",
            None,
        ),
        ("Léo Blanc, maire de Lorval de 1983 à 2008, est mort à 82 ans.", "Léo Blanc", 82),
        # the age of the next name in an apposition is that name's
        ("L'imam Léo Blanc, un réfugié afghan de 48 ans, Paul Roux, a couru.", "Léo Blanc", None),
        ("La cour a relaxé lundi un homme de 42 ans, Léo B., faute de preuves.", "Léo B.", 42),
        ("Le père d'un enfant de 5 ans, Léo Blanc, a porté plainte.", "Léo Blanc", None),
    ],
)
def test_age(text: str, name: str, age: int | None) -> None:
    assert _attributes(text, name).age == age


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # an age that opens a sentence, then the noun of its subject: the previous sentence's
        # subject, or the first person it names
        (
            "Luc Brun a été élu dimanche face à Anne Roy. Âgé de 57 ans, le député entre à "
            "l'Élysée.",
            {"Luc Brun": 57},
        ),
        (
            "L'académie a couronné mercredi Luc Brun pour son roman. Âgé de 44 ans, l'écrivain "
            "enseigne à Ajaccio.",
            {"Luc Brun": 44},
        ),
        # not the person after "de" ("les joueurs de X"): the one the sentence tells of
        (
            "Les joueurs de Anne Roy ont gagné, portés par leur arrière Luc Brun. Âgé de 23 ans, "
            "le joueur a marqué huit buts.",
            {"Luc Brun": 23},
        ),
        # an age in words
        (
            "Luc Brun a gagné dimanche la course. Âgé de vingt et un ans, le Picard s'est imposé.",
            {"Luc Brun": 21},
        ),
        # a pronoun after the age: the previous sentence's subject
        (
            "L'évêque de Lorval, Luc Brun, a été élu mercredi. Âgé de 61 ans, il succède à Anne "
            "Roy.",
            {"Luc Brun": 61},
        ),
        (
            "La reine Anne Roy a abdiqué en faveur de Luc Brun. Âgé de 46 ans, il règne.",
            {},
        ),
        # one who speaks after a quotation, told by a noun and an age: the one just named
        (
            "Le maire, Luc Brun, défend le projet. « Il est raisonnable », a fait valoir l'élu, 61 "
            "ans, qui compte sur la vente.",
            {"Luc Brun": 61},
        ),
        (
            "Le même jour, Anne Roy avait abandonné. « C'est un cauchemar », a déclaré la "
            "Franc-Comtoise de 29 ans.",
            {"Anne Roy": 29},
        ),
        (
            "Anne Roy a parlé mardi. « Nous condamnons ces violences », a déclaré la conseillère "
            "d'État, 72 ans, devant l'ONU.",
            {"Anne Roy": 72},
        ),
        # a man's age is not the queen's
        (
            "La reine Anne Roy a signé l'acte au profit de son fils, Luc Brun. Âgé de 46 ans, le "
            "nouveau roi a salué la foule.",
            {},
        ),
    ],
)
def test_an_age_that_opens_the_next_sentence(text: str, ages: dict[str, int]) -> None:
    names = ["Luc Brun", "Anne Roy"]
    found = people_attributes(text, [_mentions(text, n) for n in names])
    assert {n: a.age for n, a in zip(names, found, strict=True) if a.age} == ages


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Il a vu le PDG de Vantor, Luc Brun, hier.", "Luc Brun", ("PDG de Vantor",)),
        (
            "Luc Brun, associé chez Acme Partners. Il part.",
            "Luc Brun",
            ("associé chez Acme Partners",),
        ),
        ("Selon la ministre Anne Roy, tout va bien.", "Anne Roy", ("ministre",)),
        (
            "L'émissaire international pour la Syrie, Anne Roy, a démissionné.",
            "Anne Roy",
            ("émissaire international pour la Syrie",),
        ),
        ("Le conseiller municipal Anne Roy a voté.", "Anne Roy", ("conseiller municipal",)),
        # a portfolio in small letters
        ("Il y avait l'adjoint aux sports Luc Brun.", "Luc Brun", ("adjoint aux sports",)),
        ("L'adjoint au maire Luc Brun a parlé.", "Luc Brun", ("adjoint au maire",)),
        (
            "La conseillère déléguée à la culture Anne Roy a parlé.",
            "Anne Roy",
            ("conseillère déléguée à la culture",),
        ),
        (
            "L'adjoint chargé des finances et du budget Luc Brun a parlé.",
            "Luc Brun",
            ("adjoint chargé des finances et du budget",),
        ),
        ("Il est remplacé par son adjoint, Anne Roy.", "Anne Roy", ("adjoint",)),
        # what the person was or became
        ("Quand Anne Roy était maire de Lorval, tout allait.", "Anne Roy", ("maire de Lorval",)),
        ("Anne Roy est devenue ministre.", "Anne Roy", ("ministre",)),
        ("Anne Roy est une ancienne ministre.", "Anne Roy", ("ancienne ministre",)),
        (
            "Le président malien par intérim, Luc Brun, a parlé.",
            "Luc Brun",
            ("président malien par intérim",),
        ),
        (
            "Son prédécesseur, Anne Roy, reste présidente du conseil.",
            "Anne Roy",
            ("présidente du conseil",),
        ),
        ("Anne Roy n'est pas ministre.", "Anne Roy", ()),
        (
            "Anne Roy, la première secrétaire du PS, a voté.",
            "Anne Roy",
            ("première secrétaire du PS",),
        ),
        # a place's name with an elision inside
        ("Le maire de Raon-l'Étape, Anne Roy, a voté.", "Anne Roy", ("maire de Raon-l'Étape",)),
        ("The CEO of Lorval's unit, Anne Roy, spoke.", "Anne Roy", ()),
        # the role is the subject's, the name the object's
        ("Le président de la fédération avait reçu Anne Roy.", "Anne Roy", ()),
        ("Les cofondateurs Paul Girard et Anne Roy.", "Paul Girard", ("cofondateur",)),
        ("Les attaquants Paul Girard et Anne Roy.", "Anne Roy", ("attaquant",)),
        # a plural role after a list is each one's, its adjectives in the singular too
        (
            "Étaient présentes Mmes Anne Roy et Lafarge, conseillères municipales.",
            "Anne Roy",
            ("conseillère municipale",),
        ),
        (
            "Paul Girard, Anne Roy et Lafarge, conseillers municipaux, ont voté.",
            "Anne Roy",
            ("conseiller municipal",),
        ),
        (
            "Anne Roy et Léo Petit, entraîneurs français, rient.",
            "Anne Roy",
            ("entraîneur français",),
        ),
        ("Anne Roy et Léo Petit, un voisin, rient.", "Anne Roy", ()),
        ("Parmi eux, Anne Roy, une infirmière de 34 ans.", "Anne Roy", ("infirmière",)),
        (
            "« Non », dit Anne Roy, un commerçant du quartier.",
            "Anne Roy",
            ("commerçant du quartier",),
        ),
        ("Anne Roy, un voisin, a tout vu.", "Anne Roy", ()),
        # when is no part of what: "de 2004 à 2007"; a capital opening the sentence is not kept
        (
            "Ancien ministre de Lorval de 2004 à 2007, Anne Roy a parlé.",
            "Anne Roy",
            ("ancien ministre de Lorval",),
        ),
        # a role of someone named with a title is the next name's
        ("L'avocat de M. Anne Roy, Luc Brun, a plaidé.", "Anne Roy", ()),
        ("L'avocat de M. Anne Roy, Luc Brun, a plaidé.", "Luc Brun", ("avocat de M. Anne Roy",)),
        (
            "Anne Roy, directrice générale de Nexora, qui a parlé.",
            "Anne Roy",
            ("directrice générale de Nexora",),
        ),
        ("The CEO of Initech, Bill Lumbergh, spoke.", "Bill Lumbergh", ("CEO of Initech",)),
        ("Luc Brun est venu. Il a parlé.", "Luc Brun", ()),
        # a role is read in the name's own sentence, never across the end of the one before
        (
            "Le fondateur de Vantor Luc Brun a parlé. Luc Brun a souri.",
            "Luc Brun",
            ("fondateur de Vantor",),
        ),
        ("Le P.-D.G. Luc Brun a parlé.", "Luc Brun", ("P.-D.G.",)),
        # an elided article, what the role was or will be, one adjective after it
        ("L'entraîneur des Aigles, Luc Brun, a parlé.", "Luc Brun", ("entraîneur des Aigles",)),
        ("L'ancien président Luc Brun a parlé.", "Luc Brun", ("ancien président",)),
        ("Il a vu l'ex-ministre Luc Brun.", "Luc Brun", ("ex-ministre",)),
        ("Le président moldave Luc Brun a parlé.", "Luc Brun", ("président moldave",)),
        ("La députée écologiste Anne Roy a parlé.", "Anne Roy", ("députée écologiste",)),
        ("Le maire sortant Luc Brun se représente.", "Luc Brun", ("maire sortant",)),
        # a trade before a name is what the person does
        ("Le navigateur Luc Brun est arrivé.", "Luc Brun", ("navigateur",)),
        ("Le député UMP Luc Brun a parlé.", "Luc Brun", ("député UMP",)),
        # a role given to the person, told after the name, without its date
        ("Luc Brun a été élu président de Varaine.", "Luc Brun", ("président de Varaine",)),
        (
            "Anne Roy, élue maire de Lorval en 2008, se représente.",
            "Anne Roy",
            ("maire de Lorval",),
        ),
        (
            "Luc Brun, nommé ministre de la Culture le 3 mai, part.",
            "Luc Brun",
            ("ministre de la Culture",),
        ),
        # what the person is, in apposition before the name
        ("Un jeune amérindien, Luc Brun, est guéri.", "Luc Brun", ("jeune amérindien",)),
        ("Une étudiante lyonnaise, Anne Roy, a parlé.", "Anne Roy", ("étudiante lyonnaise",)),
        ("Un plan, Luc Brun, rien.", "Luc Brun", ()),
        # a role after the name past "un autre"; "ancien" is part of it
        ("Luc Brun, un autre candidat socialiste, a perdu.", "Luc Brun", ("candidat socialiste",)),
        (
            "Luc Brun, ancien ministre de la Culture, est mort.",
            "Luc Brun",
            ("ancien ministre de la Culture",),
        ),
        # a plural role is each listed person's; a singular one the first's alone
        ("Les anciens présidents Luc Brun et Paul Roy.", "Paul Roy", ("ancien président",)),
        ("Les cofondateurs Anne Roy, Luc Brun et Paul Roy.", "Luc Brun", ("cofondateur",)),
        ("Le président Luc Brun et Paul Roy sont venus.", "Paul Roy", ()),
        # what a role is of runs through "et" before a name, not into the next phrase
        ("Le PDG de Vantor et Nexora Luc Brun a parlé.", "Luc Brun", ("PDG de Vantor et Nexora",)),
        ("Le prince de Varaine et la princesse Anne Roy.", "Anne Roy", ("princesse",)),
        (
            "Le ministre des affaires étrangères Luc Brun.",
            "Luc Brun",
            ("ministre des affaires étrangères",),
        ),
        ("Le pape Léon a reçu l'émir Kasem.", "Kasem", ("émir",)),
        # after the name: with "l'", past an age, a trade; before it, past a title
        ("Luc Brun, l'entraîneur du club, a parlé.", "Luc Brun", ("entraîneur du club",)),
        ("Luc Brun, 45 ans, chef d'entreprise, a parlé.", "Luc Brun", ("chef d'entreprise",)),
        ("Luc Brun, humoriste, a parlé.", "Luc Brun", ("humoriste",)),
        ("L'avocat de la famille, Me Luc Brun, conteste.", "Luc Brun", ("avocat de la famille",)),
        # what a player is in a tournament
        ("Luc Brun, tenant du titre, a perdu.", "Luc Brun", ("tenant du titre",)),
        ("Anne Roy, tête de série numéro 6, a gagné.", "Anne Roy", ("tête de série numéro 6",)),
        # the town one comes from between commas, then the role
        (
            "La médaille a été remise par Anne Roy, de Lestrade, présidente du comité.",
            "Anne Roy",
            ("présidente du comité",),
        ),
        # a verb after the role is no adjective: the role is someone else's
        ("Le président reçoit Luc Brun demain.", "Luc Brun", ()),
        # a time the role was held is no part of it; a long one is never cut inside a word
        (
            "Anne Roy, qui fut la porte-parole de Marc Petit lors de la campagne présidentielle "
            "de 2007, a été nommée ministre.",
            "Anne Roy",
            ("porte-parole de Marc Petit",),
        ),
        (
            "Anne Roy, la porte-parole du comité régional de soutien aux familles des disparus "
            "de la catastrophe, a parlé.",
            "Anne Roy",
            ("porte-parole du comité régional de soutien aux familles des disparus",),
        ),
        # the name taken is no part of the role
        ("Luc Brun a été élu pape sous le nom de Pie XIII.", "Luc Brun", ("pape",)),
    ],
)
def test_roles(text: str, name: str, roles: tuple[str, ...]) -> None:
    assert _attributes(text, name).roles == roles


def test_a_role_followed_by_another_name_belongs_to_that_name() -> None:
    text = "auprès du PDG de Vantor, Luc Brun, du cofondateur de Nexora, Anne Roy, et d'autres."
    assert _attributes(text, "Luc Brun").roles == ("PDG de Vantor",)
    assert _attributes(text, "Anne Roy").roles == ("cofondateur de Nexora",)


def test_roles_are_not_repeated() -> None:
    text = "Le PDG de Vantor, Luc Brun, parle. Plus tard, le PDG de Vantor, Luc Brun, rit."
    assert _attributes(text, "Luc Brun").roles == ("PDG de Vantor",)


def test_a_demonym_subject_who_had_a_birthday() -> None:
    text = "Rafael Nadel a gagné. Le Majorquin, qui a fêté ses 19 ans vendredi, est le plus jeune."
    (found,) = people_attributes(text, [_mentions(text, "Rafael Nadel")])
    assert found.age == 19

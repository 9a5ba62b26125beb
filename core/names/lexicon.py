"""Word lists and cue patterns for entity post-processing (French first, English too).

These are general facts about how the two languages name people and organisations: titles,
role nouns, verbs of speech, organisation cues. Nothing here comes from any particular article.
"""

from __future__ import annotations

import re

from core.alternation import one_of

# After an article: a space, none only after an elided one ("l'avocat", "l’ancien"). "Lemaire"
# is no "le maire", nor "Lavocat" "la vocat".
ARTICLE_GAP = r"(?:(?<=['’])\s*|\s+)"

APOSTROPHES = "'’"

# Civil and professional titles written before a person's name.
TITLES = frozenset(
    "m. m mm. mme mmes mlle mlles dr dr. pr pr. me me. mes mgr sir mr mr. mrs mrs. ms ms. prof "
    "monsieur madame mademoiselle messieurs mesdames "
    # ranks and offices written before a name ("le général Dupuis", "Maître Vergès")
    "général générale colonel capitaine lieutenant commandant adjudant sergent caporal amiral "
    "maréchal maître docteur professeur abbé père frère sœur soeur cardinal monseigneur "
    "président présidente sénateur sénatrice député députée ministre maire juge commissaire "
    "pape gouverneur inspecteur brigadier patriarche lord".split()
)

# Words that may sit in lower case inside a proper name ("Banque de France", "Vincent van Gogh").
PARTICLES = frozenset(
    "de du des d' d’ la le les l' l’ et en sur sous von van der den di da del della do dos das y e "
    "of the and for on upon bin ben ibn al el zu ter ten dela delos delas wa".split()
)

# Role nouns, singular forms (a trailing plural "s" is accepted by the patterns).
# fmt: off
ROLE_NOUNS_FR = (
    "pdg", "p.-d.g.", "président-directeur général", "directeur général", "directrice générale",
    "directeur", "directrice", "président", "présidente", "vice-président", "vice-présidente",
    "co-président", "coprésident", "co-présidente", "fondateur", "fondatrice", "cofondateur",
    "co-fondateur", "cofondatrice", "co-fondatrice", "associé", "associée", "premier ministre",
    "première ministre", "ministre", "porte-parole", "secrétaire général", "secrétaire générale",
    "secrétaire d'état", "maire", "mairesse", "bourgmestre", "échevin", "échevine", "député",
    "députée", "sénateur", "sénatrice",
    "avocat", "avocate", "juge", "chef", "cheffe", "patron", "patronne", "dirigeant", "dirigeante",
    "responsable", "rédacteur en chef", "rédactrice en chef", "journaliste", "chercheur",
    "chercheuse", "professeur", "professeure", "entraîneur", "entraîneuse", "ambassadeur",
    "ambassadrice", "gouverneur", "gouverneure", "roi", "reine", "prince", "princesse",
    "capitaine", "ingénieur", "ingénieure", "milliardaire", "investisseur", "investisseuse",
    "administrateur", "administratrice", "actionnaire", "conseiller", "conseillère", "trésorier",
    "trésorière", "commissaire", "procureur", "procureure", "écrivain", "écrivaine", "auteur",
    "auteure", "autrice", "fondateur et pdg", "candidat", "candidate", "pape", "émir", "sultan",
    "empereur", "impératrice", "leader", "raïs", "chancelier", "chancelière", "dictateur",
    "monarque", "souverain", "souveraine", "cardinal", "archevêque", "évêque", "préfet", "préfète",
    "imam", "rabbin", "général", "colonel", "commandant", "émissaire", "envoyé spécial",
    "envoyée spéciale", "médiateur", "médiatrice", "négociateur", "négociatrice", "adjoint",
    "adjointe", "garde des sceaux", "diplomate", "premier secrétaire", "première secrétaire",
    "secrétaire national", "secrétaire nationale", "secrétaire", "représentant",
    "représentante", "représentant spécial", "représentante spéciale",
    # roles of several words that only a person holds (also cues before a name: "l'homme
    # d'affaires X Y"; see ``PERSON_ROLES``)
    "homme d'affaires", "femme d'affaires", "chargé d'affaires", "chargée d'affaires",
    "metteur en scène", "metteuse en scène", "demi de mêlée", "demi d'ouverture",
    "troisième ligne", "deuxième ligne", "troisième-ligne", "deuxième-ligne", "milieu de terrain",
    "vice-premier ministre", "président élu", "présidente élue", "homme politique",
    "femme politique",
    # what a player is in a tournament: "X, tête de série n°6", "Y, tenant du titre"
    "tête de série", "tenant du titre", "tenante du titre", "numéro un mondial",
    "numéro un mondiale",
)
ROLE_NOUNS_EN = (
    "ceo", "chief executive", "chief executive officer", "chairman", "chairwoman", "chair",
    "president", "vice president", "founder", "co-founder", "cofounder", "partner", "director",
    "managing director", "minister", "prime minister", "spokesman", "spokeswoman",
    "spokesperson", "senator", "governor", "mayor", "lawyer", "attorney", "judge", "head",
    "chief", "editor", "reporter", "researcher", "professor", "investor", "billionaire",
    "secretary", "secretary of state", "ambassador", "king", "queen", "prince", "princess",
)
# Roles held in a company, not in a town or a country: "maire de X" says nothing about X.
ORG_ROLE_NOUNS = (
    "pdg", "p.-d.g.", "président-directeur général", "directeur général", "directrice générale",
    "fondateur", "fondatrice", "cofondateur", "co-fondateur", "cofondatrice", "co-fondatrice",
    "associé", "associée", "actionnaire", "investisseur", "investisseuse", "dirigeant",
    "dirigeante", "salarié", "salariée", "employé", "employée", "patron", "patronne",
    "ceo", "chief executive", "chief executive officer", "founder", "co-founder", "cofounder",
    "partner", "investor", "chairman", "chairwoman", "managing director", "employee",
)
# fmt: on
ROLE_NOUNS = tuple(sorted(set(ROLE_NOUNS_FR + ROLE_NOUNS_EN), key=len, reverse=True))

ROLE = rf"{one_of(ROLE_NOUNS)}s?"
ORG_ROLE = rf"{one_of(ORG_ROLE_NOUNS)}s?"

# A word of a name ("Renault", "Air", "Liquide", "Raon-l'Étape"; not the "'s" of "Total's"); a
# pattern read ignoring case takes any word.
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž0-9](?:[\w&.+-]|['’](?=(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])))*"

# Verbs of speech and thought that follow a person's name (past participle or present tense).
SPEECH_VERBS = (
    "déclaré déclare dit dit écrit écrit affirmé affirme expliqué explique annoncé annonce "
    "estimé estime indiqué indique souligné souligne ajouté ajoute précisé précise confié confie "
    "raconté raconte répondu répond assuré assure reconnu reconnaît admis admet prévenu prévient "
    "tweeté tweete publié publie promis promet demandé demande proposé propose critiqué critique "
    "said says told tells wrote writes added adds explained explains announced announces "
    "tweeted tweets argued argues warned warns claimed claims asked asks replied replies"
).split()
_SPEECH_ALT = one_of(SPEECH_VERBS)
PERSON_AFTER = re.compile(
    # (an aside that is a name tells who speaks: "Le procureur de X, Michel Y, a annoncé")
    rf"^\s*(?:,(?!\s*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s+[A-ZÀ-ÖØ-ÞĀ-Ž])[^,.;]{{0,60}},\s*)?"
    rf"(?:(?:a|avait|aurait|has|had)\s+)?{_SPEECH_ALT}\b",
    re.IGNORECASE,
)
# Inversion after direct speech, the narrative way: "répondit Pencroff", "said Holmes".
_INVERTED_SPEECH = (
    "dit répondit demanda reprit ajouta répliqua murmura cria fit observa répéta déclara affirma "
    "expliqua interrompit continua objecta insista s'écria s’écria s'exclama s’exclama "
    "riposta songea pensa conclut said asked replied cried answered whispered added"
).split()
# Trades and callings written before a person's full name ("le skipper Yann Le Goff", "la
# chanteuse X Y"), masculine and feminine; a trailing plural "s" is accepted.
_TRADES = (
    "skipper navigateur navigatrice acteur actrice comédien comédienne chanteur chanteuse "
    "musicien musicienne écrivain écrivaine romancier romancière réalisateur réalisatrice "
    "cinéaste photographe peintre sculpteur sculptrice physicien physicienne chercheur "
    "chercheuse scientifique joueur joueuse footballeur footballeuse tennisman tenniswoman "
    "cycliste coureur coureuse athlète champion championne entraîneur entraîneuse sélectionneur "
    "sélectionneuse nageur nageuse pilote boxeur boxeuse skieur skieuse attaquant attaquante "
    "défenseur milieu gardien gardienne humoriste animateur animatrice présentateur "
    "présentatrice journaliste reporter artiste poète poétesse philosophe historien historienne "
    "économiste sociologue avocat avocate procureur procureure chirurgien chirurgienne médecin "
    "opposant opposante dissident dissidente syndicaliste leader porte-parole analyste "
    "politologue consultant consultante entrepreneur entrepreneuse compositeur compositrice "
    "pianiste violoniste guitariste soliste rappeur rappeuse danseur danseuse architecte styliste "
    "producteur productrice dramaturge judoka rugbyman handballeur handballeuse basketteur "
    "basketteuse gymnaste alpiniste astronaute archéologue biologiste mathématicien "
    "mathématicienne manager capitaine buteur buteuse arbitre milliardaire ailier ouvreur "
    "sprinteur sprinteuse marathonien marathonienne perchiste escrimeur escrimeuse triathlète "
    "talonneur grimpeur eurodéputé eurodéputée délégué déléguée juré jurée astrophysicien "
    "astrophysicienne urgentiste banquier banquière consul gendarme policier policière "
    "activiste otage détenu détenue scénariste chorégraphe dessinateur dessinatrice magistrat "
    "magistrate enquêteur enquêtrice patriarche prêtre sous-préfet sous-préfète "
    "religieuse religieux missionnaire moine moniale curé abbé pasteur rabbin imam "
    "théologien théologienne astronome orientaliste explorateur exploratrice aviateur aviatrice "
    # the trades of a town's shops and farms: "chez le garagiste X", "la fleuriste Y"
    "boulanger boulangère pâtissier pâtissière boucher bouchère charcutier charcutière épicier "
    "épicière garagiste plombier menuisier ébéniste maçon charpentier couvreur électricien "
    "électricienne serrurier cordonnier coiffeur coiffeuse fleuriste pharmacien pharmacienne "
    "notaire vétérinaire dentiste kinésithérapeute cafetier cafetière restaurateur restauratrice "
    "viticulteur viticultrice vigneron vigneronne éleveur éleveuse maraîcher maraîchère "
    "apiculteur apicultrice horticulteur horticultrice instituteur institutrice facteur factrice "
    "instructeur instructrice moniteur monitrice formateur formatrice mécanicien mécanicienne "
    "chauffeur chauffeuse cuisinier cuisinière serveur serveuse vendeur vendeuse caissier "
    "caissière jardinier jardinière gérant gérante cardiologue pédiatre psychiatre psychologue "
    "gynécologue neurologue anesthésiste radiologue ophtalmologue dermatologue"
).split()
# Roles of several words only a person holds, before a name: "l'homme d'affaires X Y".
PERSON_ROLES = one_of(
    [
        "homme d'affaires", "femme d'affaires", "chargé d'affaires", "chargée d'affaires",
        "metteur en scène", "metteuse en scène", "demi de mêlée", "demi d'ouverture",
        "troisième ligne", "deuxième ligne", "troisième-ligne", "deuxième-ligne",
        "milieu de terrain", "vice-premier ministre", "président élu", "présidente élue",
        "homme politique", "femme politique",
    ],
    apostrophe="['’]",
)  # fmt: skip
TRADE = rf"{one_of(_TRADES)}s?"  # also a role before a name ("le pilote X")
# A political side, as a noun before a name, a cue of a person and no role of theirs: "le
# conservateur X", "la socialiste Y", "le démocrate Z"
_SIDE = one_of(
    "conservateur conservatrice centriste socialiste travailliste écologiste démocrate "
    "républicain républicaine communiste indépendantiste nationaliste populiste".split()
)
# The article (with a preposition) before a trade: "le skipper X", "de la chanteuse X".
_ARTICLE = one_of(["le", "la", "l'", "du", "au", "de la", "de l'"], apostrophe="['’]")
# Inversion after a quotation, the news way, in the present or the perfect tense: "», affirme
# X", "», a expliqué X".
_QUOTED_SPEECH = (
    "affirme explique raconte confie témoigne souligne déplore ajoute précise lance assure "
    "estime indique poursuit note regrette observe résume conclut insiste rappelle reconnaît "
    "avoue dit déclare juge sourit glisse martèle commente prévient dénonce s'exclame s’exclame "
    "s'insurge s’insurge s'indigne s’indigne"
).split()
_QUOTED_SPEECH_PAST = (
    "affirmé expliqué raconté confié témoigné souligné déploré ajouté précisé lancé assuré "
    "estimé indiqué poursuivi noté regretté observé résumé conclu insisté rappelé reconnu "
    "avoué dit déclaré jugé glissé martelé commenté prévenu dénoncé"
).split()
PERSON_BEFORE = re.compile(
    rf"(?:(?:^|[\s,»”\"—–-]){one_of(_INVERTED_SPEECH)}"
    rf"|[»”\"]\s*,?\s*(?:{one_of(_QUOTED_SPEECH)}|a\s+{one_of(_QUOTED_SPEECH_PAST)}))"
    r"\s+$",
    re.IGNORECASE,
)
# A person told by what they are, beside a lone name: "un jeune manifestant, Karim,", "Leila, une
# étudiante,". (An age after a name, "X, 53 ans,", is no such cue: places and bodies have ages.)
_PERSON_NOUNS = (
    "manifestant manifestante étudiant étudiante lycéen lycéenne collégien collégienne habitant "
    "habitante voisin voisine témoin passant passante ouvrier ouvrière agriculteur agricultrice "
    "retraité retraitée homme femme garçon fille fillette adolescent adolescente enfant bénévole "
    "commerçant commerçante salarié salariée employé employée victime mère père militant "
    "militante infirmier infirmière policier policière gendarme pompier élève enseignant "
    "enseignante riverain riveraine chômeur chômeuse réfugié réfugiée migrant migrante blessé "
    "blessée survivant survivante rescapé rescapée spectateur spectatrice touriste visiteur "
    "visiteuse client cliente patient patiente correspondant correspondante camarade élu élue"
).split()
PERSON_NOUN = one_of(_PERSON_NOUNS + _TRADES)
# Those of them that say what a person does, a role when written after the name ("X, une
# infirmière de 34 ans", "Y, un commerçant"): not "homme", "voisin" nor "victime".
CALLING = one_of(
    "manifestant manifestante étudiant étudiante lycéen lycéenne collégien collégienne ouvrier "
    "ouvrière agriculteur agricultrice retraité retraitée bénévole commerçant commerçante salarié "
    "salariée employé employée militant militante infirmier infirmière policier policière "
    "gendarme pompier enseignant enseignante chômeur chômeuse".split()
)
_QUALIFIER = r"(?:\s+(?!(?:de|du|des|la|le|les|et|en|à|au|aux)\b)[a-zà-öø-ÿā-ž][a-zà-öø-ÿā-ž-]+)?"
APPOSITION_BEFORE = re.compile(  # ("Un autre témoin, Karim, …")
    rf"(?i:\b(?:un|une|le|la|l['’]|son|sa|leur|notre|mon|ma){ARTICLE_GAP}"
    rf"(?:(?:jeune|vieil|vieux|petite?|autre|second|seconde|deuxième|troisième)\s+)?"
    rf"{PERSON_NOUN}"
    rf"{_QUALIFIER}(?:\s+(?:âgée?\s+)?de\s+\d{{1,3}}\s+ans)?)\s*,\s*$"  # "Un détenu de 31 ans, X"
)
# A role and where it is held, then the holder between commas: "Le chef de l'État, X Y, a…",
# "le secrétaire général de l'ONU, X Y," (the role says a person follows).
ROLE_APPOSITION_BEFORE = re.compile(
    rf"(?i:\b(?:le|la|l['’])\s*{ROLE}{_QUALIFIER}\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,5})\s*,\s*$"  # ("l'émissaire des Nations unies pour la Syrie")
)
# A role alone, then the holder between commas: "a déclaré la mairesse, Marie-Ève X" (with a
# given name and a surname: "le directeur, Air France, …" is no holder)
ROLE_ALONE_APPOSITION_BEFORE = re.compile(
    rf"(?i:\b(?:le|la|l['’]|son|sa|leur|un|une)(?:(?<=['’])\s*|\s+)"
    rf"(?:(?:ancien|ancienne|nouveau|nouvelle)\s+)?{ROLE})"
    # and what of: "un représentant du camp présidentiel, Damien X, a arraché…"
    r"(?:\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[\w'’-]+(?:\s+[\w'’-]+){0,3})?"
    r"\s*,\s*$"
)  # ("Son adjoint, Otieno X, a recommandé")
# A role and its adjectives, then the holder between commas: "le président sud-coréen, X Y,",
# "la ministre japonaise de la Défense, X"
ROLE_ADJECTIVE_APPOSITION_BEFORE = re.compile(
    rf"(?i:\b(?:le|la|l['’])\s*(?:(?:ancien(?:ne)?|nouvel(?:le)?|nouveau)\s+)?{ROLE}"
    r"(?:\s+(?!(?:de|du|des|et|en|à)\b)[a-zà-öø-ÿ-]+){1,2})\s*,\s*$"
)
# The kin listed after their noun: "trois enfants, Pascal, Nathalie et Erwan" (each a person)
KIN_LISTED_BEFORE = re.compile(
    r"\b(?i:enfants|fils|filles|petits-enfants|arrière-petits-enfants|frères|sœurs|soeurs"
    r"|neveux|nièces|cousins|cousines)\s*[,:]\s*"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s*,\s*)*(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s+et\s+)?$"
)
# The same right before the holder's full name, without commas: "l'ancien secrétaire général de
# la Ligue arabe X Y" (where it is held opens on a capital).
ROLE_HELD_BEFORE = re.compile(
    r"(?i:\b(?:le|la|l['’]|du|au)\s*(?:(?:ancien(?:ne)?|nouvel(?:le)?|nouveau|actuel(?:le)?)\s+"
    rf"|ex-\s*)?{ROLE}{_QUALIFIER}\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*)"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+[\w'’-]+){0,2},?\s+$"  # (", X Y": between commas too)
)
# Kin in small letters, singular: "la sœur de la victime", "le père de l'enfant".
_KIN_NOUN = one_of(
    "épouse époux mari compagne compagnon fiancé fiancée veuve veuf fils fille père mère frère "
    "sœur soeur oncle tante cousin cousine neveu nièce grand-père grand-mère petit-fils "
    "petite-fille beau-père belle-mère beau-frère belle-sœur gendre aîné aînée cadet cadette "
    "benjamin benjamine doyen doyenne".split()
)
# A relative of someone named, then a comma: the lone name after is that relative's ("Le père
# de Thomas, Karim, est arrivé", "la sœur de celui-ci, Caroline")
KIN_OF_BEFORE = re.compile(
    rf"(?i:\b(?:le|la|l['’])\s*{_KIN_NOUN}\s+(?:de|du|d['’])\s*)"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?"
    r"|celui-ci|celle-ci|ce\s+dernier|cette\s+dernière)\s*,\s*$"
)
# Roles no body holds, said without an article after a name: "X, président de l'Assemblée,"
_HOLDER_ROLE = one_of(
    "président présidente vice-président vice-présidente ministre porte-parole maire mairesse "
    "député députée sénateur sénatrice avocat avocate juge procureur procureure ambassadeur "
    "ambassadrice gouverneur entraîneur entraîneuse préfet préfète conseiller conseillère "
    "directeur directrice secrétaire fondateur fondatrice cofondateur cofondatrice professeur "
    "professeure chef cheffe dirigeant dirigeante patron patronne".split()
)
APPOSITION_AFTER = re.compile(
    rf"\s*,\s*(?i:(?:(?:ancien|ancienne|actuel|actuelle|nouveau|nouvelle|alors|aujourd['’]hui"
    rf"|désormais|toujours)\s+)?{_HOLDER_ROLE}\s+"
    r"(?:(?:de|du|des)\s|d['’])"  # "X, président de l'Assemblée nationale,"
    rf"|(?:un|une)\s+(?:(?:jeune|vieil|vieux|petite?)\s+)?{PERSON_NOUN}\b"
    # "Marie, la sœur de la victime,", "Paul, l'avocat de la famille,"
    rf"|(?:le|la|l['’])\s*(?:{_KIN_NOUN}|{PERSON_NOUN})\s+(?:(?:de|du|des)\b|d['’])"
    # "Lukas, son correspondant", "Inès, sa voisine de palier"
    rf"|(?:son|sa|leur)\s+(?:(?:jeune|petite?|fidèle|vieil|vieille|vieux)\s+)?(?:{PERSON_NOUN})\b)"
)
# A kin noun without its article after a name: "Murat, frère aîné de l'accusé,", "Léa, fille du
# maire," (a person's, unless the name follows a preposition: "né à X, fils d'un cheminot").
KIN_APPOSITION_AFTER = re.compile(
    rf"\s*,\s*(?i:{_KIN_NOUN}(?:\s+(?:aîné|aînée|cadet|cadette|unique))?\s+(?:(?:de|du|des)\b|d['’]))"
)
_NOBLE = "baron baronne comte comtesse vicomte vicomtesse marquis marquise duc duchesse".split()
# Kin after a possessive: "il laisse son épouse Odette", "sa petite sœur Lina", "ses enfants
# Marc et Julie" (a lone given name is a person's there).
_KIN = (
    one_of("son sa ses leur leurs mon ma mes notre nos votre vos ce cette".split())
    + r"\s+(?:(?:jeune|petite?|grande?|"
    r"demi|deux|trois|quatre)[\s-]+)?(?:épouse|époux|femme|mari|compagne|compagnon|fiancée?|"
    r"veuve|veuf|fils|filles?|petite?-(?:fils|filles?)|petits-enfants|enfants?|parents|père|mère|"
    r"grand-père|grand-mère|frères?|s(?:œ|oe)urs?|oncle|tante|cousine?s?|neveux?|nièces?|"
    r"beau-père|belle-mère|beau-frère|belle-s(?:œ|oe)ur|gendre|belle-fille|bru|parrain|marraine|amie?s?"
    r"|arrière-petite?-(?:fils|filles?)|arrière-petits-enfants"
    # those one works or competes with: "son rival Rohff", "son homologue X"
    r"|rivale?s?|adversaires?|coéquipière?s?|partenaires?|successeur|prédécesseur|homologues?"
    r"|compatriotes?|mentor|protégée?)"
    r"(?:\s+(?:aînée?|cadette?|unique))?(?:\s+de\s+\d{1,3}\s+ans)?\s*,?"  # "son fils de 9 ans, X"
)
# Kin right before a name: "sa sœur Clémence", "son fils Marc", "sa cadette Léa".
KIN_BEFORE = re.compile(rf"(?i:{_KIN}|(?:son|sa)\s+(?:cadette?|aînée?|benjamine?))\s*$")
# A title word before a name ("le général X", "la reine X"), as a pattern like ``TRADE``.
_TITLE_WORD = one_of(
    "général colonel capitaine lieutenant commandant adjudant major sergent caporal amiral "
    "maréchal maître docteur professeur abbé cardinal pape sénateur sénatrice député députée "
    "inspecteur "
    "commissaire juge président présidente ministre maire mairesse collègue élu élue militant "
    "militante candidat candidate gouverneur roi reine prince princesse empereur impératrice "
    "émir cheikh sultan archevêque évêque imam rabbin pasteur patriarche métropolite "
    "ayatollah".split()
    + _NOBLE
)
# Capitals whose name stands for a state's government in the news ("Washington a annoncé",
# "Moscou a démenti", "Beijing said"): a place, even where a verb of speech follows it. French
# and English spellings; capitals that are also common given names ("Sofia", "Victoria") are left
# out.
SEATS_OF_GOVERNMENT = frozenset(
    "Washington Moscou Moscow Pékin Beijing Londres London Berlin Paris Rome Madrid Tokyo "
    "Bruxelles Brussels Téhéran Tehran Kiev Kyiv Kiew Damas Damascus Pyongyang Séoul Seoul "
    "Ottawa Ankara Athènes Athens Varsovie Warsaw Bagdad Baghdad Tripoli Alger Algiers Rabat "
    "Tunis Dakar Bamako Kaboul Kabul Jérusalem Jerusalem Riyad Riyadh Beyrouth Beirut Canberra "
    "Brasilia Caracas Bogota Pretoria Nairobi Abidjan Kinshasa Islamabad Bangkok Hanoï Hanoi "
    "Manille Manila Jakarta Taipei Lisbonne Lisbon Dublin Oslo Stockholm Helsinki Copenhague "
    "Copenhagen Prague Budapest Bucarest Bucharest Belgrade Minsk Vilnius Riga Tallinn Erevan "
    "Yerevan Bakou Baku Tbilissi Tbilisi Doha Amman Khartoum Niamey Ouagadougou Nouakchott "
    "Conakry Abuja Yaoundé Libreville Brazzaville Luanda Harare Maputo Havane Ramallah "
    # the seats that stand for a government as well: "le Kremlin a annoncé"
    "Kremlin Pentagone Pentagon Vatican Matignon".split()
)
# A people's or a place's inhabitant in the singular, written with a capital ("la Française X
# Y", "le Géorgien X Y", "l'Américain X Y"): a person's full name follows.
# Those no ending tells (also the adjectives of ``core.names.attributes``, in small letters).
DEMONYMS_UNTOLD = (
    r"Belge|Suisse|Russe|Biélorusse|Tchèque|Slovaque|Serbe|Croate|Bulgare|Britannique|Turque?|Turc"
    r"|Grecque|Grec|Kazakh|Ouzbek|Afghane?|Kényane?|Catalane?|Espagnole?|Mongole?|Allemande?"
    r"|Normande?|Flamande?|Argentine?|Maghrébine?|Tibétaine?|Cubaine?|Thaïe?|Basque|Corse"
    r"|Yéménite|Saoudienne?|Qatarie?|Émiratie?|Somalie?"
    r"|Philippine?|Nigériane?|Libyen(?:ne)?|Birmane?|Uruguayen(?:ne)?|Paraguayen(?:ne)?|Roumaine?"
    r"|Lettone?|Slovène|Monténégrine?|Chypriote|Monégasque|Tchétchène|Malgache|Turkmène"
    r"|Burkinabée?|Burkinabè|Malienne?|Togolaise?|Béninoise?|Nigérienne?|Majorquine?|Andalouse?"
    r"|Suissesse|Breton(?:ne)?|Savoyarde?|Auvergnate?|Provençale?|Gascon(?:ne)?|Moldave|Kosovare?"
)
_DEMONYM_WORD = (
    r"(?!(?:Palais|Marais|Ancien|Ancienne)(?![\w’'-]))(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+-){0,2}"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:ien|ienne|éen|éenne|ais|aise|ois|oise|cain|caine)"
    rf"|{DEMONYMS_UNTOLD})s?(?![\w’'-])"  # ("les Roumaines X et Y")
)
# The verb of speech after a quotation, the news way: "», a déclaré", "», affirme".
QUOTED_SPEECH_VERB = (
    rf"(?:{one_of(_QUOTED_SPEECH)}|a\s+(?:fait\s+valoir|{one_of(_QUOTED_SPEECH_PAST)}))"
)
# One who speaks after a quotation, told by a people's noun and an age: "« … », a déclaré le
# Franc-Comtois de 29 ans." (the one just named).
DEMONYM_SPEAKER = rf"{_DEMONYM_WORD}"
# A sentence opening on a people's inhabitant, right after a sentence that opens on a name,
# most often tells of that name ("X a marqué deux buts. Le Brésilien a été élu…"); a trade or a
# role opening it is ``attributes.NOUN_SUBJECT``.
DEMONYM_SUBJECT = re.compile(
    rf"(?:Le|La|L['’]){ARTICLE_GAP}{_DEMONYM_WORD}(?:\s+de\s+\d+\s+ans)?"
    r"\s+(?=(?:a|est|avait|était|sera|va|vient|ne|n['’]|s['’]|se|qui)\s)"
)
# The same noun opening a sentence with an age: "Le Niçois, 20 ans, a devancé…", "La Russe de 25
# ans a…": the previous subject's age (a people's noun is no role).
DEMONYM_AGED = re.compile(
    rf"(?:^|(?<=[.!?…»”\"]\s))(?:Le|La|L['’]){ARTICLE_GAP}{_DEMONYM_WORD}"
    r"(?:\s+de\s+(?P<age>\d{1,3})\s+ans|\s*,\s*(?:âgée?\s+de\s+)?(?P<aged>\d{1,3})\s+ans\s*,"
    # "Le Majorquin, qui a fêté ses 19 ans vendredi, …"
    r"|\s*,\s*qui\s+(?:a\s+fêté|fête|fêtait|vient\s+de\s+fêter|a\s+célébré|célèbre)\s+ses\s+"
    r"(?P<feted>\d{1,3})\s+ans\b(?!\s+d[e'’]))",
    re.MULTILINE,
)
_TRADE_PLURAL = rf"{one_of(_TRADES)}s"
# The second of two names after a plural title or trade: "MM. Roy et Petit", "les attaquants
# Neymar et Ronaldinho", "les juges Roux et Faure".
PAIR_AFTER_TITLE = re.compile(
    rf"(?:\b(?:MM\.|Mmes)|(?i:\bles\s+(?:{_TRADE_PLURAL}|{_TITLE_WORD}s)))\s+"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s+et\s+$"
)
# A title, then at most one lower-case qualifier that is no particle ("le député socialiste X",
# "l'élu écologiste X", "les juges X et Y").
TITLE_BEFORE = re.compile(
    r"(?:^|[\s(«\"“'’])(?:(?:M\.|MM\.|Mme|Mmes|Mlle|Dr\.?|Pr\.?|Me|Mgr|Sir|Mr\.?|Mrs\.?|Ms\.?"
    rf"|(?i:{_TITLE_WORD}s?"
    rf"|{_ARTICLE}\s*(?:{TRADE}|{PERSON_ROLES})"
    rf"|les\s+{_TRADE_PLURAL}"  # "les attaquants X et Y"
    r"|(?:un|le|une|la)\s+nommée?|un\s+certain"  # "un certain Kevin" (not "une certaine France")
    rf"|{_KIN})"
    rf"|(?i:{_ARTICLE})\s*{_DEMONYM_WORD})"  # "le Chinois X Y", "l'Allemande X Y"
    r"(?:\s+(?!(?:de|du|des|la|le|les|et|en|à|au|aux)\b)[a-zà-öø-ÿā-ž][a-zà-öø-ÿā-ž-]+)?)\s+$"
)
# Names a cue before them makes sure of, found even where the model saw nothing (one pattern,
# one pass; the group that matched says which cue):
# - ``name``: a person after a title that leaves no doubt: "M. Girard", "le Dr Roux", "la
#   baronne Vasseur", "notre collègue Berthier", "un nommé Faure", "son épouse Odette", "je
#   m'appelle Lina", "une fillette prénommée Inès", and every name of a list after a plural
#   one ("MM. Roy et Petit", see ``AND_NAME``); a full name (two words or three) after a trade
#   with its article ("le skipper Yann Le Goff", "la chanteuse bretonne X Y"); after "M."/"Mme"
#   or a rank with its article, a particle and one word ("le général de Rivière", not "le
#   directeur général de Valeo" nor "le colonel de Gendarmerie Roux");
# - ``initials``: a person written with initials: "J.-L. Martin", "F.X. Roux" (not "M. Roux");
# - ``caption``: a signature on its own line: "Photos Marc DURAND", "Texte et photos : Anne
#   ROY", "Par Anne Roy", "De notre correspondant Marc Durand";
# - ``company``: a company after its legal form, or a family firm: "la SARL Martin Frères",
#   "Roux et Fils";
# - ``place``: a place's (or a shop's) name after a lower-case head noun, the head included:
#   "rue des Tilleuls", "salle Pierre-Dupont", "avenue de la Grande Armée", "la boulangerie
#   Martin" (the kind is the head's, see ``HEAD_NOUNS``);
# - ``association``: an association's name that runs through "et" (the model stops there):
#   "l'association des Amis du Moulin et de la Nature" gives "Amis du Moulin et de la Nature";
# - ``affair``: an affair named by what and where: "l'affaire des faux tickets de Saint-Amand",
#   "l'affaire des disparus du Val-Fleuri" (one name; the place inside is no place of its own).
_CAPITAL_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\w(?![\w’'-])"
_LINK_WORD = r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])"
# Words that start a clause: an affair's name does not run through them.
_CLAUSE_WORD = (
    r"(?:a|ont|est|sont|été|fut|était|avait|sera|qui|que|dont|où|et|ou|mais|par|pour|avec|sur|"
    r"dans|selon|il|elle|ils|elles|on|ne|se)"
)
# A span that starts with one before a name: "Géorgien Guram Tushishvili", "Brésilien Neymar".
DEMONYM_BEFORE_NAME = re.compile(rf"(?:{_DEMONYM_WORD})\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
# Titles that make a lone name after them a person's: "la baronne Vasseur", "le juge Roux".
_CUE_TITLES = one_of(
    _NOBLE
    + "juge inspecteur commissaire docteur collègue".split()
    + ["procureur de la République", "procureure de la République", "procureur général"]
)
# Sovereigns and clerics, in small letters only: "le prince William", "le pape François", "l'émir
# Tamim" (not the capital of a work's title: "Le Roi Lion").
_RULER_TITLES = one_of(
    "roi reine prince princesse pape émir cheikh sultan empereur impératrice tsar tsarine "
    "chah shah ayatollah".split()
)
_CAPTION_WORD = r"(?:photos?|textes?|dessins?|illustrations?|crédits?(?:[ \t]+photos?)?)"
# What opens a caption or a signature before its author's name: "Photo", "Textes et photos",
# "Par", "Correspondant local".
CAPTION_CUE = (
    rf"(?i:{_CAPTION_WORD}(?:[ \t]+(?:et|&)[ \t]+{_CAPTION_WORD})?|par"
    r"|(?:de[ \t]+not(?:re|e)[ \t]+)?correspondante?(?:[ \t]+locale?)?)"
)
_NAMED_HEADS = (
    "rue avenue boulevard impasse allée quai square salle stade gymnase maison cours place "
    "chemin esplanade promenade parvis pont chapiteau boulodrome vélodrome "
    # shops and trades named after their owner: "la boulangerie Martin", "le garage Perrot"
    "boulangerie pâtisserie boucherie charcuterie pharmacie librairie fromagerie quincaillerie "
    "imprimerie garage restaurant brasserie épicerie menuiserie scierie ferme auberge "
    # firms named by their trade in the plural: "Porcelaines Marsac", "Transports Roux"
    "porcelaines transports établissements laboratoires ateliers cristalleries fonderies "
    "papeteries verreries salaisons conserveries"
).split()
# Legal forms written in capitals before a company's name ("la SARL Martin Frères", "la SCI Les
# Tilleuls", "les Ets Roux"), and the words that end a family firm's name ("Martin et Fils").
_LEGAL_FORM = r"(?:SARL|SAS|SASU|SA|EURL|SCI|SNC|GAEC|GIE|SCEA|EARL|SCOP|SELARL|Ets\.?)"
_FIRM_END = r"(?:\s+(?:et|&)\s+(?:Fils|Filles|Frères|S(?:œ|oe)urs|Cie|Associés))"
# A surname's particle in small letters between a given name and the rest ("Chad le Clos", "Jan
# van Dijk", "Ursula von der Leyen"); not "de", which as often starts a town ("X de Lyon").
_INNER_PARTICLE = (
    r"(?:le|la|van(?:\s+(?:der|den|de))?|von(?:\s+der)?|ter|da|di|dos|del|della|dela|delos|al|el"
    r"|ben|bin)"
)
CUED_NAME = re.compile(
    r"(?<![\w.])(?:(?:(?P<rank>M\.|Mme|Mlle|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle"
    r"|(?:(?i:le|du|au)\s+|(?i:l)['’]\s*)"  # lower case: not "rue du Général X"
    r"(?:général|colonel|capitaine|lieutenant|commandant|amiral|maréchal|adjudant(?:-chef)?"
    r"|sergent|brigadier|caporal|major))"
    rf"|(?P<plural>MM\.|Mmes|(?i:juges|{_KIN}"
    # "le père de deux filles, Zina et Marie"
    r"|(?:de|à)\s+(?:deux|trois|quatre|cinq)\s+(?:filles|fils|enfants|garçons|frères"
    r"|s(?:œ|oe)urs|petits-enfants)\s*,))"
    rf"|Dr\.?|Pr\.?|Mgr|Me|{_RULER_TITLES}|(?i:{_CUE_TITLES}"
    r"|(?:un|le)\s+nommé|(?:une|la)\s+nommée|(?:je\s+m|tu\s+t)['’]appel(?:le|les|ais)"
    r"|(?:pré|sur|dé)nommée?)"
    rf"|(?P<trade>(?i:{_ARTICLE})\s*(?:(?i:{TRADE}|{_SIDE}|candidate?)"
    rf"|(?P<demonym>{_DEMONYM_WORD}))"
    r"(?:\s+(?!(?:de|du|des|la|le|les|et|en|à|au|aux)\b)[a-zà-öø-ÿā-ž][a-zà-öø-ÿā-ž-]+"
    # "de gospel X"
    r"|\s+d(?:e\s+|['’])(?!(?:la|le|les|l['’])\b)[a-zà-öø-ÿā-ž][a-zà-öø-ÿā-ž-]+)?))\s+"
    r"(?(rank)(?:Veuve\s+)?)"  # "Mme Veuve Chabert": a widow's title
    # (not "la déléguée CGT X Y": the union's initials, then the name)
    rf"(?P<name>(?(trade)(?!(?:Les?|La|L['’]|De|Du|Des)\b|[A-Z]{{2,5}}\s){_CAPITAL_WORD}"
    rf"(?:\s+(?:{_INNER_PARTICLE}\s+)?{_CAPITAL_WORD}){{1,2}}"
    # "cheikh Tamim ben Hamad Al Thani": a filiation goes on with the name
    rf"|(?:{_CAPITAL_WORD}\s+(?:ben|bin|ibn|ould|bint)\s+{_CAPITAL_WORD}"
    rf"(?:\s+{_CAPITAL_WORD}){{0,2}}"
    rf"|(?(rank)(?:d[e’']\s*|(?:al|el|ben|ibn)-|van\s+(?:der\s+|den\s+)?|von\s+))"
    rf"{_CAPITAL_WORD}(?!\s+[A-ZÀ-ÖØ-ÞĀ-Ž])"
    rf"|{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,2}})))"
    rf"|(?P<initials>(?!M\.\s)[A-ZÀ-ÖØ-ÞĀ-Ž]\.(?:-?[A-ZÀ-ÖØ-ÞĀ-Ž]\.){{0,2}} ?"
    rf"(?P<surname>(?:(?:Le|La|Du|De|Van|Von)\s+)?{_CAPITAL_WORD}))"  # "J.M.G. Le Clézio"
    r"(?!\s+[A-ZÀ-ÖØ-ÞĀ-Ž])"
    rf"|(?:(?m:^)[ \t]*\(?[ \t]*{CAPTION_CUE}|©)"  # ("… (maître Vidal). © Anne Roy")
    # (not a paper's name before the photographer's: "Photo La Dépêche / Marc Vidal")
    rf"[ \t]*:?[ \t]+(?!(?:Le|La|Les|L['’])[ \t])"
    rf"(?P<caption>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{1,2}})"
    # ("(Correspondant : Jean-Marc PETITJEAN)", "Photo : Ana X Y / AFP")
    # ("Texte : Anne Roy. Photo Marc Durand")
    rf"(?=[ \t]*\)?[ \t]*(?m:$)|[ \t]*[,/;]|[ \t]*\.[ \t]+{CAPTION_CUE})"
    rf"|(?P<company>{_LEGAL_FORM}\s+{_CAPITAL_WORD}(?:\s+{_LINK_WORD}?{_CAPITAL_WORD}){{0,3}}"
    rf"{_FIRM_END}?|{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})?{_FIRM_END})"
    # ("le cours Victor-Hugo", a street; not "le cours de la Loire", a river's)
    # (nor "à la place de X": instead of X)
    r"|(?P<place>(?!(?i:cours)\s+d)(?!(?<=à la )place\s+d)"
    rf"(?P<head>(?i:{one_of(_NAMED_HEADS)}))\s+{_LINK_WORD}?"
    rf"{_CAPITAL_WORD}"
    rf"(?:(?:[ \t]+|-)(?:{_LINK_WORD})?{_CAPITAL_WORD}){{0,4}})"
    # (a union of towns: "la communauté de communes Thiers Dore et Montagne")
    rf"|(?i:association|amicale|communauté\s+(?:de\s+communes|d['’]agglomération))\s+"
    rf"{_LINK_WORD}?(?P<association>{_CAPITAL_WORD}"
    rf"(?:\s+{_LINK_WORD}?{_CAPITAL_WORD})*\s+et\s+{_LINK_WORD}?{_CAPITAL_WORD}"
    rf"(?:\s+{_LINK_WORD}?{_CAPITAL_WORD})*)"
    rf"|(?P<affair>(?i:affaire)\s+{_LINK_WORD}"
    rf"(?:(?:(?!{_CLAUSE_WORD}\b)[a-zà-öø-ÿā-ž\d][\w’'-]*|[A-Z]{{2,5}})\s+)"
    rf"{{1,5}}?(?:{_LINK_WORD}|au\s+|aux\s+|en\s+|à\s+){_CAPITAL_WORD}"
    rf"(?:(?:[ \t]+|-)(?:{_LINK_WORD})?{_CAPITAL_WORD}){{0,3}}))"
)
# A role, an adjective of nationality or side, then a full name: "l'ancienne ministre kényane
# Wanjiku X", "le président américain Joe Y" (the model may miss the name)
ROLE_ADJECTIVE_NAME = re.compile(
    rf"(?<![\w'’-])(?i:le|la|l['’]){ARTICLE_GAP}(?:(?i:ancien|ancienne|nouveau|nouvel|nouvelle|actuel"
    rf"|actuelle)\s+)?(?i:{ROLE})\s+(?!(?:de|du|des|la|le|les|et|en|à|au|aux|par|pour|sur)\b)"
    r"[a-zà-öø-ÿ][a-zà-öø-ÿ-]+(?:ain|aine|ais|aise|ois|oise|ien|ienne|éen|éenne|an|ane|in|ine"
    r"|ique|iste|al|ale|ol|ole|e)\s+"
    rf"(?P<name>{_CAPITAL_WORD}(?:\s+(?:{_INNER_PARTICLE}\s+)?{_CAPITAL_WORD}){{1,2}})"
)
# A role held somewhere, then the holder's full name without a comma: "le ministre de l'Intérieur
# X Y", "le maire de Lorient Z W"; a sovereign's lone name too: "l'empereur du Japon Naruhito"
ROLE_OF_PLACE_NAME = re.compile(
    rf"(?<![\w'’-])(?i:le|la|l['’]){ARTICLE_GAP}(?:(?i:ancien|ancienne|nouveau|nouvel|nouvelle|actuel"
    rf"|actuelle)\s+)?(?:(?P<ruler>(?i:{_RULER_TITLES}))|(?i:{ROLE}))\s+"
    r"(?i:du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
    # the place and the name, told apart by the caller ("de São Paulo Fernando X")
    rf"(?P<run>{_CAPITAL_WORD}(?:\s+(?:{_INNER_PARTICLE}\s+)?{_CAPITAL_WORD}){{1,4}})"
)
# Another name of the person named right before: a birth name, a real name, an alias ("Anne
# Martin, née Durand", "(née Skłodowska)", "de son vrai nom Anne Roy", "alias Jojo", "dit
# « Jojo »", "surnommée Lili").
OTHER_NAME = re.compile(
    r"[,(]\s*(?:née?|de\s+son\s+(?:vrai\s+)?nom(?:\s+de\s+(?:naissance|jeune\s+fille))?|alias"
    r"|dit(?=\s+[«\"“])|dite"  # "X, dit « Jojo »" (not "…, dit Anne": speech)
    r"|(?:(?:aussitôt|vite|bientôt|très\s+vite|rapidement|parfois|souvent|affectueusement"
    r"|volontiers|déjà)\s+)?surnommée?"  # "X, aussitôt surnommé « Y »"
    # "X, que la presse avait surnommé « Y »", "X, que ses coéquipiers appellent « Y »"
    r"|que\s+(?:[\w'’-]+\s+){1,5}?(?:(?:a|avait|ont|avaient)\s+(?:(?:vite|aussitôt|déjà)\s+)?"
    r"surnommée?s?|surnomme|surnomment|appelle|appellent)(?=\s+[«\"“])"
    # "plus connue sous son nom de scène, Marla", "connu sous le pseudonyme de Zed"
    r"|(?:plus\s+|mieux\s+)?connue?\s+sous\s+(?:le|son)\s+(?:nom|pseudonyme)"
    r"(?:\s+de\s+(?:scène|plume|guerre))?(?:\s+de|\s*,)"
    # "qui signe ses romans sous le pseudonyme de Léa X"
    r"|qui\s+(?:signe|signait|publie|publiait|écrit|écrivait|chante|chantait)\s+(?:[\w'’-]+\s+){0,4}?"
    r"sous\s+(?:le|son)\s+(?:nom|pseudonyme)(?:\s+de\s+(?:scène|plume|guerre))?(?:\s+de|\s*,)"
    r"|(?:dite?|surnommée?)\s+(?:le|la)(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž]))\s+[«\"“]?\s*"  # "dit le Roi-Soleil"
    r"(?:(?:le|la|les)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž]))?"  # "dit « le Roi Jean »"
    rf"(?P<name>{_CAPITAL_WORD}(?:\s+(?:(?:de|du|d['’]|la|le|van|von|da|di|del)\s+)?"
    rf"{_CAPITAL_WORD}){{0,3}})"
)
# Popes of the news era, by the name they reign under and the one they were born with (keys as
# ``normalise`` gives them): "Benoît XVI … Joseph Ratzinger" is one person.
REGNAL_NAMES = {
    "jean xxiii": "angelo roncalli", "john xxiii": "angelo roncalli",
    "paul vi": "giovanni battista montini",
    "jean paul ier": "albino luciani", "john paul i": "albino luciani",
    "jean paul ii": "karol wojtyla", "john paul ii": "karol wojtyla",
    "benoit xvi": "joseph ratzinger", "benedict xvi": "joseph ratzinger",
    "pape francois": "jorge mario bergoglio", "pope francis": "jorge mario bergoglio",
}  # fmt: skip
# A sentence that opens on the name someone was born with: "Né René Delmastro le 12 octobre 1936
# à Marseille, il monte à Paris à vingt ans."
BORN_AS = re.compile(
    rf"(?:^|(?<=[.!?»\n]))\s*(?:Né|Née)\s+(?P<name>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{1,2}})"
    r"(?=\s*(?:,|le\b|en\b|à\b|dans\b))"
)
# A name and its form in another language, in brackets: "Willem-Alexander (Guillaume-Alexandre en
# français)".
TRANSLATED_NAME = re.compile(
    rf"\(\s*(?P<name>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,2}})\s+en\s+(?:français|anglais"
    r"|arabe|espagnol|néerlandais|allemand|italien|portugais|russe|chinois)\s*\)"
)
# "X Y, dit Z Y" with no quotation marks: another name of X Y when it shares the surname
# ("Francesc Vilanova, dit Tito Vilanova"; "« Non », dit Anne" is speech).
SAID_NAME = re.compile(
    rf",\s*dite?\s+(?P<name>{_CAPITAL_WORD}(?:\s+(?:(?:de|du|d['’]|la|le|van|von|da|di|del)\s+)?"
    rf"{_CAPITAL_WORD}){{0,3}})"
)
# The next names of a list after a plural title or kin: "MM. Roy, Petit et Leroy".
AND_NAME = re.compile(rf"(?:\s*,\s*|\s+et\s+)(?P<name>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})?)")

# Finite verbs that end a noun phrase: "la société a lancé X" says nothing about X.
_AUXILIARIES = (
    "a|ont|est|sont|était|étaient|avait|avaient|sera|va|vont|fait|has|have|had|is|are|was|were|will"
)

# Words that start another phrase between a noun of a body and a name: "le groupe partage
# l'affiche avec X" (X is no group's name).
_CLAUSE_LINKS = "avec|et|ou|pour|contre|par|sur|dans|chez|selon|qui|que|dont|with|and|for|by"
# Cues that the next name is an organisation: "PDG de X", "la société (d'IA) X".
ORG_BEFORE = re.compile(
    rf"""(?:
        \b{ORG_ROLE}\s+(?:de\s+|d['’]\s*|du\s+|chez\s+|of\s+|at\s+)
        # a company's boards and parts: "président du directoire de X", "la filiale de X"
      | \b(?:directoire|conseil\s+de\s+surveillance|conseil\s+d['’]administration
          |comité\s+exécutif|filiale|division\s+[a-zà-ÿ-]+)\s+(?:de\s+|d['’]\s*|du\s+)
      | \b(?:la\s+(?:société|firme|start-?up|banque|compagnie|marque|fondation|plateforme)
          |l['’](?:entreprise|organisation|association|agence|institut|université|équipe|ONG
              |alliance|union|enseigne)
          |(?:du|au)\s+club
          |(?:le|du|au)\s+groupe
          |le\s+(?:laboratoire|constructeur|géant|fabricant|parti|syndicat|cabinet|club|fonds
              |journal|quotidien|magazine|mensuel|label)
          |(?:le|du|au)\s+(?:mouvement|collectif|front|réseau|consortium)
          |la\s+(?:coalition|fédération|confédération|formation|milice|mutuelle|coopérative
              |brigade|katiba|phalange)
          |(?:le|du|au)\s+(?:bataillon|régiment)
          |l['’]hebdomadaire
          |la\s+(?:chaîne|radio|station|SARL|SAS|SCI|liste)
          |les\s+(?:sociétés|entreprises|groupes)
          |the\s+(?:company|firm|startup|bank|group|lab|laboratory|party|agency|foundation))
        (?:\s+(?!(?:{_AUXILIARIES}|{_CLAUSE_LINKS})\b)[\w'’-]+){{0,6}}?\s+
      | \b(?:analyste|économiste|stratège|consultante?|ingénieure?|salariée?|employée?|cadre
          |chercheur|chercheuse|associée?|trader|gérante?|magasinier|magasinière|vendeur
          |vendeuse|caissier|caissière|technicien(?:ne)?|mécanicien(?:ne)?|stagiaire
          |apprentie?|intérimaire|manutentionnaire|comptable|embauchée?|recrutée?|entrée?
          |travaill(?:é|e|ait|ent|aient))s?
        # "analyste du secteur chez"
        \s+(?:(?:du|de|des|de\s+la|d['’])\s*[a-zà-öø-ÿā-ž-]+\s+)?chez\s+
        # a publisher or a label: "paru chez X", "le disque sortira chez X"
      | \b(?:parue?s?|publiée?s?|rééditée?s?|éditée?s?|traduite?s?|sortie?s?|sort|sortira
          |sortent|enregistrée?s?)\s+chez\s+
      | \b(?:rachat|direction|conseil\s+d['’]administration|actionnaires|dirigeants|salariés|
          employés|investisseurs|fondateurs|cofondateurs|co-fondateurs)\s+(?:de\s+|d['’]\s*|du\s+)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Cues that the next name is a work's title, no person: "le film « Les Visiteurs »", "la série
# X", "l'album X".
WORK_BEFORE = re.compile(
    # "son premier succès, Marie-Jeanne", "l'album Monsieur Jo" (a title's own "Monsieur")
    r"(?:\b(?:le|un|son|du|au)\s+(?:(?:premier|dernier|nouveau|prochain|deuxième|second|"
    r"troisième|grand|plus\s+grand)\s+)?(?:film|livre|roman|documentaire|téléfilm|spectacle"
    r"|feuilleton|disque|single|récit|essai|tube|succès)"
    r"|\b(?:la|une|sa)\s+(?:(?:première|dernière|nouvelle|prochaine)\s+)?(?:série|pièce|chanson"
    r"|bande\s+dessinée|comédie|saga)|\bl['’](?:album|ouvrage|émission|opéra|exposition|œuvre"
    r"|oeuvre))"
    r"\s*,?\s*[«\"“]?\s*(?:(?-i:Monsieur|Madame|Mademoiselle|Docteur|Maître)\s+)?$",
    re.IGNORECASE,
)
# After a title, its author: "Michael Kohlhaas, d'Arnaud des Pallières", "Inside Llewyn Davis, de
# Joel Coen" (a person is "X, de Lyon": the given name that follows is checked by the caller).
BY_AUTHOR_AFTER = re.compile(
    rf"\s*,\s+(?:de\s+|d['’])(?P<given>{_CAPITAL_WORD})\s+(?:(?:de|des|du|d['’]|le|la|van|von)\s*)?"
    rf"{_CAPITAL_WORD}"
)
# Cues that the next name is a character's, no real person: "il incarnait le commissaire X",
# "dans le rôle de X", "son personnage de X".
CHARACTER_BEFORE = re.compile(
    # ("il a incarné pendant de nombreuses saisons le lieutenant X")
    # (verbs only: not "le prix d'interprétation … à l'Américain X", "la campagne … le candidat X")
    r"(?:\bincarn\w*\s+"  # "qui incarne X à l'écran"
    # a character called by a title: "Brad X interprète M. O'Brien, un père de famille"
    r"|\b(?:incarn|interpr[éè]t(?!ations?\b))\w*\s+(?-i:M\.|Mme|Mlle|Dr\.?)\s*"
    r"|\b(?:incarn|interpr[éè]t(?!ations?\b)|camp(?=(?:e|es|ent|ait|aient|é|ée|era)\b))\w*\s+"
    # (not "interprété par le Franco-Algérien X": the actor)
    r"(?:(?!par\b)[\w'’-]+\s+){0,5}?(?:le|la|l['’]|un|une)\s*"  # ("il campe un X vaniteux")
    r"(?:[a-zà-öø-ÿā-ž-]+\s+)?"  # "il incarne notamment le gendarme X", "il campait l'adjudant X"
    r"|\bjou\w*\s+(?:son|sa|ses)\s+[a-zà-öø-ÿā-ž-]+\s+"  # "qui jouait son épouse X"
    r"|\bprêt\w*\s+(?:ses|sa|son|leurs?)\s+(?:traits|voix)\s+(?:à|au)\s+(?:(?:la|l['’])\s*)?"
    r"(?:[a-zà-öø-ÿā-ž-]+\s+)?"  # "il prête ses traits à Tonton X"
    # "dans le rôle de X", "il tient le rôle du commissaire X", "son personnage de X" (not
    # "le rôle du promoteur X" in the affair: what a real person did)
    r"|\b(?:(?:dans|pour|jou\w*|tien\w*|tenu|reprend\w*|repris|endoss\w*|décroch\w*|obt\w*)\s+"
    r"(?:le|son|un|leur)\s+rôle|personnage)\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|d['’]\s*)"
    r"(?:[a-zà-öø-ÿā-ž-]+\s+)?"  # ("son rôle de l'instituteur X")
    # "Le rôle de l'enfant, Lucien, a été confié à…", "dans le rôle d'un commissaire de police,
    # Paul X"
    r"|\b(?:le|son)\s+rôle\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|d['’]\s*)(?:(?:un|une)\s+)?"
    r"(?-i:[a-zà-öø-ÿā-ž-]+(?:\s+[a-zà-öø-ÿā-ž-]+){0,3})\s*,\s*)$",
    re.IGNORECASE,
)
# A story's summary, then someone of it in apposition: "Le film suit une adolescente, X, qui…",
# "le roman raconte l'enquête d'une biologiste, X, sur…" (a character, not a person of the news).
_STORY_THEN = (  # a story, then what it does, some words apart: "Le film, tourné en 2019, suit"
    r"\b(?:film|roman|livre|récit|série|pièce|téléfilm|métrage|feuilleton|fiction|nouvelle"
    r"|bande\s+dessinée)\b[^.!?«»]{0,80}?\b"
)
PLOT_APPOSITION_BEFORE = re.compile(
    _STORY_THEN + r"(?:suit|suivait|suivra|raconte|racontait|racontera"
    r"|narre|relate|dépeint|met\s+en\s+scène)\s+(?:[^.!?,«»]{0,40}?\s)?(?:un|une|d['’]une?)\s+"
    r"[a-zà-öø-ÿā-ž-]+(?:\s+[^.!?,«»\s]+){0,4},\s*$",
    re.IGNORECASE,
)
# A story's summary that names whom it follows, then says who they are: "Le roman suit Ndongo,
# un chauffeur de moto-taxi, …"
PLOT_SUBJECT_BEFORE = re.compile(
    _STORY_THEN + r"(?:(?:suit|suivait|suivra|met\s+en\s+scène)\s+"
    # "Le film raconte le retour de X, une infirmière qui …"
    r"|(?:raconte|racontait|racontera|narre|relate)\s+(?:l['’]histoire|le\s+retour|la\s+vie"
    r"|le\s+parcours|les\s+aventures|le\s+destin|la\s+quête|la\s+fuite|l['’]enquête)\s+"
    r"(?:de\s+|d['’]\s*))$",
    re.IGNORECASE,
)
PLOT_SUBJECT_AFTER = re.compile(r"\s*,\s*(?:un|une)\s")
# What tells a name is a character's, right after it: "le commissaire X de la série « … »".
CHARACTER_AFTER = re.compile(
    r"\s*,?\s+(?:de\s+la\s+(?:série|saga|pièce|bande\s+dessinée|sitcom)|du\s+(?:feuilleton|film"
    r"|roman|dessin\s+animé|téléfilm|jeu\s+vidéo)|dans\s+(?:la\s+série|le\s+film|le\s+feuilleton))\b"
    # "les prétendants, X et Y, sont joués par deux frères", "X, interprété par Y"
    r"|(?:\s+et\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+))*)?\s*,?\s+"
    r"(?:(?:y\s+)?(?:sont|est|étaient|était|seront|sera)\s+)?(?:joué|interprété|incarné)e?s?"
    r"\s+par\b"
    # "X, un officier SS imaginaire", "Y, une héroïne de fiction": no one real
    r"|\s*,\s*(?:un|une|le|la|l['’])\s*(?:[\w'’-]+\s+){1,3}?(?:imaginaire|fictif|fictive"
    r"|de\s+fiction|inventée?)\b",
    re.IGNORECASE,
)
# A role and the place or company it is held at, right before a name: "le fondateur de X",
# "le sénateur-maire (PS) de X" (see ``entities._split_role_name``).
ROLE_OF = re.compile(
    rf"\b(?:{ROLE})(?:\s*\([^()\n]{{1,20}}\))?\s+(?:de\s+la\s+|de\s+l['’]|de|du|des|d['’]|chez)\s*$",
    re.IGNORECASE,
)
# "chez X", "auprès de X": a company when X is one word ("chez Valorex"); "chez Jean Roux" is
# a person's home as often as not.
AT_BEFORE = re.compile(r"\b(?:chez|auprès\s+de)\s+$", re.IGNORECASE)
# The last word of an English place's name: "Fenway Park", "Boylston Street", "Madison Square".
PLACE_SUFFIX = re.compile(
    r"(?<=\w)\s+(?-i:Park|Stadium|Arena|Square|Street|Avenue|Boulevard|Road|Bridge|Airport"
    r"|Station|Field|Gardens?|Heights|Harbou?r|Beach|Island|Valley|Canyon|County|Monument"
    r"|Memorial|Palace|Castle|Abbey|Cathedral|Tower|Arch|Hall|Pier|Gate|Lake)$"
)
# The last word of an event's or a prize's name in English: "Grammy Awards", "Davis Cup".
EVENT_SUFFIX = re.compile(
    r"(?<=\w)\s+(?-i:Awards?|Prize|Trophy|Cup|Games|Championships?|Festival|Marathon)$"
)
ORG_SUFFIX = re.compile(
    r"\b(?:Inc|Corp|Corporation|Ltd|LLC|SA|SAS|SARL|GmbH|AG|plc|Group|Groupe|Labs?|Bank|Banque|"
    r"Holding|Partners|Capital|Ventures|Technologies|Motors|Airlines|Université|University|"
    r"Center|Institute|Observatory|Foundation|Council|Committee|Agency|Society|Museum|"
    r"Systèmes|Systems|Industries|Aviation|Énergies|Energies|Services|Solutions|Consulting|"
    r"Assurances|Distribution|Communications?|Médias|Immobilier|Automobiles|Airways|Pharma|"
    r"International|Entertainment|Records|Productions|Investments?|Holdings|Organisation|Yard"
    r"|Organization|League)\.?$"
)

# English NER labels (OntoNotes) mapped onto ours; the rest (numbers, money, dates) is dropped.
LABEL_MAP = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "NORP": "MISC",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "PRODUCT": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC",
}  # fmt: skip

# France's counties (départements), as local news writes them after a town: "Lunel (Hérault)"
DEPARTMENTS = (
    "Ain Aisne Allier Alpes-de-Haute-Provence Hautes-Alpes Alpes-Maritimes Ardèche Ardennes "
    "Ariège Aube Aude Aveyron Bouches-du-Rhône Calvados Cantal Charente Charente-Maritime Cher "
    "Corrèze Corse-du-Sud Haute-Corse Côte-d'Or Côte-d’Or Côtes-d'Armor Côtes-d’Armor Creuse "
    "Dordogne Doubs Drôme Eure Eure-et-Loir Finistère Gard Haute-Garonne Gers Gironde Hérault "
    "Ille-et-Vilaine Indre Indre-et-Loire Isère Jura Landes Loir-et-Cher Loire Haute-Loire "
    "Loire-Atlantique Loiret Lot Lot-et-Garonne Lozère Maine-et-Loire Manche Marne Haute-Marne "
    "Mayenne Meurthe-et-Moselle Meuse Morbihan Moselle Nièvre Nord Oise Orne Pas-de-Calais "
    "Puy-de-Dôme Pyrénées-Atlantiques Hautes-Pyrénées Pyrénées-Orientales Bas-Rhin Haut-Rhin "
    "Rhône Haute-Saône Saône-et-Loire Sarthe Savoie Haute-Savoie Seine-Maritime Seine-et-Marne "
    "Yvelines Deux-Sèvres Somme Tarn Tarn-et-Garonne Var Vaucluse Vendée Vienne Haute-Vienne "
    "Vosges Yonne Essonne Hauts-de-Seine Seine-Saint-Denis Val-de-Marne Val-d'Oise Val-d’Oise "
    "Guadeloupe Martinique Guyane Réunion Mayotte"
).split()

# A lower-case head noun written before a name makes one name with it, of the head's kind:
# "rue des Tilleuls", "salle Pierre-Dupont", "maison Martin" (places), "éditions Gallimard",
# "ministère du Budget" (organisations), "affaire Dupont", "rapport Martin", "accords de Schengen"
# (events and documents), "théorème de Fermat", "maladie de X" (things named after a person): the
# name inside is then no person of its own, nor another name of the person.
HEAD_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "rue avenue boulevard place quai impasse allée chemin route square parc pont salle stade "
        "magasin supermarché hypermarché "
        "gymnase église chapelle cathédrale basilique maison hôpital musée galerie mairie château "
        "abbaye cité résidence domaine col lac gare aéroport théâtre cinéma médiathèque "
        "bibliothèque piscine espace jardin cimetière hameau plage fontaine hôtel île "
        "esplanade promenade parvis chapiteau lieu-dit ferme auberge hospitalier clinique "
        "boulodrome vélodrome complexe carrefour rond-point giratoire marché brèche pic "
        "cirque mosquée synagogue temple mausolée tombeau sanctuaire monastère couvent "
        "prieuré bar café cabaret discothèque puits phare barrage viaduc tunnel écluse moulin "
        "usine chu chr chru refuge".split(),
        "LOC",
    ),
    **dict.fromkeys(
        "éditions ministère lycée collège école association amicale chorale club boulangerie "
        "organisation "
        "pâtisserie "
        "boucherie charcuterie pharmacie librairie fromagerie quincaillerie imprimerie garage "
        "restaurant brasserie épicerie menuiserie scierie porcelaines transports établissements "
        "laboratoires ateliers cristalleries fonderies papeteries verreries salaisons plastiques "
        "conserveries fondation conserverie verrerie fonderie papeterie cristallerie laiterie "
        "biscuiterie chocolaterie distillerie tannerie filature sucrerie chantiers parfums "
        "tonnellerie université faculté conservatoire "
        "chantier".split(),
        "ORG",
    ),
    **dict.fromkeys(
        "affaire rapport convention accords accord traité procès loi directive contrat "
        "opération boson théorème syndrome maladie comète conjecture festival challenge "
        "trophée mémorial critérium concours prix médaille bourse chaire".split(),
        "MISC",
    ),
}
HEAD_BEFORE = re.compile(  # (not a participle after its auxiliary: "a cité Martin Luther King")
    r"(?<![\w-])(?<!\ba\s)(?<!\bont\s)(?<!\bavait\s)(?<!\bavaient\s)"
    rf"(?P<head>(?i:{one_of(HEAD_NOUNS)}))"
    r"\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?$"
)
# Capitalised nouns of institutions: the names of one ("la Commission", "le Parlement") are
# organisations, never people or places; generic ones ("l'Administration", "les États membres")
# are no names at all.
INSTITUTIONS = frozenset(
    "commission parlement conseil union communauté cour sénat assemblée tribunal préfecture "
    "office agence chambre ligue fédération banque caisse".split()
)
GENERIC_INSTITUTIONS = frozenset(
    "état états etat etats administration gouvernement nation région département "
    "municipalité".split()
)
# Inhabitants and peoples: "les Lillois", "un Belge", "des Irakiens" (not names, issue #15).
DEMONYM = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ain|aine|"
    r"ains|aines|an|ane|ans|anes)"
)
PLURAL_DETERMINER = re.compile(
    r"(?:^|[\s(])(?:les|des|aux|ces|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
    r"treize|quatorze|quinze|seize|vingt|trente|cent|cents|mille|plusieurs|quelques|\d+|"
    r"un|une|le|la|du|au|autres|(?:millions?|milliards?|milliers?|centaines?|dizaines?)"
    r"\s+d(?:e|['’]))"
    r"(?:\s+|(?<=['’]))$",
    re.IGNORECASE,
)
# Words that open a sports club's name before its town ("Real Madrid", "FC Nantes", "Olympique
# de Marseille", "Inter Milan"): the club is an organisation, not the town.
CLUB_WORDS = frozenset(
    "real fc ac sc rc olympique sporting atletico athletic inter borussia bayern dynamo "
    "racing".split()
)
# Legal forms written before a company's name ("la SARL Dubois"): an organisation.
LEGAL_FORMS = frozenset(
    "sarl sas sasu sa eurl sci snc gaec gie scea earl scop selarl sàrl gmbh ets ets.".split()
)
# A party's member told by its name, capitalised before a person's name ("l'élu Vert Paul Roy",
# "la députée Insoumise Anne Roux"): the word is no part of the name.
PARTY_MEMBERS = frozenset(
    "vert verte verts vertes insoumis insoumise insoumises écolo écolos".split()
)
# Words of a caption or a signature before a name ("Photos Marc DURAND", "Texte : Anne Roy").
CAPTIONS = frozenset("photo photos texte textes dessin dessins crédit crédits illustration".split())
# Endings of French common nouns and adverbs: a lone capitalised word with one at the start of a
# sentence is a headline's or a rubric's word ("Curieusement, …", "Natation", "Météorologie").
# Adjectives that open sentences and are nobody's name ("Prochain match : samedi", "Dernière
# minute"), beside the stop words.
OPENING_ADJECTIVES = frozenset(
    "prochain prochaine prochains prochaines dernier dernière derniers dernières nouvelle "
    "nouvelles nouveaux ancien ancienne anciens anciennes aucun aucune quelques divers diverses "
    "différents différentes précédent précédente suivant suivante".split()
)
# Sports named at a paragraph's opening, a results page's rubrics: "Handball (Nationale 3). Les
# filles…", "Pétanque. Le concours…".
SPORT_RUBRICS = frozenset(
    "football handball basket basket-ball basketball rugby pétanque tennis natation cyclisme "
    "athlétisme judo boxe volley volley-ball escrime golf hockey ski équitation aviron voile "
    "karaté badminton triathlon lutte gymnastique tir haltérophilie motocross "
    # the headings of a match report's lists: "Remplaçants entrés en jeu : …"
    "remplaçants titulaires buteurs marqueurs composition compositions arbitre arbitres".split()
)
COMMON_ENDING = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]{2,}(?:ment|tion|sion|logie|graphie|isme|ité|itude|orie)s?"
)

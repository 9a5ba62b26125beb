"""Giving each phrase its value, in text order, with the anchor that gave it.

Two anchors are kept while reading: the document creation time (``dct``), and the last date the
text placed on the calendar. Deictics ("hier", "l'an dernier") count from the dct, or in narrative
mode (no dct) from the previous date; relative phrases ("2 mois plus tard", "la veille") count from
the previous date; a month without its year ("en juin") takes the year of the dates around it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.model import Anchor, TimeExpression
from core.temporal.calendar import (
    UNIT_GRAN,
    Point,
    first_day,
    format_value,
    nearest_year,
    parse_value,
    reduced,
    shift,
    span_days,
    start_month,
    truncate,
    weekday_near,
    weekday_of,
)
from core.temporal.holidays import easter, nth_weekday
from core.temporal.lexicon import EN, FR
from core.temporal.spec import SPORTS_SEASON, Candidate, Spec, alt
from core.temporal.tense_en import SCHEDULED, deadline_ahead, past_follows, past_governs
from core.temporal.tense_en import clause_tense as clause_tense_en

# A previous date further back than this (in characters) is not "the dates around" a phrase
# when a document date is known, nor the referent of "à ce moment-là".
CLOSE = 300
_DAY_RANK = Point("day", 2000, 1, 1).rank
_YEAR_RANK = Point("year", 2000).rank
_PART_OF_YEAR = frozenset({"month", "quarter", "half", "season"})
_PAST = re.compile(
    r"\b(?:a|ai|as|avons|avez|ont|avait|avaient|avions|eut|eurent|est|sont|suis|sommes|êtes|"
    # ("dit avoir écrit ses chansons en janvier": a past infinitive)
    r"était|étaient|fut|furent|avoir|has|have|had)(?:(?:-t)?-(?:il|elle|on|ils|elles))?\s+"
    r"(?:\w+\s+)?(?!(?:lieu|besoin|peur|raison|tort|droit|faim|soif|envie|beau|jusqu|du|au"
    r"|aussi|ainsi|ici|parmi|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|qui|lui|celui|si|ni"
    # adjectives that end like participles: "les voyages sont gratuits"
    r"|gratuite?s?|petite?s?|étroite?s?|inédite?s?|précise?s?|fortuite?s?|grise?s?|exquise?s?)\b)"
    # "s'est produite", "est morte" (not "est ouverte": a state)
    r"\w+(?:é|ée|és|ées|(?:is|it|u)e?s?|(?:ert|ort|eint|aint|oint)s?|(?<!ouv)ertes?"
    r"|(?:ort|eint|aint|oint)es?"
    r"|ed|en)\b"
    r"|\b(?:s['’](?:est|était)|se\s+sont|ont|a)\s+\w+(?:ie|ies|i)\b"  # "s'est établie", "a fini"
    r"|\b(?:est|sont|était|étaient)\s+(?:re)?(?:parti|sorti)e?s?\b"  # "le bateau est sorti"
    r"|\b\w{2,}(?:ait|aient)\b|\b(?:was|were|did)\b|\b\w{3,}ed\b"
    r"|\bremonte(?:nt)?\s+à"  # "Le dernier vol remonte à la nuit de vendredi à samedi"
    r"|\baura\s+fallu\b"  # "Il aura fallu attendre minuit": told looking back
    r"|\b(?:said|told|met|made|took|left|came|went|gave|got|won|lost|held|began|fell|rose|sent|"
    r"paid|found|brought|bought|kept|led|saw|wrote|spoke|flew|ran|struck|broke|became|died)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"T\d\d:\d\d$")
_FUTURE = re.compile(
    # ("il aura fallu attendre minuit": a past told looking back, not a future)
    r"\b(?:sera|seront|aura(?!\s+fallu\b)|auront|ira|iront|fera|feront|pourra|devra|prochaine?s?"
    r"|will|shall)\b"
    r"|\b\w{3,}(?:era|eront|ira|iront)\b|\b\w{2,}(?:dra|dront|vra|vront|rra|rront)\b"
    r"|\b\w{2,}(?:îtra|îtront|ttra|ttront)\b",  # "paraîtra", "permettra"
    re.IGNORECASE,
)
# "prochain(e)(s)": a word of another date ("le budget de l'année prochaine"), a weak sign of the
# future only when the clause has no tense of its own ("Conseil mercredi, budget l'an prochain").
_NEXT = re.compile(r"\bprochaine?s?\b", re.IGNORECASE)
# What puts a clause ahead of the document date besides a future tense: a modal or "aller" with
# an infinitive, a planning passive, a schedule ("Les joueurs sont attendus lundi", "Les clubs
# peuvent encore se qualifier vendredi", "is scheduled to", "is expected").
_AHEAD = re.compile(
    r"\b(?:peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient|va|vont|compte|"
    r"comptent|comptons|souhaite|souhaitent|souhaitons|entend|entendent|espère|espèrent|espérons|"
    r"veut|veulent|voulons|voudrait|voudraient)"
    r"\s+(?:encore\s+|bien\s+|aussi\s+|se\s+|s['’]|y\s+)?\w+(?:er|ir|re)\b"
    # a wish for what is to come: "Nous voulons que les enfants fassent leur rentrée le 3 …"
    r"|\b(?:veut|veulent|voulons|souhaite|souhaitent|souhaitons|exige|exigent)\s+qu['’e]"
    r"|\b(?:est|sont|sera|seront)\s+(?:(?:déjà|aussi|également|bien|toujours|encore|pas|plus)\s+)?"
    r"(?:attendue?s?|prévue?s?|programmée?s?|convoquée?s?|organisée?s?|"
    r"invitée?s?|appelée?s?|envisagée?s?|planifiée?s?|espérée?s?)\b|\b(?:aura|auront)\s+lieu\b"
    r"|\b(?:is|are)\s+(?:scheduled|expected|due|set|to)\b|\b(?:would|could|may|might|must|should)\b"
    r"|\b(?:plann(?:ed|ing)|plans?\s+to|schedul(?:ed|ing)|intend(?:ed|s)?|prepar(?:ed|ing)\s+for)\b"
    r"|\b(?:hopes?|hoping|aims?|seeks?|wants?|expects?)\s+to\b"  # "hopes to hold it in the spring"
    r"|\b(?:prévoi[st]|prévoient|envisage|envisagent|projette)\b"  # (not "prévoyait": past)
    r"|\b(?:a|ont)\s+(?:déjà\s+)?(?:prévu|programmé)\b"  # "ont prévu un rassemblement vendredi"
    # a promise: "a promis de rouvrir l'école en septembre", "s'est engagé à payer d'ici juin"
    r"|\b(?:promis|promet|promettent|engagée?s?|engagent)\s+(?:de\s+|d['’]|à\s+)"
    r"(?:(?:ne\s+)?(?:pas|plus|se|s['’]|y|les?|la|l['’]|leur)\s*)?\w+(?:er|ir|re)\b"
    # "on nous avait promis une décision pour", "a promis une évaluation à la mi-décembre"
    r"|\bpromis\s+(?:[\w'’-]+\s+){1,4}?(?:pour|à|au|en|d['’]ici)\b"
    # put off to a later date: "les travaux ont été repoussés à juillet", "reporté au 3 mars"
    r"|\b(?:repouss|report|décal|renvoy|ajourn)ée?s?\s+(?:à|au|aux|jusqu['’]à)\s"
    r"(?!\s*(?:deux|trois|plusieurs|maintes|de\s+nombreuses)\s+reprises)"
    # an event announced with its day: "a annoncé une réunion publique mardi à 18 h 30"
    r"|\b(?:a|ont)\s+annoncé\s+(?:une?|la|le|leur|sa|son)\s+(?:[a-zà-ÿ-]+\s+){0,3}?"
    r"(?:réunion|conférence|assemblée|manifestation|rassemblement|visite|cérémonie|audience"
    r"|séance|grève|marche|débat|rencontre|concert|inauguration)\b"
    # a schedule in the present: "Le procès s'ouvre mercredi", "Le sommet se tient jeudi", "Le
    # festival lève le rideau samedi", "La reprise est fixée au 3 septembre"
    r"|\b(?:s['’]ouvre(?:nt)?|se\s+tien(?:t|nent)|se\s+déroule(?:nt)?|se\s+réuni(?:t|ssent)"
    r"|s['’]achève(?:nt)?|se\s+termine(?:nt)?|(?:a|ont)\s+lieu|lève(?:nt)?\s+le\s+rideau"
    # ("Dimanche, une randonnée est proposée", "le feu d'artifice du 15-Août est annulé"; not
    # "les discussions se sont prolongées", "la fête s'est prolongée": a past)
    # ("Des orages sont annoncés dans la nuit de mercredi à jeudi": forecast)
    r"|(?<!\bse\s)(?<!\bs')(?<!\bs’)(?:est|sont)\s+(?:fixée?s?|maintenue?s?|prolongée?s?"
    r"|annoncée?s?\s+(?:pour|dans|dès|à|au|en)\b"
    r"|proposée?s?|annulée?s?))\b",
    re.IGNORECASE,
)
# A clause between commas that opens on a past participle and its complement: ", entré en
# éruption mercredi,", ", arrêté à Lyon samedi," (not a noun: ", été comme hiver").
_APPOSED_PARTICIPLE = re.compile(
    r"^\s*(?!(?:été|côté|marché|année|journée|soirée|matinée|entrée|arrivée|durée|idée|musée"
    r"|lycée|armée|vallée|allée|fée|pompé)\b)[a-zà-ÿ]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)"
    r"\s+(?:à|au|aux|en|par|dans|sur|de|du|des|depuis)\s+(?:[\wà-ÿ'’-]+\s+){1,2}$"
)  # ("quarante élèves, partis de Grenade jeudi matin")
# A past participle right before the date: "les résultats publiés mardi", "announced Friday".
_PARTICIPLE_BEFORE = re.compile(
    r"\b(?!\w*[qg]ues?\s)"  # "une réunion publique jeudi": no participle ends in "-que"
    # after an article, a noun: "présenté aux élus au printemps", "les blessés samedi"
    r"(?<!\baux\s)(?<!\bles\s)(?<!\bdes\s)(?<!\bdu\s)(?<!\bau\s)(?<!\bun\s)(?<!\bune\s)"
    r"(?<!\bla\s)(?<!\bl['’])"  # "fêter la montée en juin"
    # after a possessive or a demonstrative, a noun: "feront leur prérentrée lundi"
    r"(?<!\bleur\s)(?<!\bleurs\s)(?<!\bsa\s)(?<!\bson\s)(?<!\bses\s)(?<!\bnotre\s)"
    r"(?<!\bvotre\s)(?<!\bcette\s)(?<!\bce\s)(?<!\bcet\s)"
    r"(?!(?:lieu|milieu|jeu|feu|bleu|enjeu|adieu|nuit|bruit|fruit|crédit|conflit|esprit|"
    r"produit|circuit|récit|profit|délit|avis|paris|tapis|depuis|parmi|aussi|ainsi|peu|plus|"
    r"sous|tous|nous|vous|huit|soit|doit|fois|mais|puis|continue|poursuit|suit)\b)"
    # a verb after its clitic is conjugated: "le programme se poursuit ce dimanche"
    r"(?<!\bse\s)(?<!\bs['’])(?<!\bne\s)(?<!\bn['’])(?<!\bqui\s)(?<!\bil\s)(?<!\belle\s)"
    r"(?<!\bon\s)"
    r"(?!\w*[ao]u\s)"  # "à nouveau", "au bureau": no participle ends in "-au", "-ou"
    r"(?!\w*[ao]is\s)"  # "le siège grenoblois", "le marché français": nor in "-ois", "-ais"
    r"(?:\w{2,}(?:é|ée|és|ées|it|is|u|ue|us|ed)|(?:vu|lu|eu|né|élu)e?s?"
    r"|(?:r?ouvert|offert|couvert|souffert)e?s?)\s+"  # "Ouvert lundi, le procès…"
    r"(?:(?:le|on|dès|since|au|en|in|during)\s+)?$",
    re.IGNORECASE,
)
# An auxiliary before that participle: "sera rendu mardi" takes the auxiliary's tense.
_AUXILIARY_END = re.compile(
    r"\b(?:est|sont|sera|seront|serait|seraient|soit|soient|a|ont|aura|auront|été|être|va|vont|"
    # ("les écoles resteront fermées lundi": the participle's time is the copula's)
    r"rester(?:a|ont|ait|aient)?|demeurer(?:a|ont|ait|aient)?|"
    r"is|are|was|were|be|been|will|has|have|had)(?:(?:-t)?-(?:il|elle|on|ils|elles))?\s+"
    r"(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
# Participles of a schedule: "le sommet prévu jeudi" is ahead as often as not.
_SCHEDULED = re.compile(
    r"(?:prévu|attendu|programmé|fixé|convoqué|planifié|envisagé|reporté|repoussé|"
    r"avancé|ajourné|espéré|souhaité|visé|promis|scheduled|expected|set|due)",
    re.IGNORECASE,
)
# An intention or a plan with its infinitive: what comes, not what is usual.
_INTENT_FR = re.compile(
    r"\b(?:espère|espèrent|espérons|compte|comptent|souhaite|souhaitent|entend|entendent"
    r"|prévoit|prévoient|envisage|envisagent|projette|projettent|va|vont)"
    r"\s+(?:(?:se|s['’]|y|en|le|la|les|l['’])\s*)?\w+(?:er|ir|re)\b"
    # a plan of something: "Le département prévoit une seconde tranche de travaux à l'automne"
    r"|\b(?:prévoit|prévoient|envisage|envisagent|programme|programment|planifie|planifient)"
    r"\s+(?:une?|des|d['’]\s*autres|de\s+nouveaux|de\s+nouvelles)\s",
    re.IGNORECASE,
)
_SCHEDULED_RIGHT_BEFORE = re.compile(
    r"\b(?:prévue?s?|programmée?s?|attendue?s?|planifiée?s?)\s+(?:en|le|pour|au|à|dès)?\s*$",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r"\s(?:et|mais|puis)\s", re.IGNORECASE)
# A verb of any tense: a clause without one ("Concert des élèves jeudi au gymnase.") is a notice
# of something to come. A pronoun counts only as a word of its own ("he left", not "health").
_VERB = re.compile(
    r"\b(?:est|sont|a|ont|était|étaient|sera|fait|font|va|vont|peut|doit|is|are|was|were|has|"
    r"have|had|will|does|do)\b|\b\w{3,}(?:ait|aient|ront|ed)\b"
    r"|\b(?:il|elle|ils|elles|on|nous|vous|je|se|he|she|they|we|i|you)\s+\w+|\b[js]['’]\w+",
    re.IGNORECASE,
)
# A programme's slot: "une émission diffusée à 23 h", "retransmis en direct dès 21 h".
_SLOT_BEFORE = re.compile(
    r"\b(?:diffusée?s?|rediffusée?s?|retransmise?s?|émission|programme|à\s+l['’]antenne|"
    r"broadcast|(?-i:airs?|aired))\b[^.;:\n]{0,40}$",  # (not "Edwards Air Force Base")
    re.IGNORECASE,
)
# What a single broadcast carries, no programme's slot: "in a televised address broadcast at noon",
# "une allocution diffusée à 20 h"
_ONE_BROADCAST_BEFORE = re.compile(
    r"\b(?:address|speech|statement|message|appeal|interview|discours|allocution|déclaration"
    r"|intervention|adresse|estimations?|résultats|projections?),?\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:broadcast|aired|diffusée?s?|retransmise?s?)\b"
    r"[^.;:\n]{0,40}$",
    re.IGNORECASE,
)
# A date inside a noun: "le scrutin du 2 mars", "l'attentat du 11 septembre".
_NOMINAL_BEFORE = re.compile(r"\b[^\W\d_]{3,}\s+(?:du|de\s+la|de\s+l['’]|des)\s+$")
# A verb of saying in the present, after a comma or a quote and right before the document's own
# date: the day the news is told ("…, indique aujourd'hui la police"), not the day of the story.
_REPORTING_BEFORE = re.compile(
    r"[,»”]\s*(?:indiquen?t?|annoncen?t?|affirmen?t?|déclaren?t?|rapporten?t?|précisen?t?|"
    r"expliquen?t?|soulignen?t?|confirmen?t?|révèlen?t?|assurent|assure|rappellen?t?"
    # "…, a annoncé ce vendredi le maire": the day of the telling, in the perfect too
    r"|(?:a|ont)\s+(?:annoncé|indiqué|affirmé|déclaré|rapporté|précisé|expliqué|souligné"
    r"|confirmé|révélé|assuré|rappelé|ajouté|estimé))\s+$",
    re.IGNORECASE,
)
# A reported clause opening right before a date: "a spokesman said (that) Monday's meeting will
# be held…" (the meeting is the reported clause's subject).
_REPORTED_CLAUSE_OPENS = re.compile(
    r"\b(?:said|says|announced|added|reported|stated|confirmed)\s+(?:that\s+)?$", re.IGNORECASE
)
# The day something was said: "said Monday", "a déclaré lundi".
_SAID_ON_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|added|warned|insisted|acknowledged|confirmed"
    r"|a\s+(?:déclaré|annoncé|indiqué|affirmé|précisé|expliqué|confirmé|assuré))\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# (" -- " and " _ " are dashes in typewritten news)
_COMMA_CLAUSE = re.compile(r"[,;:«»“”()—–]|\s(?:--|_)\s")
# A deadline or the day a decision takes effect ("until Nov. 9", "effective Feb. 1"): the month
# and day nearest the document date, whatever the tense of the sentence telling of the decision
# A day set as a target: "des élections pour le 17 juin", "reportée au 3 mars".
# A clause of an infinitive that hangs on the clause before it: "…, avant de lever la séance"
_INFINITIVE_CLAUSE = re.compile(
    r"\s*(?:avant\s+d(?:e|['’])|après\s+(?:avoir|être)|afin\s+d(?:e|['’])|sans|pour)\s+"
    r"(?:[a-zà-öø-ÿ'’]+\s+){0,2}?[a-zà-öø-ÿ]+(?:er|ir|re)\b",
    re.IGNORECASE,
)
_EVENT_THEN_DAY = re.compile(
    r"\b(?:élections?|scrutin|tour|référendum|finale|procès|sommet|conclave)"
    r"(?:\s+(?!(?:et|qui|que|dont|a|ont|est|sont)\b)[\w'’-]+){0,3},\s+(?:le\s+)?$",
    re.IGNORECASE,
)
_FOR_DAY_BEFORE = re.compile(r"\b(?:pour|au|à\s+partir\s+du|dès\s+le)\s+$", re.IGNORECASE)
# A date an event was moved or set to, whatever the tense of the telling: a day to come ("la
# réunion a été reportée à jeudi", "a renvoyé le procès à mardi", "a fixé le verdict à vendredi",
# "a suspendu l'audience jusqu'à jeudi", "mis sa décision en délibéré à lundi").
_MOVED_TO = re.compile(
    r"\b(?:report|repouss|avanc|décal|ajourn|renvo[yi]|fix|suspend|délibéré|postponed|delayed"
    r"|moved|pushed\s+back|rescheduled|adjourned|extended)[a-zéèê]*\s+"
    r"(?:(?!(?:à|au|jusqu|to|until|till|for)\b)[\w'’-]+\s+){0,4}?"  # "le verdict", "sa décision"
    r"(?:(?:à|au|jusqu['’]à|to|until|till|for)\s+)(?:(?:le|next|this)\s+)?$",
    re.IGNORECASE,
)
_CANCELLED_BEFORE = re.compile(  # ("a ordonné la fermeture des écoles mercredi et jeudi")
    r"\b(?:annulation|fermeture)\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+)"
    r"(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
# Between a year and the day it ends or starts on: "fiscal 1988, which ended Sept. 30".
_ENDED_BETWEEN = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|ends|began|beginning|begins|started)\s+"
    r"(?:on\s+)?",
    re.IGNORECASE,
)
_BEGAN_BETWEEN = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:began|beginning|begins|started|starting)\s+(?:on\s+)?",
    re.IGNORECASE,
)
# A past verb that asked others to act: what it asked for is seen from then.
_PAST_DIRECTIVE = re.compile(
    r"\b(?:asked|urged|ordered|told|invited|summoned|instructed|called\s+on)\b", re.IGNORECASE
)
_BY_THEN = re.compile(r"(?<![\w-])[Bb]y\s+$")
_FISCAL = re.compile(r"(?:the\s+)?fiscal\b", re.IGNORECASE)
# The first day of the fiscal year just named: "the fiscal year that begins July 1", "the fiscal
# year beginning Oct. 1", "the fiscal year that began on July 1"
_FISCAL_YEAR_BEGINS = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:will\s+)?(?P<verb>begins?|starts?|beginning|starting|began"
    r"|started)\s+(?:on\s+)?(?P<mon>[A-Z][a-z]+\.?)\s+(?P<day>\d{1,2})\b"
)
# What makes a weekend a deadline ahead: "by the weekend", "avant le week-end".
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|avant|d['’]ici)\s+$", re.IGNORECASE)
# What a season is meant for: "les réservations pour l'été", "prévu pour cet hiver"
_MEANT_FOR_BEFORE = re.compile(r"\b(?:pour|for)\s+$", re.IGNORECASE)
# A relative clause set off by a comma, still open: ", which cleared Congress last Friday".
_ASIDE_OPEN = re.compile(r",\s+(?:which|whose)\s[^,.;:!?()\n\"“”]*$")
# A day declared something, and what: "declared Saturday a national day of mourning"
_DECLARED_BEFORE = re.compile(r"\b(?:declared|proclaimed|designated)\s+$", re.IGNORECASE)
_DAY_OF_AFTER = re.compile(r"\s+(?:as\s+)?an?\s+(?:[a-z-]+\s+){0,2}(?:day|holiday)\b")
# Weather foretold, then its day: "Forecasters predicted snow Monday night"
_PREDICTED_BEFORE = re.compile(
    r"\b(?:predicted|predict|predicts|forecast|forecasts|warned\s+of|warns\s+of)\s+"
    r"(?:(?!on\b)[a-z-]+\s+){1,3}(?:on\s+)?$"
)
# A quarter counted back a year: "the year-ago quarter", "the comparable year-earlier quarter"
_QUARTER_NOUN = re.compile(
    r"(?:the\s+)?(?:comparable\s+)?year[-\s](?:ago|earlier)\s+(?:fiscal\s+)?quarter\b",
    re.IGNORECASE,
)
# A year's period named by its last day: "the 12 months ended Sept. 30", "the fiscal year ending"
_YEAR_ENDED_BEFORE = re.compile(
    r"\b(?:year|12\s+months|twelve\s+months)\s+(?:ended|ending)\s+(?:on\s+)?$", re.IGNORECASE
)
_STILL = re.compile(r"\b(?:toujours|encore|still)\b", re.IGNORECASE)
# Last year, then a clause on what happened in it: "l'an dernier, quand …", "last year, when …"
_WHEN_LAST_YEAR = re.compile(
    r"\b(?:l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|passée)|last\s+year)\s*,\s*"
    r"(?:quand|lorsque|lorsqu['’]|when)\b[^.;:!?()«»“”]*$",
    re.IGNORECASE,
)
# A company's figures for a period: "fourth-quarter results", "le chiffre d'affaires du T4".
_RESULTS_NEAR = re.compile(
    r"\b(?:results?|earnings|profits?|loss|losses|net|sales|revenues?|résultats?|bénéfices?"
    r"|pertes?|chiffre\s+d['’]affaires)\b",
    re.IGNORECASE,
)
# A month a market trades ahead: "for December delivery", "the March contract", "May futures".
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures|options)\b", re.IGNORECASE)
# A sentence that opens on a past years away: "Il y a 80 ans, …", "Fifty years ago, …"
_YEARS_AGO_OPENS = re.compile(
    r"[\s«\"“]*(?:(?i:il\s+y\s+a)\s+[\w-]+(?:\s+[\w-]+)?\s+ans"
    r"|[\w-]+(?:\s+[\w-]+)?\s+years\s+ago)\b",
    re.IGNORECASE,
)
# What sends an hour back before the one just told: "Earlier, at 11 a.m., …"
_EARLIER_IN_SENTENCE = re.compile(r"\b(?:earlier|before|that\s+morning|previously)\b", re.I)
# A weekday every week, and the way it is written with the article ("le vendredi")
_WEEKLY_DAY = re.compile(r"XXXX-WXX-(?P<day>[1-7])")
_THE_WEEKDAY = re.compile(rf"(?i:le)\s+(?i:{alt(FR.weekdays)})")
# A cleft sentence, whose verb comes after "que": "C'est vendredi que le coureur a attaqué"
_CLEFT_OPENS = re.compile(r"[\s«\"]*(?:C['’]est|C['’]était|Ce\s+fut|Ce\s+sera)\b")
_CLEFT_THAT_AFTER = re.compile(r"\bqu(?:e\s|['’])")
# An event, then the day it is called or set for: "called a general strike for Friday"
_EVENT_NOUNS = (
    r"(?:strike|meeting|vote|rally|talks|election|hearing|session|summit|protest|demonstration"
    r"|referendum|march|ceremony|funeral|news\s+conference|walkout|boycott|launch|opening|final"
    r"|debate|concert|parade|race)s?"
)
_EVENT_FOR_BEFORE = re.compile(
    rf"\b{_EVENT_NOUNS}\s+(?:called\s+)?for\s+$"  # (a plan told past is the nearer day:
    # "A concert planned for Saturday was cancelled")
    # "preparations were under way for the opening ceremony Friday": the event awaited
    rf"|\b(?:for|ahead\s+of|before)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_EVENT_NOUNS}\s+$",
    re.IGNORECASE,
)
_EFFECTIVE_BEFORE = re.compile(r"\b(?:effective|as\s+of)\s+(?:on\s+)?$", re.IGNORECASE)
# A day not to come before: "reset the launch for no earlier than Thursday"
_NO_EARLIER_BEFORE = re.compile(r"\bno\s+(?:earlier|sooner)\s+than\s+$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|through|by|effective)\s+(?:at\s+least\s+|no\s+later\s+than\s+)?$",
    re.IGNORECASE,
)  # ("until at least noon Thursday")
# A verb of lasting in the past right before "until": what went on then ended ("ran until").
_LASTED = re.compile(
    r"\b(?:ran|lasted|continued|stayed|remained|waited|worked|went\s+on|dragged\s+on)\s+$"
    # "kept army helicopters grounded until Wednesday": a past with its object
    r"|\bkept\s+(?:[\w-]+\s+){1,3}$"
    # "did not announce the accident until Monday": what happened only then
    r"|\b(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t)\s+(?:[\w-]+\s+){1,4}$",
    re.IGNORECASE,
)
_PLUPERFECT = re.compile(
    r"\b(?:avait|avaient|avais|avions|aviez|était|étaient)\s+(?:(?:déjà|pas|plus|jamais|été)\s+)*"
    r"[^\W\d_]{2,}(?:é|ée|és|ées|i|is|it|u|us|ert)\b"
    # "had won", "had already left" (not "had to", "had a meeting")
    r"|\bhad\s+(?:(?:already|not|just|been|never|also)\s+)*"
    r"(?!(?:to|a|an|the|no|his|her|their|its|some|many|more|little)\b)[a-z]{2,}\b",
    re.IGNORECASE,
)
# A pluperfect, or a perfect ("a été interpellé", "has left"): the verb told last decides.
_PLUPERFECT_OR_PERFECT = re.compile(
    _PLUPERFECT.pattern
    + r"|(?P<perfect>\b(?:a|ont|est|sont|has|have)\s+(?:(?:déjà|pas|plus|jamais|été|been|already"
    r"|not|just)\s+)*[^\W\d_]{2,}(?:é|ée|és|ées|i|is|it|u|us|ert|ed|en)\b)",
    re.IGNORECASE,
)
# A range of weekdays: "du lundi au vendredi", "Monday through Friday"
_WEEKDAY_NUMBER = {**FR.weekdays, **EN.weekdays}  # Monday 0
_WEEKDAY_RANGE = re.compile(
    rf"\b(?:(?:du|de|from)\s+)?({alt(_WEEKDAY_NUMBER)})\s+(?:au|à|to|through|thru)\s+"
    rf"({alt(_WEEKDAY_NUMBER)})\b",
    re.IGNORECASE,
)
_A_WEEKDAY = re.compile(rf"\b(?:{alt(_WEEKDAY_NUMBER)})\b", re.IGNORECASE)
# Between two weekdays told together: "Tuesday or Wednesday", "late Tuesday or early
# Wednesday", "mardi soir ou mercredi", "Tuesday to Thursday"
_WEEKDAY_COORDINATED = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening|soir|matin|après-midi|midi))?\s*,?\s+"
    r"(?:or|and|to|through|thru|ou|et|à|au)\s+(?:(?:late|early|on|le)\s+)?",
    re.IGNORECASE,
)
# What a figure is compared with, right before its date: "compared with 70.1% in", "from $4 in"
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|than|versus|against)\b[^;:!?]{0,30}?\b(?:in|on)?\s*$",
    re.IGNORECASE,
)
# A phrase naming the month a year before: "the same month last year", "the year-ago month"
_MONTH_PHRASE = re.compile(r"the\s+(?:same|year-earlier|year-ago)\s+month\b", re.IGNORECASE)
# How far back a day told again may have been written out in full (a news article's length).
_ARTICLE_REACH = 3000
# A plan that did not hold, right before its day: "initialement prévu", "originally scheduled for"
_ORIGINALLY_SET_BEFORE = re.compile(
    r"\b(?:initialement|originellement|à\s+l['’]origine|d['’]abord|originally|initially)\s+"
    r"(?:prévue?s?|programmée?s?|fixée?s?|annoncée?s?|scheduled|set|planned)\s+"
    r"(?:pour\s+|le\s+|for\s+|on\s+)?$",
    re.IGNORECASE,
)
# The rest of a list item between two days: " and $10 billion of 30-year bonds "
_LISTED_ON = re.compile(r"\s+(?:and|or)\s+[^.;:!?()]{1,50}?\s+(?:on\s+)?")
# A past infinitive after "après", then the date in its clause: "après être arrivés en tête du
# premier tour, le 22 avril", "après avoir signé mardi"
_AFTER_HAVING_DONE = re.compile(
    r"\baprès\s+(?:avoir|être|s['’]être)\s+(?:[\w'’-]+\s+){0,2}?[\w-]+"
    r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)\b[^.;:!?()«»]{0,70}$",
    re.IGNORECASE,
)
# A sentence of what happens every day: its times of day are no one day's ("open from 8 a.m. to
# 6 p.m. daily", "arriving each morning at 7 a.m.", "ouvert tous les jours de 10 h à 18 h")
_EVERY_DAY = re.compile(
    r"\b(?:daily|every\s+(?:day|morning|evening|night)|each\s+(?:day|morning|evening|night)"
    r"|tous\s+les\s+(?:jours|matins|soirs)|chaque\s+(?:jour|matin|soir|nuit)|quotidiennement)\b",
    re.IGNORECASE,
)
# What tells of the present moment, not of a habit: "A cold front is moving through the Plains
# tonight, bringing the first frost of the fall", "cette semaine, la neige tombe en montagne"
_NOW_TOLD = re.compile(
    r"\b(?:tonight|this\s+(?:week|morning|afternoon|evening)|(?:is|are)\s+\w+ing"
    r"|ce\s+soir|cette\s+semaine|ce\s+matin)\b",  # ("today", "aujourd'hui": "nowadays" too)
    re.IGNORECASE,
)
# A year, then a clause of what happened in it: "in 1988, when …", "en 1998, quand …"
_WHEN_AFTER_YEAR = re.compile(
    r"\s*,?\s+(?:when|quand|lorsqu['’]|lorsque|où)\s*[^.;:!?()\n]*", re.IGNORECASE
)
# A condition still open before the date, then its outcome in "would" after a comma.
_IF_CLAUSE_OPEN = re.compile(r"\b(?:if|unless)\s[^,;:()]*$", re.IGNORECASE)
_WOULD_THEN = re.compile(r"[^.;:,]*,\s+[^.;:]*?\bwould\b(?!\s+(?:not\s+)?have\b)", re.IGNORECASE)
# A noun right after a month: "the July meeting", "the March figures" (not "the May of 1968")
_NOUN_AFTER_MONTH = re.compile(
    r"\s+(?!(?:of|and|or|to|through|in|when|as|that)\b)(?-i:[a-z]{3,})\b"
)
_WHETHER_BEFORE = re.compile(r"\b(?:whether|unless|until|once)\b[^.;:,]*$", re.IGNORECASE)
_TOLD_THAT_BEFORE = re.compile(
    r"\b(?:said|told|testified|reported|added|claimed|admitted|a\s+déclaré|a\s+affirmé"
    r"|a\s+expliqué|a\s+raconté)\b[^;:!?]*\b(?:that|que|qu['’])\b[^;:!?]*$",
    re.IGNORECASE,
)
_BEFORE_WORD = re.compile(r"\b(?:before|avant)\s+$", re.IGNORECASE)  # ("avant l'été": ahead)
_LIKE_BEFORE = re.compile(r"\b(?:comme\s+en|like\s+in)\s+$", re.IGNORECASE)  # "comme en hiver"
_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.IGNORECASE)
_OPENING_FRAME = re.compile(r"\W*(?:(?:on|in|at|during|over)\s+)?", re.IGNORECASE)
# An offset, then the year it comes to, opening a sentence: "Vingt ans plus tard, en 2009, …",
# "Two years later, in 1991, …"
_OFFSET_THEN_YEAR = re.compile(
    r"\W*(?:[\w'’-]+\s+){1,4}(?:plus\s+tard|plus\s+tôt|après|later|earlier|after)\s*,\s*"
    r"(?:en|in)?\s*",
    re.IGNORECASE,
)
_FRAME_AFTER = re.compile(r"(?:\s+(?:encore|still))?\s*,", re.IGNORECASE)
# A state in the present until a day: "les rassemblements sont interdits jusqu'à jeudi", "les
# écoles restent fermées jusqu'à lundi" (not "est resté fermé jusqu'à vendredi": a past)
_STATE_UNTIL = re.compile(
    r"\b(?:est|sont|reste|restent|demeure|demeurent)\s+"
    r"(?:(?!(?:restée?s?|demeurée?s?)\b)\w+\s+)?"
    r"(?!(?:restée?s?|demeurée?s?|partie?s?|arrivée?s?|venue?s?|allée?s?)\b)"
    r"\w+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes)"
    r"\s+(?:jusqu['’](?:à|au)|dès|à\s+partir\s+d[eu])\s+(?:ce\s+)?$",
    re.IGNORECASE,
)
# A measure announced or decided, then the day it starts or ends: "a annoncé la mise en place de
# la circulation différenciée à partir de mercredi", "a voté la reconduction du mouvement jusqu'à
# vendredi" (the measure is ahead)
_MEASURE_FROM = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:annoncé|décidé|décrété|ordonné|imposé|instauré|prolongé"
    r"|voté|reconduit|maintenu)\b[^.;!?]{0,120}(?:à\s+partir\s+d[eu]|dès"
    r"|jusqu['’](?:à|au))\s+(?:ce\s+)?$",  # ("a maintenu la vigilance orange jusqu'à lundi")
    re.IGNORECASE,
)
# From a date on: "à partir de novembre", "dès lundi" (a part of ``_UNTIL_FR``)
_FROM_FR_WORDS = r"\bà\s+(?:partir|compter)\s+d[eu]|\bdès"
_FROM_FR = re.compile(rf"(?:{_FROM_FR_WORDS})\s+(?:ce\s+)?$", re.IGNORECASE)
# "d'ici lundi": from now until then, whatever tense tells of it ("ne sont pas exclus d'ici
# lundi soir").
_BY_THEN_FR = re.compile(r"\bd['’]ici(?:\s+(?:à|au))?\s+(?:ce\s+)?$", re.IGNORECASE)
_UNTIL_FR = re.compile(
    rf"(?:\bjusqu['’](?:à|au)|{_FROM_FR_WORDS}|\bd['’]ici(?:\s+(?:à|au))?)"
    r"\s+(?:ce\s+)?$",
    re.IGNORECASE,
)
# A past verb, then what it asks for in the infinitive: "a appelé les habitants à limiter…",
# "ont décidé de prolonger…": the infinitive's time is ahead.
_ASKED_TO_DO = re.compile(
    r"\b(?:à|de|d['’])\s*(?:(?:ne\s+pas|se|s['’]|y)\s*)?(?!partir\b)\w{3,}(?:er|ir|re)\s+"
    r"(?:le|la|les|l['’]|leurs?|son|sa|ses|un|une|des|du|ce|cette|ces)\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
# A day or a month that comes back every year: "a lieu chaque année le 21 juin", "every year in
# May".
_EVERY_YEAR_BEFORE = re.compile(
    r"\b(?:chaque\s+année|tous\s+les\s+ans|every\s+year|each\s+year)\s*,?\s*"
    r"(?:(?:le|en|au\s+mois\s+de|on|in)\s+)?$",
    re.IGNORECASE,
)
# A past told with "avoir" or in the imperfect: "a duré", "ont été fermées", "était fermée".
_HAD_DONE = re.compile(
    r"\b(?:a|ont|avait|avaient|eut|eurent)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|u|is|it)\b"
    # a pronominal verb's past: "le marché s'est clôturé dès le 9 août"
    r"|\bs['’](?:est|était)\s+\w+(?:é|ée|és|ées)\b|\bse\s+sont\s+\w+(?:é|ée|és|ées)\b"
    r"|\b\w{2,}(?:ait|aient)\b",
    re.IGNORECASE,
)
# A conditional of hearsay about what is to come: "serait évacué à partir de samedi".
_CONDITIONAL = re.compile(r"\b(?:serai(?:en)?t|pourrai(?:en)?t|devrai(?:en)?t)\s+\w+", re.I)
# A past perfect's auxiliary ("had not named her"), not "had" of what one has: "had until
# Friday to raise its offer", "had three days"
# Between the two ends of a range: "July 1995 and January", "juillet 2015 à janvier"
_RANGE_GAP = re.compile(r"\s*(?:-|–|\s(?:and|to|through|until|et|à|au)\s)\s*", re.IGNORECASE)
# A relative clause in the past perfect, which tells of its noun, not of the sentence's time:
# "Travelers who had booked flights crowded the counters, …"
_WHO_HAD = re.compile(r"\b(?:who|which|that)\s+had\b[^,;]*", re.IGNORECASE)
_HAD = re.compile(
    r"\bhad\b(?!\s+(?:until|till|through"
    r"|(?:only\s+)?(?:a|an|one|two|three|four|five|six|seven|\d+)\s))",
    re.IGNORECASE,
)
# A photographer's credit right after a sentence: the sentence is a caption
_PHOTO_CREDIT = re.compile(
    r"[ \t]*(?:Photos?|Crédit\s+photo|©)\s*:?\s*(?-i:[A-ZÀ-Þ])", re.IGNORECASE
)
_BY_WEEKDAY = re.compile(
    r"\bby\s+(?:[\d.:]+\s*[ap]\.?m\.?\s+(?:\w+\s+)?)?(?:(?:late|early)\s+)?$", re.I
)
# A verb in the past, active, right before: "widened through Sunday"
_ACTIVE_PAST_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b[a-z]{3,}ed\s+$", re.IGNORECASE
)
# What puts off to the day named: "adjourned until Monday", "postponed until Friday"
_PUT_OFF_BEFORE = re.compile(
    r"\b(?:postponed|delayed|adjourned|suspended|deferred|recessed|extended|closed|halted"
    r"|banned|barred|grounded|shelved|stayed|moved|pushed\s+back|put\s+off)\s+$",
    re.IGNORECASE,
)
_UNTIL_WEEKDAY = re.compile(
    r"\b(?:until|till|through|thru)\s+(?:at\s+least\s+)?(?:[\d.:]+\s*[ap]\.?m\.?\s+(?:\w+\s+)?)?$",
    re.I,
)
# A weekday owning a noun ("Wednesday's ruling", "Friday's trading") names an event the news
# reports, one already past whatever the tense of the verb around it (news of the coming day
# says "the vote on Friday"); on that very day, it is the document date (see ``_weekday``).
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_BEFORE_EVENT = re.compile(r"\b(?:before|until)\s+$", re.I)
_SCHEDULED_EVENT_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:election|elections|vote|ballot|referendum|runoff|meeting"
    r"|summit|talks|game|match|final|debate|hearing|trial|deadline|launch|race|opening)\b",
    re.I,
)
_EVENT_PREPOSITION = re.compile(r"\b(?:at|in|for|during|before|after|until)\s+$", re.I)
# ... unless the news looks ahead to it ("ahead of Friday's vote", "in advance of Monday's talks"):
# what is awaited is still to come, whatever the tense of the verb
_AHEAD_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|await(?:s|ed|ing)?"
    r"|beginning|starting)\s+$",  # "a period of mourning beginning Saturday"
    re.I,
)
# A date counted from now ("fares booked between now and Jan. 15") or back to ("a raise
# retroactive to Jan. 1"): its side whatever the tense of the telling
_FROM_NOW_BEFORE = re.compile(
    r"\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+$", re.I
)
_BEGINNING_IN_BEFORE = re.compile(r"\b(?:beginning|starting)\s+(?:in\s+)?$", re.IGNORECASE)
_RETROACTIVE_BEFORE = re.compile(r"\bretroactive(?:ly)?\s+to\s+$", re.I)
# A present in a condition ("If the number comes in weak on Friday, …"): a day still ahead
_CONDITION_LEAD = re.compile(r"\b(?:if|unless)\b[^,;:]*$", re.I)
_PERFECT_EN = re.compile(
    r"\b(?:has|have|hasn't|haven't)\s+(?:\w+ly\s+|not\s+)?"
    r"(?!(?:that|what|it|at|but|just|yet|most|least)\b)\w+(?:ed|en|wn|t)\b",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s+(?:le\s+|ce\s+)?$", re.IGNORECASE)
# A future seen from the past, which says nothing of the document date's side: a simple
# conditional after a verb of saying ("a annoncé qu'il quitterait ses fonctions en avril"), a
# plan in the imperfect ("Les travaux devaient commencer en mars"). Not "aurait signé" (hearsay
# of a past act), nor an imperfect of an "-rer" verb ("déclarait", "tirait").
_FUTURE_IN_PAST = re.compile(
    r"\b(?:(?!(?:aur|ser)ai)\w{2,}erai(?:t|ent)|(?:se|fe|i|pour|dev|voud|vaud|fau|sau|ver"
    r"|enver|\w*iend|\w*prend|\w*[aeo]nd|\w*ttr|\w*(?:fin|part|sort|dorm|chois|réun|serv"
    r"|ouvr|offr|réuss|rempl|écr|suff|ag|établ|fourn|sent)i)rai(?:t|ent)"
    r"|(?:devai(?:t|ent)|allai(?:t|ent))\s+(?:\w+ment\s+)?(?:se\s+|s['’])?\w+(?:er|ir|re))\b",
    re.IGNORECASE,
)
# The simple conditional of "être" or "avoir" before a participle is a compound tense: hearsay.
_COMPOUND_CONDITIONAL = re.compile(
    r"\b(?:aurai(?:t|ent)|serai(?:t|ent))\s+(?:(?:déjà|pas|été)\s+)*"
    r"[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|ert|erte|ort|orte)\b",
    re.IGNORECASE,
)
_PROSPECTIVE = re.compile(
    r"\b(?:avant\s+de|afin\s+de|pour)\s+(?:se\s+|s['’])?\w+(?:er|ir|re)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(
    r"[;:«»“”()—–]|\s(?:--|_)\s|,\s+(?:et|mais|puis|qui|où|alors|and|but|which|who)\b"
    r"|,\s+qu(?:e\b|['’])"  # "ont découvert l'école, qu'ils rejoindront à la rentrée"
)


_OPENING_BRACKET = re.compile(r"[^()\n]{0,20}\(\s*(?:(?:à|vers|soit|ou)\s+)?")


def is_conversion(text: str, before: _Seen | TimeExpression, start: int) -> bool:
    """Whether a time at ``start`` is written in brackets right after the time ``before``
    ("vers 1 h du matin (7 h à Paris)", "at 9 a.m. (1400 GMT)"): the same moment in another
    time zone."""
    if isinstance(before, TimeExpression):
        if before.type != "TIME" or not _CLOCK.search(before.value or ""):
            return False
    elif before.point.gran != "time":
        return False
    return (
        start - before.end <= 30 and _OPENING_BRACKET.fullmatch(text, before.end, start) is not None
    )


_NIGHT_BETWEEN = re.compile(r"\b(?:nuit|night)\s+(?:du|de|of)\s+\w+\s+(?:au|à|to)\s", re.I)
# The marks of an aside, closing and opening: what they hold belongs to the clause around them.
_ASIDE_OPENER = {")": "(", "»": "«", "”": "“", "—": "—", "–": "–"}
_ASIDE_CLOSER = {"(": ")", "«": "»", "“": "”", "—": "—", "–": "–"}
# "le 29 juin, au lendemain de la défaite", "le 3 mai, à la veille du scrutin"
_RESTATED_BEFORE = re.compile(r"\s*,\s*(?:au|à)\s+", re.IGNORECASE)
_EVENT_AFTER = re.compile(r"\s+(?:de|du|des|d['’])", re.IGNORECASE)
# The event an offset counts from, named right after it: "un an après la catastrophe"
_EVENT_AFTER_OFFSET = re.compile(
    r"\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|the|his|her|its|their)\s*[^\W\d_]", re.I
)
# A company's reporting period told as months: "the nine months", "the first six months"
_REPORTED_MONTHS = re.compile(r"the\s+(?:first\s+|latest\s+)?\w+\s+months\b", re.IGNORECASE)
_DURATION_VALUE = re.compile(r"P(?:\d+|X)[YMWD]|PT(?:\d+|X)[HMS]")
# What stands between "la veille", "le lendemain" and the date of the event they count from: words
# only ("du scrutin du", "de l'élection présidentielle du", "du")
# What makes a year a thing's, not the sentence's time ("since 1996", "due 2005", "fondé en 1985")
_YEAR_OF_THING = re.compile(
    r"\b(?:since|due|depuis|until|jusqu['’]en|avant|before|after|après)\s*$", re.I
)
_FRAMING_WORD = re.compile(r"\b(?:in|during|en|dès|durant|pendant|au\s+cours\s+de)\s*$", re.I)
_OF_DATED_EN = re.compile(r"\s+(?:of\s+)?the\s+", re.IGNORECASE)
# A day restated right after "the day before", "la veille": "the day before, on Saturday", "la
# veille, samedi"
_RESTATED_BY = re.compile(r"\s*,\s*(?:on\s+|le\s+)?", re.IGNORECASE)
# An event named right after "the day after", set off after a day it restates: "Wednesday, the
# day after the quake"
_EVENT_NAMED_EN = re.compile(r"\s+(?:the|a|an|his|her|its|their)\s+[^\W\d_]", re.IGNORECASE)
_OF_EVENT = re.compile(r"[^\W\d_]*(?:[\s'’-]+[^\W\d_]+)*[\s'’]*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Seen:
    id: int
    point: Point
    end: int


# A count right after "aujourd'hui": "emploie aujourd'hui 17 000 personnes", "compte aujourd'hui
# plus de 300 membres".
_COUNT_AFTER = re.compile(
    r"\s+(?:(?:plus|moins|près|autour)\s+d[e'’]\s*|environ\s+|quelque\s+|quelques\s+)?\d"
)
# A date a figure is compared with: no time the story is at ("en hausse par rapport à 2007").
_BASELINE_BEFORE = re.compile(
    r"\b(?:par\s+rapport\s+(?:à|au|aux)|comparée?s?\s+(?:à|au|aux|avec)|compared\s+(?:with|to)"
    r"|than\s+(?:in\s+)?)\s*(?:l['’]|la\s+|le\s+|the\s+)?$",
    re.IGNORECASE,
)
# The same with the compared figure between: "with 1.02 billion shares, compared with 863 million
# on Wednesday", "contre 41 en 2010": a yardstick's day, not the story's
_BASELINE_FIGURE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|par\s+rapport\s+(?:à|aux?)|contre|from)"
    r"\s+[$€£]?\d[\d.,]*\s*(?:[a-zA-Zé%]+\s+){0,2}(?:(?:on|in|le|en)\s+)?$"
    # a record it is measured by: "exceeded only by the 508-point fall on Oct. 19, 1987"
    r"|\bexceeded\s+(?:only\s+)?by\s+(?:the\s+|a\s+)?[\w$.,%-]+(?:\s+[\w-]+){0,3}\s+(?:on|in)\s+$",
    re.IGNORECASE,
)
# A count of days back right after a day and a comma: "on Oct. 9, just four days earlier"
_OFFSET_APPOSED = re.compile(r"\s*,\s*(?:(?:just|only|exactly|barely)\s+)?", re.IGNORECASE)
# A year that names a thing or a time from which, no time the story moves to: "since 1970",
# "the 1970 disaster", "depuis 1998".
_YEAR_AS_NAME = re.compile(
    r"(?:\b(?:[Ss]ince|the|its|their|[Dd]epuis)\s+(?:the\s+)?)$"
    # "the largest attack since the Persian Gulf War in 1991", "depuis la guerre du Golfe en
    # 1991": the yardstick of a record
    r"|\b(?:[Ss]ince|[Dd]epuis)\s+(?:[\w'’-]+\s+){1,6}?(?:in|en|de|du|of)\s+$"
    # ("depuis la crue historique de septembre 2002")
)


@dataclass(frozen=True, slots=True)
class _Result:
    value: str | None
    anchor: Anchor | None = None
    anchor_id: int | None = None


class Resolver:
    """Walks the chosen phrases in order; ``resolve`` returns the finished expressions."""

    def __init__(
        self,
        text: str,
        dct: Point | None,
        sentences: Sequence[tuple[int, int]],
        *,
        english: bool = False,
    ) -> None:
        self.text = text
        self.english = english  # read the tense of a clause the English way (``tense_en``)
        self.dct = dct if dct is not None and dct.rank >= _DAY_RANK else None
        self.sentences = sorted(sentences)
        self._starts = [s for s, _ in self.sentences]
        self.last: _Seen | None = None
        self.opening_year: tuple[int, int] | None = None  # (sentence start, year) it opens on
        self.last_counted_from: _Seen | None = None  # the last one of a year or finer
        self.last_day: _Seen | None = None
        self.story_day: _Seen | None = None  # the last day not told in the pluperfect
        self.background_day: _Seen | None = None  # the last day told in the pluperfect
        self.past_day: _Seen | None = None  # the last story day not after the document date
        self.story_night: _Seen | None = None  # the last night told "de samedi à dimanche"
        self.last_year: _Seen | None = None
        self.last_explicit: _Seen | None = None  # the last date written with its year
        self.last_told: _Seen | None = None  # the last day not inside a noun ("le vote du 2 mai")
        self._starts_by_id: dict[int, int] = {}
        self.firm: list[_Seen] = []  # dates given by the text, not counted offsets
        self.counted_days: set[int] = set()  # of them, the days after a day ("le lendemain")
        self.explicit_ids: set[int] = set()  # those of them written out ("avril 2009")
        self.last_in_month: dict[int, _Seen] = {}  # month → the last date of that month
        self.last_period: _Seen | None = None  # the last quarter, month or day the text gave
        self.last_months: tuple[int, str] | None = None  # (end, value) of "the nine months"
        self._index = 0  # the expression being resolved
        self._not_anchors: set[int] = set()  # times told again in another zone
        self._own_day: set[int] = set()  # times whose words give their day ("9 a.m. Friday")

    def resolve(self, candidates: Sequence[Candidate]) -> list[TimeExpression]:
        ordered = sorted(candidates, key=lambda c: c.start)
        out: dict[int, TimeExpression] = {}
        order, of_named = self._order(ordered)
        for index in order:
            cand = ordered[index - 1]
            self._starts_by_id[index] = cand.start
            self._index = index
            named = out.get(index + 1) if index in of_named else None
            restating = self._restating(cand, out.get(index - 1)) if named is None else None
            programme = self._programme_day(cand)
            if programme is not None:  # "Le vendredi, …" of a festival's programme: that day
                result, cand = programme, replace(cand, spec=replace(cand.spec, type="DATE"))
            elif named is not None:
                result = self._of_named_day(cand, named)
            else:
                result = restating or self._value(cand)
            spec = cand.spec
            if spec.kind == "weekday" or (spec.point is not None and spec.point.day is not None):
                self._own_day.add(index)
            value = result.value
            if self.english and value is not None:
                value = reduced(value)  # TimeBank's "199" for the 1990s (French TimeBank: 199X)
            out[index] = TimeExpression(
                id=index,
                start=cand.start,
                end=cand.end,
                text=self.text[cand.start : cand.end],
                type="DURATION"
                if spec.same_period and _DURATION_VALUE.fullmatch(value or "")
                else spec.type,  # "the year-earlier period" after "the nine months": P9M
                value=value,
                mod=spec.mod,
                anchor=result.anchor,
                anchor_date_id=result.anchor_id,
            )
            if index not in self._not_anchors:
                self._remember(index, spec, result, cand.end)
            if spec.type == "DURATION" and _REPORTED_MONTHS.match(self.text, cand.start, cand.end):
                self.last_months = (cand.end, value or "")  # "For the nine months, …"
        found = [out[index] for index in sorted(out)]
        return _ordered_ranges(self.text, self._clock_days_ahead(found), self.dct)

    def _order(self, ordered: Sequence[Candidate]) -> tuple[list[int], set[int]]:
        """The ids (1-based, in the text's order) in the order to resolve them, and those of days
        counted from the date named right after them ("au lendemain du scrutin du 6 mai", "la
        veille du 1er mai"), which come after that date."""
        order: list[int] = []
        of_named: set[int] = set()
        index = 1
        while index <= len(ordered):
            if self._day_of_named(ordered[index - 1], ordered, index):
                order += [index + 1, index]
                of_named.add(index)
                index += 2
            else:
                order.append(index)
                index += 1
        return order, of_named

    def _day_of_named(self, cand: Candidate, ordered: Sequence[Candidate], index: int) -> bool:
        """Whether ``cand`` is "la veille", "le lendemain", "the day after" of an event whose date
        follows."""
        spec = cand.spec
        if (
            index >= len(ordered)
            or spec.kind != "rel"
            or spec.unit != "D"
            or spec.amount not in (-2, -1, 1, 2)
            or (spec.point is not None and spec.point.gran != "pod")
        ):
            return False
        following = ordered[index]
        between = self.text[cand.end : following.start]
        if self._restated_by(cand, following):
            return True
        if following.spec.kind != "abs" or len(between) > 40:
            return False
        if self.english:  # "the day after the Nov. 3 election"
            return _OF_DATED_EN.fullmatch(between) is not None or (
                between == " " and self.text[following.start : following.start + 1].isupper()
            )  # "the day after Thanksgiving", "the day before Christmas"
        return _EVENT_AFTER.match(between) is not None and _OF_EVENT.fullmatch(between) is not None

    def _programme_day(self, cand: Candidate) -> _Result | None:
        """ "Le vendredi, la soirée d'ouverture sera assurée par…" after "du vendredi 8 au
        dimanche 10 juillet": the Friday of the days just told, not every Friday, when the
        clause tells of that time (not the present of what is usual: "le marché se tient le
        vendredi")."""
        literal = cand.spec.kind == "literal"
        found = _WEEKLY_DAY.fullmatch(cand.spec.value or "") if literal else None
        if found is None or not _THE_WEEKDAY.fullmatch(self.text, cand.start, cand.end):
            return None
        weekday = int(found["day"]) - 1
        for seen in reversed(self.firm):
            if cand.start - seen.end > 2 * CLOSE:
                break
            day = first_day(seen.point)
            if seen.point.gran == "day" and day is not None and day.weekday() == weekday:
                if self._habitual(cand.start) or self._tense(cand.start, cand.end) in (0, None):
                    return None
                return _Result(format_value(seen.point), "previous", seen.id)
        return None

    def _restated_by(self, cand: Candidate, following: Candidate) -> bool:
        """Whether the day ``following`` restates the day ``cand`` counts ("the day before, on
        Saturday", "la veille, samedi")."""
        spec = following.spec
        own_day = spec.kind == "weekday" or (  # (a day without its year takes the year of the
            spec.kind == "abs"  # one counted: "le surlendemain, le 19 septembre")
            and spec.point is not None
            and spec.point.day is not None
            and spec.point.year is not None
        )
        return (
            own_day
            and spec.amount is None
            and _RESTATED_BY.fullmatch(self.text, cand.end, following.start) is not None
        )

    def _of_named_day(self, cand: Candidate, named: TimeExpression) -> _Result:
        point = parse_value(named.value or "")
        day = truncate(point, "day") if point is not None and point.rank >= _DAY_RANK else None
        if day is None:
            return self._value(cand)
        if _RESTATED_BY.fullmatch(self.text, cand.end, named.start):
            return _Result(format_value(day), "previous", named.id)  # the day it restates
        return self._counted(cand.spec, (day, "previous", named.id), cand.start)

    def _restating(self, cand: Candidate, before: TimeExpression | None) -> _Result | None:
        """The day "the day after the quake" restates, set off after it: "Wednesday, the day
        after the quake"."""
        spec = cand.spec
        if (
            before is None
            or not self.english
            or spec.kind != "rel"
            or spec.unit != "D"
            or spec.amount not in (-1, 1)
            or spec.point is not None
            or not _YEAR_THEN_DAY.fullmatch(self.text, before.end, cand.start)
            or not _EVENT_NAMED_EN.match(self.text, cand.end)
        ):
            return None
        point = parse_value(before.value or "")
        day = truncate(point, "day") if point is not None and point.rank >= _DAY_RANK else None
        return None if day is None else _Result(format_value(day), "previous", before.id)

    def _clock_days_ahead(self, exprs: list[TimeExpression]) -> list[TimeExpression]:
        """ "Vers 0 h 40, jeudi, …": a time with no day before it in its sentence takes the day
        named right after it in the same sentence."""
        if not self.sentences:
            return exprs
        fixed = list(exprs)
        for i, expr in enumerate(exprs):
            if (
                expr.type != "TIME"
                or expr.value is None
                or not _CLOCK.search(expr.value)
                or expr.id in self._own_day  # "from 11 p.m. Friday, June 2, until Monday"
            ):
                continue
            if expr.id in self._not_anchors and expr.anchor_date_id:  # "9 a.m. (1400 GMT)": the
                told = fixed[expr.anchor_date_id - 1].value or ""  # day of the time it restates
                if "T" in told:
                    value = told[: told.index("T")] + expr.value[expr.value.index("T") :]
                    fixed[i] = replace(expr, value=value)
                continue
            sentence = self._sentence_span(expr.start)
            anchor = exprs[expr.anchor_date_id - 1] if expr.anchor_date_id else None
            if sentence is None or (anchor is not None and anchor.start >= sentence[0]):
                continue
            for later in exprs[i + 1 :]:
                if later.start >= sentence[1] or len(self.text[expr.end : later.start].split()) > 3:
                    break  # "parti vers 22 h 30, le feu n'a été fixé que mardi": another event
                point = parse_value(later.value or "")
                if later.anchor_date_id == expr.id:
                    continue  # "after midnight on July 2, and by the next day": counted from it
                if later.type == "DATE" and point is not None and point.gran == "day":
                    value = later.value + expr.value[expr.value.index("T") :]  # type: ignore[operator]
                    fixed[i] = replace(
                        expr, value=value, anchor="previous", anchor_date_id=later.id
                    )
                    break
        return fixed

    # -- anchors ------------------------------------------------------------------------------

    def _remember(self, index: int, spec: Spec, result: _Result, end: int) -> None:
        if spec.type not in ("DATE", "TIME") or result.value is None or spec.value == SPORTS_SEASON:
            return
        point = parse_value(result.value)
        if point is None or not point.is_complete():
            return
        seen = _Seen(index, point, end)
        self.last = seen
        if point.gran == "year" and point.year is not None and self.text.startswith(",", end):
            at = self._start_of(index)
            opened = self._sentence_start(at, 0)
            if _OPENS_CLAUSE.fullmatch(self.text, opened, at):
                self.opening_year = (opened, point.year)  # "Cette année-là, …"
        if _is_period(spec, point) and not self._since_date(index):
            self.last_period = seen  # (not "the first drop since July": no period reported on)
        # "le lendemain", "the next day": a day the story moves on to, which only the next such
        # day counts from ("the following day"); "la veille" looks back and anchors nothing
        counted = spec.kind == "rel" and spec.amount not in (None, 0) and spec.value != "offset"
        start = self._start_of(index)
        small_hours_end = (
            point.hour is not None
            and point.hour < 6
            and _UNTIL_SMALL_HOURS.search(self.text, max(0, start - 16), start) is not None
        )  # "la fête a duré jusqu'à 2 h du matin": the night goes on, the story's day stays
        if (
            spec.value != "offset"
            and not (counted and (spec.amount or 0) < 0)
            and not spec.same_period
            and point.rank >= _YEAR_RANK
            and not small_hours_end
        ):
            self.firm.append(seen)
            if counted:
                self.counted_days.add(index)
        if point.rank >= _YEAR_RANK:
            self.last_counted_from = seen
        if result.anchor in ("explicit", "previous") and point.rank >= _YEAR_RANK:
            self.last_year = seen  # a year the text gave (not a decade, not the document date)
        if result.anchor == "explicit" and point.rank >= _YEAR_RANK:
            self.last_explicit = seen
            self.explicit_ids.add(index)
            if point.month is not None:
                self.last_in_month[point.month] = seen
        reported = result.anchor == "dct" and (
            _REPORTING_BEFORE.search(self.text, max(0, start - 30), start)
            # "officials said Thursday there was little hope": the day of the telling
            or (self.english and _SAID_ON_BEFORE.search(self.text, max(0, start - 24), start))
        )
        if self._night_between(seen):
            self.story_night = seen
        since = _SINCE_BEFORE.search(self.text, max(0, start - 12), start) is not None
        began = since and self._days_ago(point, 7) and self._perfect_since(start)
        yardstick = (since and not began) or _BASELINE_FIGURE_BEFORE.search(
            self.text, max(0, start - 60), start
        )  # (not "have been missing since Friday night": when the story began)
        if point.rank >= _DAY_RANK and not reported and not yardstick:  # "…, indique
            # aujourd'hui la police": the day it is told, not the story's day; "its biggest drop
            # since Oct. 19, 1987": a yardstick
            self.last_day = seen
            if (
                not self._pluperfect(start)
                and not self._of_a_thing(index)
                and not self._still_today(seen, start)
                and not self._years_ago_frame(start, point)
            ):
                self.story_day = seen
                day, today = first_day(point), first_day(self.dct) if self.dct else None
                said = _SAID_ON_BEFORE.search(self.text, max(0, start - 24), start)
                if day is not None and today is not None and day <= today and not said:
                    self.past_day = seen  # (not "Brandt said Monday": the day of a telling)
            else:
                self.background_day = seen
            if not _NOMINAL_BEFORE.search(self.text, max(0, self._start_of(index) - 30),
                                          self._start_of(index)):  # fmt: skip
                self.last_told = seen

    def _beyond_now(self, found: _Result, spec: Spec) -> bool:
        """Whether a length of years counted on lands after the document date's year."""
        point = parse_value(found.value) if found.value else None
        return (
            spec.unit == "Y"
            and point is not None
            and point.year is not None
            and self.dct is not None
            and self.dct.year is not None
            and point.year > self.dct.year
        )

    def _days_ago(self, point: Point, most: int) -> bool:
        """Whether ``point`` is a day at most ``most`` days before the document date."""
        day, today = first_day(point), first_day(self.dct) if self.dct else None
        return (
            point.rank >= _DAY_RANK
            and day is not None
            and today is not None
            and 0 <= (today - day).days <= most
        )

    def _still_today(self, seen: _Seen, start: int) -> bool:
        """Whether a day is the document date's, told as how things still stand ("dizaines
        d'autres étaient toujours portées disparues ce samedi"): the time of the telling, not a
        day of the story."""
        if self.dct is None or first_day(seen.point) != first_day(self.dct):
            return False
        lead = self.text[self._sentence_start(start, 0) : start]
        return _STILL.search(lead) is not None

    def _of_a_thing(self, index: int) -> bool:
        """A day a participle gives a thing, not the story: "un braquage commis le 5 mai 2010",
        "l'accident survenu le 3 juin" (not "il a été arrêté le 5 mai": an auxiliary). English
        past tenses and participles look alike: not read there."""
        start = self._start_of(index)
        if self.english:  # "The measure, which cleared Congress last Friday, provides": an
            # aside about the thing, not the story's day
            opened = self._sentence_start(start, 0)
            return _ASIDE_OPEN.search(self.text, max(opened, start - 80), start) is not None
        participle = _PARTICIPLE_BEFORE.search(self.text, max(0, start - 40), start)
        return (
            participle is not None
            and not _SCHEDULED.match(participle.group())
            and not _AUXILIARY_END.search(
                self.text, max(0, participle.start() - 40), participle.start()
            )
        )

    def _firm(
        self, unit: str, start: int | None = None, *, from_counted: bool = False
    ) -> tuple[Point, Anchor, int | None] | None:
        """What "trois jours plus tard" counts from: the last date the text gave that is at least
        as fine as the unit, not a season, a vague date nor another offset (so a repeated
        "deux jours plus tôt" is the same day) nor a day after a day ("le lendemain": only
        ``from_counted``, for "the following day" after it), nor, for a clause at ``start``
        that tells of the past, a day to come ("Il prêtera serment le 2 avril. Trois jours
        avant le scrutin, l'UA avait dépêché un médiateur": not 30 March); else the document
        date."""
        gran = UNIT_GRAN.get(unit, "day")
        need = _DAY_RANK if gran in ("week", "weekend") else Point(gran, 2000).rank
        coarser: _Seen | None = None  # "En avril 2009, … Neuf jours plus tard": the story has
        later: _Seen | None = None  # moved to another year, where no day is known
        for seen in reversed(self.firm):
            if (seen.point.gran == "season" and gran != "year") or (
                seen.id in self.counted_days and not from_counted
            ):  # (a season tells its year: "in the summer of 1987 … the next year")
                continue
            seen_at = self._start_of(seen.id)
            if _BASELINE_BEFORE.search(self.text, max(0, seen_at - 30), seen_at):
                continue  # "… par rapport à 2007. Cinq ans plus tôt": a yardstick, no story time
            if start is not None and self._ahead_of_past(seen, start):
                later = later or seen  # skipped, it still says which year the story is in
                continue
            if seen.point.rank >= need:
                if (
                    coarser is not None
                    and coarser.point.year != seen.point.year
                    # (not a year told after the day in its own sentence: "a condamné jeudi X
                    # pour le meurtre d'un bijoutier, abattu en mars 2011. … la veille")
                    and self._sentence_span(self._start_of(coarser.id))
                    != self._sentence_span(seen_at)
                ):
                    return coarser.point, "previous", coarser.id
                return seen.point, "previous", seen.id
            if (
                coarser is None
                and later is None
                and seen.id in self.explicit_ids
                and not _YEAR_AS_NAME.search(self.text, max(0, seen_at - 60), seen_at)
                and not self._target_ahead(seen.id, seen.point)
                and not _TOLD_THAT_BEFORE.search(
                    self.text, self._sentence_start(seen_at, 0), seen_at
                )
            ):  # (not "Since the 1970 disaster, …", nor "d'ici 2026": the story stays where it
                # was; nor "told a grand jury on Aug. 6 that it began in November 1995": what
                # was said of another time)
                coarser = seen
        if coarser is not None and self.dct is not None and coarser.point.year != self.dct.year:
            return coarser.point, "previous", coarser.id
        return (self.dct, "dct", None) if self.dct is not None else None

    def _start_of(self, index: int) -> int:
        return self._starts_by_id.get(index, 0)

    def _told_day(self, start: int) -> tuple[Point, Anchor, int | None] | None:
        """The day "ce jour-là", "cette journée" refer to: the last day the story told, not one
        inside a noun ("le scrutin du 2 mars") nor one to come told of in the past ("Il s'y
        rendra lundi. Des répliques ont été ressenties dans la journée": today); else the
        document date."""
        told = self.last_told
        if told is not None and not self._ahead_of_past(told, start):
            return told.point, "previous", told.id
        return (self.dct, "dct", None) if self.dct is not None else None

    def _span_end_before(self, seen: _Seen, start: int) -> bool:
        """Whether ``seen``, a day to come told in a sentence before the one at ``start``, ends a
        span ("valable jusqu'à mardi midi", "until Tuesday"): a limit, not the story's day."""
        at = self._start_of(seen.id)
        return (
            self.dct is not None
            and self._past_the_dct(seen.point)  # (not "ouvert vendredi jusqu'à 17 h": that day)
            and seen.end <= self._sentence_start(start, 0)
            and _SPAN_END_BEFORE.search(self.text, max(0, at - 16), at) is not None
        )

    def _clock_goes_on(self, near: _Seen | None, spec: Spec, start: int) -> bool:
        """Whether the time of day at ``start`` goes on from the one told last, on ``near``'s day
        in the sentence before, later that day: "avait décollé le 8 mars à 0 h 41. Le dernier
        contact radio remonte à 1 h 19" (the same night, whatever day the story is at)."""
        last = self.last
        if (
            near is None
            or last is None
            or spec.point is None
            or spec.point.hour is None
            or last.point.gran != "time"
            or last.point.hour is None
            or last.end < self._sentence_start(start, 1)
            or first_day(last.point) != first_day(near.point)
        ):
            return False
        return (spec.point.hour, spec.point.minute or 0) > (last.point.hour, last.point.minute or 0)

    def _ahead_of_past(self, seen: _Seen, start: int) -> bool:
        """Whether ``seen`` is a day after the document date while the clause at ``start`` tells
        of the past."""
        return self._across(seen, start, -1)

    def _behind_of_future(self, seen: _Seen, start: int) -> bool:
        """Whether ``seen`` is a day before the document date while the clause at ``start``
        tells of what is to come."""
        return self._across(seen, start, 1)

    def _across(self, seen: _Seen, start: int, tense: int) -> bool:
        """Whether ``seen`` is a day on the other side of the document date from the one the
        clause at ``start`` tells of (``tense`` -1: the past, +1: what is to come)."""
        if self.dct is None or seen.point.rank < _DAY_RANK:
            return False
        day, today = first_day(seen.point), first_day(self.dct)
        return (
            day is not None
            and today is not None
            and (day > today if tense == -1 else day < today)
            and self._tense(start, start) == tense
        )

    def _previous_or_dct(self, prefer_dct: bool) -> tuple[Point, Anchor, int | None] | None:
        """What a relative date counts from. A century or a decade named in passing ("au XVIIe
        siècle", "in the 1980s") is not: "cette année" or "deux mois plus tard" after it still
        count from the last date given to the year or finer."""
        if prefer_dct and self.dct is not None:
            return self.dct, "dct", None
        last = self.last_counted_from
        if last is not None:
            return last.point, "previous", last.id
        if self.dct is not None:
            return self.dct, "dct", None
        return None

    # -- by kind --------------------------------------------------------------------------------

    def _value(self, cand: Candidate) -> _Result:
        spec = cand.spec
        if spec.value == "told_month":
            return self._told_month(cand.start)
        if spec.value == "ago_today":  # "Fifty years ago today": the document date's day then
            return self._years_ago_today(spec.amount or 0)
        if spec.same_period:
            found = self._same_period(spec, cand.start)
            if found is not None:
                return found
            if spec.point is not None and spec.point.gran == "year":
                return _Result(format_value(spec.point))  # "the 1988 quarter", none reported
        if spec.kind == "literal":
            return _Result(spec.value)
        if self.english and spec.unit == "Y" and spec.amount == 0:
            begun = self._fiscal_year_begun(cand.start, cand.end)
            if begun is not None:
                return begun
        if spec.kind == "abs":
            return self._absolute(spec, cand.start, cand.end)
        if spec.kind == "deictic":
            if spec.value == "PRESENT_REF" and self._generic(cand.start, cand.end):
                return _Result("PRESENT_REF")
            if spec.unit in ("H", "MIN") and spec.amount is not None and self.dct is not None:
                return self._hours_from(spec, (self.dct, "dct", None))  # "24 hours ago"
            if spec.unit == "WE" and not self.english and self.dct is not None:
                spec = self._weekend_told(spec, cand.start, cand.end)
            found = self._counted(spec, self._previous_or_dct(prefer_dct=True), cand.start)
            return self._night_gone(found, cand.start)
        if spec.kind == "rel":
            if spec.value == "overnight" and spec.amount == -1:
                return self._overnight(spec, cand.start)
            if (
                spec.amount == 0
                and spec.unit == "D"
                and (spec.point is None or spec.point.gran == "pod")
            ):  # "ce jour-là", "cette nuit-là", "that night"
                told = self._told_day(cand.start)
                if (
                    spec.value == "in_the_day"
                    and told is not None
                    and told[2] is not None
                    and self.dct is not None
                    and self.last_told is not None
                    and self.last_told.end < self._sentence_start(cand.start, 1)
                ):  # "Earlier in the day, Jiang presided over…", no day told in the sentence
                    told = (self.dct, "dct", None)  # before: the news's day, today
                found = self._counted(spec, told, cand.start)
                return self._night_gone(found, cand.start)
            if spec.unit == "D" and spec.amount in (-1, 1) and spec.point is None:
                restated = self._restated(cand.start, cand.end)
                if restated is not None:
                    return restated
            last = self.last
            if (
                spec.value == "offset"
                and spec.unit in ("D", "W")
                and (spec.amount or 0) < 0
                and last is not None
                and last.point.rank >= _DAY_RANK
                and _OFFSET_APPOSED.fullmatch(self.text, last.end, cand.start)
            ):  # "closed at a record on Oct. 9, just four days earlier": that day, said again
                return _Result(format_value(last.point), "previous", last.id)
            if spec.value == "offset" and spec.unit in ("H", "MIN"):
                return self._hours_from(spec, self._firm("D", cand.start))  # "eight hours later"
            if spec.value == "offset" and spec.unit is not None:  # "trois jours plus tard"
                ref = self._firm(spec.unit, cand.start)
                if (
                    ref is not None
                    and ref[1] == "dct"
                    and (spec.amount or 0) > 0
                    and _EVENT_AFTER_OFFSET.match(self.text, cand.end)
                    and self._tense(cand.start, cand.end) != 1
                ):  # "Un an après la catastrophe, les habitants attendent": the event's date is
                    # not told, the clause is now (the document date's year); told in the
                    # pluperfect ("l'île avait été reconstruite"), it is some time before: unknown
                    if self._pluperfect(cand.start):
                        return _Result(None, "underspecified")
                    now = truncate(ref[0], UNIT_GRAN.get(spec.unit, "day"))
                    return _Result(format_value(now) if now else None, "underspecified")
                found = self._counted(spec, ref, cand.start)
                tense = self._tense(cand.start, cand.end)
                if self._beyond_now(found, spec) and (
                    tense in (0, None) or (tense == -1 and ref is not None and ref[1] == "dct")
                ):
                    # "« Soixante-dix ans plus tard, ce lieu reste un symbole »" after a year
                    # told in passing: told in the present, it is now; so is a past counted
                    # from no date at all ("Cinquante ans après, ils ont redit oui")
                    now = truncate(self.dct, UNIT_GRAN.get(spec.unit, "day")) if self.dct else None
                    return _Result(format_value(now) if now else None, "dct")
                return found
            # "libéré le lendemain … le surlendemain": both count from the story's day
            two_days = spec.unit == "D" and abs(spec.amount or 0) >= 2
            ref = self._firm(spec.unit or "D", cand.start, from_counted=not two_days)
            if (
                ref is not None
                and ref[1] == "previous"
                and spec.amount == 0
                and self.dct is not None
                and ref[0].rank < Point(UNIT_GRAN.get(spec.unit or "D", "day"), 2000).rank
                and self._tense(cand.start, cand.end) == 1
            ):  # "since 1920 … he will answer by the end of the month": this month, told ahead
                ref = (self.dct, "dct", None)
            if (
                ref is not None
                and ref[1] == "previous"
                and ref[2] is not None
                and spec.amount == 0
                and self.dct is not None
                and (
                    (self._since_date(ref[2]) and ref[0].year is not None)
                    or self._target_ahead(ref[2], ref[0])
                )
                and self._sentence_start(cand.start, 0) > self._start_of(ref[2])
            ):  # "Snowfall since Nov. 1 stands at 31 inches. No thaw before the end of the
                # month": a starting point is no time the story is at, nor a target ahead ("The
                # goal is to halve deaths by 2010. We will know more by the end of the decade")
                ref = (self.dct, "dct", None)
            if (
                ref is not None
                and ref[1] == "previous"
                and spec.amount == 0
                and self.dct is not None
                and self._perfect_since(cand.start)
            ):  # "since last June … The bond has lost 4 points since the beginning of the
                # year": up to now, the document's year
                ref = (self.dct, "dct", None)
            if (
                spec.unit == "Y"
                and spec.amount == 0
                and spec.point is not None
                and spec.point.gran in ("season", "month")
                and self.last_year is not None
            ):  # "arrested in the spring of 1988, released that summer": the story's year,
                # a season's too
                ref = (self.last_year.point, "previous", self.last_year.id)
            if (
                spec.point is not None
                and spec.point.gran in ("season", "month")
                and spec.value != "year"  # (not "au printemps de l'année suivante")
                and ref is not None
                and ref[0].month is not None
                and (
                    (spec.amount == 1 and ref[0].month < start_month(spec.point))
                    or (spec.amount == -1 and ref[0].month > start_month(spec.point))
                )
            ):  # "arrivé en mars 1958. L'été d'après": the summer of that same year; "moved in
                # June 1994; the previous April": that same April
                spec = replace(spec, amount=0)
            found = self._counted(spec, ref, cand.start)
            if spec.amount == 0 and self._ended_before_told(found, cand.start, cand.end):
                # "Le 20 mai, un séisme avait tout détruit. Les écoles resteront fermées jusqu'à
                # la fin de la semaine": a clause told ahead speaks of this week, not of one past
                found = self._counted(spec, self._previous_or_dct(prefer_dct=True), cand.start)
            return found
        if spec.kind == "weekday":
            return self._weekday(spec, cand.start, cand.end)
        if spec.kind == "same":
            last = self.last
            if last is not None and (
                self._same_paragraph(last.end, cand.start)
                or (last.point.rank >= _DAY_RANK and cand.start - last.end <= 5 * CLOSE)
            ):  # the story's last day or moment, even told a few paragraphs earlier
                return _Result(format_value(last.point), "previous", last.id)
            return _Result(None, "underspecified")
        return self._clock(spec, cand.start)

    def _overnight(self, spec: Spec, start: int) -> _Result:
        """ "Shares fell overnight": the night before the day the story is at when this sentence
        or the one before tells it ("closed lower Friday … hit by overnight losses in New York":
        Thursday night), that very night when it was told as one ("snow fell through Sunday
        night. The mayor declared an emergency overnight"); else the night before the document
        date, not before a day told further back ("who won Game 1 on Tuesday. … The players
        flew north overnight")."""
        ref = self._firm("D", start, from_counted=True)
        if (
            ref is not None
            and ref[2] is not None
            and self._start_of(ref[2]) >= self._sentence_start(start, 1)
        ):
            if ref[0].gran == "pod" and ref[0].code == "NI":
                return _Result(format_value(ref[0]), ref[1], ref[2])
            return self._counted(spec, ref, start)
        return self._counted(spec, (self.dct, "dct", None) if self.dct else None, start)

    def _weekend_told(self, spec: Spec, start: int, end: int) -> Spec:
        """French weekends from a weekday: "le week-end prochain" is the coming one (this week's),
        "le week-end" the coming one too, unless told in the past (last week's)."""
        today = first_day(self.dct) if self.dct is not None else None
        if today is None or today.weekday() >= 5:
            return spec
        if spec.amount == 1:
            return replace(spec, amount=0)
        if (
            spec.value == "weekend"
            and self._tense(start, end) == -1
            and not _MEANT_FOR_BEFORE.search(self.text, max(0, start - 6), start)
            and not _SCHEDULED_RIGHT_BEFORE.search(self.text, max(0, start - 16), start)
        ):  # ("la grève est reconduite pour le week-end", "prévu le week-end": the coming one)
            return replace(spec, amount=-1, value=None)
        return replace(spec, value=None)

    def _ended_before_told(self, found: _Result, start: int, end: int) -> bool:
        """Whether ``found`` is a period over before the document date's day while the clause
        around ``start:end`` is told ahead of it."""
        point = parse_value(found.value or "")
        first = first_day(point) if point is not None else None
        today = first_day(self.dct) if self.dct is not None else None
        if point is None or first is None or today is None:
            return False
        ended = first + dt.timedelta(days=span_days(point))
        return ended <= today and self._tense(start, end) == 1

    def _night_gone(self, found: _Result, start: int) -> _Result:
        """ "Il a neigé cette nuit", "il s'est rendu sur place dans la nuit" told of the document
        date's day in the past: the night that ended that morning, begun the day before (as
        TimeML dates a night); the night to come keeps the day ("il partira dans la nuit"), and
        "tonight" is tonight whatever the tense."""
        if self.dct is None or not (found.value or "").endswith("TNI"):
            return found
        if self.text[start : start + 7].lower() == "tonight":
            return found
        night, today = parse_value(found.value or ""), first_day(self.dct)
        if night is None or first_day(night) != today or self._tense(start, start) != -1:
            return found
        before = shift(truncate(night, "day") or night, "D", -1)
        if before is None:
            return found
        return replace(found, value=format_value(_with_time(before, night)))

    def _restated(self, start: int, end: int) -> _Result | None:
        """ "le 29 juin, au lendemain de l'élimination": the day after an event, said of the day
        just named, is that day (not the day after it)."""
        last = self.last
        if (
            last is None
            or last.point.rank < _DAY_RANK
            or not _RESTATED_BEFORE.fullmatch(self.text, last.end, start)
            or not _EVENT_AFTER.match(self.text, end)
        ):
            return None
        return _Result(format_value(last.point), "previous", last.id)

    def _same_period(self, spec: Spec, start: int) -> _Result | None:
        """ "Net rose to $5 million in the third quarter from $4 million a year earlier": a year
        counted from the quarter the story reports on (named in the last few sentences), or from
        a month or a day given in the same sentence ("the nine months ended May 31"), is that
        same period a year before (1988-Q3), not the bare year."""
        period = self.last_period
        if spec.amount is None:
            return None
        months = self.last_months
        if (
            spec.same_period == "named"
            and months is not None
            and (period is None or months[0] > period.end)
            and months[0] >= self._sentence_start(start, back=2)
            and self.text[start:]
            .lower()
            .startswith(("the year-earlier period", "the year-ago period"))
        ):  # "For the nine months, net rose… In the year-earlier period, …": those months
            return _Result(months[1], "previous")
        if period is None or period.point.year is None:
            return self._last_reported(spec, start)
        last = self.last
        if last is not None and last.point.gran == "year" and last.end > period.end:
            return None  # "after the August 30 ballot … invaded it in 1975 and annexed it a
            # year later": the year told since
        coarse = period.point.gran in ("quarter", "half")
        if (
            not coarse
            and spec.kind == "deictic"
            and not (  # "car sales in November fell 11 percent from a year ago": that month
                period.point.gran == "month"
                and period.end >= self._sentence_start(start, 0)
                and _COMPARED_BEFORE.search(self.text, max(0, start - 16), start)
            )
        ):
            return None  # "two years ago" counts from today, not from the day just named
        month_told = period.point.gran == "month" and _MONTH_PHRASE.match(self.text, start)
        # ("Exports rose in October. Imports grew over the same month last year": that month)
        reach = self._sentence_start(start, back=3 if coarse or month_told else 0)
        if (spec.same_period == "near" or not coarse) and period.end < reach:
            # "the year-ago quarter" after a month told sentences before: still a quarter
            return self._last_reported(spec, start)
        moved = replace(period.point, year=_year_of(spec, period.point.year))
        at = self._start_of(period.id)
        if not coarse and _YEAR_ENDED_BEFORE.search(self.text, max(0, at - 30), at):
            # "in the 12 months ended Sept. 30, up from 1,200 a year earlier": the year before
            moved = Point("year", moved.year)
        if moved.rank >= _DAY_RANK and first_day(moved) is None:
            return None  # 29 February
        day = first_day(moved) if moved.gran == "day" else None
        if day is not None and _QUARTER_NOUN.match(self.text, start):
            # "the fiscal fourth quarter ended Oct. 31 … the year-ago quarter": a quarter
            moved = Point("quarter", day.year, code=f"Q{(day.month - 1) // 3 + 1}")
        return _Result(format_value(moved), "previous", period.id)

    def _same_day_told(self, point: Point, start: int) -> _Seen | None:
        """The day with its year the text wrote out shortly before (an article's length) with the
        same month and day as ``point`` (a day and a month without a year), when it is not the
        document date's year (that one the usual reading finds)."""
        if point.day is None or point.month is None:
            return None
        for seen in reversed(self.firm):
            told = seen.point
            if self._start_of(seen.id) < start - _ARTICLE_REACH:
                break
            if (
                seen.id in self.explicit_ids
                and (told.month, told.day) == (point.month, point.day)
                and told.year is not None
                and (self.dct is None or told.year != self.dct.year)
            ):
                return seen
        return None

    def _flashback_year(self, point: Point, start: int) -> _Seen | None:
        """The year of a day written out in full a sentence or two before, years back, when a
        French day without its year follows in the pluperfect: "Il y a cinquante ans, le 21
        juillet 1969, … La mission avait décollé de Floride le 16 juillet" (a flashback told in
        order, not the July before the document date)."""
        last = self.last_explicit
        if self.english:
            return self._flashback_year_en(point, start, last)
        if (
            point.day is None
            or last is None
            or last.point.day is None
            or last.point.year is None
            or self.dct is None
            or self.dct.year is None
            or self.dct.year - last.point.year < 2
            or self._start_of(last.id) < self._sentence_start(start, 2)
            or not self._pluperfect(start)
        ):
            return None
        return last

    def _flashback_year_en(self, point: Point, start: int, last: _Seen | None) -> _Seen | None:
        """The year of a month, a season or a day written out the sentence before, years back,
        when an English day without its year follows in the past: "in the winter of 1944, … When
        the Germans demanded their surrender on Dec. 22" (the story's year, not the December
        before the document date)."""
        if (
            point.day is None
            or last is None
            or last.point.year is None
            or last.point.gran not in ("season", "month", "day")
            or self.dct is None
            or self.dct.year is None
            or self.dct.year - last.point.year < 10
            or self._start_of(last.id) < self._sentence_start(start, 1)
            # (the time of a clause, not a date inside a noun: "the drop of Oct. 19, 1987")
            or not _AT_TIME_BEFORE.search(
                self.text, max(0, self._start_of(last.id) - 10), self._start_of(last.id)
            )
            or self._tense(start, start) != -1
        ):
            return None
        return last

    def _years_ago_today(self, amount: int) -> _Result:
        today = first_day(self.dct) if self.dct is not None else None
        if today is None:
            return _Result(None)
        try:
            then = today.replace(year=today.year + amount)
        except ValueError:  # 29 February
            then = today.replace(year=today.year + amount, day=28)
        return _Result(format_value(Point("day", then.year, then.month, then.day)), "dct")

    def _past_the_dct(self, day: Point) -> bool:
        """Whether ``day`` is after the document date's day."""
        first, today = first_day(day), first_day(self.dct) if self.dct is not None else None
        return first is not None and today is not None and first > today

    def _since_date(self, index: int) -> bool:
        """Whether the date ``index`` is the start of a length up to now ("since Nov. 1")."""
        at = self._start_of(index)
        return _SINCE_BEFORE.search(self.text, max(0, at - 12), at) is not None

    def _years_ago_frame(self, start: int, point: Point) -> bool:
        """Whether the day at ``start`` is a past years away that its sentence opens with ("Il y
        a 80 ans, le 6 juin 1944, …", "Fifty years ago, on July 20, 1969, …"): a memory, and
        the story stays on its own day."""
        if self.dct is None or point.year is None or self.dct.year is None:
            return False
        if self.dct.year - point.year < 2:
            return False
        return _YEARS_AGO_OPENS.match(self.text, self._sentence_start(start, 0)) is not None

    def _target_ahead(self, index: int, point: Point) -> bool:
        """Whether the date ``index`` (``point``) is a deadline in a later year than the document
        date's ("by 2010", "d'ici 2030")."""
        at = self._start_of(index)
        return (
            self.dct is not None
            and self.dct.year is not None
            and point.year is not None
            and point.year > self.dct.year
            and _DEADLINE_BEFORE.search(self.text, max(0, at - 12), at) is not None
        )

    def _fiscal_first_year(self, named: int, point: Point, verb: str) -> int:
        """The year of the first day ``point`` of the fiscal year ``named``: the one before,
        as a fiscal year is mostly named by the year it ends in ("fiscal 1990, which began Oct.
        1"), unless the document date tells which ("fiscal 2000, which begins April 1", written
        in March 2000, in Japan, where it is named by the year it begins in; "fiscal 1999,
        which begins April 1", written in January 1998): of the two, the one on the side of
        the document date the verb tells of, the nearer."""
        dct = first_day(self.dct) if self.dct is not None else None
        if dct is None or point.month is None or abs(named - dct.year) > 1:
            return named - 1
        past = re.search(r"\b(?:began|started)\b", verb, re.IGNORECASE) is not None
        ahead = re.search(r"\b(?:begins|starts)\b", verb, re.IGNORECASE) is not None
        days = []
        for year in (named - 1, named):
            try:
                day = dt.date(year, point.month, point.day or 1)
            except ValueError:
                continue
            if (past and day > dct) or (ahead and day < dct):
                continue
            days.append((abs((day - dct).days), year))
        return min(days)[1] if days else named - 1

    def _fiscal_year_begun(self, start: int, end: int) -> _Result | None:
        """ "the fiscal year that begins July 1", written in June 2001: the fiscal year 2002, a
        fiscal year being named by the calendar year it ends in (one from April, as in Japan, by
        the year it begins in); its first day is the next one ("begins") or the last one
        ("began") of that date."""
        if self.dct is None or self.dct.year is None or self.dct.month is None:
            return None
        if not _FISCAL.search(self.text, start, end):
            return None
        found = _FISCAL_YEAR_BEGINS.match(self.text, end)
        if found is None:
            return None
        key = found["mon"].lower()
        month = EN.months.get(key) or EN.month_abbrevs.get(key)
        if month is None or month == 1:
            return None  # (a fiscal year from January is the calendar year)
        day = int(found["day"])
        begun = found["verb"].lower() in ("began", "started")
        ahead = (month, day) > (self.dct.month, self.dct.day or 1)
        if begun:
            first_year = self.dct.year - 1 if ahead else self.dct.year
        else:
            first_year = self.dct.year if ahead else self.dct.year + 1
        # (one that begins in April, Japan's, is named by the year it begins in)
        return _Result(str(first_year if month == 4 else first_year + 1), "dct")

    def _told_month(self, start: int) -> _Result:
        """ "Housing starts fell 4% in March… Permits fell 2% during the month": the month the
        last sentences gave; else the month before the document date's, the one a monthly
        figure is about."""
        period = self.last_period
        if (
            period is not None
            and period.point.month is not None
            and period.point.year is not None
            and period.end >= self._sentence_start(start, back=2)
            # (not the month a figure is compared with: "compared with 70.1% in August 1989")
            and not _COMPARED_BEFORE.search(
                self.text, max(0, self._start_of(period.id) - 40), self._start_of(period.id)
            )
        ):
            month = truncate(period.point, "month")
            if month is not None:
                return _Result(format_value(month), "previous", period.id)
        if self.dct is None:
            return _Result(None)
        last = _count(self.dct, "M", -1)
        return _Result(format_value(last) if last else None, "dct")

    def _last_reported(self, spec: Spec, start: int) -> _Result | None:
        """ "the year-ago quarter" with no quarter told near it: the quarter a company last
        reported on (the one before the document date's), a year before; "the year-earlier
        month", the month before the document date's, a year before."""
        if spec.same_period != "named" or self.dct is None or spec.amount is None:
            return None
        last = _count(self.dct, "M" if _MONTH_PHRASE.match(self.text, start) else "Q", -1)
        if last is None or last.year is None:
            return None
        return _Result(format_value(replace(last, year=_year_of(spec, last.year))), "dct")

    def _sentence_start(self, position: int, back: int) -> int:
        """Where the sentence ``back`` sentences before the one at ``position`` starts."""
        i = bisect.bisect_right(self._starts, position) - 1
        if i < 0:
            return max(0, position - CLOSE)
        return self.sentences[max(0, i - back)][0]

    def _absolute(self, spec: Spec, start: int, end: int) -> _Result:
        point = spec.point
        assert point is not None
        # without its year a holiday counted from a day ("Election Day", from 2 November) is
        # only its month
        unknown = replace(point, gran="month", day=None) if spec.unit == "nth" else point
        if point.year is not None and spec.unit in ("easter", "nth"):  # "Easter 1916"
            day = _holiday(spec, point.year)
            return _Result(format_value(_weekend_of(day, spec) if day else unknown), "explicit")
        if point.year is not None:
            return _Result(format_value(_weekend_of(point, spec)), "explicit")
        if _EVERY_YEAR_BEFORE.search(self.text, max(0, start - 24), start):
            return _Result(format_value(unknown), "underspecified")  # "chaque année le 21 juin"
        restated = self.last
        if (
            restated is not None
            and point.day is not None
            and (restated.point.month, restated.point.day) == (point.month, point.day)
            and restated.point.year is not None
            and _APPOSITION_GAP.fullmatch(self.text, restated.end, start)
        ):  # "interpellé le surlendemain, le 19 septembre": the day just counted, restated
            dated = replace(point, year=restated.point.year)
            return _Result(format_value(dated), "previous", restated.id)
        if (
            restated is not None
            and spec.direction is None
            and restated.point.gran == "year"
            and restated.point.year is not None
            and _YEAR_APPOSED_GAP.fullmatch(self.text, restated.end, start)
        ):  # "d'ajouter l'an prochain, début juillet, une journée": the year just given, even
            dated = replace(point, year=restated.point.year)  # counted ("next year, in July")
            if spec.unit in ("easter", "nth"):  # "l'an prochain, la première semaine d'août"
                dated = _holiday(spec, restated.point.year) or dated
            return _Result(format_value(_weekend_of(dated, spec)), "previous", restated.id)
        told = self._same_day_told(point, start) if spec.direction is None else None
        if told is not None:  # "retrouvée morte dans la soirée du 11 octobre 2005 … passé la
            # soirée du 11 octobre avec elle": the day the text gave in full, told again
            dated = replace(point, year=told.point.year)
            return _Result(format_value(_weekend_of(dated, spec)), "previous", told.id)
        if self.dct is None:
            near = self._year_source(point, start)
        elif spec.direction is None:
            near = self._same_sentence_year(start, point.month) or self._flashback_year(
                point, start
            )
        else:
            near = None  # "le 6 mai dernier", "juin prochain": counted from the document date
        if near is not None:
            year, anchor, anchor_id = near.point.year, "previous", near.id
            if (
                year is not None
                and point.month is not None
                and near.point.month is not None
                and point.month < near.point.month
                and _RANGE_GAP.fullmatch(self.text, near.end, start)
            ):  # "between July 1995 and January", "de juillet 2015 à janvier": the next year's
                year += 1
            began = _BEGAN_BETWEEN.fullmatch(self.text, near.end, start)
            if (
                year is not None
                and (point.month or 1) > 1
                and began is not None
                and _FISCAL.match(self.text, self._start_of(near.id))
            ):  # "fiscal 1990, which began Oct. 1": a fiscal year is named by the year it ends
                year = self._fiscal_first_year(year, point, began.group())
        elif self.dct is not None:
            meant_for = (
                point.gran == "season"
                and _MEANT_FOR_BEFORE.search(self.text, max(0, start - 10), start) is not None
                and self._tense(start, end) != -1
            )  # "les réservations pour l'été": the coming one (not "rented it for the summer")
            if (
                spec.direction is None
                and point.gran == "season"
                and not meant_for
                and not _SINCE_BEFORE.search(self.text, max(0, start - 12), start)
                # ("réclament la prolongation du chômage partiel jusqu'à l'été": the coming one)
                and not _UNTIL_FR.search(self.text, max(0, start - 14), start)
                # ("We don't see it easing before the spring")
                and not _UNTIL_BEFORE.search(self.text, max(0, start - 20), start)
                and not _BEFORE_WORD.search(self.text, max(0, start - 8), start)
                and (
                    self._habitual(start)
                    or _LIKE_BEFORE.search(self.text, max(0, start - 12), start)
                )
            ):
                return _Result(format_value(unknown), "underspecified")  # "en été, la demande…"
            month = point.month or start_month(point)
            day_of_month = point.day
            if spec.unit in ("easter", "nth") and self.dct.year is not None:
                this_year = _holiday(spec, self.dct.year)  # "la Pentecôte" in early June: the
                if this_year is not None and this_year.month is not None:  # coming one, its
                    month, day_of_month = this_year.month, this_year.day  # day this year
            direction = 1 if meant_for and spec.direction is None else spec.direction
            cued = False
            if direction is None and self.english:
                if _FROM_NOW_BEFORE.search(self.text, max(0, start - 25), start):
                    direction, cued = 1, True
                elif (
                    _BEGINNING_IN_BEFORE.search(self.text, max(0, start - 25), start)
                    and self._tense(start, end) != -1
                ):  # "to freeze consumption beginning in July"
                    direction, cued = 1, True
                elif _RETROACTIVE_BEFORE.search(self.text, max(0, start - 20), start):
                    direction, cued = -1, True
                elif _MOVED_TO_EN.search(self.text, max(0, start - 70), start):
                    direction, cued = 1, True  # "have been moved up to early summer"
            if (
                direction is None
                and self.english
                and _PLAN_IN_THE_PAST.search(self.text, self._sentence_start(start, 0), start)
            ):  # "had been scheduled to lift off in May", written in June: the May just past
                direction, cued = 0, True
            if (
                direction is None
                and self.english
                and point.gran == "month"
                and self.dct.month is not None
                and min((month - self.dct.month) % 12, (self.dct.month - month) % 12) <= 2
                and self.text.endswith("the ", max(0, start - 4), start)
                and _NOUN_AFTER_MONTH.match(self.text, end)
            ):  # "The minutes of the July meeting are due out Friday", in August: the July
                direction = 0  # just past, a noun's month, whatever the tense of the clause
                # (not "the October slaying" in April: the tense tells)
            if (
                direction is None
                and self.english
                and point.gran in ("month", "day")
                and self.dct.month is not None
                and (month - self.dct.month) % 12 in (1, 2)
                and _MEANT_FOR_BEFORE.search(self.text, max(0, start - 6), start)
            ):  # "bookings for April had already fallen", written in March: the April a
                # month or two ahead, whatever the telling's tense
                direction = 1
            if (
                direction is None
                and self.english
                and _UNTIL_BEFORE.search(self.text, max(0, start - 12), start)
            ):
                # "extended the offer until Nov. 9": a deadline, the nearest whatever the tense of
                # the telling, unless the clause looks ahead ("is expected by June" in October;
                # "must deliver the totals by Dec. 31" in March: this year's, however far)
                direction = 1 if self._tense(start, end) == 1 else 0
                cued = direction == 1 and not _PAST_DIRECTIVE.search(
                    self.text, self._sentence_start(start, 0), start
                )  # (not "mailed letters and asked students to reply by May 1": then)
            if (
                direction is None
                and not self.english
                and point.gran == "month"
                and self.dct.month is not None
                and (month - self.dct.month) % 12 in (1, 2)
                and _FROM_FR.search(self.text, max(0, start - 14), start)
            ):  # "a proposé lundi une hausse à partir de novembre", in October: the November a
                direction = 1  # month or two ahead, whatever the telling's tense
            if (
                direction is None
                and not self.english
                and _UNTIL_FR.search(self.text, max(0, start - 14), start)
                and (
                    self._tense(start, end) != -1
                    # (the past verb after the date too: "Les campings, pleins dès juillet, ont
                    # accueilli…")
                    or not _HAD_DONE.search(self._sentence(start))
                    or _CONDITIONAL.search(self._sentence(start))
                )
            ):
                # "la rue est fermée jusqu'à la Toussaint", "à partir du 1er septembre", "serait
                # entendu d'ici à la mi-octobre": the next one (not "a duré jusqu'en mars",
                # "était fermée jusqu'à Noël")
                direction = 1
            if (
                direction is None
                and not self.english
                and day_of_month is not None
                and _MOVED_TO.search(self.text, max(0, start - 70), start)
            ):  # "Le procès, renvoyé au 4 novembre, …" written in March: the day it was put
                # off to, still ahead whatever the tense of the telling, unless what follows
                # tells it as done ("reporté au 4 mars, le concert a attiré…": the nearest)
                span = self._sentence_span(start)
                after = self.text[end : span[1] if span else end + 150]
                lead = self.text[span[0] if span else max(0, start - 150) : start]
                # (nor "la décision avait été mise en délibéré au 9 janvier": a pluperfect)
                told_done = _HAD_DONE.search(after) or _PLUPERFECT.search(lead)
                direction = 0 if told_done else 1
            if (
                direction is None
                and not self.english
                and day_of_month is not None  # (a feast's too: "annoncé pour le lundi de
                and (
                    _FOR_DAY_BEFORE.search(self.text, max(0, start - 16), start)  # Pentecôte")
                    # "avant le premier tour des élections municipales, le 23 mars": the day of
                    # an event named just before, the nearest
                    or _EVENT_THEN_DAY.search(self.text, max(0, start - 60), start)
                )
            ):
                # "a convoqué des élections pour le 17 juin": the nearest 17 June, whatever
                # the tense of the telling (the next one in a clause about the future, not in a
                # past infinitive's: "s'affronteront dimanche, après être arrivés en tête du
                # premier tour, le 22 avril")
                ahead = self._tense(start, end) == 1 and not _AFTER_HAVING_DONE.search(
                    self.text, max(0, start - 90), start
                )
                direction = 1 if ahead else 0
            if (
                direction is None
                and self.english
                and self.dct.month is not None
                and _DELIVERY_AFTER.match(self.text, end)
            ):  # "gold for December delivery", "the March contract": a month of the market ahead
                direction = 0 if month == self.dct.month else 1
            if direction is None and _ORIGINALLY_SET_BEFORE.search(
                self.text, max(0, start - 40), start
            ):  # "Le match, initialement prévu le 28 mars, a été reporté": the day it was set
                direction = 0  # for, the nearest whatever the telling's tense
            if direction is None:  # "depuis mars" written in October: the March just past
                direction = self._tense(start, end) or 0
            if spec.direction == 0 or point.gran in ("quarter", "half"):
                year = self.dct.year  # "third-quarter results": the quarters of this year
                if (
                    point.gran in ("quarter", "half")
                    and year is not None
                    and self.dct.month is not None
                    # (a half still running: "Au premier semestre, les ventes ont reculé"
                    # written in March is last year's first half)
                    and start_month(point) + (5 if point.gran == "half" else 0) > self.dct.month
                    and (
                        self._tense(start, end) == -1
                        or (
                            start_month(point) >= self.dct.month + 6
                            and _RESULTS_NEAR.search(
                                self.text, start, min(len(self.text), end + 24)
                            )
                        )
                    )
                ):  # "Au quatrième trimestre, le PIB a reculé", written in March: last year's;
                    year -= 1  # so are "fourth-quarter results" due in February
                elif (
                    point.gran in ("quarter", "half")
                    and year is not None
                    and self.dct.month is not None
                    and start_month(point) + (5 if point.gran == "half" else 2) + 3 < self.dct.month
                    and self._tense(start, end) == 1
                ):  # "growth will slow in the first quarter", written in December: next year's
                    year += 1
            else:
                year = nearest_year(self.dct, month, day_of_month, direction)
                if (
                    point.gran == "season"
                    and direction == 1
                    and self.dct.month is not None
                    and month <= self.dct.month < month + 3
                ):  # "jusqu'à la fin de l'été" written in July: this summer's
                    year = self.dct.year
                if (
                    (self.english or point.gran == "season")
                    and year is not None
                    and spec.value != "figures"
                    and _this_month(self.dct, point, year)
                ):  # "last March" written in March, "l'été dernier" in June: a year ago
                    year += spec.direction or 0
                since = _SINCE_BEFORE.search(self.text, max(0, start - 12), start)
                if (
                    self.english
                    and year is not None
                    and spec.direction is None
                    and not (since or cued)
                ):
                    # "The company was sold on Dec. 2" written in October: a past verb with the
                    # date its own keeps it in the past unless it is only days ahead
                    lead = self.text[self._sentence_start(start, 0) : start]
                    framed = self._opening_frame_past(lead, end)
                    reach = (
                        _SOON
                        if framed or past_governs(lead) or past_follows(self.text, end)
                        else _NEAR
                    )
                    if not _THIS_YEAR.search(lead):  # "Early this year, it reported … on
                        # Jan. 26": the text says which year, whatever the distance
                        year = _plausible_year(self.dct, month, point.day, year, reach)
            if (
                year is not None
                and spec.direction is None
                and self.dct.year is not None
                and _WHEN_LAST_YEAR.search(self.text, self._sentence_start(start, 0), start)
            ):  # "plus abondante que l'an dernier, quand la grêle avait tout détruit le 24
                year = self.dct.year - 1  # mai": that year's May
            framing = self._opening_year(start) if spec.direction is None else None
            if year is not None and framing is not None:  # "Cette année-là, entre janvier et
                year = framing  # octobre", "L'an dernier, en mai": the year the clause opens on
            anchor, anchor_id = "dct", None
        else:
            return _Result(format_value(unknown), "underspecified")
        if year is None:
            return _Result(format_value(unknown), "underspecified")
        if spec.unit in ("easter", "nth"):  # "le lundi de Pâques", "Thanksgiving"
            day = _holiday(spec, year)
            if day is None:
                return _Result(format_value(unknown), "underspecified")
            return _Result(format_value(_weekend_of(day, spec)), anchor, anchor_id)  # type: ignore[arg-type]
        year = _weekday_year(year, point, spec.weekday)
        dated = _weekend_of(replace(point, year=year), spec)
        return _Result(format_value(dated), anchor, anchor_id)  # type: ignore[arg-type]

    def _same_sentence_year(self, start: int, month: int | None = None) -> _Seen | None:
        """With a document date, a date without its year borrows one only from a date written
        in full earlier in the same sentence ("en février 2024, … en juin"), never from a date
        computed from another, nor from a quarter or a half the date lies outside ("its 1988
        fourth-quarter results on Jan. 26": reported the next year)."""
        seen = self.last_explicit
        sentence = self._sentence_span(start)
        if seen is None or sentence is None or seen.end < sentence[0]:
            return None
        later = self.last_counted_from
        if later is not None and later.end > seen.end and later.point.year != seen.point.year:
            return None  # "began in June 1996, but joined in September of last year, after the
            # cease-fire in July": a year told since (the last year's July, by the tense)
        if (
            _ASIDE_OPEN.search(self.text, sentence[0], self._start_of(seen.id))
            and "," in (self.text[seen.end : start])
        ):  # "the recession, which began in the summer of 1990, appears to be easing, but
            return None  # Democrats pointed to September figures": an aside's year, closed
        if month is not None and seen.point.gran in ("quarter", "half"):
            first = start_month(seen.point)
            if not first <= month < first + (3 if seen.point.gran == "quarter" else 6):
                return None
        if (
            seen.point.gran == "year"
            and not self._frames(sentence[0], seen)
            and not _ENDED_BETWEEN.fullmatch(self.text, seen.end, start)
            and not _YEAR_THEN_DAY.fullmatch(self.text, seen.end, start)  # "in 1989, on Dec. 24"
            # "the mistakes of 1988, when Dukakis led by 17 points in the summer"
            and not _WHEN_AFTER_YEAR.fullmatch(self.text, seen.end, start)
            and not (
                _IN_YEAR_BEFORE.search(
                    self.text, max(0, self._start_of(seen.id) - 4), self._start_of(seen.id)
                )
                and _SAME_CLAUSE_GAP.fullmatch(self.text, seen.end, start)
            )
        ):  # (but "se sont rencontrés en 1966 au bal de la Saint-Jean": one clause, one year)
            return None  # "The company, founded in 1985, reported a loss on Oct. 5" (not "fiscal
            # 1988, which ended Sept. 30": the end of that year)
        if (
            self.dct is not None
            and seen.point.year is not None
            and self.dct.year is not None
            and seen.point.year < self.dct.year
            and self._tense(start, start) == 1
        ):
            return None  # "closed since 1987, the plant will reopen in the spring": ahead
        if (
            self.dct is not None
            and seen.point.year is not None
            and self.dct.year is not None
            and seen.point.year > self.dct.year
            and (
                _SINCE_BEFORE.search(self.text, max(0, start - 12), start)
                or self._tense(start, start) == -1
            )
        ):
            return None  # "which takes effect Oct. 1, 1989, removes a doubt there since spring"
        return seen

    def _opening_year(self, start: int) -> int | None:
        """The year a year that opens the sentence of ``start``, then a comma, gives ("Cette
        année-là, …", "L'an dernier, …", "Last year, …")."""
        if self.opening_year is None:
            return None
        opened, year = self.opening_year
        return year if self._sentence_start(start, 0) == opened else None

    def _frames(self, sentence_start: int, seen: _Seen) -> bool:
        """Whether the bare year ``seen`` sets the time of its sentence: it opens it ("En 2008, il
        signe le 14 novembre", "In 1995 the firm moved in March") rather than qualifying a thing
        ("L'entreprise, fondée en 1985, …", "notes due 2005", "the first Games since 1996")."""
        lead = self.text[sentence_start : self._start_of(seen.id)]
        if _OFFSET_THEN_YEAR.fullmatch(lead):
            return True  # "Vingt ans plus tard, en 2009, elle donnait un concert le 14 novembre"
        if len(lead.split()) > 3 or "," in lead or _YEAR_OF_THING.search(lead):
            return False
        # "In 1995, …", "En 2008 il …"; not "The 2002 World Cup", "The company's 1987 sales"
        return not lead.strip() or _FRAMING_WORD.search(lead) is not None

    def _year_source(self, point: Point, start: int) -> _Seen | None:
        """The date whose year a date without one takes: the last one of the same month when it
        is not far ("du 18 au 26 mars 1865 … le 24 mars" even after a digression on 1825), else
        the last one with a year."""
        same_month = self.last_in_month.get(point.month) if point.month else None
        reach = CLOSE if self.dct is not None else 10 * CLOSE
        if same_month is not None and start - same_month.end <= reach:
            return same_month
        return self.last_year

    def _counted(
        self, spec: Spec, ref: tuple[Point, Anchor, int | None] | None, start: int
    ) -> _Result:
        if ref is None:
            return _Result("PRESENT_REF" if spec.amount == 0 and spec.unit == "D" else None,
                           "underspecified")  # fmt: skip
        point, anchor, anchor_id = ref
        if spec.amount is None or spec.unit is None:
            return _Result(None, anchor, anchor_id)
        amount = spec.amount
        if spec.unit == "WE" and amount == 0 and anchor == "dct" and self.dct is not None:
            past = self._tense(start, start) == -1 and not _FUTURE.search(self._sentence(start))
            if (
                _DEADLINE_BEFORE.search(self.text, max(0, start - 10), start)
                or (
                    not self.english
                    and _MEANT_FOR_BEFORE.search(self.text, max(0, start - 6), start)
                )
                or _SCHEDULED_RIGHT_BEFORE.search(self.text, max(0, start - 16), start)
            ):  # "could become a hurricane by the weekend, forecasters said", "la grève est
                past = False  # reconduite pour le week-end", "un salon prévu ce week-end"
            amount = _this_weekend(self.dct, past)
        moved = _count(point, spec.unit, amount)
        if moved is None:
            return _Result(None, anchor, anchor_id)
        if spec.point is not None and moved.gran == "year" and spec.point.gran in _PART_OF_YEAR:
            # "June last year", "the fourth quarter of last year", "next year's first half"
            moved = replace(moved, gran=spec.point.gran, month=spec.point.month,
                            code=spec.point.code)  # fmt: skip
        elif spec.point is not None and moved.gran == "year" and spec.point.gran == "day":
            moved = replace(moved, gran="day", month=spec.point.month, day=spec.point.day)
            valid = first_day(moved) is not None  # "December 20 last year"; not "Feb. 29"
            return _Result(format_value(moved) if valid else None, anchor, anchor_id)
        elif spec.point is not None and moved.gran == "month" and spec.point.gran == "day":
            moved = replace(moved, gran="day", day=spec.point.day)  # "the first of next month"
            valid = first_day(moved) is not None  # not "the 31st of next month" in March
            return _Result(format_value(moved) if valid else None, anchor, anchor_id)
        return _Result(format_value(_with_time(moved, spec.point)), anchor, anchor_id)

    @staticmethod
    def _hours_from(spec: Spec, ref: tuple[Point, Anchor, int | None] | None) -> _Result:
        """Hours or minutes counted from the last day or time the text gave: from a time, that
        time moved ("at 10:15 a.m. … eight hours later": 18:15); from a day, or a few hours
        ("quelques heures plus tôt"), the day they fall on (the hour is not known)."""
        if ref is None:
            return _Result(None, "underspecified")
        point, anchor, anchor_id = ref
        amount = spec.amount
        if amount is not None and point.gran == "time" and point.hour is not None:
            moved = shift(point, spec.unit or "H", amount)
            if moved is not None:
                return _Result(format_value(moved), anchor, anchor_id)
        day = truncate(point, "day") if point.rank >= _DAY_RANK else None
        if day is not None and amount is not None:
            hours = amount if spec.unit == "H" else amount / 60
            day = shift(day, "D", int(hours / 24)) if abs(hours) >= 24 else day
        if day is None:
            return _Result(None, anchor, anchor_id)
        return _Result(format_value(day), anchor, anchor_id)

    def _weekday(self, spec: Spec, start: int, end: int) -> _Result:
        assert spec.weekday is not None
        direction = spec.direction
        if direction is None and spec.amount is None and self._weekly(start, end):
            # "Du lundi au vendredi, le musée est ouvert": every such day, no one date
            return _Result(f"XXXX-WXX-{spec.weekday + 1}", "underspecified")
        if direction in (2, -2):  # "le lundi suivant": from the last day the text gave
            ref = self._firm("D")
            direction = direction // 2
        elif spec.unit == "previous":  # "ce même lundi": the week of the previous date
            ref = self._previous_or_dct(prefer_dct=False)
        else:
            ref = self._previous_or_dct(prefer_dct=True)
        if ref is None:
            return _Result(None, "underspecified")
        point, anchor, anchor_id = ref
        ahead = (
            self._after_weekday_ahead(spec.weekday, start)
            if direction is None and spec.amount is None
            else None
        )
        if ahead is not None:  # "late Tuesday or early Wednesday", both ahead: the Wednesday after
            return _Result(format_value(_with_time(ahead[0], spec.point)), "previous", ahead[1])
        if direction is None and anchor == "dct" and spec.unit != "previous":
            own = first_day(point)
            if own is not None and own.weekday() == spec.weekday and spec.amount is None:
                # "vendredi" in an article dated on a Friday: that very day
                return _Result(format_value(_with_time(point, spec.point)), anchor, anchor_id)
            if (
                own is not None
                and spec.amount is None
                and spec.point is not None
                and spec.point.code == "NI"
                and (spec.weekday + 1) % 7 == own.weekday()
                # (not "the prize a jury will award Monday night", written on a Tuesday)
                and not (self.english and self._tense(start, end) == 1)
            ):  # "la nuit de vendredi à samedi" in an article dated on a Saturday: the night
                day = weekday_near(point, spec.weekday, -1)  # that has just ended
                if day is not None:
                    return _Result(format_value(_with_time(day, spec.point)), anchor, anchor_id)
        if (
            direction is None
            and self.english
            and (self._deadline(start) or self._by_deadline(start))
        ):
            direction = 1  # "gave the family until Tuesday": a deadline ahead
        if (
            direction is None
            and self.english
            and _NO_EARLIER_BEFORE.search(self.text, max(0, start - 20), start)
        ):  # "reset it for no earlier than Thursday": ahead
            direction = 1
        if (
            direction is None
            and self.english
            and anchor == "dct"
            and _EVENT_FOR_BEFORE.search(self.text, max(0, start - 40), start)
            and not self._told_with_had(start)
        ):  # "called a general strike for Friday": the day it is set for, ahead
            direction = 1
        if (
            direction is None
            and anchor == "dct"
            and _EFFECTIVE_BEFORE.search(self.text, max(0, start - 16), start)
        ):  # "raised their rates, effective Wednesday": the day the change takes, the nearer
            direction = _nearer_side(point, spec.weekday)  # one whatever the telling's tense
        if (
            direction is None
            and not self.english
            and _UNTIL_FR.search(self.text, max(0, start - 14), start)
            and (
                self._tense(start, end) != -1
                or _BY_THEN_FR.search(self.text, max(0, start - 14), start)  # "d'ici lundi"
                or _ASKED_TO_DO.search(self.text, max(0, start - 80), start)
                or _CONDITIONAL.search(self._sentence(start))
                or _STATE_UNTIL.search(self.text, max(0, start - 60), start)
                or _MEASURE_FROM.search(self.text, max(0, start - 160), start)
            )
        ):
            # "en grève jusqu'à vendredi", "à partir de lundi", "a appelé les habitants à
            # limiter leurs déplacements jusqu'à samedi", "serait évacué à partir de samedi"
            # (not "a duré jusqu'à vendredi")
            direction = 1
        if (
            direction is None
            and self.english
            and (
                (
                    _DECLARED_BEFORE.search(self.text, max(0, start - 16), start)
                    and _DAY_OF_AFTER.match(self.text, end)
                )
                or _PREDICTED_BEFORE.search(self.text, max(0, start - 40), start)
            )
        ):  # "declared Saturday a national day of mourning", "predicted snow Monday night"
            direction = 1
        if direction is None and (
            _MOVED_TO.search(self.text, max(0, start - 70), start)
            or _CANCELLED_BEFORE.search(self.text, max(0, start - 70), start)
        ):  # "la réunion a été reportée à jeudi", "postponed until Monday", "a ordonné
            direction = 1  # l'annulation de toutes les manifestations sportives samedi"
        if (
            direction is None
            and anchor == "dct"
            and (
                _ORIGINALLY_SET_BEFORE.search(self.text, max(0, start - 40), start)
                or (
                    self.english
                    and _PLAN_IN_THE_PAST.search(self.text, self._sentence_start(start, 0), start)
                )
            )
        ):  # "Le lancement, initialement prévu mardi, a été reporté": the day it was set for,
            direction = _nearer_side(point, spec.weekday)  # the nearer side of the document date
        following = (
            self._day_after_far_day(spec.weekday, start)
            if direction is None and spec.amount is None and not self.english
            else None
        )
        if following is not None:  # "… samedi 15 juillet à 21 heures. Dimanche, …": the
            day, day_id = following  # next day of a programme weeks ahead, not this Sunday
            return _Result(format_value(_with_time(day, spec.point)), "previous", day_id)
        awaited = (
            _AHEAD_BEFORE.search(self.text, max(0, start - 30), start)
            if direction is None and self.english
            else None
        )
        if awaited is not None and (
            not awaited.group().lower().startswith(("beginning", "starting"))
            or deadline_ahead(self.text[self._sentence_start(start, 0) : awaited.start()])
        ):  # "shares fell ahead of Tuesday's vote": what is awaited is ahead; "declared a
            # period of mourning beginning Saturday" too, not "Voting took place over three
            # days, beginning Thursday" (a past of its own)
            direction = 1
        if direction is None and self.english and _POSSESSIVE_AFTER.match(self.text, end):
            # "would appeal Wednesday's ruling": an event the news reports; unless the event
            # opens a sentence told ahead ("Monday's hearing will decide the boy's fate")
            # or follows a preposition in a clause told ahead ("will vote at Monday's meeting",
            # "will appear in Tuesday's edition"; "will appeal Wednesday's ruling" is past)
            lead = self.text[self._sentence_start(start, 0) : start]
            opens = not lead.strip() or _REPORTED_CLAUSE_OPENS.search(lead) is not None
            led = _EVENT_PREPOSITION.search(self.text, max(0, start - 12), start) is not None
            direction = 1 if (opens or led) and self._tense(start, end) == 1 else -1
            if (
                _BEFORE_EVENT.search(self.text, max(0, start - 12), start)
                and _SCHEDULED_EVENT_AFTER.match(self.text, end)
                and not self._told_with_had(start)
            ):  # "as campaigning drew to a close before Monday's election": still to come
                direction = 1  # (not "before Friday's purchases": what was done then)
        if direction is None:
            tense = self._tense(start, end)
            if self.english and self._condition(start):
                tense = 1  # "If the number comes in weak on Friday morning, …"
            if self.english:  # news: "In its Sunday edition", "the Friday explosions"
                direction = -1 if tense is None else tense or -1
            elif anchor == "dct" and self._in_the_title(start) and tense != 1:
                # "Paris frappé par une série d'attentats vendredi soir", over an article of
                # Saturday: a headline tells the news, the day nearer the document date
                direction = _nearer_side(point, spec.weekday)
            elif tense == 0 and self._told_ahead_from_past(start):
                # "Il devait se poser à Roissy lundi", written on a Tuesday: the Monday just
                # gone, the nearer side of the document date
                direction = _nearer_side(point, spec.weekday)
            else:  # a French present tells what comes: "Le club reçoit Brest dimanche"
                direction = 1 if tense is None else tense or 1
        if spec.amount is not None:  # "jeudi 12": the nearest Thursday that is a 12th
            day = _weekday_numbered(point, spec.weekday, spec.amount, direction)
        else:
            day = weekday_near(point, spec.weekday, direction)
        if day is None:
            return _Result(None, anchor, anchor_id)
        return _Result(format_value(_with_time(day, spec.point)), anchor, anchor_id)

    def _on_the_dct_day(self, seen: _Seen) -> bool:
        today = first_day(self.dct) if self.dct is not None else None
        return today is not None and first_day(seen.point) == today

    def _part_of_day_for(self, time: Point | None) -> _Seen | None:
        """The last evening, night, morning or afternoon of a day before the document date's
        that the story told and whose hours hold ``time``."""
        if time is None or time.hour is None or self.dct is None:
            return None
        today = first_day(self.dct)
        for seen in reversed(self.firm):
            point = seen.point
            day = first_day(point)
            if point.gran != "pod" or day is None or today is None or day >= today:
                continue
            if time.hour in _HOURS_OF.get(point.code or "", ()):
                return seen
        return None

    def _in_the_title(self, start: int) -> bool:
        """Whether ``start`` is in the text's first line, a title over a body of paragraphs."""
        first_break = self.text.find("\n\n")
        return 0 <= start < first_break and "\n" not in self.text[:start]

    def _day_after_far_day(self, weekday: int, start: int) -> tuple[Point, int] | None:
        """A weekday that opens its sentence right after a sentence giving a day more than a
        week from the document date ("Le festival s'ouvrira vendredi 14 juillet. … samedi 15
        juillet à 21 heures. Dimanche, place aux familles"): the first such day from that one,
        in the story's week, not the one near the document date."""
        last = self.last
        if last is None or self.dct is None or last.point.rank < _DAY_RANK:
            return None
        told, today = first_day(last.point), first_day(self.dct)
        if told is None or today is None or abs((told - today).days) <= 7:
            return None
        if (today - told).days > 60:
            return None  # "… qualifié le 21 avril 2002. Dimanche, le candidat a réuni…": a
            # flashback, after which the story is back to its own week
        if not _OPENS_CLAUSE.fullmatch(self.text, self._sentence_start(start, 0), start):
            return None
        if self._start_of(last.id) < self._sentence_start(start, 1):
            return None  # (the day must be told in the sentence just before)
        if _SPAN_END_BEFORE.search(
            self.text, max(0, self._start_of(last.id) - 16), self._start_of(last.id)
        ):
            return None  # "visible jusqu'au 30 septembre. Samedi soir, un concert": the end
            # of a span, not the story's day
        if told > today and self._tense(start, start) == -1:
            return None  # "s'appliquera à partir du 1er septembre. Jeudi soir, le proviseur a
            # présenté …": a day gone by, not one of the days to come
        day = truncate(last.point, "day") or last.point
        found = day if told.weekday() == weekday else weekday_near(day, weekday, 1)
        return None if found is None else (found, last.id)

    def _after_weekday_ahead(self, weekday: int, start: int) -> tuple[Point, int] | None:
        """The day a weekday names when it is coordinated with a weekday just resolved ahead of
        the document date ("could land late Tuesday or early Wednesday", "du mardi au jeudi"):
        the first such day after that one, so the pair stays in order. A pair told in the past
        is left to the tense, which puts each day before the document date."""
        last = self.last
        if last is None or self.dct is None or start - last.end > 60:
            return None
        if _WEEKDAY_COORDINATED.fullmatch(self.text, last.end, start) is None and (
            # "notes tomorrow and $10 billion of bonds Thursday": a list of what comes
            not self.english or _LISTED_ON.fullmatch(self.text, last.end, start) is None
        ):
            return None
        if not _A_WEEKDAY.search(self.text, self._start_of(last.id), last.end):
            return None  # "until noon Friday. … between 2 a.m. and 6 a.m. Friday": a bare time
            # takes the day of the weekday it is paired with, not the reverse
        told, today = first_day(last.point), first_day(self.dct)
        if told is None or today is None or told <= today:
            return None
        day = weekday_near(last.point, weekday, 1)
        return None if day is None else (day, last.id)

    def _opening_frame_past(self, lead: str, end: int) -> bool:
        """An English date that opens its sentence as its frame, the clause after it in the past:
        "On Dec. 24, the family gathered" is the time of that past verb, as "gathered on Dec. 24"
        is (see ``past_governs``)."""
        if not _OPENING_FRAME.fullmatch(lead):
            return False
        comma = _FRAME_AFTER.match(self.text, end)
        span = self._sentence_span(end)
        if comma is None or span is None:
            return False
        clause_end = self._clause_end(_COMMA_CLAUSE, comma.end(), span[1])
        return clause_tense_en("", self.text[comma.end() : clause_end]) == -1

    def _deadline(self, start: int) -> bool:
        """ "until Tuesday" is a deadline still ahead, unless the sentence tells of it in the past
        perfect ("Until Monday, the police had not named her a witness")."""
        until = _UNTIL_WEEKDAY.search(self.text, max(0, start - 30), start)
        if until is None or _LASTED.search(self.text, max(0, until.start() - 40), until.start()):
            return False  # "the talks ran until Thursday": how long something went on, told after
        if _ACTIVE_PAST_BEFORE.search(
            self.text, max(0, until.start() - 30), until.start()
        ) and not _PUT_OFF_BEFORE.search(
            self.text, max(0, until.start() - 30), until.start()
        ):  # "the search widened through Sunday", "fires burned until early Wednesday" (not
            return False  # "was extended through Friday", "adjourned until Monday")
        return not self._told_with_had(start)

    def _told_with_had(self, start: int) -> bool:
        """The sentence at ``start`` tells in the past perfect ("had not named her")."""
        return _HAD.search(_WHO_HAD.sub(" ", self._sentence(start))) is not None

    def _condition(self, start: int) -> bool:
        """The date's clause is a condition ("if" or "unless" opens it) told in the present."""
        span = self._sentence_span(start)
        lead = _CONDITION_LEAD.search(self.text, span[0], start) if span is not None else None
        return lead is not None and clause_tense_en(lead.group(), "") in (0, None)

    def _by_deadline(self, start: int) -> bool:
        """ "Competitors were expected to match the cuts by Friday", "could reach the coast by
        Saturday night": "by" a weekday is a deadline ahead, unless the sentence opens with it
        ("But by Monday, the boy…") or tells of it in the past perfect or in a past of its own
        ("the fire was contained by Saturday")."""
        by = _BY_WEEKDAY.search(self.text, max(0, start - 12), start)
        span = self._sentence_span(start)
        if by is None or span is None:
            return False
        lead = self.text[span[0] : by.start()]
        if not re.search(r"[^\W\d_]", lead) or re.search(r"^\W*(?:but|and|yet)\W*$", lead, re.I):
            return False  # the sentence's frame
        return not self._told_with_had(start) and deadline_ahead(lead)

    def _clock(self, spec: Spec, start: int) -> _Result:
        last = self.last
        if last is not None and is_conversion(self.text, last, start):
            # "vers 1 h du matin (7 h à Paris)": the same moment in another time zone, dated
            # like the time before it; it anchors nothing (and places no event)
            day = truncate(last.point, "day")
            if day is not None and spec.point is not None:
                self._not_anchors.add(self._index)
                return _Result(format_value(_with_time(day, spec.point)), "previous", last.id)
        if (
            (
                _SLOT_BEFORE.search(self.text, max(0, start - 60), start)
                and not _ONE_BROADCAST_BEFORE.search(self.text, max(0, start - 80), start)
            )
            or self._weekly_hours(start)
            or _EVERY_DAY.search(self._sentence(start))
        ):
            # "une émission diffusée à 23 h", "ouvert du lundi au vendredi, de 10 h à 18 h": a
            # programme's slot, opening hours: no event, anchors nothing
            missing = Point("day", None)
            return _Result(format_value(_with_time(missing, spec.point)), "underspecified")
        near = self.last_day
        if near is not None and self._span_end_before(near, start):
            # "L'alerte est valable jusqu'à mardi midi. Une dépression doit atteindre les côtes
            near = None  # en fin de journée": the end of a span, not the story's day (today)
        if (
            near is not self.story_day
            and self.story_day is not None
            and not self._span_end_before(self.story_day, start)
            and not self._pluperfect(start)
            and not (near is not None and len(self.text[near.end : start].split()) <= 2)
            and not self._clock_goes_on(near, spec, start)
        ):  # (but "l'accident survenu samedi, vers 23 h 15": that day's time)
            # "Le concert a commencé samedi. [Le club avait gagné trois jours plus tôt.] Il a
            # fini à 23 h": a day told in the pluperfect is background, not the story's day
            near = self.story_day
        elif (
            self.background_day is not None
            and self.background_day is not near
            and self._pluperfect(start)
            # (in the news, a background of an earlier paragraph is over: "le 1er octobre, ils
            # s'étaient inclinés … [¶] supporters s'étaient réunis dès 8 h": the story's day; a
            # narrative's paragraphs are a line or two each)
            and (self.dct is None or self._same_paragraph(self.background_day.end, start))
        ):
            # "Le forcené, qui s'était retranché mercredi, a été interpellé jeudi. Il avait fait
            # irruption vers 10 h 15": the background's day, Wednesday
            near = self.background_day
        if (
            near is not None
            and self._ahead_of_past(near, start)
            and (
                len(self.text[near.end : start].split()) > 2
                or near.end <= self._sentence_start(start, 0)
            )
        ):  # (but "ont accepté de se retrouver demain à 9 h": that day's time)
            # "Il s'y rendra lundi. Une réplique a eu lieu à 15 h": today, or the last day the
            # story told in the past ("Au premier tour, hier, … Les deux s'affronteront dimanche
            # prochain. À 12 h, 14 % avaient voté": yesterday)
            near = self.past_day
        elif (
            near is not None
            # (English "opened as early as 4 a.m." reads ahead: not "as early as")
            and not (self.english and _AS_EARLY_AS.search(self.text, max(0, start - 40), start))
            and self._behind_of_future(near, start)
            and near.end <= self._sentence_start(start, 0)
        ):  # "Le week-end dernier, un orage … dans la nuit de samedi à dimanche. La soirée
            near = None  # d'ouverture débutera à 21 h": today's evening, not that night's
        if (
            near is not None
            and self.dct is not None
            and near.end <= self._sentence_start(start, 1)
            and _long_before(near.point, self.dct)
        ):  # "The barge broke loose on the night of Aug. 14, 1998. Since then, … Hundreds of
            near = None  # people walked across the span at noon": the story's day, back to now
        if (
            near is not None
            and self._on_the_dct_day(near)
            and near.point.gran != "time"  # (nor after "à 12 h 30" that day: "vers 17 heures")
            # (not "Ce dimanche, le départ a été donné à 12 h 30": that day's hour)
            and not (near.point.gran == "day" and near.end > self._sentence_start(start, 0))
            and self._tense(start, start) == -1
        ):
            told = self._part_of_day_for(spec.point)
            if told is not None:  # "attentats vendredi soir … revendiqués ce samedi. [¶] Les
                near = told  # explosions ont retenti vers 21 h 20": Friday evening's hour
        if near is not None and (self.dct is None or start - near.end <= 2 * CLOSE):
            day, anchor, anchor_id = near.point, "previous", near.id
            sentence = self._sentence_span(start)
            told_before = sentence is not None and near.end <= sentence[0]
            until = _UNTIL_SMALL_HOURS.search(self.text, max(0, start - 16), start)
            # ("circonscrit dans la nuit, … maîtrisé à 3 h 30": that night's small hours)
            of_a_night = near.point.gran == "pod" and near.point.code == "NI"
            # ("sortie de son lit samedi vers 23 heures, et l'eau a atteint 1,60 m vers 4 heures
            # du matin": the next clause's small hours, the night after)
            joined = _COORDINATION.search(self.text, near.end, start) is not None
            if ((told_before or until or joined) and _after_midnight(near.point, spec.point)) or (
                (
                    self._night_between(near)
                    or (of_a_night and spec.point is not None and spec.point.hour is not None)
                )
                and spec.point is not None
                and (
                    (spec.point.hour is not None and spec.point.hour < 7)
                    or (spec.point.gran == "pod" and spec.point.code == "MO")
                )
            ):
                # "Il a chaviré samedi soir. Il est rentré à 0 h 50.": Sunday (but "ce soir à
                # 0 h 10" in one breath is the evening's slot, as TimeBank dates it); "dans la
                # nuit de samedi à dimanche, vers 4 h", "…; évacués à l'aube": Sunday (not past
                # the document date's day in a past clause: "The death toll this evening
                # stands at 38. The quake hit at 4:31 in the morning")
                after = shift(truncate(day, "day") or day, "D", 1) or day
                if not (self._past_the_dct(after) and self._tense(start, start) != 1):
                    day = after
            elif (
                spec.point is not None
                and spec.point.hour is not None
                and 0 < spec.point.hour < 6
                and until
            ):  # "Vendredi, le groupe a fait danser le public jusqu'à 2 h du matin": Saturday
                day = shift(truncate(day, "day") or day, "D", 1) or day
            elif (
                self.english
                and told_before
                and near.point.gran == "time"
                and near.point.hour is not None
                and near.point.hour >= 18
                and spec.point is not None
                and spec.point.hour is not None
                and spec.point.hour < near.point.hour
                and not _EARLIER_IN_SENTENCE.search(self._sentence(start))
                # ("Polls had closed at 8"; but "By 6 a.m., it had been downgraded": by then)
                and (
                    not _PLUPERFECT.search(self._sentence(start))
                    or _BY_THEN.search(self.text, max(0, start - 4), start) is not None
                )
                and self._tense(start, start) == -1
            ):  # "The eye crossed the coast at 8:30 p.m. … At 11 a.m., Fran was a tropical
                # storm": a later sentence's earlier hour is the next day's, up to today
                after = shift(truncate(day, "day") or day, "D", 1) or day
                if not self._past_the_dct(after):
                    day = after
        elif self.dct is not None:
            day, anchor, anchor_id = self.dct, "dct", None
        else:
            missing = Point("day", None)
            return _Result(format_value(_with_time(missing, spec.point)), "underspecified")
        if (
            spec.point is not None
            and (spec.point.hour, spec.point.minute or 0) == (0, 0)
            and _SPAN_TO.search(self.text, max(0, start - 30), start)
        ):  # "between 10 p.m. and midnight", "de 22 h à minuit": the midnight that ends the day
            day = shift(truncate(day, "day") or day, "D", 1) or day
        if (
            anchor == "dct"
            and spec.point is not None
            and spec.point.hour == 24
            and self._tense(start, start) == -1
        ):  # "Le feu s'est déclaré peu avant minuit" in the morning's paper: the midnight gone
            day = shift(truncate(day, "day") or day, "D", -1) or day
        night = self._small_hours_of_night(day, spec.point, start)
        if night is not None:
            day, anchor, anchor_id = night
        found = _Result(format_value(_with_time(day, spec.point)), anchor, anchor_id)  # type: ignore[arg-type]
        return self._night_gone(found, start)

    def _small_hours_of_night(
        self, day: Point, time: Point | None, start: int
    ) -> tuple[Point, Anchor, int] | None:
        """A small hour not told ahead that would fall on the document date's day or later,
        in a story that told of a night between two days before it ("La tempête a balayé la
        Belgique dans la nuit de samedi à dimanche. … Les rafales ont atteint 126 km/h vers
        2 h 40"): that night's small hours, on its second day."""
        night = self.story_night
        if (
            night is None
            or time is None
            or time.hour is None
            or time.hour >= 7
            or self.dct is None
            or self._tense(start, start) == 1
        ):
            return None
        told, today = first_day(day), first_day(self.dct)
        after = shift(truncate(night.point, "day") or night.point, "D", 1)
        second = first_day(after) if after is not None else None
        if told is None or today is None or second is None or told < today or second >= today:
            return None
        return after, "previous", night.id  # type: ignore[return-value]

    def _night_between(self, seen: _Seen) -> bool:
        """Whether ``seen`` is written as a night between two days ("la nuit de samedi à
        dimanche", "the night of Saturday to Sunday")."""
        return (
            seen.point.gran == "pod"
            and seen.point.code == "NI"
            and bool(_NIGHT_BETWEEN.search(self.text, self._start_of(seen.id), seen.end))
        )

    def _weekly(self, start: int, end: int) -> bool:
        """A weekday of a range told as usual (see ``_usual_week``)."""
        window = max(0, start - 30)
        for found in _WEEKDAY_RANGE.finditer(self.text, window, end + 30):
            if found.start() <= start < found.end():
                return self._usual_week(found)
        return False

    def _weekly_hours(self, start: int) -> bool:
        """A time of day in a sentence that gives a working week's range of days as usual."""
        span = self._sentence_span(start)
        found = _WEEKDAY_RANGE.search(self.text, *span) if span is not None else None
        return found is not None and self._usual_week(found)

    def _usual_week(self, found: re.Match[str]) -> bool:
        """A working week's range of days ("du lundi au vendredi", "Monday through Saturday":
        five days or more, as opening hours say) in a sentence that tells of what is usual (the
        present, neither past nor future); "du vendredi au dimanche" is a festival's dates."""
        first, last = (_WEEKDAY_NUMBER[word.lower()] for word in found.groups())
        return (last - first) % 7 >= 4 and self._habitual(found.start())

    def _pluperfect(self, position: int) -> bool:
        """The sentence at ``position`` tells of what had happened before ("avait remporté",
        "had left")."""
        sentence = self._sentence(position)
        if "had" not in sentence and "vai" not in sentence and "étai" not in sentence:
            return False  # most sentences: no need for the pattern
        span = self._sentence_span(position)
        if span is not None:  # the tense of the verb told last before the date, if any: "Le
            # forcené qui s'était retranché mercredi a été interpellé jeudi": Thursday is told
            lead = self.text[span[0] : position]
            last = None
            for last in _PLUPERFECT_OR_PERFECT.finditer(lead):  # noqa: B007
                pass
            if last is not None:
                return last["perfect"] is None
            if self.english:  # else the date's own clause: "that crashed Wednesday, killing 19,
                # and said a mechanic had worked on it the day before" (Wednesday is told)
                c_start = self._clause_start(_CLAUSE_BREAK, span[0], position)
                c_end = self._clause_end(_CLAUSE_BREAK, position, span[1])
                return _PLUPERFECT.search(self.text, c_start, c_end) is not None
        return _PLUPERFECT.search(sentence) is not None

    def _tense(self, start: int, end: int) -> int | None:
        """Where the clause around ``text[start:end]`` puts it: -1 before the document date (a past
        tense, a participle just before it, "depuis"), +1 after (a future, a modal or a schedule),
        0 when it says nothing (a present tense), None without a verb (a weekday is then a notice
        of something to come: "Concert des élèves jeudi au gymnase."). The clause between commas
        is read first, then the whole sentence."""
        if _SINCE_BEFORE.search(self.text, max(0, start - 12), start):
            return -1
        s_start, s_end = self._sentence_span(start) or (max(0, start - 150), end + 150)
        if (
            self.english
            and _IF_CLAUSE_OPEN.search(self.text, s_start, start)
            and _WOULD_THEN.match(self.text, end, s_end)
        ):  # "warned that if no agreement was reached by Tuesday morning, workers would be
            return 1  # sent home": a condition ahead, seen from the past
        read = clause_tense_en if self.english else _clause_tense
        if not self.english and _CLEFT_OPENS.match(self.text, s_start):
            that = _CLEFT_THAT_AFTER.search(self.text, end, s_end)
            if that is not None:  # "C'est dans l'ascension, vendredi, que X a fait la
                found = read("", self.text[that.end() : s_end])  # différence": the verb after
                if found is not None:  # "que" tells
                    return found
        for pattern in (_COMMA_CLAUSE, _CLAUSE_BREAK):
            c_start = self._clause_start(pattern, s_start, start)
            c_end = self._clause_end(pattern, end, s_end)
            if (
                pattern is _COMMA_CLAUSE
                and not self.english
                and c_start > s_start
                and _INFINITIVE_CLAUSE.match(self.text, c_start)
            ):  # "…, a précisé la présidente, avant de lever la séance à 11 h 50": the
                # infinitive's time is that of the clause it hangs on, the one before
                p_start = self._clause_start(pattern, s_start, c_start - 1)
                found = read(self.text[p_start : c_start - 1], "")
                if found is not None:
                    return found
            found = read(self.text[c_start:start], self.text[end:c_end])
            if (
                found == 1
                and not self.english
                and pattern is _COMMA_CLAUSE
                and c_start > s_start
                and _SCHEDULED.match(self.text[c_start:start].lstrip())
                and _PLUPERFECT.search(self.text, c_end, s_end)
            ):  # "Un premier lancement, programmé mercredi, avait été annulé": a plan the
                return -1  # story tells as past, its day past with it
            if found is not None:
                return found
        # "se fera en trois temps : la maternité à la rentrée, la chirurgie courant octobre": a
        # list with no verb, told ahead by what opens it (not "Son agenda est chargé : …")
        colon = self.text.rfind(":", s_start, start)
        if colon > s_start and read(self.text[s_start:colon], "") == 1:
            return 1
        colon = self.text.find(":", end, s_end)
        if not self.english and colon > 0:  # "Mardi, coup de théâtre : le témoin est revenu sur…":
            found = read("", self.text[colon + 1 : s_end])  # what the heading announces
            if found is not None:
                return found
        if _PHOTO_CREDIT.match(self.text, s_end):
            return -1  # a photo's caption ("La ferme, samedi matin. Photo C. Roy"): what was
        return None

    def _told_ahead_from_past(self, start: int) -> bool:
        """Whether the French sentence at ``start`` tells a future seen from the past ("devait
        ouvrir", "serait nommé")."""
        s_start, s_end = self._sentence_span(start) or (max(0, start - 150), start + 150)
        return _future_in_past(self.text[s_start:s_end], start - s_start)

    def _perfect_since(self, start: int) -> bool:
        """Whether ``start`` follows "since" in an English clause in the present perfect ("has
        lost … since"), which runs up to the document date."""
        if not self.english or not _SINCE_BEFORE.search(self.text, max(0, start - 12), start):
            return False
        s_start = (self._sentence_span(start) or (max(0, start - 150), start))[0]
        c_start = self._clause_start(_COMMA_CLAUSE, s_start, start)
        return _PERFECT_EN.search(self.text, c_start, start) is not None

    def _clause_start(self, pattern: re.Pattern[str], s_start: int, start: int) -> int:
        """Where the clause before ``start`` begins: after the last break, an aside in brackets,
        quotation marks or dashes being part of its clause ("a battu l'OM (2-2, 5-4 aux tirs au
        but) dimanche soir", "a dénoncé « une trahison » mardi")."""
        end = start
        while True:
            breaks = list(pattern.finditer(self.text, s_start, end))
            if not breaks:
                return s_start
            last = breaks[-1]
            opener = _ASIDE_OPENER.get(last.group())
            opening = self.text.rfind(opener, s_start, last.start()) if opener else -1
            if opening < 0:
                return last.end()
            end = opening

    def _clause_end(self, pattern: re.Pattern[str], end: int, s_end: int) -> int:
        """Where the clause after ``end`` ends: at the first break, past an aside ("Mardi (heure
        locale), le ministre a démissionné")."""
        start = end
        while True:
            found = pattern.search(self.text, start, s_end)
            if found is None:
                return s_end
            closer = _ASIDE_CLOSER.get(found.group())
            closing = self.text.find(closer, found.end(), s_end) if closer else -1
            if closing < 0:
                return found.start()
            start = closing + 1

    def _generic(self, start: int, end: int) -> bool:
        """ "Aujourd'hui" opening its sentence before a present tense means "nowadays"
        ("Aujourd'hui, l'ancien champion entraîne des jeunes"); inside a clause, or with a past
        or a future, it is the document date ("Le ministre inaugurera aujourd'hui le pont")."""
        sentence = self._sentence_span(start)
        lead = self.text[sentence[0] : start] if sentence else self.text[max(0, start - 2) : start]
        if any(ch.isalnum() for ch in lead):
            if (
                not self.english
                and _THEN_BEFORE.search(lead)
                # (a passive present reads as a past: "aujourd'hui, la moitié des parcelles
                # sont récoltées à la machine"; only a future is the day's)
                and self._tense(start, end) != 1
            ):  # "Avant, on gardait les bêtes avec un chien ; aujourd'hui il en faut trois"
                return True
            # "Le groupe emploie aujourd'hui 17 000 personnes": a count as things stand now
            return (
                not self.english
                and _COUNT_AFTER.match(self.text, end) is not None
                and self._tense(start, end) in (0, None)
            )
        tense = self._tense(start, end)
        # no verb the cues know ("Aujourd'hui, le village compte 300 habitants"): generic
        # when a comma sets it apart as the sentence's frame ("Aujourd'hui encore, …" too)
        framed = _FRAME_AFTER.match(self.text, end) is not None
        return tense == 0 or (tense is None and framed)

    def _habitual(self, start: int) -> bool:
        """A sentence in the present tense, neither past nor future: "le tourisme grimpe en été"."""
        sentence = self._sentence(start)
        if self.english and SCHEDULED.search(self.text, max(0, start - 40), start):
            return False  # "The museum reopens in the autumn": the coming one
        if not self.english and _PARTICIPLE_BEFORE.search(self.text, max(0, start - 30), start):
            return False  # "son album, enregistré au printemps": one past spring, no habit
        if self.english and _WHETHER_BEFORE.search(self.text, max(0, start - 80), start):
            return False  # "It depends on whether Detroit builds cars in the spring": a
            # condition, the nearest spring
        span = self._sentence_span(start)
        if (
            self.english
            and span is not None
            and clause_tense_en(self.text[span[0] : start], self.text[start : span[1]]) == -1
        ):
            return False  # "The economy grew at a 4.7 percent pace in the spring": that spring
        return not (
            _FUTURE.search(sentence)
            or _PAST.search(sentence)
            or _NOW_TOLD.search(sentence)
            or (self.english and _AHEAD.search(sentence))  # "plans to introduce it in the spring"
            or (not self.english and _INTENT_FR.search(sentence))  # "espère obtenir … dès le
        )  # printemps" (not "on peut s'y baigner en été": what is usual)

    def _same_paragraph(self, end: int, start: int) -> bool:
        return start - end <= 3 * CLOSE and "\n" not in self.text[end:start]

    def _sentence_span(self, position: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0 and self.sentences[i][1] >= position:
            return self.sentences[i]
        return None

    def _sentence(self, position: int) -> str:
        span = self._sentence_span(position)
        if span is not None:
            return self.text[span[0] : span[1]]
        return self.text[max(0, position - 150) : position + 150]


_RANGE_JOINT = re.compile(r"\s*(?:au|à|to|through|thru|-|–)\s*", re.IGNORECASE)
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_PAIR_JOINT = re.compile(r"\s*(?:,\s*)?(?:and|or|et|ou)\s+", re.IGNORECASE)


def _ordered_ranges(
    text: str, exprs: list[TimeExpression], dct: Point | None
) -> list[TimeExpression]:
    """Two days of a range ("du lundi au vendredi", "Monday to Friday"), each resolved from the
    document date on its own, may come out in the wrong order: the range is then the one whose
    days follow each other, its start a week back when its end is past, else its end a week on.
    Two days of one month ("du 24 au 27 mai") share the year of the end."""
    today = first_day(dct) if dct is not None else None
    fixed = list(exprs)
    for i in range(len(fixed) - 1):
        first, second = fixed[i], fixed[i + 1]
        shared = _range_shares(text, first, second)
        if shared is not None:
            fixed[i] = replace(first, value=shared)
            continue
        overnight = _range_ends_next_day(text, first, second)
        if overnight is not None:
            fixed[i + 1] = replace(second, value=overnight)
            continue
        paired = _month_of_pair(text, first, second)
        if paired is not None:  # "in March and June of last year": both of that year
            fixed[i] = replace(first, value=paired)
            continue
        if (
            today is None
            or first.anchor != "dct"
            or second.anchor != "dct"
            or not _FULL_DAY.fullmatch(first.value or "")
            or not _FULL_DAY.fullmatch(second.value or "")
        ):
            continue
        if _PAIR_JOINT.fullmatch(text, first.end, second.start):
            start = dt.date.fromisoformat(first.value)  # type: ignore[arg-type]
            end = dt.date.fromisoformat(second.value)  # type: ignore[arg-type]
            if today <= start and end < today and 0 < (start - end).days < 7:
                # "as it moves inland late Wednesday and Thursday", written on the Wednesday:
                fixed[i + 1] = replace(second, value=(end + dt.timedelta(days=7)).isoformat())
            continue  # the next Thursday, as the pair goes on
        if not _RANGE_JOINT.fullmatch(text, first.end, second.start):
            continue
        start = dt.date.fromisoformat(first.value)  # type: ignore[arg-type]
        end = dt.date.fromisoformat(second.value)  # type: ignore[arg-type]
        if start.month == end.month and start.year != end.year and start.day < end.day:
            # "du 24 au 27 mai": the days of one month, in the year its end was given
            fixed[i] = replace(first, value=start.replace(year=end.year).isoformat())
            continue
        if not 0 < (start - end).days < 7:
            continue  # in order, or no two days of one week
        week = dt.timedelta(days=7)
        if end <= today:
            fixed[i] = replace(first, value=(start - week).isoformat())
        else:
            fixed[i + 1] = replace(second, value=(end + week).isoformat())
    return fixed


# A date put off or brought forward, in English: "have been moved up to early summer"
_MOVED_TO_EN = re.compile(
    r"\b(?:postponed|delayed|moved\s+(?:up|back|forward)|pushed\s+back|rescheduled|adjourned"
    r"|brought\s+forward)\s+(?:(?!(?:to|until|till)\b)[\w'’-]+\s+){0,4}?(?:to|until|till)\s+$",
    re.IGNORECASE,
)
# A plan told in the past perfect, then its date in the same clause: "had been scheduled to
# lift off in May", "had been expected by June"
_PLAN_IN_THE_PAST = re.compile(
    r"\bhad\s+(?:originally\s+)?(?:been\s+)?(?:scheduled|planned|expected|slated|set|due|supposed"
    r"|hoped|intended|meant|threatened|promised|vowed|pledged)\b[^.;,]*$"
    r"|\b(?:was|were)\s+going\s+to\b[^.;,]*$",  # "was going to be a good one until August"
    re.IGNORECASE,
)
# A range's opening word before its start: "from 6 a.m. to 8 p.m. Thursday", "de 9 h à 17 h"
_RANGE_FROM = re.compile(r"(?:\b(?:from|between|de|entre)|\bd['’])\s*$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:au|à|to|through|thru|until|and|et|-|–)\s*", re.IGNORECASE)
# A time of day alone, with nothing of its day: "6 a.m.", "9 h", "8 heures", "10:30"
_CLOCK_ONLY = re.compile(
    r"(?i:\d{1,2}(?:[:.]\d\d|\s*h\s*\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm|h|heures?)?)"
)
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_CLOCK_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<time>\d\d:\d\d)")


def _month_of_pair(text: str, first: TimeExpression, second: TimeExpression) -> str | None:
    """A bare month joined to a month written with its year ("in March and June of last year",
    "en mars et juin 1997"): the first month of that same year (of the year before when it
    comes later in the calendar: "December and January 1998")."""
    if (
        not _MONTH_VALUE.fullmatch(first.value or "")
        or not _MONTH_VALUE.fullmatch(second.value or "")
        or _YEAR_WORDS.search(first.text)
        or not _YEAR_WORDS.search(second.text)
        or not _PAIR_JOINT.fullmatch(text, first.end, second.start)
    ):
        return None
    first_month, second_year, second_month = (
        int(first.value[5:7]),  # type: ignore[index]
        int(second.value[:4]),  # type: ignore[index]
        int(second.value[5:7]),  # type: ignore[index]
    )
    year = second_year if first_month <= second_month else second_year - 1
    return f"{year:04d}-{first_month:02d}"


# A year told in a month's words: a number, or "last year", "de l'an dernier"
_YEAR_WORDS = re.compile(
    r"\d|\b(?:year|an|année)\b|\b(?:last|next|dernière?|prochaine?)\b", re.IGNORECASE
)


def _range_shares(text: str, first: TimeExpression, second: TimeExpression) -> str | None:
    """The value of a range's start that takes what its end says of it: the day of "from 6 a.m.
    to 8 p.m. Thursday" or "de 9 h à 17 h samedi", the year of "from January to August of last
    year" or "de janvier à août de l'an dernier"; None when the range tells its start in full."""
    if (
        first.value is None
        or second.value is None
        or not _RANGE_TO.fullmatch(text, first.end, second.start)
        or not _RANGE_FROM.search(text, max(0, first.start - 10), first.start)
    ):
        return None
    if (
        _MONTH_VALUE.fullmatch(first.value)
        and _MONTH_VALUE.fullmatch(second.value)
        and " " not in first.text.strip()
        and " " in second.text.strip()  # (the end's year is written: "August of last year")
        and first.value[:4] != second.value[:4]
    ):
        year = int(second.value[:4]) - (first.value[5:] > second.value[5:])
        return f"{year:04d}{first.value[4:]}"
    start, end = _CLOCK_VALUE.fullmatch(first.value), _CLOCK_VALUE.fullmatch(second.value)
    if (
        start is None
        or end is None
        or start["day"] == end["day"]
        or not _CLOCK_ONLY.fullmatch(first.text)
        or _CLOCK_ONLY.fullmatch(second.text)  # (the end tells its day: "8 p.m. Thursday")
    ):
        return None
    day = dt.date.fromisoformat(end["day"])
    if start["time"] > end["time"]:  # "from 10 p.m. to 2 a.m. Sunday": Saturday's night
        day -= dt.timedelta(days=1)
    return f"{day.isoformat()}T{start['time']}"


def _range_ends_next_day(text: str, first: TimeExpression, second: TimeExpression) -> str | None:
    """The value of a range's end told by its hour alone, earlier than its start's on the same
    day: the next morning ("from 11 p.m. to 5 a.m.", "de 22 h à 6 h"); None otherwise."""
    if (
        first.value is None
        or second.value is None
        or not _RANGE_TO.fullmatch(text, first.end, second.start)
        or not _RANGE_FROM.search(text, max(0, first.start - 10), first.start)
    ):
        return None
    start, end = _CLOCK_VALUE.fullmatch(first.value), _CLOCK_VALUE.fullmatch(second.value)
    if start is None or end is None or start["day"] != end["day"] or end["time"] >= start["time"]:
        return None
    day = dt.date.fromisoformat(end["day"]) + dt.timedelta(days=1)
    return f"{day.isoformat()}T{end['time']}"


# Nothing but an opening quotation mark or a dash before a date that opens its sentence.
_OPENS_CLAUSE = re.compile(r"[\s«\"“–—-]*")


def _after_midnight(day: Point, time: Point | None) -> bool:
    """A small hour told after an afternoon, an evening or a night: the night after that day;
    the morning told after an evening or a night ("hier soir … au petit matin"): the next day."""
    if time is not None and time.gran == "pod" and time.code == "MO":
        return day.gran == "pod" and day.code in ("EV", "NI")
    if time is None or time.gran != "time" or time.hour is None or time.hour >= 5:
        return False
    if day.gran == "pod":
        return day.code in ("AF", "EV", "NI")
    return day.gran == "time" and day.hour is not None and day.hour >= 12


_APPOSITION_GAP = re.compile(r"\s*[,(–—]\s*")
# A year, then the day of it that says when: "in 1989, on Christmas Eve", "en 1989, le 3 mai"
_YEAR_THEN_DAY = re.compile(r"\s*,\s*(?:on\s+)?", re.IGNORECASE)
# A few words of one clause between a year and a day: "en 1966 au bal de la", "in 1966 at the"
_CLAUSE_WORD = r"(?!(?:et|and|mais|but|ou|or|puis|then)\b)[\w'’-]+"  # (no second clause's start)
_SAME_CLAUSE_GAP = re.compile(
    rf"\s+(?:{_CLAUSE_WORD}\s+){{0,5}}?(?:{_CLAUSE_WORD}\s*)?", re.IGNORECASE
)
_IN_YEAR_BEFORE = re.compile(r"\b(?:en|in)\s+$", re.IGNORECASE)  # the year a verb's, not a noun's
_AS_EARLY_AS = re.compile(r"\bas\s+(?:early|late|soon)\s+as\b[^.;]*$", re.IGNORECASE)
# The end of a span of hours before a midnight: "from 8 p.m. to", "de 22 h à", "evening and".
_UNTIL_SMALL_HOURS = re.compile(
    r"\b(?:jusqu['’]à|jusqu['’]au|jusque\s+vers|until|till)\s+$", re.IGNORECASE
)  # ("jusqu'au petit matin")
_SPAN_TO = re.compile(
    r"(?:\d\s*(?:p\.m\.|pm|h\s*\d{0,2})|\bevening|\bsoir(?:ée)?)\s+"
    r"(?:and|to|till|until|through|à|jusqu['’]à)\s+$",
    re.IGNORECASE,
)
# A date without its year that the tense would put this far from the document date (in days;
# a month: nearly a year) is read as the nearer one when that is close: "had been scheduled to
# close Nov. 7" written on 2 November is five days ahead, not a year back; "announced the plan Aug.
# 21" written in October is the August just past even after "trying to sell".
_FAR, _FAR_MONTH, _NEAR, _SOON = 270, 330, 100, 14


# The hours a part of the day holds (an evening's 21 h, a night's 2 h)
_HOURS_OF = {
    "MO": range(5, 12),
    "AF": range(12, 18),
    "EV": range(17, 24),
    "NI": (*range(20, 24), *range(0, 6)),
}


def _nearer_side(ref: Point, weekday: int) -> int:
    """-1 when the ``weekday`` before ``ref`` is nearer to it than the one after, else +1."""
    today = first_day(ref)
    gone, coming = weekday_near(ref, weekday, -1), weekday_near(ref, weekday, 1)
    gone_day = first_day(gone) if gone is not None else None
    coming_day = first_day(coming) if coming is not None else None
    if today is None or gone_day is None or coming_day is None:
        return 1
    return -1 if today - gone_day < coming_day - today else 1


def _plausible_year(dct: Point, month: int, day: int | None, year: int, near_days: int) -> int:
    """``year``, or the year that puts ``day month`` near the document date when the tense put
    it more than nine months away (a month: eleven) and the nearest reading is ``near_days`` away
    or less."""
    ref = first_day(dct)
    nearest = nearest_year(dct, month, day, 0)
    if ref is None or nearest is None or nearest == year:
        return year
    try:
        far = abs((dt.date(year, month, day or 15) - ref).days)
        near = abs((dt.date(nearest, month, day or 15) - ref).days)
    except ValueError:
        return year
    return nearest if far > (_FAR if day else _FAR_MONTH) and near <= near_days else year


def _this_month(dct: Point, point: Point, year: int) -> bool:
    """``point``, a month without its day or a season, is the one the document date falls in, in
    ``year``: "last March" or "next March" cannot be when written in March, nor "last fall" in
    October."""
    if point.gran == "season" and dct.month is not None and dct.year is not None:
        first = start_month(point)
        into = (dct.month - first) % 12
        return into < 3 and year == dct.year - (1 if dct.month < first else 0)
    own = (year, point.month) == (dct.year, dct.month)
    return own and point.gran == "month" and point.day is None


def _is_period(spec: Spec, point: Point) -> bool:
    """A period a company reports on ("the third quarter", "the nine months ended May 31"): a
    quarter or a half, or a month or a day written out; not a day counted from the document
    date ("yesterday"), a season nor an offset."""
    if spec.same_period or spec.value == "offset" or point.gran == "season":
        return False
    if point.gran in ("quarter", "half"):
        return True
    return spec.kind == "abs" and point.rank > _YEAR_RANK


def _weekend_of(day: Point, spec: Spec) -> Point:
    """``day``, or the weekend a holiday gives its name to ("Memorial Day weekend", a Monday: the
    Saturday and Sunday before; "Thanksgiving weekend", a Thursday: the ones after)."""
    if spec.value == "week" and day.gran == "day":  # "la première semaine d'août"
        found = first_day(day)
        if found is None:
            return day
        year, week, _ = found.isocalendar()
        return Point("week", year, week=week)
    if spec.value not in (None, "weekend") and day.gran == "day":
        return replace(day, gran="pod", code=spec.value)  # "Christmas night"
    date = first_day(day) if spec.value == "weekend" and day.gran == "day" else None
    if date is None:
        return day
    to_saturday = {0: -2, 6: -1}.get(date.weekday(), (5 - date.weekday()) % 7)
    year, week, _ = (date + dt.timedelta(days=to_saturday)).isocalendar()
    return Point("weekend", year, week=week)


def _holiday(spec: Spec, year: int) -> Point | None:
    """The day of a holiday counted from Easter, or of the n-th weekday of a month, in ``year``."""
    try:
        if spec.unit == "easter":
            day = easter(year) + dt.timedelta(days=spec.amount or 0)
        else:
            month = spec.point.month if spec.point is not None else None
            if month is None or spec.amount is None or spec.weekday is None:
                return None
            from_day = spec.point.day if spec.point is not None and spec.point.day else 1
            found = nth_weekday(year, month, spec.amount, spec.weekday, from_day)
            if found is None:
                return None
            day = found
    except (ValueError, OverflowError):
        return None
    return Point("day", day.year, day.month, day.day)


def _clause_tense(before: str, after: str) -> int | None:
    """The tense of the clause ``before`` + the date + ``after`` (see ``Resolver._tense``), None
    when it has no verb. A second verb joined by "et", "mais", "puis" is another clause: "Le
    navire a quitté le port dimanche et devrait arriver mardi" (Sunday is past). What a past
    verb reports in the present is read as said ("La mairie a annoncé que la piscine rouvre
    lundi": the Monday to come)."""
    reported = _REPORTED_THAT.search(before)
    if reported is not None and _PAST.search(before, 0, reported.start()):
        told = before[reported.end() :]
        own = _clause_tense(told, after)
        if own is None or (own == 0 and not _IMPERFECT.search(f"{told} {after}")):
            return own
    joint = _COORDINATION.search(after)
    if joint is not None:
        own = _one_clause_tense(before, after[: joint.start()])
        if own is not None:
            return own
    return _one_clause_tense(before, after)


def _one_clause_tense(before: str, after: str) -> int | None:
    if _COMPOUND_PAST_END.search(before, max(0, len(before) - 40)):
        relative = _RELATIVE.search(after)
        if relative is not None:
            after = after[: relative.start()]
    clause = f"{before} {after}"
    if _APPOSED_PARTICIPLE.match(before) and not _SCHEDULED.match(before.lstrip()):
        return -1  # "le volcan, entré en éruption mercredi, continue…": what happened to it
    # only the last words count: the search starts near the end (a long clause stays cheap)
    participle = _PARTICIPLE_BEFORE.search(before, max(0, len(before) - 40))
    if participle is not None and "," in before[participle.end() :]:
        participle = None  # "le budget adopté, la piscine rouvre lundi": another clause's
    if (
        participle is not None
        and not _AUXILIARY_END.search(before, max(0, participle.start() - 40), participle.start())
        and not _SCHEDULED.match(participle.group())
    ):
        lead = before[max(0, participle.start() - 80) : participle.start()]
        if lead.endswith(("et ", "puis ")) and (_FUTURE.search(lead) or _AHEAD.search(lead)):
            return 1  # "devrait être adopté d'ici à la fin du mois et promulgué début novembre"
        return -1  # "les résultats publiés mardi", even in "Il faudra lire …"
    if _INVITED_TO_BEFORE.search(before):
        return 1  # "a convié les deux parties à une table ronde jeudi": the meeting to come
    verbs = _NEXT.sub(" ", clause)  # "prochain" speaks of another date, not of this verb's time
    if _FUTURE.search(verbs) or _AHEAD.search(verbs):
        return 1
    if _future_in_past(clause, len(before)):
        return 0  # the side nearer the document date
    if _PAST.search(clause):
        return -1
    if participle is not None and _SCHEDULED_RIGHT_BEFORE.search(before):
        return 1  # "les championnats, prévus en août, …", "la rénovation du lavoir, prévue au
        # printemps" (in August): the one to come, whatever the telling
    if participle is not None:  # a schedule's ("Le sommet, prévu pour la fin mars, aura
        return None  # lieu…"): the clause around it tells
    if _PROSPECTIVE.search(clause) or _NEXT.search(clause):
        return 1
    return 0 if _VERB.search(clause) else None


def _future_in_past(clause: str, date_at: int) -> bool:
    """Whether a conditional in ``clause`` tells a future seen from the past at the date (at
    ``date_at``): a simple one, or a passive one reported after "que" ("a confirmé que son
    successeur serait nommé à l'automne"); not the hearsay of a past act ("aurait signé", "le
    suspect serait entré mardi"), nor what is reported after the date ("a promis mercredi que
    justice serait rendue": Wednesday is the promise's)."""
    conditional = _FUTURE_IN_PAST.search(clause)
    if conditional is None:
        return False
    if conditional.start() > date_at and _THAT_BEFORE.search(clause, date_at, conditional.start()):
        return False
    compound = _COMPOUND_CONDITIONAL.search(clause)
    if compound is None:
        return True
    return (
        _PLUPERFECT.search(clause, 0, compound.start()) is None  # "avait promis que …": long ago
        and compound.group().lower().startswith("ser")
        and _THAT_BEFORE.search(clause, 0, compound.start()) is not None
        and not _MOVED.search(compound.group())
    )


# A past the sentence sets "aujourd'hui" against, then a pause: "Autrefois, … ; aujourd'hui"
_THEN_BEFORE = re.compile(
    r"\b(?i:avant|autrefois|jadis|naguère|à\s+l['’]époque|dans\s+le\s+temps)\b\s*,"
    r"[^.!?]*[,;:–—]\s*(?:et\s+|mais\s+)?$"
)
_THAT_BEFORE = re.compile(r"\bqu(?:e\b|['’])", re.IGNORECASE)
# The last "que" of a clause that opens a reported one: a subject, a verb (two words at least)
# before the date, not "ne … que" ("n'a été libéré que lundi") nor a preposition after it ("qu'en
# fin de journée", "que depuis mardi").
_REPORTED_THAT = re.compile(
    r"(?<!\bn['’])(?<!\bne\s)\bqu(?:e\s+|['’]\s*)"
    r"(?!(?:en|à|au|aux|dans|pour|depuis|après|avant|lors|par|sur|vers|jusqu)\b)"
    r"(?=(?:[\wà-öø-ÿ'’-]+,?\s+){2,}(?:(?:le|la|l['’]|les|ce|cette)\s*)?$)",
    re.IGNORECASE,
)
# Someone invited or summoned to a meeting, right before its day: "a convié les deux parties à
# une table ronde jeudi", "les a convoqués à un entretien lundi"
_INVITED_TO_BEFORE = re.compile(
    r"\b(?:convi|invit|convoqu)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:à|au|aux)\s+"
    r"(?:(?:une?|la|le|les|l['’])\s*)?[a-zà-öø-ÿ-]+(?:\s+[a-zà-öø-ÿ-]+)?\s+$"
    # a call to gather: "ont appelé à un rassemblement devant le siège le 12 mars"
    r"|\bappel\w*\s+à\s+(?:une?|la|le)\s+(?:grève|rassemblement|manifestation|mobilisation"
    r"|marche|journée|boycott)(?:\s+[\w'’-]+){0,5}\s+$"
    # a meeting called for a day: "a convoqué une table ronde le 24 avril"
    r"|\bconvoqu\w*\s+(?:une?|des)\s+[a-zà-öø-ÿ-]+(?:\s+[a-zà-öø-ÿ'’-]+){0,3}\s+$",
    re.IGNORECASE,
)
# The preposition of a clause's time: "in the winter of 1944", "on June 6, 1944"
_AT_TIME_BEFORE = re.compile(r"\b(?:in|on|during)\s+$", re.IGNORECASE)
# A compound past right before the date ("a présenté vendredi", "ont manifesté samedi"): the date's
# own verb, whatever a relative clause after it tells ("le calendrier des réunions qu'il tiendra")
_COMPOUND_PAST_END = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:(?:déjà|aussi|également|encore|enfin|bien)\s+)?"
    r"[a-zà-öø-ÿ]+(?:é|ée|és|ées|i|is|it|u|us|ert|int)\s+$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:qu['’]|que\b|qui\b|dont\b|où\b|lorsqu|quand\b)", re.IGNORECASE)
_SPAN_END_BEFORE = re.compile(
    r"(?:\bjusqu['’](?:au|à|en)|\buntil|\bthrough|\bd['’]ici\s+(?:au|à|le))\s*(?:le\s+)?$",
    re.IGNORECASE,
)
# A year, then a comma and the part of it: "l'an prochain, début juillet", "next year, in July"
_YEAR_APPOSED_GAP = re.compile(r"\s*,\s*(?:(?:en|in|au|dès)\s+)?")
# An imperfect: in a reported clause, a past as often as a future seen from one
_IMPERFECT = re.compile(r"\b\w{3,}(?:ait|aient)\b", re.IGNORECASE)
# Participles that take "être" in the compound past: "serait entré", "serait mort" (hearsay)
_MOVED = re.compile(
    r"\b(?:entr|sort|part|arriv|ven|all|mont|descend|tomb|mort|né|rest|retourn|pass|revenu"
    r"|devenu|décéd|intervenu|parvenu|rentr)\w*$",
    re.IGNORECASE,
)


def _year_of(spec: Spec, year: int) -> int:
    """The year of the period a ``same_period`` spec names: its own ("the 1988 quarter") or
    ``year`` counted on ("a year earlier")."""
    if spec.point is not None and spec.point.year is not None:
        return spec.point.year
    return year + (spec.amount or 0)


def _count(point: Point, unit: str, amount: int) -> Point | None:
    """``point`` moved by ``amount`` ``unit``s, or None when the unit is finer than the point."""
    if unit == "WE":
        week = truncate(point, "week") if point.rank >= _DAY_RANK else None
        moved = shift(week, "W", amount) if week else None
        return replace(moved, gran="weekend") if moved else None
    gran = UNIT_GRAN[unit]
    if gran == "week" and point.rank < _DAY_RANK:
        return None
    if gran != "week" and Point(gran, 2000).rank > point.rank:
        return None  # "la veille" of a month, "six mois plus tard" after a year: unknown
    base = truncate(point, gran) if amount == 0 or gran != "day" else point
    if base is None:
        return None
    if gran == "day":
        base = truncate(base, "day") or base
    return shift(base, unit, amount) if amount else base


def _long_before(point: Point, dct: Point) -> bool:
    """Whether the day ``point`` lies more than a month before the document date."""
    day, today = first_day(point), first_day(dct)
    return day is not None and today is not None and (today - day).days > 31


def _this_weekend(dct: Point, past: bool) -> int:
    """ "ce week-end" written Monday to Thursday in the past tense is the one just gone; in the
    present or the future, the one to come (and on a Friday: "thin trading ahead of the
    weekend", "warned of flooding through the weekend", "hoped for $15 million over the
    weekend" all look ahead)."""
    day = first_day(dct)
    return -1 if day is not None and day.weekday() < 4 and past else 0


def _with_time(day: Point, time: Point | None) -> Point:
    """``day`` with the hour or part of day of ``time`` ("hier soir", "lundi à 9 h")."""
    if time is None:
        return day
    if day.rank < _DAY_RANK:
        return day
    base = replace(day, gran="day", hour=None, minute=None, code=None)
    if time.gran == "pod":
        return replace(base, gran="pod", code=time.code)
    return replace(base, gran="time", hour=time.hour, minute=time.minute)


def _weekday_numbered(ref: Point, weekday: int, month_day: int, direction: int) -> Point | None:
    """The day nearest ``ref`` that is both ``weekday`` and the ``month_day``-th of its month, on
    the side ``direction`` (the tense) points to when there is one within about seven months."""
    start = first_day(ref)
    if start is None or ref.rank < _DAY_RANK:
        return None
    found: list[tuple[bool, int, dt.date]] = []
    for offset in range(-214, 215):
        try:
            day = start + dt.timedelta(days=offset)
        except OverflowError:
            continue
        if day.weekday() == weekday and day.day == month_day:
            found.append((offset * direction < 0, abs(offset), day))
    if not found:
        return None
    day = min(found)[2]
    return Point("day", day.year, day.month, day.day)


def _weekday_year(year: int, point: Point, weekday: int | None) -> int:
    """ "lundi 17 février": the year near ``year`` in which that day is a Monday."""
    if weekday is None or point.month is None or point.day is None:
        return year
    for candidate in (year, year + 1, year - 1):
        if weekday_of(candidate, point.month, point.day) == weekday:
            return candidate
    return year

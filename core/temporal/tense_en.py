"""Where an English clause puts a date without its year or week: the verb nearest the date.

A news sentence often holds several tenses: "The agency ruled Wednesday that the boy must be
returned", "Officials said he would leave Tuesday". The verb that governs the date is most often
the one next to it, so the tense cue closest to the date wins (one before the date a little ahead
of one after it: "said Monday that it will…" is a past Monday).

Cues: a future or a plan ("will", "would", "is expected to", "plans to", "decided to"), a past
("said", "was", "had", a verb in -ed that is not an adjective after a determiner: "the reduced
dividend"), a present ("is", "are", "says"). ``clause_tense`` answers -1, +1, 0 or None (no cue).
"""

from __future__ import annotations

import re

_IRREGULAR_PAST = (
    "said told met made took left came went gave got won lost held began fell rose sent paid "
    "found brought bought kept led saw wrote spoke flew ran struck broke became died tore shot "
    "fought caught thought felt heard stood sat drove rode wore threw grew knew drew blew ate "
    "fled hid sold sought swore woke froze chose rang sang sank swam shook forgot arose spent "
    "lent bent built meant dealt slept swept wept crept did was were had ago "
    "shrank stank sprang drank bore forbade overcame withdrew undertook underwent upheld overtook "
    "slid dug clung flung stung swung spun hung shone stole sped forgave foresaw mistook oversaw "
    "outgrew rebuilt understood withheld taught laid bred bled knelt leapt strove befell "
    # participles in -en and the like ("the lawmakers chosen Sunday")
    "chosen taken written spoken broken driven stolen beaten fallen forgotten frozen hidden "
    "risen shaken shown sworn thrown torn worn grown drawn flown begun"
).split()

# Words in -ed that are no past tense
_NOT_VERBS = (
    "(?:hundred|need|indeed|speed|proceed|succeed|exceed|united|limited|based|red|bed|shed"
    "|scattered|isolated|armed|detailed|skilled)"
)

# A word in -ed after a determiner is an adjective ("the reduced dividend"), after "be" a passive
# whose tense is the auxiliary's ("will be named", "is heard")
_PASSIVE = "".join(
    rf"(?<!\b{w}\s)" for w in "be been being is are am was were stay stays remain remains".split()
)  # ("was expected to reach": the auxiliary tells, here a plan; "was arrested": a past)
_NOT_AFTER = _PASSIVE + "".join(
    rf"(?<!\b{w}\s)"
    # (nor after a preposition: "into prefabricated housing", "with limited means")
    for w in "the a an its his her our their this that into with for from of in on at by".split()
)

# A modal or "to" right before a verb: its base form is no present
_AFTER_MODAL = (
    "".join(
        rf"(?<!\b{w}\s)" for w in "will would shall should can could may might must to not".split()
    )
    + "(?<!['’]ll\\s)"
)

# What "is", "was" announce when a plan follows: "is expected", "was planning to"
_AHEAD_WORDS = (
    # ("were going for $2,000", "is about 40 percent": no plan without "to")
    r"(?:scheduled|expected|due|set|slated|likely|going(?=\s+to\b)|about(?=\s+to\b)|to|planning"
    "|preparing|forecast|ready"
    "|predicted|projected|poised|possible)"
)

# Verbs of a scheduled event, in the present: the third person, and the base forms that are no
# common noun ("the vote Monday", "his return Friday" are nouns)
_SCHEDULE_VERBS = (
    "meets|opens|reopens|begins|starts|resumes|ends|closes|expires|reconvenes|convenes|holds|hosts|"
    "visits|leaves|arrives|returns|travels|flies|plays|faces|testifies|appears|kicks\\s+off|"
    "votes|departs|lands|debates|decides|comes\\s+out|comes\\s+to\\s+a\\s+vote|falls|runs\\s+out|"
    "happens|occurs|"
    "meet|open|reopen|begin|resume|reconvene|convene|arrive|leave|travel|fly|face|testify|appear|"
    "kick\\s+off|depart|decide|end|come\\s+out|come\\s+to\\s+a\\s+vote"
)

# Schedule verbs with what they take before the date: "The court hears arguments Monday", "The new
# law takes effect Friday", "Voters go to the polls Sunday", "The company reports earnings
# Wednesday" (most such verbs in -s are plural nouns too: "compliance reports by Wednesday"); and
# the adverbs that may stand between a schedule verb and its date ("The leaders meet separately
# Monday", "The talks resume here Tuesday")
_OBJECT_VERBS = (
    r"(?:hears?|considers?|debates?|unveils?|announces?|signs?|plans|schedules|holds)\s+"
    r"(?:(?:the|its|his|her|their|a|an)\s+)?"
    r"(?!(?:by|until|before|after|from|since|through|on|in|at)\b)[a-z]+"
    r"|takes?\s+(?:effect|office|power|place|over|on\s+[a-z]+|the\s+stand|the\s+field|the\s+oath)"
    r"|(?:leaves?|steps?\s+down\s+from)\s+(?:office|power|the\s+(?:post|job|bench|board))"
    r"|(?:re)?opens?\s+(?:its\s+doors\s+)?to\s+the\s+public"
    r"|go(?:es)?\s+(?:to\s+the\s+polls|on\s+trial|on\s+sale|into\s+effect)"
    r"|reports?\s+(?:(?:its|their)\s+)?(?:[a-z]+-quarter\s+)?(?:earnings|results)"
    r"|heads?\s+(?:to|for|into|back\s+to)\s+[a-z]+"
    # a journey and where to: "travels to Cairo on Monday", "leaves for Tokyo Friday"
    r"|leaves?\s+(?-i:[A-Z][\w.-]+)(?:\s+(?-i:[A-Z][\w.-]+))?"  # "leaves Rome on Wednesday"
    # a match and the opponent: "the team, which plays Canada Saturday", "faces the Bulls on"
    r"|(?:plays|faces|hosts|battles)\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]+)(?:\s+(?-i:[A-Z][\w.'’-]+))?"
    r"|(?:travels?|flies|fly|leaves?|returns?|goes|go|heads?|moves)\s+(?:to|for|back\s+to)\s+"
    r"(?-i:[A-Z][\w.-]+)(?:\s+(?-i:[A-Z][\w.-]+))?"
    # what opens: "They open a best-of-five series in Houston on Tuesday", "begins a three-day
    # visit to Japan on Monday"
    r"|(?:open|opens|begin|begins|start|starts)\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:series|season|tour|campaign|visit|trip|trial|hearing|playoffs?"
    r"|talks|session)(?:\s+(?:in|at|against|to|with)\s+(?-i:[A-Z][\w.-]+)"
    r"(?:\s+(?-i:[A-Z][\w.-]+))?)?"
)
_BETWEEN = r"(?:(?:again|here|there|together|formally|officially|separately|jointly)\s+)?"

_CUES = re.compile(
    # a future, a modal or an intention ("would" reports a future seen from the past)
    # ("May" with its capital is the month: "from January to May")
    r"(?P<future>\b(?:will|shall|won['’]t|would|(?-i:may)|might|must|should)\b|['’]ll\b"
    r"|\bturns\s+\d{1,3}\b"  # "Elian turns 7 in December": a birthday ahead
    # "could" of a possibility ahead ("could begin growing in the third quarter"), not of an
    # ability in the past ("could not attend", "could have won")
    r"|\bcould\b(?!\s+(?:not|never|have|hardly|barely|only)\b)"
    # "can" of what may be done then: "NASA can try again Saturday", "can close out the series"
    r"|\bcan(?:not|['’]t)?\b(?!\s+(?:only|hardly|barely)\b)"
    # ("as planned", "as previously scheduled" tell nothing of the date's side)
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bas\s)(?<!\bpreviously\s)(?<!\boriginally\s)"
    r"\b(?:planned|scheduled)\b|\bas\s+(?:early|soon)\s+as\b"
    r"|\b(?:was|were)\s+(?=" + _AHEAD_WORDS + r"\b)|\bto\s+be\s+(?=[a-z]+\s+(?:in\s+|on\s+)?$)"
    r"|\b(?:is|are|am|be)\s+(?:" + _AHEAD_WORDS + r")\b"
    # "The election is eight months away, on Nov. 7"
    r"|\b(?:is|are)\s+(?:still\s+|only\s+|just\s+)?(?:\w+\s+){1,2}(?:away|off)\b"
    r"|\b(?:plans?|planning|expects?|expecting|intends?|intending|hopes?|hoping|aims?|wants?|"
    r"hoped|intended|aimed|wanted|expected|"
    r"planned|promised|promises?|vow(?:s|ed)?|pledged?s?|threaten(?:s|ed)?|decided?s?|agreed?s?|"
    r"voted?s?|prepares?|preparing|seeks?|seeking|asks?|asked|urged?s?|ordered|"
    r"subpoenaed|summoned|invited)\s+(?:\w+\s+)?to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)"
    # (not a preposition after "to": "the framework agreed to in Madrid in October")
    # (nor a name: "the $40 billion pledged to Indonesia in October")
    r"(?!(?:in|at|on|by|with|from|during|after|before|last|this)\b)(?-i:[a-z]+)\b"
    # what one looks forward to: "looked forward to working with him on the launch on Jan. 1"
    r"|\blook(?:s|ed|ing)?\s+forward\s+to\b"
    # an appeal to others to act: "appealed to Russians on Wednesday to vote … on Sunday"
    # (or what one wants of others: "wants the jury to begin deliberating by April")
    r"|\b(?:appeal(?:ed|s)?\s+to|call(?:ed|s)?\s+on|urged|asked|encouraged|told|persuaded"
    r"|wants?|wanted|expects?|expected)"
    # ("were told to report back to their jobs Monday": the one told, right before "to")
    r"\s+(?:[\w.'’-]+\s+){0,6}?to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+\b"
    # a schedule in the present right before the date: "The leaders meet Monday", "The trial
    # opens on Tuesday" (the news tells what happened in the past tense)
    r"|" + _NOT_AFTER + r"\b(?:" + _SCHEDULE_VERBS + r")\s+" + _BETWEEN + r"(?:on\s+|at\s+|in\s+)?$"
    r"|" + _NOT_AFTER + r"\b(?:" + _OBJECT_VERBS + r")\s+" + _BETWEEN + r"(?:on\s+|at\s+|in\s+)?$"
    # a date the copula gives a thing: "The vote is Thursday", "The deadline is midnight Friday"
    r"|\b(?:is|are)\s+(?:already\s+|now\s+)?(?:on\s+)?$"
    # what a date is for, or the odds of it: "cleared the shuttle for launch at 3 a.m. Friday",
    # "an 80 percent chance of good weather Friday"
    r"|\bfor\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:launch|liftoff|lift-off|takeoff|landing"
    r"|departure|delivery|release|kickoff|sentencing|arraignment)\s+(?:at\s+|on\s+)?$"
    r"|\b(?:chance|chances|likelihood|odds|probability|risk|risks|threat|danger)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}(?:on\s+|in\s+)?$"
    # what is foreseen, its object between: "Forecasters predicted cold weather, with lows in the
    # 40s Thursday morning", "they expect 15,000 people Saturday" (not "predicted Monday that
    # …": the day of the telling; nor a past "expected a loss Friday": as often the day it came)
    r"|(?<!\bhad\s)\b(?:predict(?:s|ed)?|forecasts?|forecasted|expects?|anticipates?)"
    r"\s+(?!(?:to|that|on|in|at|by|it|this)\b)(?:[\w$.,'’-]+\s+){1,10}"
    # (not what comes after a past day: "expect more selling after Monday's slide")
    r"(?<!\bafter\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bfollowing\s)(?:on\s+)?$"
    # what is expected at a time: "in referendums expected in late May" (not "expected to":
    # above; nor "as expected", a yardstick)
    r"|(?<!\bas\s)(?<!\bhad\s)\bexpected\s+(?:(?:in|on|by|at|within|around|later|early|late)\s+)?$"
    # the day before it: "making final appeals on the eve of Super Tuesday"
    r"|\bthe\s+eve\s+of\s+$"
    # a prospect: "appeared headed for an easy re-election Sunday" (not "headed for Boston")
    r"|\bheaded\s+(?:for|toward|towards)\s+(?:an?|another)\b"
    # who may act then: "106 million Brazilians are registered to vote Sunday"
    r"|\b(?:is|are)\s+(?:\w+\s+)?(?:registered|eligible|entitled|allowed|required)\s+to\s+[a-z]+"
    # a plan of a thing: "Leaders plan a Senate vote on the bill Wednesday" (not "the plan")
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"\bplans?\s+(?:an?|another)\s+"
    # a day set for an event: "with Game 4 set for Monday", "a vote slated for Friday"
    r"|\b(?:set|slated)\s+for\s+$"
    # bracing for what comes: "were bracing for flooding at high tide Tuesday morning", "were
    # waiting for the Federal Reserve's policy meeting Tuesday"
    r"|\b(?:brac(?:e|es|ed|ing)|gearing\s+up|waiting)\s+for\s+(?:[\w'’-]+\s+){0,5}(?:on\s+)?$)"
    # a past: a simple past, a past perfect, a present perfect, a participle used as a verb
    r"|(?P<past>" + _PASSIVE + r"\b(?:" + "|".join(_IRREGULAR_PAST) + r")\b(?!-)"  # ("laid-off")
    # a verb the same in the present and the past, without the "-s" of the third person:
    # "Marsh cast her ballot", "he put it", "it cost $5"
    r"|(?:\b(?:he|she|it|also|then|later|again|already|first|which|who)"
    r"|(?<![.!?]\s)\b(?-i:[A-Z][a-z]+))\s+"
    r"(?:cast|put|set|hit|cut|let|quit|shut|spread|hurt|beat|cost|split|upset|bet|burst"
    r"|forecast|broadcast|bid)\b"
    r"|\b(?:has|have)\s+(?=(?:not\s+|already\s+|also\s+|just\s+)?(?:been|\w+ed|\w+en)\b)"
    # (not the end of a compound adjective: "a lower-priced model", "state-owned banks")
    # ("followed by stops in Detroit on Monday": what comes next, no past)
    r"|" + _NOT_AFTER + r"(?<!-)\b(?!" + _NOT_VERBS + r"\b)(?-i:[a-z])[a-z]+ed\b(?<!followed)"
    r"(?!(?<=followed)\s+by\b))"
    # a present
    # ("who turns 35 in October", "marks its centennial in May")
    # (a base form after a modal is the modal's: "will remain closed Tuesday", "would do")
    r"|(?P<present>" + _AFTER_MODAL + r"\b(?:is|are|am|says|does|do|remains?|isn['’]t|aren['’]t"
    r"|turns|celebrates"
    r"|marks|becomes)\b)",
    re.IGNORECASE,
)

_SUBORDINATE = re.compile(
    r"\b(?:as|when|while|because|if|that|which|who|whom|whose|although|though|unless|where"
    r"|once)\b",
    re.IGNORECASE,
)

# A verb joined after the date's clause is another clause's ("met them on Wednesday and will see
# them again Monday")
_COORDINATE = re.compile(r"\b(?:and|but)\b", re.IGNORECASE)

# A clause of saying after a comma: ", a spokeswoman said Monday", ", officials say"
_REPORTING_AFTER = re.compile(  # (after a closing quote too: ",'' said X")
    r"\s*,\s*(?:''|[\"”’])?\s+(?:[\w.'’-]+\s+){1,5}?(?:said|says|told|reported|added)\b",
    re.IGNORECASE,
)

# A quotation still open before the date, and its end after it (the AP's ``…'' too).
_OPEN_QUOTE_BEFORE = re.compile(r"(?:``|“)[^'”\n]*$|(?:^|\s)\"[^\"\n]*$")
_CLOSING_QUOTE = re.compile(r"''|”|\"")
# A cue after the date counts as this many characters farther than one before it.
_AFTER_PENALTY = 8


# A schedule verb in the third person governing what follows it ("The museum reopens in the
# autumn"): a plan, not a habit (the base forms are adjectives too: "is open Monday").
_THIRD_PERSON = "|".join(v for v in _SCHEDULE_VERBS.split("|") if v.split("\\")[0].endswith("s"))
SCHEDULED = re.compile(
    r"\b(?:" + _THIRD_PERSON + r")\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$", re.IGNORECASE
)


_ONLY_A_PREPOSITION = re.compile(r"[\s,]*(?:(?:on|next|this|early|late)\s+)?", re.IGNORECASE)
# A subject, then a schedule verb in the present, right after a date opening its clause.
_SCHEDULE_RIGHT_AFTER = re.compile(r"\s+(?:" + _THIRD_PERSON + r")\b", re.IGNORECASE)
_SCHEDULED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.'’-]+\s+){0,3}?(?:"
    + _THIRD_PERSON
    + r")\b",
    re.IGNORECASE,
)


def clause_tense(before: str, after: str) -> int | None:
    """The tense of the verb nearest the date in ``before`` + the date + ``after``: -1 past,
    +1 future or planned, 0 present, None when neither side holds a verb.

    The clause of the date is read first: from the last subordinating word before it ("ruled
    that he must leave by Jan. 14") to the first one after it ("arrested Thursday as he was about
    to leave"); the words beyond count only when that clause has no verb."""
    if "left" in before:  # "20 games left": what remains, no verb (the length is kept)
        before = _LEFT_OVER.sub(r"\1 over", before)
    # "in September, three months later than originally planned": a yardstick, no verb
    before, after = _YARDSTICK.sub(r"\1", before), _YARDSTICK.sub(r"\1", after)
    closing = _CLOSING_QUOTE.search(after)
    if closing is not None and _OPEN_QUOTE_BEFORE.search(before):
        after = after[: closing.start()]  # "``… in the spring,'' said X": the quote's own
    subs = list(_SUBORDINATE.finditer(before))
    own_before = before[subs[-1].end() :] if subs else before
    ends = [m.start() for m in (_SUBORDINATE.search(after), _COORDINATE.search(after)) if m]
    own_after = after[: min(ends)] if ends else after
    if _SET_FOR.search(before) and _EVENT_NOUN_AFTER.match(after):
        return 1  # "set a May 17 trial date": the day of an event still to come
    if _DATE_OWNS_NOUN.match(after):  # "said Monday's meeting will be held": the noun's
        found = _nearest("", own_after)  # own verb, not the one that reports it
        if found is not None:
            return found
    if _REPORTING_AFTER.match(after) and _CUES.search(own_before):
        own_after = ""  # "will publish them in the fall, a spokeswoman said": the telling's
    found = _nearest(own_before, own_after)
    if (
        found is None
        and _ONLY_A_PREPOSITION.fullmatch(own_before)
        and _SCHEDULED_AFTER.match(own_after)
    ):
        return 1  # "On Thursday the pope travels to Santa Clara": a schedule in the present
    if found in (0, None) and _SCHEDULE_RIGHT_AFTER.match(own_after):
        return 1  # "The launch window Thursday opens at 8:45 a.m.": the day's schedule
    if found is None and (own_before != before or own_after != after):
        found = _nearest(before, after)
    return found


# A plan or a forecast a thing is measured against: "later than originally planned", "faster than
# expected", "as scheduled"
_YARDSTICK = re.compile(
    r"\b(than|as)\s+(?:(?:originally|previously|initially|first|earlier|once|had\s+been|was|were)"
    r"\s+)?(?:planned|expected|scheduled|anticipated|forecast|estimated|projected|predicted"
    r"|thought|hoped|feared|announced|promised|intended)\b",
    re.IGNORECASE,
)
# A count of things and "left": "20 games left", "a few days left" (not "he left")
_LEFT_OVER = re.compile(
    r"(\b(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|no)"
    r"\s+[a-z]+)\s+left\b",
    re.IGNORECASE,
)
_DATE_OWNS_NOUN = re.compile(r"['’]s?\s+[a-z]")  # "Monday's board meeting", "Jan. 1's vote"
# A day set for an event, the date before the event's noun: "set a May 17 trial date"
_SET_FOR = re.compile(r"\b(?:set|sets|setting|scheduled|fixed)\s+(?:a|an|the)\s+$", re.I)
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:trial|hearing|court|sentencing|arraignment|election|vote|deadline|start|launch"
    r"|opening|meeting|date)\b",
    re.IGNORECASE,
)


def _nearest(before: str, after: str) -> int | None:
    best: tuple[int, int] | None = None
    for m in _CUES.finditer(before):
        if _sign(m) == -1 and _VERB_THEN_ADJECTIVE.search(before, 0, m.start()):
            continue  # "will publish revised guidelines": an adjective, no past
        sign = _sign(m)
        if m.group().lower() == "could" and _NO_ONE_BEFORE.search(before, 0, m.start()):
            sign = -1  # "Neither he nor his parents could be located Wednesday": a past
        distance = len(before) - m.end()
        if best is None or distance <= best[0]:
            best = (distance, sign)
    first = _CUES.search(after)  # the first cue after the date is the nearest there
    if first is not None and _PURPOSE_BEFORE.search(after, 0, first.start()):
        first = None  # "telephoned them early Friday to urge them to close": a purpose
    if first is not None:
        # a verb right after the date is its clause's own: "a concert planned for Friday was
        # cancelled"
        distance = -1 if not after[: first.start()].strip() else first.start() + _AFTER_PENALTY
        if _ING_FIRST.match(first.group()):  # "arrived in Beijing on Wednesday expecting to
            distance = first.start() + 4 * _AFTER_PENALTY  # stay": a clause of its own
        sign = _sign(first)
        if sign == 1 and _WANTED_IN_THE_PAST.match(first.group()):
            sign = -1  # "Zhu on Thursday called on governments to act": the call is the date's
        if best is not None and best[1] == -1 and distance == -1:
            gap = before[len(before) - best[0] :]
            if best[0] <= 1 or _PREPOSITION_GAP.fullmatch(gap):
                # "The antenna installed Monday will relay data": the participle's day; "the
                # surplus, which the office projected in January would total…": the verb's
                return -1
        if best is None or distance < best[0]:
            best = (distance, sign)
    return None if best is None else best[1]


_PREPOSITION_GAP = re.compile(r"\s*(?:in|on|at|during|early|late)?\s*", re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(r"^\s*(?:in\s+order\s+)?to\s+$", re.IGNORECASE)
_ING_FIRST = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
# A subject that denies, before "could": "Neither he nor X could be located", "No one could"
_NO_ONE_BEFORE = re.compile(r"\b(?:neither|nobody|no\s+one|none)\b[^.;]*$", re.IGNORECASE)
# A future's verb right before a word in -ed, which is then its object's adjective: "will publish
# revised guidelines", "would ship improved models" (not "will have finished": a perfect)
_VERB_THEN_ADJECTIVE = re.compile(
    r"\b(?:will|would|shall|could|may|might|must|should)\s+(?:not\s+)?"
    r"(?!(?:have|be|been|being|get|got)\b)[a-z]+\s+$",
    re.IGNORECASE,
)


# An intention or an appeal told in the past: after the date, the past verb is the date's own
# ("on Thursday urged them to act"); before it, what is wanted is ahead ("urged them to act by
# Thursday").
_WANTED_IN_THE_PAST = re.compile(
    r"(?:appealed|called|urged|asked|encouraged|told|persuaded|wanted|expected|hoped|intended"
    r"|aimed|planned|promised|vowed|pledged|threatened|decided|agreed|voted|ordered|subpoenaed"
    r"|summoned|invited)\b",
    re.IGNORECASE,
)


def _sign(m: re.Match[str]) -> int:
    if m.group("future") is not None:
        return 1
    return -1 if m.group("past") is not None else 0


# What between a past verb and its date makes the date a plan the past told of: "invited them to
# a ceremony on March 12", "had been set to expire Nov. 6", "was extended to Nov. 16"
_PLAN_BETWEEN = re.compile(r"\b(?:to|until|till|for|by)\b", re.IGNORECASE)


def past_governs(before: str) -> bool:
    """Whether the date right after ``before`` is the time of a past verb near it with nothing
    that looks ahead in between: "The tax cut took effect Jan. 1", "The company was sold on
    Dec. 2", "completed the acquisition on Jan. 31" (at most four words in between)."""
    last = None
    for last in _CUES.finditer(before):  # noqa: B007
        pass
    if last is None or last.group("past") is None:
        return False
    between = before[last.end() :]
    if _PLAN_BETWEEN.search(between) is not None:
        return False
    return len(between.split()) <= 4 or _WHERE_THEN_ON.match(between) is not None


# A past verb right after a date that ends its subject, a second date or a day before it: "storms
# in January and February left streets unplowed", "Sales in March fell 3%"
_SUBJECT_THEN_PAST = re.compile(
    r"(?:\s*,?\s+(?:and|or)\s+(?-i:[A-Z])[a-z]+\.?)?(?:\s+(?:also|alone|too))?\s+"
    r"(?:" + "|".join(w for w in _IRREGULAR_PAST if w != "ago") + r"|(?!" + _NOT_VERBS + r"\b)"
    r"(?-i:[a-z])[a-z]+ed)\b(?!-)",
)


def past_follows(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` closes the subject of a past verb that comes right
    after it ("storms in January left streets unplowed"): that verb is the date's own."""
    return _SUBJECT_THEN_PAST.match(text, end) is not None


# Where a past event took place, then its day: "was unveiled at the New York toy fair on Feb. 13"
_WHERE_THEN_ON = re.compile(
    r"\s+(?:[a-z]+ed\s+)?(?:(?:at|in|during)\s+(?:the|a|an|its|his|her|their)\s+"
    r"(?:[\w'’.-]+\s+){1,4}"
    # or a place's name, a state's after it: "was launched from Cape Canaveral, Fla., on Jan. 3"
    r"|(?:at|in|from|near)\s+(?-i:[A-Z][\w'’.-]*,?\s+){1,4})on\s+$",
    re.IGNORECASE,
)


# Verbs that report, direct or look ahead, whose past tense says nothing of a deadline's side
# ("Forecasters said the storm could reach the coast by Saturday", "ordered the board to redeem
# the plan by Monday")
_REPORTING = re.compile(
    r"(?:said|told|reported|announced|warned|predicted|forecast|added|noted|ordered|asked|urged"
    r"|gave|demanded|insisted|expected|scheduled|planned|hoped|promised|agreed|vowed|pledged"
    r"|declared|proclaimed|imposed)$",
    re.IGNORECASE,
)


def deadline_ahead(before: str) -> bool:
    """Whether "by <day>" after ``before`` is a deadline still ahead: the verb nearest before it
    looks ahead, is in the present, or only reports or directs in the past ("were expected to
    match the cuts by Friday", "said rain could fall by Wednesday"); a past verb of its own
    ("the fire was contained by Saturday") keeps it in the past."""
    last = None
    for last in _CUES.finditer(before):  # noqa: B007
        pass
    if last is None or last.group("past") is None:
        return True
    if _INFINITIVE_BEFORE.search(before, 0, last.start()):
        return True  # "hoped to have the fire contained by Thursday": a participle of a plan
    if _TO_DO.search(before, last.end()):
        return True  # "I've got three typewriters to fix by Tuesday": what is to be done
    return _REPORTING.search(last.group().strip()) is not None


# An infinitive after the past verb, which the deadline is the infinitive's: "got three to fix"
_TO_DO = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|be|have)\b)[a-z]+\s+$", re.I)
# An infinitive of a perfect or a passive a few words before a participle: "to have the fire 50
# percent contained", "to be completed"
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:have|be|get)\s+(?:[\w$.,'’-]+\s+){0,5}$", re.IGNORECASE)

"""Background and topics: a trigger word in a clause that tells history, a habit or the topic of a text, no act.

docs/annotation.md ("What is an event") leaves out general states, background and nouns that only name an event as
the topic of talk. The rules here catch the constructions of real news that put a known trigger in such a clause:

* history: an act put in the past by "once"/"formerly" ("the group once controlled a third of Iraq"), told over
  years or decades ("fought over the border for years") or with "has long" ("has long campaigned for"); an act dated
  by a past year stays an event with its date (the seeds gold keeps those);
* habit: a present-tense act with an adverb of habit ("its fighters still carry out sporadic attacks");
* a conflict's course: a present perfect progressive told since a year a decade or more before publication ("the
  rebels have been battling the army since 1975"), with its "with" clause ("..., with hundreds killed in
  the fighting"); an attack a party or place undergoes in the present tense with an adverb of habit ("convoys
  regularly come under fire", "the posts are frequently attacked"); a kind of act a place is beset by ("a province
  plagued by bombings"); a gerund of what a party is like ("has become a threat, attacking soldiers on patrol"); a
  count of the killed over a calendar stretch ("320 people have been killed this year", "since 2019");
* basis: an agreement noun another act is done under or in line with ("returned under a repatriation agreement",
  "based on the Minsk agreements"): the agreement in force, no agreement reached;
* topic: an event noun in the "on/about" phrase of a noun of talk or text ("talks on a free trade agreement", "a
  conference on security cooperation"), in the "of" phrase of a noun of possibility ("the risk of an invasion") or
  of a stance taken on it ("Hanoi's rejection of Chinese demands": the stance is the act), or the infinitive of an operation only talked about ("discussed planning for
  operations to free the city of X");
* standing location: a present-tense passive of stationing ("the battalion is stationed in Texas");
* standing work: a present-tense verb of help whose object is a bare plural, in a relative clause on its party ("the
  council, which supports displaced families"), a body's present-tense physical work with a bare object
  and no date ("the naval mission protects merchant shipping", "it provides clean water to displaced communities"),
  or a unit's patrol whatever its object ("the task force patrols the waters of X"), or one told with its purpose
  ("patrols the Gulf of Aden to deter piracy");
* texts and definitions: what a list holds ("the list contains 300 names"), the infinitive on a defining noun ("red
  notices are requests to arrest wanted persons"), a gerund that is the subject of a judgement ("defeating X will
  take time");
* terms: what an arrangement expects of a party ("under the agreement, the rebels are expected to disarm");
* a death told before: the relative clause on a person a release identifies ("identified the soldier who was
  killed");
* a party's record: an undated present perfect in a relative clause on the noun that says who a party is
  ("Al-Shabaab, an al-Qaeda affiliate that has carried out attacks in Kenya"), or a relative clause on the people
  a group is made of ("the brigade is made up of militiamen who split from the party's youth wing");
* a biography: acts under "before his appointment" or a past post ("previously served as ambassador, where he
  negotiated X"), a person joining a service ("joined the Foreign Service in 1998");
* a line that links to another text ("Read more: Minister visits troops in Estonia", "See also: ..."): the title of
  another release;
* a standing state or work: the present simple of holding power over a place ("Hamas controls the Gaza Strip"), or
  of help by a programme, office or mission ("the mission supports the Somali government in building X");
* a principle: the infinitive on a way or means ("dialogue is the only way to resolve disputes");
* a feared act: the infinitive on a noun of pretext or motive ("a pretext for the government to criminalise the
  opposition", "an excuse to invade"): an act a party might take, not one taken;
* an evaded measure: a blockade, embargo or sanctions another party evades or gets past ("a tanker that evaded
  the US blockade", "manoeuvred past the blockade"): the measure in force, no measure imposed;
* a record: acts told as repeated, as a trend, over a long stretch or as a vague tally ("has repeatedly attacked
  X", "has carried out thousands of attacks", "throughout the 1980s"), in ``records``;
* a judged act: an event noun with no date that is the subject of a verb of consequence ("the American withdrawal
  emboldened rivals", "sanctions have failed to change its course"): the act is what the judgement is about.
* a war's course: a war, invasion or offensive named as the time from which or the cause by which something else is
  told ("since Russia's invasion of Ukraine", "since the start of the war", "since the invasion began", "due to the
  invasion") or by its age in years ("the nearly four-year-old war", "its almost two-year offensive").

The word lists are in ``resources/events/background.json``.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from ..resources import load_word_lists
from .argwords import is_party_noun, is_place_head
from .nonevents import HELP_TYPES
from .nonevents import words as nonevent_words
from .time import is_present, is_present_perfect
from .frames import TOLL_VERBS
from .phrases import DEATH_VERBS, pobjs
from .phrases import doc_text, tokens_with
from .records import record

__all__ = ["background"]

#: event types of physical work a body does as its standing task ("the service clears landmines")
_WORK_TYPES = frozenset({"AID", "CONCEDE", "COOPERATE", "COERCE", "MOBILIZE", "RETREAT"})


def words() -> dict[str, frozenset[str]]:
    """The word lists of ``resources/events/background.json``, as sets."""
    return load_word_lists("events", "background.json")


def history(anchor: Token) -> bool:
    """A past act put into history by "once"/"formerly" ("the group once controlled a third of Iraq") or told over
    years ("fought over the border for years", "have burned villages for two decades"): background, no act the
    article reports. An act dated by a past year stays an event with that date (the seeds gold keeps "retook Kabul in
    2021"). A present perfect over a counted number of years ("has bombed Gaza for two years", "has occupied Crimea
    for ten years") tells an act still going on, an event by the guideline; over counted decades it is history."""
    w = words()
    if anchor.pos_ != "VERB" or anchor.tag_ not in ("VBD", "VBN"):
        return False
    # "militias have burned villages for two decades": an active present perfect over counted years is history too;
    # "was jailed for two years" keeps its count (a sentence, an act)
    first = anchor.head if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB" else anchor
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in first.children) and not any(
        c.dep_ == "auxpass" for c in (*first.children, *anchor.children))
    for c in anchor.children:
        if c.dep_ == "advmod" and c.lower_ in w["former_adverbs"] and c.i < anchor.i:
            return True
    # "have burned villages and killed civilians for two decades": the period closes the coordination
    verbs = [anchor, *(c for c in (*anchor.children, *first.children) if c.dep_ == "conj" and c.pos_ == "VERB")]
    for c in (c for v in verbs for c in v.children):
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lower_ in w["long_periods"] and (not any(
                    n.dep_ in ("nummod", "det") for n in g.children) or (
                        perfect and g.lower_ in w["counted_long_periods"])) for g in c.children):
            return True
    return False


def standing(anchor: Token) -> bool:
    """A present perfect with "long" ("the group has long campaigned for X", "has long maintained that"): a standing
    position or practice, no act done now."""
    return is_present_perfect(anchor) and any(
        c.dep_ == "advmod" and c.lower_ == "long" and c.i < anchor.i for c in anchor.children)


def text_subject(anchor: Token, source: str | None) -> bool:
    """A verb of the generated layer whose subject is a text or list ("the list contains 300 names", "the chapter
    lists shipments"): what a text holds, no act."""
    return source == "cameo" and any(c.dep_ == "nsubj" and c.lemma_.lower() in words()["text_nouns"]
                                     for c in anchor.children)


def definition(anchor: Token) -> bool:
    """An infinitive on the noun that defines a subject ("its red notices are requests to locate and arrest wanted
    persons"), or on a way or means ("dialogue is the only way to resolve disputes", "the best path to end the war"):
    what the thing is for, or a principle, no act."""
    node = anchor
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
        return False
    head = node.head
    return (node.dep_ == "acl" and head.dep_ == "attr" and head.head.lemma_ == "be") or (
        head.pos_ == "NOUN" and head.lemma_.lower() in words()["means_nouns"])


def habit(anchor: Token) -> bool:
    """A present-tense act with an adverb of habit ("its fighters still carry out sporadic attacks"): a general
    state."""
    if anchor.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in anchor.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in words()["habit_adverbs"] for c in anchor.children)


def topic(token: Token) -> bool:
    """An event noun in the "on/about" phrase of a noun of talk or text ("talks on a free trade agreement", "a
    conference on security cooperation"): the topic, no act."""
    w = words()
    node = token
    if node.dep_ in ("compound", "amod") and node.head.pos_ == "NOUN":
        node = node.head  # "a conference on [security] cooperation", "talks on a [peace] agreement"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in w["possibility_nouns"]:
        return True  # "the risk of a Russian invasion", "the prospect of sanctions": an act that has not happened
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in w["stance_nouns"]:
        return True  # "Hanoi's rejection of Chinese demands", "its defiance of UN sanctions": what the stance is on
    if node.dep_ != "pobj" or node.head.lower_ not in w["topic_preps"]:
        return False
    head = node.head.head
    if head.pos_ == "VERB" and node.head.dep_ == "prep":  # "made a statement on the attack": the parser hangs the
        return any(c.dep_ in ("dobj", "obj") and c.lower_ in w["topic_heads"] for c in head.children)  # phrase on
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ in w["topic_heads"]  # the verb


def discussed(token: Token) -> bool:
    """An event noun that a verb of discussion takes as its object ("discussed Iran's seizure of tankers", "reviewed
    the withdrawal"), through a conjunct or an "including" phrase ("discussed the crisis, including the detention of
    X"), or that views are exchanged on ("exchanged views on the arrests"): the topic of the talk, no act; the talk is
    the event (docs/annotation.md: "discussed the campaign to liberate Mosul")."""
    w = words()
    node = token
    for _ in range(6):
        head = node.head
        if node.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and (head.lemma_.lower() in w["discussion_verbs"] or
                                                                    node.lower_ in w["view_nouns"]):
            return True  # "discussed X"; "exchanged views ..., including X"
        if node.dep_ in ("conj", "appos") and head != node:
            node = head
        elif node.dep_ == "pobj" and head.lower_ in w["topic_links"]:
            over = head.head  # "discussed [the crisis], including X"; "exchanged [views] on X"; "talked about X"
            if head.lower_ != "including" and (over.lemma_.lower() in w["discussion_verbs"] or (
                    over.pos_ == "VERB" and over.lemma_.lower() == "talk") or over.lower_ in w["view_nouns"]):
                return True
            node = over
        elif node.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.pos_ in ("NOUN", "PROPN"):
            node = head.head  # "the situation in Myanmar, including X": the topic the place or part belongs to
        else:
            return False
    return False


def _finite(verb: Token) -> bool:
    """True for a verb told in a tense of its own ("the attack that killed ten", "how Iran will respond"), not an
    infinitive, a gerund or a participle hanging on what is talked about."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
        return True
    if verb.tag_ == "VBP" and verb.dep_ in ("ccomp", "xcomp") and verb.head.tag_ in ("VB", "VBG"):
        return False  # "steps to let the army redeploy": the parser's present tense for a bare infinitive
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD")


def weighed_act(token: Token) -> bool:
    """An act in an infinitive, gerund or bare verb under what a verb of discussion takes as its object ("talked over
    plans for a force to confront X", "discussed regional steps so that states quickly take back their nationals",
    "discussed the road ahead in battling X", "the job of guarding convoys from raids"), or an event noun
    such a verb takes as its own object: what the talk weighs, no act told; the talk is the event (docs/annotation.md).
    A verb with a tense of its own ("discussed the attack that killed ten soldiers") tells its act."""
    w = words()
    node = token
    for _ in range(8):
        head = node.head
        if head == node:
            return False
        if node.pos_ in ("VERB", "AUX"):
            if _finite(node) or node.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "pcomp", "conj"):
                return False
        elif node.pos_ in ("NOUN", "PROPN"):
            if node is not token and discussed(node):
                return True
            if node.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and node is not token:
                pass  # the object of an act weighed: climb to that act
            elif node.dep_ in ("dobj", "obj", "pobj", "conj", "appos"):
                pass
            else:
                return False
        elif node.dep_ != "prep":
            return False
        if head.pos_ == "VERB" and node.dep_ in ("xcomp", "advcl") and node.pos_ == "VERB" and \
                head.lemma_.lower() in w["discussion_verbs"] and any(c.dep_ in ("dobj", "obj") for c in head.children):
            # "discussed setting up a force to confront X": the parser hangs it on the verb; a participle set off by
            # a comma is the talkers' own act ("discussed the crisis, calling on X to ...")
            return not (node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ",")
        if head.pos_ == "VERB" and node.dep_ == "prep" and head.lemma_.lower() in w["discussion_verbs"] and \
                node.lower_ in w["topic_links"] | {"in"} and token.pos_ in ("VERB", "AUX"):
            return True  # "discussed the road ahead in battling X" (the parser hangs "in" on the verb)
        if head.pos_ == "VERB" and node.dep_ in ("dobj", "obj") and _finite(head):
            return False  # the act's own object: "killed ten soldiers"
        node = head
    return False


def basis(token: Token) -> bool:
    """An agreement noun another act is done under ("returned under a repatriation agreement", "efforts to settle
    the conflict based on the Minsk agreements", "in accordance with the defence accord"): the agreement in force,
    named as the basis of that act, no agreement reached in the sentence (``basis_phrases``)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    holder = prep.head
    phrases = words()["basis_phrases"]
    return prep.lower_ in phrases or f"{holder.lower_} {prep.lower_}" in phrases or \
        (holder.head.lower_ == "in" and f"in {holder.lower_} {prep.lower_}" in phrases)


#: prepositions of the point an attack hit ("the strike on the school", "the raid against the camp"): an attack so
#: told is a given act the sentence reports with its effect, not a policy judged (``judged_act``); the "of" of a
#: campaign ("the invasion of Ukraine") names what the judged act was about and is left out
_ATTACK_TARGET_PREPS = frozenset({"on", "against", "at"})


def judged_act(token: Token, event_type: str | None = None) -> bool:
    """An event noun that is the subject of a verb of consequence, with no date and no indefinite article ("the
    American withdrawal from Afghanistan emboldened rivals", "Western sanctions have failed to change its course",
    "China's blockade drills raise the cost of a miscalculation"): an act the reader knows, the topic of the
    judgement, no act the text reports. "An attack on Monday killed four", "the strike on X killed 20" stay, and so
    does an attack told with the point it hit ("the Israeli strike on the school created panic"): the effect of an
    attack on a named target is news of that attack ("the Russian invasion of Ukraine changed Europe's security
    order" stays a judgement)."""
    if event_type == "ASSAULT" and any(c.dep_ == "prep" and c.lower_ in _ATTACK_TARGET_PREPS and
                                       any(g.dep_ == "pobj" for g in c.children) for c in token.children):
        return False
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        token = token.head  # "China's [blockade] drills raise the cost"
    if token.dep_ != "nsubj" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = token.head
    if verb.lemma_.lower() not in words()["consequence_verbs"] or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def pretext_act(anchor: Token) -> bool:
    """The infinitive on a noun of pretext or motive, or a verb coordinated with it ("a pretext for the government
    to distract attention and criminalise the opposition", "use the incident as an excuse to invade", "gives Caracas
    a reason to arrest opposition leaders"): an act feared or expected, not done."""
    node = anchor
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ not in ("acl", "advcl", "relcl") or not any(c.dep_ == "aux" and c.tag_ == "TO"
                                                             for c in node.children):
        return False
    return node.head.pos_ == "NOUN" and node.head.lemma_.lower() in words()["pretext_nouns"]


def kind_helped(anchor: Token, event_type: str | None) -> bool:
    """A present-tense verb of help whose object is a bare plural (people or things), in a relative clause that
    describes its party ("the council, which supports displaced families, ...", "Iran, which supplies drones to
    Russia, denied ..."): what the party does in general, background to the sentence's own act. Said in a main clause
    ("the UK supports refugees in Jordan") it tells help that is happening, which the guideline counts."""
    if event_type not in HELP_TYPES or anchor.dep_ != "relcl" or anchor.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in anchor.children):
        return False
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(o.tag_ == "NNS" and not o.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "compound") for c in o.children) for o in objects)


def _counted(obj: Token) -> bool:
    """An object told with a number, an entity or a determiner of its own ("30 trucks of food", "$5 million",
    "the hospital in Kidal"): a given delivery, not a kind of work."""
    return bool(obj.ent_type_) or any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)


def _undated(anchor: Token) -> bool:
    """No date or time in the clause of ``anchor`` outside its subject ("X, which was listed in 1997, ...")."""
    subject = {t.i for c in anchor.children if c.dep_ == "nsubj" for t in c.subtree}
    return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in subject for t in anchor.subtree)


def _standing_help(anchor: Token, objects: list[Token]) -> bool:
    """Help by a programme, office or mission named by a common noun as the subject of a present simple in a full
    sentence ("the mission supports the Somali government in building its institutions", "the office provides legal
    aid to victims"): its standing work, as a fact sheet gives it. A counted delivery ("delivers 30 trucks of food",
    "trains 400 Somali soldiers"), a body with a named party ("UN agency", "the EU mission") or a headline tells an
    act."""
    w = words()
    body = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if body is None or body.pos_ != "NOUN" or body.ent_type_ or body.lemma_.lower() not in w["standing_bodies"]:
        return False
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.ent_type_ in ("ORG", "GPE", "NORP")
           for c in body.children):
        return False
    last = next((t for t in reversed(anchor.sent) if not t.is_space), anchor)
    if last.text != ".":
        return False  # a headline: the act of the day
    return not any(c.dep_ == "nummod" or c.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
                   for o in objects for c in (o, *o.children))


def body_work(anchor: Token, event_type: str | None) -> bool:
    """A body's standing work in the present tense: a physical act of a singular organisation with a bare object and
    no date ("the naval mission protects merchant shipping", "it provides clean water to displaced communities"), or
    help by a programme, office or mission (``_standing_help``): its description, no act (a country's present-tense
    headline act keeps its event)."""
    helping = event_type in HELP_TYPES and anchor.lemma_.lower() in words()["help_verbs"]
    if not (event_type in _WORK_TYPES or helping) or not is_present(anchor) or any(
            c.dep_ == "neg" for c in anchor.children) or not _undated(anchor):
        return False
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    if helping and _standing_help(anchor, objects):
        return True
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    if event_type not in _WORK_TYPES or anchor.tag_ != "VBZ" or not subjects or not objects or any(
            t.ent_type_ in ("DATE", "TIME") for t in anchor.subtree):
        return False
    body = subjects[0]
    if body.lower_ != "it" and (body.ent_type_ in ("GPE", "NORP", "PERSON") or body.pos_ == "PRON"):
        return False
    if event_type == "MOBILIZE" and anchor.lemma_.lower() in words()["patrol_verbs"]:
        # "Task Force 151 patrols the waters of the Arabian Sea", "X patrols the Gulf of Aden to deter piracy": a
        # unit's standing watch, whatever the object; "the coast guard patrols the waters around X" is a deployment
        return any(t.lemma_.lower() in words()["standing_units"] for t in body.subtree) or any(
            c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
            for c in anchor.children)
    if body.lower_ != "it" and not (body.ent_type_ == "ORG" or any(c.dep_ in ("det", "poss") for c in body.children)):
        return False
    return all(o.pos_ == "NOUN" and not _counted(o) for o in objects)


def gerund_subject(anchor: Token) -> bool:
    """A gerund that is the subject of its clause ("defeating ISIL will take time", "attacking civilians is a war
    crime"): the act is what the clause says something about."""
    if anchor.tag_ != "VBG" or anchor.left_edge.i != anchor.i:
        return False
    if anchor.dep_ == "csubj":
        return True
    if not any(c.dep_ in ("dobj", "obj") for c in anchor.children) and any(
            c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.left_edge.i == anchor.i + 1 for g in c.children) and any(
                g.dep_ == "aux" and g.tag_ == "MD" for g in c.children) for c in anchor.children):
        return True  # "defeating Mordor will take time", parsed as "defeating [Mordor will take time]"
    after = anchor.right_edge.i + 1
    if after >= anchor.sent.end:
        return False
    nxt = anchor.doc[after]
    verb = nxt if nxt.pos_ == "VERB" else nxt.head  # "defeating X will take time": the parser often leaves "take"
    return nxt.tag_ in ("MD", "VBZ", "VBD") and verb.i > anchor.i and not any(  # with no subject and hangs the
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)  # gerund elsewhere


def terms(anchor: Token) -> bool:
    """What an arrangement expects of a party: an act expected, required or that a party "must/shall" do, in a clause
    with "under <the agreement/plan/law>" ("under the agreement, the rebels are expected to disarm in stages"): a
    provision. "Under the deal, X will withdraw" stays: a planned act announced."""
    nouns = nonevent_words()["provision_nouns"]
    node, expected = anchor, False
    if anchor.dep_ == "xcomp" and anchor.head.lower_ in ("expected", "required", "obliged", "due", "supposed"):
        node, expected = anchor.head, True
    bound = expected or any(c.dep_ == "aux" and c.lower_ in ("shall", "must") for c in node.children)
    return bound and any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in c.children) for c in node.children)


def planned_purpose(anchor: Token) -> bool:
    """The infinitive of an operation or effort that is only the topic of talk or planning ("discussed planning for
    forthcoming operations to free the city of X", "talks on a campaign to retake Y"): the purpose of an operation
    not told as done, no act."""
    w = words()
    to = next((c for c in anchor.children if c.dep_ == "aux" and c.tag_ == "TO" and c.i == anchor.i - 1), None)
    if to is None or to.i == 0 or anchor.dep_ not in ("acl", "xcomp", "advcl"):
        return False
    noun = anchor.doc[to.i - 1]  # the parser hangs "operations to free X" on the noun or on the verb before it
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w["effort_nouns"] or (
            anchor.dep_ != "acl" and noun.dep_ != "pobj"):
        return False
    node = noun
    for _ in range(4):
        if node.head == node:
            break
        node = node.head
        if node.lemma_.lower() in w["talk_verbs"] or (node.pos_ == "NOUN" and node.lower_ in w["topic_heads"]):
            return True
    return False


def identified_dead(anchor: Token, event_type: str | None) -> bool:
    """A death in a relative clause on the person a release identifies or names ("the Department has identified the
    service member who was killed in X"): the death told before, no second attack."""
    if event_type != "ASSAULT" or anchor.dep_ != "relcl" or not any(c.dep_ == "auxpass" for c in anchor.children):
        return False
    person = anchor.head
    return person.dep_ in ("dobj", "obj") and person.head.lemma_.lower() in words()["naming_verbs"]


def career(anchor: Token) -> bool:
    """An act told in a person's biography: in a clause under "before/during <his appointment/career>" ("Before her
    appointment, she led the team that negotiated the deal") or under a past post ("he previously served as
    ambassador to Iraq, where he negotiated X"): background, no act the release reports."""
    w = words()
    node = anchor
    for _ in range(6):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in ("before", "during", "in", "prior") and any(
                    g.lemma_.lower() in w["career_nouns"] and any(p.dep_ == "poss" for p in g.children)
                    for g in c.subtree if g.dep_ == "pobj"):
                return True
            if c.dep_ == "advmod" and c.lower_ in w["career_adverbs"] | w["former_adverbs"] and \
                    node.lemma_.lower() in w["career_verbs"] and node != anchor:
                return True
        if node.head == node:
            break
        node = node.head
    return False


def joined_employer(anchor: Token) -> bool:
    """A person joining a service, ministry or firm ("Ambassador Carter joined the Foreign Service in 1998", "she
    enlisted in the Army"): a line of a biography, no act; a country or group joining a coalition stays one."""
    w = words()
    if anchor.lemma_.lower() not in w["enlist_verbs"]:
        return False
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    node = anchor
    while not subjects and node.dep_ == "conj" and node.head != node:
        node = node.head  # "was born in X and joined the army in 1990"
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
    if not subjects or not all(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") for s in subjects):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in anchor.children):
        return False  # "joined forces with X to pressure Iran", "joined the talks with Y": a party's act
    places = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    places += [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
               if g.dep_ == "pobj"]
    return any(p.lemma_.lower() in w["employer_nouns"] for p in places)


def stationed(anchor: Token, event_type: str | None) -> bool:
    """A unit's standing location: a present-tense passive of stationing with no date ("the battalion is stationed in
    Texas", "the fleet is based in Bahrain"): no deployment ("will be stationed", "were stationed in May" stay)."""
    if event_type != "MOBILIZE" or anchor.tag_ != "VBN" or anchor.lemma_.lower() not in words()["station_verbs"]:
        return False
    if any(c.dep_ == "aux" for c in anchor.children) or not any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in anchor.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in anchor.subtree)


def _first_colon(doc: Doc) -> int:
    """The index of the doc's first colon token (the doc's length when it has none), found once per doc."""
    cached = doc.user_data.get("annalyst_first_colon")
    if cached is None or cached[0] != len(doc):
        found = tokens_with(doc, (":",)) if ":" in doc_text(doc) else []
        cached = doc.user_data["annalyst_first_colon"] = (len(doc), found[0].i if found else len(doc))
    return cached[1]


def link_line(token: Token) -> bool:
    """The word stands after the label of a line that links to another text ("Read more: Minister visits troops in
    Estonia", "See also: UK sanctions Iranian officials"): the title of another release, no act of this text. A line
    closed by a full stop is a sentence of the text's own report."""
    if _first_colon(token.doc) > token.i:
        return False  # no colon up to the word: no label before it
    sent = token.sent
    colon = next((t for t in sent[:4] if t.text == ":"), None)
    if colon is None or colon.i > token.i:
        return False
    if " ".join(t.lower_ for t in token.doc[sent.start:colon.i]) not in words()["link_labels"]:
        return False
    text = doc_text(token.doc)
    end = text.find("\n", colon.idx)
    line = text[colon.idx:end if end >= 0 else len(text)].rstrip()
    return not line.endswith(".")  # a title has no closing full stop; a sentence after a label is the text's own


def standing_state(anchor: Token) -> bool:
    """The present simple of holding power over a place ("Hamas controls the Gaza Strip", "the junta rules the
    country", "controls large parts of rural Somalia"): a standing state, no act. "took control of X" stays a seizure,
    and a verb with a particle is another verb ("Israel rules out ceasefire talks" is a refusal)."""
    w = words()
    if anchor.lemma_.lower() not in w["state_verbs"] or not is_present(anchor) or any(
            c.dep_ in ("neg", "prt") for c in anchor.children) or not _undated(anchor):
        return False
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(_place(o) for o in objects)


def _place(obj: Token) -> bool:
    """A place held: a place name, a place noun, or a share of land of a place ("large parts of rural Somalia")."""
    if obj.ent_type_ in ("GPE", "LOC", "FAC") or is_place_head(obj):
        return True
    if obj.lemma_.lower() not in words()["state_places"]:
        return False
    of = pobjs([obj], ("of",))
    return not of or any(g.ent_type_ in ("GPE", "LOC", "FAC") or is_place_head(g) for g in of)


def party_record(anchor: Token) -> bool:
    """An undated present perfect in a relative clause on the noun that describes a party ("Al-Shabaab, an al-Qaeda
    affiliate that has carried out attacks in Kenya", "Wagner is a private military company that has deployed
    fighters to Libya"): the party's record, told to say who it is, no act the text reports. A relative clause on an
    event's own noun ("the strike, which has killed 20 people") or a dated one is not such a description."""
    if anchor.dep_ != "relcl" or not is_present_perfect(anchor):  # "that has / 's carried out attacks"
        return False
    head = anchor.head
    if head.pos_ != "NOUN" or not (head.dep_ == "appos" or (head.dep_ == "attr" and head.head.lemma_ == "be")):
        return False
    if not is_party_noun(head) and head.lemma_.lower() not in words()["record_heads"]:
        return False  # "the largest attack that has hit Kyiv", "a war that has killed 10,000": the act's own noun
    return not any(t.ent_type_ in ("DATE", "TIME") for t in anchor.subtree)


def members_record(anchor: Token) -> bool:
    """A relative clause on the people a group is made of ("the brigade is made up of militiamen who split from
    the party's youth wing", "a force composed of soldiers who defected in 2012"): who its members are, told to
    say what the group is, no act the text reports."""
    if anchor.dep_ != "relcl":
        return False
    head = anchor.head
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    verb = head.head.head
    return verb.lemma_.lower() in words()["membership_verbs"] and (
        verb.lemma_.lower() != "make" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))


#: types of the measures another party can evade or get past (a blockade, an embargo, sanctions)
_EVADED_TYPES = frozenset({"COERCE", "SANCTION"})


def evaded_measure(token: Token, event_type: str | None) -> bool:
    """A measure noun another party evades or gets past ("a tanker that evaded the US blockade", "tried to
    circumvent sanctions", "manoeuvred past the coast guard blockade"): the measure in force, named as what the
    evader defies, no measure imposed in the sentence (``evasion_verbs``, ``passage_verbs``, ``passage_preps``)."""
    if event_type not in _EVADED_TYPES:
        return False
    head = token.head
    if token.dep_ in ("dobj", "obj"):
        return head.lemma_.lower() in words()["evasion_verbs"]
    if token.dep_ == "pobj" and head.lower_ in words()["passage_preps"]:
        return head.head.lemma_.lower() in words()["evasion_verbs"] | words()["passage_verbs"]
    return False


#: years before publication from which a progressive told "since" that year is a conflict's course, not the day's
#: fighting (``history``: a count of decades is background, a count of years an act still going on)
_LONG_SINCE_YEARS = 10
_YEAR = re.compile(r"(1[89]|20)\d\d'?s?")


def _year_of(token: Token) -> int | None:
    """The year a token names ("2004", "1980s"), else None."""
    return int(token.text[:4]) if _YEAR.fullmatch(token.text) else None


def _publication_year(doc: Doc) -> int:
    published = getattr(doc._, "published", None)
    if isinstance(published, str) and published[:4].isdigit():
        return int(published[:4])
    return published.year if isinstance(published, date) else date.today().year


def long_running(anchor: Token) -> bool:
    """A present perfect progressive told since a year a decade or more before publication ("the rebels have been
    battling the army since 1975", "the country has been battling insurgencies since 2004"), or a "with"
    clause on one (", with hundreds of soldiers killed in the fighting"): the course of a long conflict, background;
    "have been fighting since dawn" or "since Monday" tells the day's fighting."""
    node = anchor
    if node.dep_ == "pcomp" and node.head.lower_ == "with" and node.head.head != node.head:
        node = node.head.head
    while node.dep_ == "conj" and node.head != node and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    if node.tag_ != "VBG":
        return False
    auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
    if "been" not in auxes or not auxes & {"has", "have", "'s", "'ve"}:
        return False
    return any(g.dep_ == "pobj" and (year := _year_of(g)) is not None and
               _publication_year(g.doc) - year >= _LONG_SINCE_YEARS
               for c in node.children if c.dep_ == "prep" and c.lower_ == "since" for g in c.children)


def undergone_habit(anchor: Token, event_type: str | None) -> bool:
    """An attack a party or place undergoes, in the present tense with an adverb of habit ("convoys on the road
    regularly come under fire", "the posts are frequently attacked"): a general state. The actor's own "regularly
    meets" is left to ``habit``, whose list keeps it an event."""
    if event_type != "ASSAULT" or anchor.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in anchor.children if c.dep_ in ("aux", "auxpass")]
    passive = anchor.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")
    undergone = not auxes and anchor.lemma_.lower() == "come" and (anchor.tag_ in ("VBZ", "VBP") or (  # "come
        anchor.tag_ == "VB" and any(c.dep_ == "nsubj" for c in anchor.children)))  # under fire" (parsed as a bare VB)
    return (passive or undergone) and any(c.dep_ == "advmod" and c.lower_ in words()["undergone_habit_adverbs"]
                                          for c in anchor.children)


def affliction(token: Token) -> bool:
    """An event noun in the "by" phrase of a participle of affliction ("a province plagued by sectarian violence and
    attacks by militants", "a region wracked by bombings"): the kind of act a place is beset by, no act of the day."""
    node = token
    while node.dep_ in ("conj", "appos") and node.head != node:  # "plagued by violence, an insurgency and attacks"
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "by":
        return False
    verb = node.head.head
    return verb.tag_ == "VBN" and verb.lemma_.lower() in words()["affliction_verbs"]


def _bare_plural(obj: Token) -> bool:
    return obj.tag_ == "NNS" and not obj.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod") for c in obj.children)


def state_participle(anchor: Token) -> bool:
    """A gerund clause on a verb of being or becoming with a complement, whose objects are bare plurals ("the group
    has become a menace, raiding outposts and abducting travellers"): what the party is like, no act told. A counted or named object ("was the deadliest attack, killing 30 soldiers") keeps it."""
    node = anchor
    for _ in range(4):
        if node.tag_ != "VBG" or node.dep_ not in ("advcl", "conj") or node.head == node:
            return False
        head = node.head
        if head.lemma_.lower() in words()["state_copulas"] and any(c.dep_ in ("attr", "acomp") for c in head.children):
            objects = [o for v in (anchor, *(c for c in anchor.children if c.dep_ == "conj"))
                       for o in v.children if o.dep_ in ("dobj", "obj")]
            return bool(objects) and all(_bare_plural(o) for o in objects) and not any(
                t.ent_type_ in ("DATE", "TIME") for t in anchor.subtree)
        node = head
    return False


def tally(anchor: Token, event_type: str | None) -> bool:
    """A present perfect of killing counted over a calendar stretch ("some 150 farmers have been killed this year",
    "since 2019, more than 900 civilians have been killed"): a tally, no act told. Only a verb of killing, wounding
    or dying counts so: "insurgents have ambushed convoys twice this year" tells attacks."""
    if event_type != "ASSAULT" or anchor.lemma_.lower() not in TOLL_VERBS | DEATH_VERBS or \
            not is_present_perfect(anchor):
        return False
    stretch = words()["tally_years"]

    def this_stretch(noun: Token) -> bool:
        return noun.lemma_.lower() in stretch and any(g.dep_ == "det" and g.lower_ in ("this", "last", "past")
                                                      for g in noun.children)
    for c in anchor.children:
        if c.dep_ in ("npadvmod", "advmod") and this_stretch(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("since", "in", "during", "over"):
            if any(g.dep_ == "pobj" and (this_stretch(g) or c.lower_ == "since" and _year_of(g) is not None)
                   for g in c.children):
                return True
    return False


def war_course(token: Token) -> bool:
    """A war, invasion or offensive noun told as a time, a cause or by its age in years (module docstring)."""
    w = words()
    if token.lemma_.lower() not in w["war_nouns"]:
        return False
    head = token.head
    if token.dep_ == "pobj" and (head.lower_ == "since" or head.lower_ == "to" and head.head.lower_ == "due"):
        return True  # "since Russia's invasion", "stranded due to the invasion"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in w["onset_nouns"]:
        return head.head.dep_ == "pobj" and head.head.head.lower_ == "since"  # "since the start of the war"
    if token.dep_ == "nsubj" and head.lemma_.lower() in w["onset_verbs"] and \
            any(c.dep_ == "mark" and c.lower_ == "since" for c in head.children):
        return True  # "since the invasion began"
    return any(c.dep_ in ("compound", "amod", "npadvmod", "nmod") and any(t.lower_ in w["war_ages"] for t in c.subtree)
               for c in token.children)  # "the nearly four-year-old war", "a two-year offensive"


def background(token: Token, anchor: Token, nominal: bool, event_type: str | None = None,
               source: str | None = None) -> bool:
    """The event at ``token`` (its word) and ``anchor`` (its verb, or the light verb of its noun) is background,
    habit or topic, no act (see the module docstring)."""
    if link_line(token) or party_record(anchor) or members_record(anchor) or record(token, anchor, nominal):
        return True
    if nominal:
        return topic(token) or discussed(token) or weighed_act(token) or (event_type == "AGREE" and basis(token)) or \
            judged_act(token, event_type) or evaded_measure(token, event_type) or affliction(token) or war_course(token) or \
            (anchor is not token and undergone_habit(anchor, event_type))
    return history(anchor) or habit(anchor) or pretext_act(anchor) or kind_helped(anchor, event_type) or \
        long_running(anchor) or undergone_habit(anchor, event_type) or state_participle(anchor) or \
        tally(anchor, event_type) or \
        gerund_subject(anchor) or \
        body_work(anchor, event_type) or \
        terms(anchor) or standing(anchor) or text_subject(anchor, source) or definition(anchor) or \
        planned_purpose(anchor) or weighed_act(anchor) or identified_dead(anchor, event_type) or career(anchor) or \
        stationed(anchor, event_type) or standing_state(anchor) or \
        joined_employer(anchor)

"""Claim status of an event (design.md): asserted, attributed, alleged, denied, proposed, predicted, hypothetical,
negated — with who asserts it (``attributed_to``) and who denies it (``denied_by``).

Cues come from ``resources/events/claims.json``. Their scope is the clause:

* the trigger's own clause (and the clause it is coordinated with, unless the trigger is finite on its own:
  "would not allow X and welcomed Y") gives *modality*: negation (``not``, ``never``,
  "failed to"), modals (``will``, ``may`` -> predicted; ``should`` -> proposed), a governing "plans/hopes/is likely/
  is ready to" (predicted), "urged/called ... to" (proposed), an ``if``/``unless`` adverbial clause (hypothetical);
* the verb whose complement clause holds the trigger gives the *source*: "claimed/alleged that", "accused X of"
  (alleged), "denied that" (denied), "proposed/suggested that" (proposed), "said/reported/stated that",
  "according to" (attributed; not when it names a ruling or decision: "according to the court's ruling, the ban
  was lifted" states the act, done by the ruling's author); its subject is ``attributed_to`` (or ``denied_by``);
* a gerund that spells out what a verb does ("should support them, including arming them") shares that verb's
  status and source;
* modality outranks source: "X said Y will attack" is predicted, attributed to X;
* an actor denying its own act: the gerund of "denied" ("Moscow denied supplying weapons"), the clause or gerund of
  a charge a deny verb takes ("rejected reports that it had sent drones", "denied accusations of / any involvement
  in supplying ..."): status denied, ``denied_by`` the deny verb's subject, and the deny verb is no event of its own;
  a negated act whose source speaks for its actor ("Turkey said it did not shell ...") is denied too (``events``);
* an alleged or reported event is also looked up for a denial: a deny verb whose object is the charge ("a charge
  Moscow denied") in the same sentence, or "rejected them/the allegations" in the next one (after a report, only a
  claim noun or a verb that only denies: "X denied the report", "X denied it"); its subject goes to ``denied_by``
  and the deny verb is not coded as an event of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from .cooperation import rung_up
from .eventargs import RULING_NOUNS, conj_head, sentence_of
from .eventlex import claim_cues
from .obligations import demanding_copula
from .phrases import FIRST_PERSON, infinitive_headline, own_act
from .phrases import lemma as _lemma
from .stance import performative, quoted_performative

__all__ = ["Claim", "attempt_status", "claim_for", "conditional_noun", "find_denials", "is_purpose_clause", "told_over"]

_PRIORITY = ("negated", "hypothetical", "proposed", "predicted")
#: plan nouns (``plan_nouns``) that schedule an act rather than state a will to do it
_DIARY_NOUNS = frozenset({"plan", "intention", "intent"})
#: prepositions whose gerund spells out the governing verb's act ("support them, including arming them")
ELABORATING = frozenset({"including", "by", "through"})
_FINITE = frozenset({"VBD", "VBZ"})
#: claim nouns that name no statement ("involvement in", "a role in", pronouns): their clause is no claim
_NOT_TOLD = frozenset({"involvement", "role", "part", "something", "it", "they", "them", "this", "that", "these", "those"})
#: claim nouns that report rather than charge: their clause is attributed
_TOLD_NOUNS = frozenset({"report", "story"})
#: words that make a future event a forecast by someone else rather than a statement of the actor's intent
FORECAST = frozenset({"likely", "unlikely", "expected", "expect", "appear", "seem", "probable", "possible", "predict",
                      "forecast", "anticipate", "may", "might", "could", "probably", "possibly", "perhaps", "think",
                      "believe", "hope"})


@dataclass
class Claim:
    status: str = "asserted"
    source: Token | None = None  # head of the noun phrase that asserts/alleges/proposes it
    source_text: str | None = None
    cue: Token | None = None  # the verb of saying/alleging
    denied_by: list[Token] = field(default_factory=list)
    deny_verbs: list[Token] = field(default_factory=list)
    modal: str | None = None  # the word that made it predicted/proposed ("will", "ready", "plans")
    forecast: bool = False  # a forecast cue governs it ("likely", "expected", "appears"), not the actor's intent
    quoted: bool = False  # a statement quoted after its speaker in the present tense, done if the speaker speaks for it
    inherited: bool = False  # attributed as the clause it is part of (``told_over``): a denial of that clause is not its own
    attempted: bool = False  # told as attempted and the attempt made ("tried to kill X"): see ``attempt_status``


def lemmas(tok: Token) -> set[str]:
    """The token's lemma and crude base forms of its text (the small model mislemmatises some verbs: "hopes" ->
    "hop")."""
    return {tok.lemma_.lower(), tok.lower_, *base_forms(tok.lower_)}


def base_forms(word: str) -> set[str]:
    """Crude base forms of an inflected word, by its ending ("hopes" -> "hope", "supplies" -> "supply")."""
    out = set()
    for suffix, repl in (("ies", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.add(word[: -len(suffix)] + repl)
    return out


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.dep_ == "nsubjpass":
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                return pobj
            return child
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head != verb:
        return _subject(verb.head)
    return None


def _not_only(neg: Token) -> bool:
    """``neg`` is the "not" of "not only X but also Y": the act is told, and a further one with it, not denied."""
    return neg.lower_ == "not" and neg.i + 1 < len(neg.doc) and neg.doc[neg.i + 1].lower_ in ("only", "merely", "just")


def _modality(node: Token, cues: dict, claim: Claim | None = None) -> str | None:
    found: set[str] = set()
    for child in node.children:
        low = child.lower_
        if (child.dep_ == "neg" or (low in cues["negation"] and child.dep_ in ("advmod", "neg", "det", "preconj"))) and \
                not _not_only(child):
            found.add("negated")
        elif child.dep_ in ("advmod", "npadvmod") and low in ("longer", "more", "anymore") and (
                low == "anymore" or any(g.lower_ == "no" for g in child.children)):
            found.add("negated")  # "will no longer tolerate", "no more"
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            lemma = child.lemma_.lower()
            if low in cues["propose_modals"] or lemma in cues["propose_modals"]:
                found.add("proposed")
            elif low in cues["predict_modals"] or lemma in cues["predict_modals"]:
                found.add("predicted")
                if claim is not None and claim.modal is None:
                    claim.modal = lemma
                    claim.forecast = claim.forecast or lemma in FORECAST or low in FORECAST
        elif child.dep_ == "aux" and low in ("going",):
            found.add("predicted")
        elif child.dep_ == "aux" and child.tag_ == "TO" and child.i < node.i and (
                node.dep_ == "ROOT" or infinitive_headline(node)):
            found.add("predicted")  # a headline's infinitive tells what is to come: "Russia to expel 20 diplomats"
        elif child.dep_ in ("nsubj", "nsubjpass") and child.i < node.i and any(
                (g.dep_ == "det" and g.lower_ == "no") or (g.dep_ == "preconj" and g.lower_ == "neither")
                for g in child.children):
            found.add("negated")  # "No Chinese vessels entered ...", "Neither Russia nor Ukraine attacked ..."
        elif child.dep_ == "advcl" and child.i != node.i and _conditional(child, cues) and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
            found.add("hypothetical")  # the outcome of a condition: "If X attacks, Y will respond"
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if marks & cues["hypothetical_marks"] and node.dep_ in ("advcl", "pcomp", "ccomp", "csubj"):
        found.add("hypothetical")
    elif node.dep_ == "advcl" and _conditional(node, cues):
        found.add("hypothetical")  # "Should Russia attack Poland, ...": a condition, no proposal
    for status in _PRIORITY:
        if status in found:
            return status
    return None


def _conditional(clause: Token, cues: dict) -> bool:
    """``clause`` states a condition: "if/unless/provided ..." or an inverted "Should the junta refuse ...", "Were X to
    attack ..." ("once" and "whether" mark no condition of an outcome)."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if marks & (cues["hypothetical_marks"] - {"once", "whether"}):
        return True
    first = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first.lower_ in ("should", "were", "had") and first.head == clause and subject is not None and \
        first.i < subject.i


def _inverted_condition(verb: Token, cues: dict) -> bool:
    """``verb`` heads a condition opened by an inverted auxiliary in mid-sentence ("would not stay neutral should
    Israel strike Iran", "had Russia attacked"), which the parser may hang as a clause of its own: the auxiliary
    comes before the verb's subject and only punctuation or the main clause hung under it comes before the auxiliary;
    not a question ("Should NATO respond?")."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in cues["inverting_auxes"]), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if aux is None or subject is None or not aux.i < subject.i < verb.i or aux.i == aux.sent.start:
        return False
    if verb.sent[-1].text == "?" or verb.doc[aux.i - 1].lower_ in ("why", "what", "how", "when", "where", "who"):
        return False
    return all(c.dep_ in ("punct", "ccomp", "cc") for c in verb.children if c.i < aux.i)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause holds the noun phrase of ``noun`` (through its prepositions and objects)."""
    node = noun
    for _ in range(5):
        if node.dep_ not in ("pobj", "prep", "dobj", "obj", "nsubj", "nsubjpass", "conj", "appos") or node.head == node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def conditional_noun(noun: Token) -> bool:
    """An act noun told as a condition or a supposition, not as done (docs/annotation.md, status ``hypothetical``):
    the noun of "in the event of" / "in case of" ("in the event of an attack on Poland, allies would respond"), an act
    noun with "any" ("any attack on our forces will be met with force", "ready to respond to any aggression": every
    such act, none told; "did not carry out any attack" stays negated by its verb), and an indefinite act noun that is
    the subject of a clause of what it would bring ("a Russian attack on Estonia would force the alliance to
    respond"; "a visit by X will take place", "a meeting would be held on Friday" tell a plan, predicted by the verb)."""
    cues = claim_cues()
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in cues["condition_nouns"] and \
            head.head.dep_ == "pobj" and head.head.head.lower_ == "in":
        frame = head.head
        frame_dets = [c.lower_ for c in frame.children if c.dep_ == "det"]
        return (frame.lemma_.lower() == "event" and frame_dets == ["the"]) or (
            frame.lemma_.lower() == "case" and not frame_dets)
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    quantified = bool(dets & cues["generic_quantifiers"])
    if not quantified and not dets & {"a", "an"}:
        return False
    verb = _governing_verb(noun)
    if verb is None:
        return quantified
    subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head == verb
    if not subject and (_modality(verb, cues) == "negated" or (
            verb.dep_ in ("xcomp", "conj") and _modality(verb.head, cues) == "negated")):
        return False  # "did not carry out any attack": negated by its verb ("an attack would not lead to war": no)
    if quantified:
        return True
    modals = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"} | \
        {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"}
    if subject:
        return bool(modals & cues["supposing_modals"]) and verb.lemma_.lower() not in cues["occurrence_verbs"]
    return _in_supposing_subject(verb, cues)


def _in_supposing_subject(verb: Token, cues: dict) -> bool:
    """``verb`` (a gerund or infinitive whose object is an indefinite act noun) is the subject of a clause of what
    it would bring ("reversing a Russian invasion would be hard", "to stop an invasion would take months")."""
    if verb.dep_ not in ("csubj", "nsubj", "csubjpass") or verb.head == verb:
        return False
    main = verb.head
    modals = {c.lower_ for c in main.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"}
    return bool(modals & cues["supposing_modals"])


#: event types whose attempt made is the act itself ("tried to assassinate X" is an attack; CAMEO 186)
_ATTEMPTED_TYPES = frozenset({"ASSAULT"})


def attempt_status(claim: Claim, event_type: str | None) -> Claim:
    """An act told as attempted ("tried to kill the mayor", "had attempted to abduct Y"): an attack is done in the
    attempt (its status is the clause's, asserted or attributed); any other act attempted ("tried to seize the
    airport", "tried to negotiate X") is not done, predicted as before."""
    if claim.attempted and event_type not in _ATTEMPTED_TYPES and claim.status in ("asserted", "attributed"):
        claim.status = "predicted"
    return claim


def _attempt_made(verb: Token) -> bool:
    """A verb of attempt told as done: past tense or perfect ("tried to", "has attempted to"), not future, modal,
    progressive or habitual ("will try to", "is trying to", "tries to")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(_lemma(a) == "have" for a in auxes)


def _planned(node: Token, head: Token, cues: dict) -> bool:
    """``node`` is the infinitive of a plan noun ``head`` ("plans to send troops", ``plan_nouns``) of the one who tells
    it ("its intention to", not "blasted Gondor's decision to close the border": another's plan, judged); not a plan
    carried out ("executed a plan to clear the district": the clearing is done, ``carry_out_verbs``)."""
    return node.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in cues["plan_nouns"] and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) and \
        not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children) and \
        not (head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in cues["carry_out_verbs"])


def is_purpose_clause(verb: Token) -> bool:
    """An infinitive of purpose ("... to target American forces"), the goal of a joint effort ("must cooperate
    to defeat X", "are working to end the war") or the aim a group or coalition was formed for ("was formed to
    fight X", "forging a coalition to defend Y"): not an event that happened."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in claim_cues()["effort_verbs"]:
        return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in claim_cues()["forming_verbs"] and (
            any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.head.children) or verb.head.dep_ == "acl"):
        # "forging a coalition to defend X", "was formed to fight ISIS": what the group was made for, no act
        return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in claim_cues()["giving_verbs"] and \
            any(c.dep_ in ("dobj", "obj") for c in verb.head.children):
        # "donated masks to support Laos": what the gift is for, read as the verb's complement; no verbal support
        return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if verb.dep_ not in ("advcl", "acl", "relcl"):
        return False
    has_to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if not has_to:
        return False
    if infinitive_headline(verb):
        return False  # "Macron to visit Algeria next month": the headline's act, to come
    if verb.dep_ in ("acl", "relcl"):
        head = verb.head
        if _planned(verb, head, claim_cues()):
            return False  # "announced plans to send troops": the act intended (claim_for: predicted)
        # "X is the first country to recognize": an attribute of the subject, an event of its own
        return not (head.dep_ == "attr" and head.head.lemma_ == "be")
    return True


def claim_for(anchor: Token) -> Claim:
    """The claim status of an event whose clause is headed by ``anchor`` (the trigger verb, or the light verb)."""
    cues = claim_cues()
    claim = Claim()
    modality = _modality(anchor, cues, claim)
    if modality != "negated" and _inverted_condition(anchor, cues):
        modality = "hypothetical"  # "... should Washington strike": a condition, no proposal
    for child in anchor.children:
        if child.dep_ == "advmod" and child.lower_ in FORECAST:
            claim.forecast = True
    node = anchor
    for _ in range(8):
        dep, head = node.dep_, node.head
        if head == node:
            break
        lemma = head.lemma_.lower()
        forms = lemmas(head)
        if dep == "conj":
            head = conj_head(node)
            if not (node.tag_ in _FINITE and any(c.dep_ in ("aux", "neg") for c in head.children)):
                modality = modality or _modality(head, cues, claim)
            # else: a finite conjunct has its own tense ("would not allow X and welcomed Y"): the first verb's
            # auxiliaries and negation are not its own
            node = head
            continue
        if _planned(node, head, cues):
            # "announced plans to send troops", "its intention to withdraw": intended, not done; the verb that
            # tells the plan says whose claim it is ("said it had plans to strike")
            plan_negated = any(c.dep_ == "det" and c.lower_ == "no" for c in head.children) or \
                _modality(head.head, cues) == "negated"  # "has no plans to", "does not have any plans to"
            modality = modality or ("negated" if plan_negated else "predicted")
            # a plan or intention places the act in the diary ("plan"); a readiness, pledge or vow states the
            # party's will ("ready": CAMEO 03 intent, ``intent.as_intent``)
            claim.modal = claim.modal or ("plan" if head.lemma_.lower() in _DIARY_NOUNS else "ready")
            node = head.head if head.dep_ in ("dobj", "obj") else head
            continue
        if dep == "acl" and head.pos_ == "NOUN" and lemma in cues["wish_nouns"] and not any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            # "voiced hope that the talks would resume": a wish its speaker states (CAMEO 013), not an act predicted
            # by its "would"; "hope that X would not attack Y" keeps the attack negated
            modality = "negated" if modality == "negated" else "proposed"
            claim.source, claim.cue = _subject(head.head), head
            break
        if dep == "xcomp" and lemma == "deny" and node.tag_ == "VBG":
            # "Moscow denied supplying weapons": the subject denies its own act ("rejected holding talks" refuses)
            subject = _subject(head)
            claim.status, claim.cue = "denied", head
            claim.denied_by = [subject] if subject is not None else []
            break
        deny = _denied_charge(node, head, cues) if dep in ("acl", "ccomp", "pcomp") else None
        deny = deny or (_called_false(node, head, cues) if dep in ("acl", "ccomp") else None)
        if deny is not None:
            # "Iran rejected reports that it had sent drones", "denied accusations of supplying drones", "rejected as
            # baseless allegations that its agents killed X"
            subject = _subject(deny)
            claim.status, claim.cue = "denied", deny
            claim.denied_by = [subject] if subject is not None else []
            break
        noun = _told_noun(node, head, cues) if dep in ("acl", "ccomp") else None
        if noun is not None:
            # the clause of "allegations that ...", "reports that ..." whatever verb takes the noun ("investigated
            # allegations that X executed prisoners"): a charge or a report, not a fact; its owner is the source
            owner = next((c for c in noun.children if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and
                                                                            c.ent_type_ in ("NORP", "GPE", "ORG"))), None)
            claim.status = "attributed" if noun.lemma_.lower() in _TOLD_NOUNS else "alleged"
            claim.source, claim.cue = owner, noun
            break
        if dep == "xcomp" and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children) and (
                lemma in cues["allege_verbs"] or lemma in cues["report_verbs"]) and \
                any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            # "X is said / believed to have sent Y" (told by unnamed others), "is alleged to have ..." (a charge)
            claim.status = "alleged" if lemma in cues["allege_verbs"] else "attributed"
            claim.source, claim.cue = _subject(head), head
            break
        if dep == "xcomp" and lemma in cues["own_claim_verbs"] and not any(c.dep_ == "auxpass" for c in head.children):
            claim.status, claim.source, claim.cue = "attributed", _subject(head), head  # "claimed to have struck X"
            break
        if dep == "xcomp" and performative(node, head):
            break  # "I want to thank our partners", "I would like to congratulate X": thanked in the saying (``stance``)
        if dep == "xcomp":
            if lemma in cues["negation_heads"] or (lemma in ("have", "be") and any(
                    c.lower_ == "yet" and c.dep_ == "advmod" for c in head.children)):
                # "failed to", "has yet to withdraw", "is yet to release": not (yet) done
                modality = modality or "negated"
            elif lemma in cues["fear_heads"]:
                modality = modality or "hypothetical"  # "villagers feared being attacked": only feared
            elif lemma == "be" and head.pos_ == "AUX" and node.lemma_.lower() != "blame" and any(
                    c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for c in head.children):
                # "the minister is to visit X", "troops are to depart": scheduled (not "X is to blame")
                modality = modality or "predicted"
            elif lemma in cues["propose_verbs"] and lemma not in ("want",) and not rung_up(head):
                # (not "called X to congratulate him": a call made, its purpose done in it, ``cooperation``)
                modality = modality or "proposed"
                claim.source, claim.cue = _subject(head), head
            elif head.pos_ == "VERB" and lemma in cues["caused_heads"]:
                pass  # "the incursion prompted Latvia to scramble jets": done, as the head's own status says
            elif lemma in cues["attempt_heads"] and _attempt_made(head):
                claim.modal = claim.modal or lemma  # "tried to kill X": the attempt was made; an act of force is its
                claim.attempted = True  # attempt, another act stays intended (``attempt_status``)
            elif forms & cues["predict_heads"]:
                if _modality(head, cues) == "negated" or (head.dep_ == "acomp" and _modality(head.head, cues) == "negated"):
                    # "is not planning to send troops", "does not intend to", "is not ready to offer a ceasefire"
                    # (the negation of an adjective of intent hangs on its copula)
                    modality = modality or "negated"
                modality = modality or "predicted"
                claim.modal = claim.modal or lemma
                claim.forecast = claim.forecast or bool(forms & FORECAST)
            modality = modality or _modality(head, cues, claim)
            node = head
            continue
        if dep == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in cues["refrain_verbs"]:
            modality = modality or "negated"  # "Russia refrained from attacking the convoy": not done
            node = head.head
            continue
        if dep == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in cues["hinder_verbs"]:
            modality = modality or "negated"  # "were prohibited from providing X", "blocked X from marching"
            break
        if dep in ("acomp",) and head.lemma_ == "be":
            node = head
            continue
        if dep == "ccomp" and demanding_copula(head):
            modality = modality or "proposed"  # "it is vital that X respect the ceasefire" (``obligations``)
            node = head
            continue
        if dep == "ccomp" and _inverted_condition(head, cues):
            break  # "Tehran threatened to hit X should Washington strike": the main clause hung under its condition
        if dep == "ccomp":
            subject = _subject(head)
            if lemma in cues["deny_verbs"] and node.i < head.i and any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() in cues["claim_nouns"] for c in head.children):
                break  # "X accused Y of ..., a charge Z denied": the parser hangs the accusation under the denial
            if lemma in cues["deny_verbs"]:
                claim.status, claim.cue = "denied", head
                claim.denied_by = [subject] if subject is not None else []
                break
            if lemma in cues["allege_verbs"]:  # a claim of one's own act or loss reports it (``own_act``)
                own = lemma in cues["own_claim_verbs"] and own_act(node)
                claim.status, claim.source, claim.cue = "attributed" if own else "alleged", subject, head
                break
            if lemma in cues["propose_verbs"] and lemma not in ("want", "call"):
                # one calls for or on someone to act; a clause after "called" is what is labelled ("called the
                # allegation that ... baseless")
                claim.status, claim.source, claim.cue = "proposed", subject, head
                break
            if lemma in cues["report_verbs"] or lemma in cues["finding_verbs"]:  # "the commission found that ...":
                # its finding (docs/annotation.md)
                if performative(node, head):
                    break  # "The Minister said: I condemn ...": the act is done in the saying (``stance``)
                status = "alleged" if _labelled_charge(node, cues) else "attributed"
                claim.status, claim.source, claim.cue = status, subject, head
                claim.quoted = quoted_performative(node, head)  # "X said: The UK welcomes": done if X speaks for it
                claim.forecast = claim.forecast or bool(forms & FORECAST)
                break
            if forms & FORECAST or any(c.lower_ in FORECAST for c in head.children if c.dep_ in ("acomp", "advmod")):
                claim.forecast = True
            if lemma in cues["predict_heads"] or any(c.lower_ in cues["predict_heads"] for c in head.children if c.dep_ == "acomp"):
                modality = modality or "predicted"
            modality = modality or _modality(head, cues, claim)
            node = head
            continue
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in ELABORATING and head.head.pos_ in ("VERB", "AUX"):
            modality = modality or _modality(head.head, cues, claim)
            node = head.head
            continue
        if dep == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in cues["allege_verbs"]:
            gov = head.head
            claim.status, claim.source, claim.cue = "alleged", _subject(gov), gov
            break
        if dep == "advcl":
            marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
            if marks & cues["hypothetical_marks"]:
                modality = modality or "hypothetical"
        break
    if claim.status == "asserted":
        _according_to(anchor, claim)
    if claim.status == "asserted" and not modality and anchor.dep_ in _SUBORDINATE:
        told_over(anchor, claim)
    if modality and claim.status != "denied":
        claim.status = modality
    return claim


#: clauses and phrases inside another clause: a relative or adverbial clause, a participle, a noun's place in its clause
_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "nsubj", "nsubjpass", "dobj", "obj", "pobj", "appos", "conj",
                          "npadvmod", "attr"})
#: the dependencies climbed from a subordinate clause or a noun to the clause it is part of
_CLIMB = _SUBORDINATE | {"prep", "pcomp", "compound", "amod", "poss"}


def told_over(tok: Token, claim: Claim) -> None:
    """An act told in a relative or adverbial clause, or by a noun, inside what someone says or reports ("the ministry
    said the rebels, who attacked a convoy, were arrested", "a major attack by militants killed two soldiers, the army
    said", "said troops killed 12 militants after they attacked a checkpoint") is attributed as the clause it is part
    of is: attributed to whoever tells that clause, nothing otherwise (the writer's own narrative). An allegation does
    not reach its clause's background ("accused each other of breaching the truce that X negotiated": the negotiation
    is no charge), but a bare participle that says what the alleged act was is part of the charge ("claimed the
    troops shelled a village, violating the truce": the violation is alleged, ``_charge_participle``). Its own
    modality is not changed."""
    node = tok
    for _ in range(6):
        if node.dep_ not in _CLIMB or node.head is node:
            return
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod", "compound"):
            break
    else:
        return
    if node.pos_ not in ("VERB", "AUX") or node is tok:
        return
    over = claim_for(node)
    if over.source is not None and over.source.lower_ in FIRST_PERSON:
        return  # "I think we discussed it while Russia was striking Kyiv": the speaker's own account, asserted (the
        # guideline: a first-person statement of the author is)
    if (over.status == "attributed" or (over.status == "alleged" and _charge_participle(tok, node))) and \
            over.cue is not None and over.cue is not tok:
        claim.status, claim.source, claim.source_text, claim.cue = over.status, over.source, over.source_text, over.cue
        claim.inherited = True


def _charge_participle(tok: Token, act: Token) -> bool:
    """``tok`` is a bare participle told after the alleged ``act`` that says what that act was ("claimed the troops
    shelled a village, violating the truce"): part of the charge, alleged as it is, not the clause's background."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head == act and tok.i > act.i and \
        not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children)


def _denied_charge(node: Token, head: Token, cues: dict) -> Token | None:
    """The deny verb whose object is the charge ``node`` spells out: the clause of "reports/claims that ..."
    (``head`` is the claim noun) or the gerund of "accusations of ...", "any involvement in ..." (``head`` is the
    preposition); the object may follow a predicate of "as" ("rejected as baseless allegations that ...")."""
    if node.dep_ == "pcomp":
        if head.dep_ != "prep" or head.lower_ not in ("of", "in"):
            return None
        head = head.head
    elif node.dep_ == "ccomp" and head.pos_ not in ("NOUN",):
        return None
    if head.pos_ != "NOUN" or head.lemma_.lower() not in cues["claim_nouns"]:
        return None
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep":
        verb = verb.head  # "rejected as baseless Canadian allegations that ...": the parser hangs them on "as"
    elif head.dep_ not in ("dobj", "obj"):
        return None
    return verb if verb.lemma_.lower() in cues["deny_verbs"] else None


def _called_false(node: Token, head: Token, cues: dict) -> Token | None:
    """The verb that labels as false the charge ``node`` spells out: "Moscow called the allegation that it had X
    baseless", "described reports that ... as false", "branded as fabricated the claims that ..." (``label_verbs``,
    ``false_words``, a claim noun as the labelled object)."""
    nouns = cues["claim_nouns"] - _NOT_TOLD
    noun: Token | None = head
    if head.pos_ == "NOUN":
        verb = head.head
        if head.dep_ not in ("dobj", "obj"):
            return None
    else:  # the parser may hang the clause on the verb: "called the allegation [that it had ...] baseless"
        verb = head
        noun = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < node.i), None)
    if noun is None:
        return None
    if verb.lower_ in cues["false_words"] and verb.dep_ in ("advcl", "xcomp", "oprd"):
        verb = verb.head  # "branded as fabricated the claims that ..."
    if noun.lemma_.lower() not in nouns or verb.lemma_.lower() not in cues["label_verbs"]:
        return None
    return verb if any(t.lower_ in cues["false_words"] for t in verb.subtree) else None


def _told_noun(node: Token, head: Token, cues: dict) -> Token | None:
    """The claim noun whose "that" clause ``node`` is ("allegations that ...", "reports that ..."); the parser may
    hang the clause on the verb that takes the noun ("called the claims [that ...] a provocation")."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return None
    noun = head if head.pos_ == "NOUN" else next(
        (c for c in head.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and c.i < node.i), None)
    if noun is None or noun.lemma_.lower() not in cues["claim_nouns"] - _NOT_TOLD:
        return None
    return noun


def _labelled_charge(clause: Token, cues: dict) -> bool:
    """The reported ``clause`` is followed by a noun that calls it a charge: "..., a claim Washington rejected",
    "..., an accusation Kyiv denied"."""
    doc = clause.doc
    return any(t.dep_ in ("appos", "npadvmod") and t.lemma_.lower() in cues["charge_nouns"] and t.i > clause.i and
               t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," for t in clause.subtree)


def _according_to(anchor: Token, claim: Claim) -> None:
    """"According to X, ..." and "reportedly"/"allegedly" on the clause or its root; an inserted source before the
    clause ("..., reports The Nation, ...")."""
    chain = [anchor]
    node = anchor
    while node.head != node:
        if node.dep_ in ("conj", "xcomp", "ccomp", "advcl"):
            node = node.head
        elif node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX"):
            node = node.head.head  # "According to X, they crossed the border before launching the attack"
        else:
            break
        chain.append(node)
    report_verbs = claim_cues()["report_verbs"]
    for verb in chain:
        # a source told at the end of a long sentence may hang on a participle after the act ("struck X, killing
        # eight people, according to residents")
        trailing = [g for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
                    for g in c.children if g.dep_ in ("prep", "conj") and g.lower_ == "according" and g.i > c.i]
        for child in [*verb.children, *trailing]:
            if child.dep_ == "parataxis" and child.lemma_.lower() in report_verbs and child.i < verb.i:
                # an inserted dateline or source: "On 24 November, reports The Nation, gunmen attacked ..."
                subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    claim.status, claim.source, claim.cue = "attributed", subject, child
                    return
            if child.dep_ in ("conj", "parataxis") and child.lemma_.lower() in report_verbs and child.i > verb.i and \
                    child.i > 0 and "," in (verb.doc[child.left_edge.i - 1].text, child.left_edge.text) and \
                    child.lower_ != "and":
                # a trailing source the parser hangs on the clause: "X will provide aid, the ministry said"
                subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.i < child.i:
                    claim.status, claim.source, claim.cue = "attributed", subject, child
                    return
            if child.dep_ in ("prep", "conj") and child.lower_ == "according":
                pobj = next((g for c in child.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    pobj = next((g for g in child.subtree if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in RULING_NOUNS:
                    return  # the act itself, done by the ruling's author (eventargs.ruling_author)
                claim.status, claim.source, claim.cue = "attributed", pobj, child
                return
            if child.dep_ == "advmod" and child.lower_ == "reportedly":
                claim.status, claim.cue = "attributed", child
                return
            if child.dep_ == "advmod" and child.lower_ in ("allegedly", "purportedly", "supposedly"):
                claim.status, claim.cue = "alleged", child
                return
        source = _source_read_as_relative(verb, report_verbs) or _per_source(verb)
        if source is not None:
            claim.status, claim.source, claim.cue = "attributed", source[0], source[1]
            return
    source = _source_read_as_apposition(anchor, report_verbs)
    if source is not None:
        claim.status, claim.source, claim.cue = "attributed", source[0], source[1]


def _per_source(verb: Token) -> tuple[Token, Token] | None:
    """(source, cue) of a trailing "as per X" or "per X" set off by a comma, on the verb or on its clause after it
    (news shorthand for "according to X"), or None ("$80 per barrel" hangs on its noun, with no comma)."""
    for prep in (c for h in (verb, *(x for x in verb.children if x.dep_ in ("advcl", "xcomp") and x.i > verb.i))
                 for c in h.children if c.dep_ == "prep" and c.i > verb.i and c.doc[c.i - 1].text == ","):
        per = prep if prep.lower_ == "per" else next(
            (g for g in prep.children if g.dep_ == "prep" and g.lower_ == "per"), None) if prep.lower_ == "as" else None
        source = None if per is None else next((g for g in per.children if g.dep_ == "pobj"), None)
        if source is not None:
            return source, prep
    return None


def _source_read_as_apposition(anchor: Token, report_verbs: Any) -> tuple[Token, Token] | None:
    """A trailing source the parser reads as an apposition or a conjunct with a participle ("ambushed a convoy
    outside X, a security source reported on Tuesday": "source" an apposition of X, "reported" its participle): a verb of
    reporting on a noun after a comma, after the act, with no object or clause of its own, ending the sentence.
    Its (source noun, verb), or None."""
    sent = anchor.sent
    doc = anchor.doc
    for verb in sent:
        noun = verb.head
        while noun.dep_ == "conj" and noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text != ",":
            noun = noun.head  # "..., a doctor and two elders reported": the list's first source
        if verb.dep_ != "acl" or verb.lemma_.lower() not in report_verbs or noun.dep_ not in ("appos", "conj") or \
                noun.left_edge.i <= anchor.i or verb.doc[noun.left_edge.i - 1].text != "," or \
                any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children):
            continue
        if all(t.is_punct for t in verb.doc[max(noun.right_edge.i, verb.right_edge.i) + 1:sent.end]):
            return noun, verb
    return None


def _source_read_as_relative(verb: Token, report_verbs: Any) -> tuple[Token, Token] | None:
    """A trailing source the parser hangs on the verb's object as a relative clause ("struck the depot and killed
    three fighters, a monitoring group says": "says" a relative clause of "fighters"): a verb of reporting after a
    comma whose own subject is a noun before it (no relative pronoun), with no object or clause of its own, ending
    the sentence. Its (subject, verb), or None."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        for rel in obj.children:
            if rel.dep_ != "relcl" or rel.lemma_.lower() not in report_verbs or rel.i < 1 or \
                    rel.doc[rel.left_edge.i - 1].text != "," or \
                    any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in rel.children):
                continue
            subject = next((c for c in rel.children if c.dep_ == "nsubj" and c.i < rel.i), None)
            if subject is None or subject.tag_ in ("WDT", "WP", "WP$") or \
                    any(t.tag_ in ("WDT", "WP", "WP$") for t in subject.subtree):
                continue
            if all(t.is_punct for t in rel.doc[rel.right_edge.i + 1:rel.sent.end]):
                return subject, rel
    return None


#: deny verbs that deny whatever they take, even a pronoun ("Israel denied it"); "rejected them" after a report
#: may refuse what was reported (sanctions, a plan) rather than deny it
_PLAIN_DENIALS = frozenset({"deny", "refute", "rebut", "disavow", "dispute"})


def find_denials(cue: Token, reported: bool = False) -> list[tuple[Token, Token | None]]:
    """Deny verbs that deny the claim made by ``cue``: ``[(deny verb, its subject)]``.

    Same sentence: a deny verb in a relative clause on, or with as object, a claim noun ("a charge Moscow denied");
    next sentence: a deny verb whose object is a claim noun or a pronoun ("Russia strongly rejected them"). For a
    ``reported`` act (attributed, not alleged: "X struck Y, officials said. X denied the report") the object must be
    a claim noun, or the verb one that only denies ("X denied it").
    """
    cues = claim_cues()
    sent = sentence_of(cue)
    doc = cue.doc
    out: list[tuple[Token, Token | None]] = []
    spans = [sent]
    if sent.end < len(doc):
        spans.append(sentence_of(doc[sent.end]))
    for n, span in enumerate(spans):
        for tok in span:
            lemma = tok.lemma_.lower()
            if n == 0 and tok.i > cue.i and tok.dep_ in ("relcl", "acl") and lemma in cues["label_verbs"] and \
                    tok.head.lemma_.lower() in cues["claim_nouns"] and \
                    any(t.lower_ in cues["false_words"] for t in tok.subtree):
                out.append((tok, _subject(tok)))  # "..., a claim Moscow called false"
                continue
            if lemma not in cues["deny_verbs"] or tok.pos_ not in ("VERB",):
                continue
            ok = False
            if tok.dep_ == "relcl" and tok.head.lemma_.lower() in cues["claim_nouns"] and n == 0:
                ok = True
            if n == 0 and tok.i > cue.i and _sentential_which(tok):
                ok = True  # "X claimed that Russia armed the Taliban, which Moscow denied": denies the whole claim
            for child in tok.children:
                if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in cues["claim_nouns"] and (
                        not reported or child.pos_ == "NOUN" or lemma in _PLAIN_DENIALS):
                    ok = True
            if ok:
                out.append((tok, _subject(tok)))
    return out


def _sentential_which(verb: Token) -> bool:
    """``verb`` opens a sentential relative clause after a comma ("..., which Moscow denied"): its object is the
    ``which`` that stands for the clause before it (one denies what was said, not the last noun said)."""
    which = next((c for c in verb.children if c.lower_ == "which" and c.dep_ in ("dobj", "nsubjpass")), None)
    if which is None or which.i == 0 or which.i != verb.left_edge.i:
        return False
    return verb.doc[which.i - 1].text in (",", ";", "—", "-")

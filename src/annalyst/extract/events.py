"""The ``annalyst_events`` component: PLOVER events with actors, claim status, counts, place, date and evidence.

For each sentence, every verb and nominalisation is looked up in the event lexicon (``eventlex``):

* a verb gives an event when a lexicon entry's conditions hold on its object and prepositional phrases ("remove
  ... from its list" -> CONCEDE; "supply arms" -> AID military; "recognize <an actor>" -> SUPPORT diplomatic);
* a light verb ("carry out", "launch", "conduct") gives the event of its object noun ("carried out a bombing" ->
  ASSAULT explosives), with the verb's subject as actor;
* a nominalisation alone gives an event only when it names its own actor ("the U.S. withdrawal from Afghanistan",
  "Moscow's recognition of ..."); predicates ("it was the deadliest attack") do not;
* events that refer back to earlier ones (``anaphora``): an anaphoric action ("Pakistan may take action", "X
  followed suit") has the kind of the article's lead event; an anaphoric patient ("this ban has been suspended",
  "welcomed the move") takes its party from the latest earlier event the noun can name; a claim of responsibility
  ("X claimed the attack") is the attack, by X;
* verbs absorbed by another event are not coded again: the infinitive of "agreed/threatened/urged to ...", the
  "killing 145 people" that counts an attack's dead, the deny verb that denies a charge, purpose infinitives, and a
  verb whose act an "including" gerund spells out ("support them, including arming them" is the arming).
* clauses that tell no act (``nonevents``): a participle describing a party ("a middleman buying oil from X"), a
  unit's task ("its mission is to"), a course's content, the speaker's own "we must", what an arrangement allows;
  a harm clause on an attack's noun ("the attack which killed 20") is that attack's toll;

* verb classes (``verb_classes.json``) code verbs the lists lack by their object ("shared intelligence",
  "bolstered its forces", "halted its mediation"); copular predicates code "X is opposed to Y", "X is critical of Y"
  and, when someone says it, "X is guilty of ..." (an accusation by the speaker);
* a REQUEST has the mode ``appeal`` ("urged", "called on": CAMEO 02x) or ``demand`` ("demanded", "must": 10x);
* "X said it will visit Y" is intent (AGREE/THREATEN, ``intent``); "X will travel to Y on 16 May" keeps its type,
  predicted; one act told by several verbs is coded once (``oneact``); the learned type model (``typemodel``), when
  switched on by ``annalyst train``, retypes generated candidates and proposes events for verbs with none.

Arguments come from ``roles`` (over ``eventargs``), status from ``claims``, counts/place/date from ``counts``. An event is kept when
it has an actor (for an agentless passive of a state act, the authorities of its place: ``parties``), at least one
side names a mention (dictionary-linked or NER) or a proper noun, or it is a physical act whose place is known
("unidentified gunmen shot two guards in X") or done by or to a generic agent (``agents``: "militants attacked a
checkpoint in X district") whose place is told, no side is an unresolved pronoun, and a recipient when PLOVER requires
one (COOPERATE, AID, SANCTION) unless a named actor's act is told as fact ("X announced new sanctions"). Unknown
entities are kept with their text. An actor is never also its own recipient (``anaphora.admit``). Later deaths
("two more died in hospital") add to the latest attack's toll (``anaphora.later_deaths``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..models import Event, EventActor, Evidence, stable_id
from .military import casualty_victims, moved_force, operation_kind, purpose_target_told, \
    retreat_recipients, route_passed, strike_participle, strike_report, told_by_harm, told_owners
from .claimparties import announced_measure, speaks_for
from .claims import (Claim, attempt_status, claim_cues, claim_for, conditional_noun, find_denials, is_purpose_clause,
                     told_over)
from .counts import counts_for, date_for, location_for
from .verdicts import (charged_by_no_one, convicted_people, court_order, found_guilty, judged_people, lay_finding,
                       legal_charge, ordering_court, verdict_grounds, verdict_retold)
from .reports import (blast_match, device_clause, elided_toll, fight_sides, fold_claims, harm_result,
                      planters, place_seizure, scene_of, toll_participle_objects, toll_told, unnamed_seizure)
from .evaluation import judged_act, protest_code
from .coercion import crowd_code
from .verbalattacks import no_conflict, verbal_attack
from .stance import QUOTED_TYPES, authored_statement, heading_speaker
from .directed import described_people, brokered, office_country
from .eventargs import ArgValue, Args, Mentions, object_of, sentence_of
from .relatives import reattach
from .eventlex import Lexicon, intent_cues, lexicon, plover_table, score_for
from .agents import is_agent, state_force
from .issuers import issuer
from .institutions import institution_here
from .obligations import authors_request, unspoken
from .tolls import fold_tolls
from .anaphora import (admit, anaphoric_actions, anaphoric_patient, back_reference, claimed_attacks, date_after, later_deaths,
                       pair_parties, recent_events)
from .parties import (AGENTLESS, PLACED, STATE_ACTS, actor_place, group_act, released_people, agentless_passive, authorities, force_owner, fronted_subject, hidden_agent, joined_passive, metonym,
                      place_country_of)
from .background import background
from .readouts import MUTUAL_TYPES, counted_states, counterpart_country, each_at_the_others, joint_act, mutual_act, \
    readout_pair
from .nonevents import add_toll, no_act, operation_support
from .frames import attack_means, means_subject, toll_clause, toll_head, unclaimed_attack, which_toll
from .phrases import SETTING_PREPS, doc_text
from .phrases import lemma as _lemma
from .nominals import aimed_targets, foiled_noun, hedged_noun
from .responsibility import doer_claim, doer_of
from .quotespeakers import quote_speaker, speaker_group
from .pipeline import register_extensions
from .transcripts import transcript_events
from .quotespeakers import cited_source
from .oneact import (GATHER, TRAVEL, attack_told_before, breach_means, destination, direct_question, indirect_question, instrument,
                     reported_question,
                     merge_targets, movement_purpose, passive_told_nouns, restates, restating_verb,
                     same_act, same_meeting, spelled_out, tally_clause, toll_of, trip_purpose, untargeted_attack, visit_met)
from .demands import answers_accuser
from .triggering import Match
from .roles import UNCLAIMED, RoleReader
from .typemodel import TypeModel, load_type_model
from .eventchecks import (bare_government, commitment, help_unclaimed, measure_subject, own_party, reflexive,
                          request_words, undergone_unclaimed)
from .intent import announced, as_intent, foreign_forecast, governing_acts, scheduled, threat_kinds

__all__ = ["EventCoder", "make_event_coder", "code_events", "Match"]


def where_only(token: Token) -> bool:
    """``token`` heads a place phrase that only says where an act happened ("in Kabul", "outside the embassy")."""
    return token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPS and (
        token.ent_type_ in ("GPE", "LOC", "FAC") or token.pos_ == "PROPN" and token.ent_type_ not in _PARTY_ENTS)


#: entity types of a proper noun that names a party, never a place ("shot at Governor X": the governor was hit)
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP"})


_ABSORBING_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE", "SUPPORT", "SANCTION"})


class EventCoder(RoleReader):
    """Codes events on a parsed doc (see the module docstring)."""

    def __init__(self, lex: Lexicon | None = None, require_mention: bool = True, intent: bool = True,
                 dictionary: Any = None) -> None:
        self.lex = lex or lexicon()
        self._dictionary = dictionary
        self.require_mention = require_mention
        self.intent = intent  # code a stated intent as AGREE/THREATEN (PLOVER); off: keep the verb's own type
        self.types = plover_table()["types"]
        #: irregular verb forms -> lemmas (the pipeline lemmatizer's exception table, set by the component): the
        #: small model leaves some forms unlemmatised ("retook", "overran")
        self.irregular: dict[str, list[str]] = {}
        #: the learned type model (``typemodel``), set by the pipeline component when its shipped model is enabled
        self.typer: TypeModel | None = None

    @property
    def dictionary(self) -> Any:
        """The actor dictionary metonyms and place countries resolve against: the pipeline's (``build_pipeline``),
        else the packaged one."""
        if self._dictionary is None:
            from ..actors.dictionary import default_dictionary

            self._dictionary = default_dictionary()
        return self._dictionary

    @dictionary.setter
    def dictionary(self, value: Any) -> None:
        self._dictionary = value

    # ---------------------------------------------------------------------------------------------- coding

    def __call__(self, doc: Doc) -> list[Event]:
        if not len(doc) or not doc.has_annotation("DEP"):
            return []
        reattach(doc)  # "sanctions on officials linked to X" misread as a clause of "linked" (``relatives``)
        args = Args(doc, Mentions(doc), dictionary=self.dictionary)
        found = threat_kinds(governing_acts(self.matches(doc, args)), self.noun_trigger)
        by_anchor = {m.anchor.i: m for m in found if m.anchor == m.token}
        consumed: set[int] = set()
        claims: dict[int, Claim] = {}
        intended: set[int] = set()  # event nouns told by a light verb, whose claim is the verb's
        for m in found:
            claim = attempt_status(claim_for(m.anchor), m.trigger.event_type) if not m.nominal else Claim()
            doer = doer_of(m.token) if m.nominal and m.actors is not None else None
            if doer is not None:
                claim = doer_claim(doer)  # "blamed X for the hack": alleged, by the blamer (``responsibility``)
            elif m.nominal:
                if any(c.lower_ == "no" and c.dep_ == "det" for c in m.token.children):
                    claim.status = "negated"
                elif hedged_noun(m.token):  # "the alleged use of sarin by X" (``nominals``)
                    claim.status = "alleged"
                elif m.token.dep_ in ("dobj", "obj") and m.token.head.pos_ in ("VERB", "AUX"):
                    governing = claim_for(m.token.head)  # "will widen its offensive": not yet, as its verb
                    if governing.status in ("predicted", "hypothetical", "proposed"):
                        claim = governing
                if claim.status == "asserted" and conditional_noun(m.token):
                    claim.status = "hypothetical"  # "in the event of an attack", "any attack on X will be met with"
                if claim.status == "asserted":
                    told_over(m.token, claim)  # "a major attack by X on Y, the army said": attributed as its clause
            if m.light:
                intended.add(m.token.i)  # "will step up its attacks": the light verb's clause tells the noun's status
                if _lemma(m.anchor) in intent_cues()["intent_verbs"] and claim.status in ("asserted", "attributed"):
                    # "plans an offensive", "is preparing an offensive": an intent
                    claim.status, claim.modal = "predicted", "plan"
            elif m.nominal and m.token.i in intended:
                continue
            if claim.status in ("alleged", "attributed") and claim.cue is not None and not claim.inherited:
                for deny, subject in (d for d in find_denials(claim.cue, reported=claim.status == "attributed")
                                      if d[0].i != m.anchor.i):  # "X said it rejected the claims": its own act
                    consumed.add(deny.i)
                    if subject is not None:
                        claim.denied_by.append(subject)
            elif claim.status == "denied" and claim.cue is not None and claim.cue.i != m.anchor.i and \
                    not answers_accuser(claim.cue, args):  # "denied Rwanda's allegations that ...": a rejection too
                consumed.add(claim.cue.i)  # "rejected reports that it had ...": the denial is this event's status
            claims[m.token.i] = claim
        counted = {m.anchor.i for m in found if m.trigger.event_type == "ASSAULT"}
        # "a roadside bomb killed two soldiers": the bomb is the means of one attack, told by the verb
        means = {m.anchor.i: hit for m in found if not m.nominal and not m.light
                 for hit in [attack_means(m.anchor)] if hit is not None}
        means_nouns = {noun.i for noun, _ in means.values()} | passive_told_nouns(found, self.lex.is_light,
                                                                                self.noun_trigger)
        told_by_verb = {m.token.i for m in found if m.light}  # "stepped up attacks": the light verb tells it
        # attacks a relative clause tells by its verb ("the attack in X, where a gunman opened fire"): the noun's act
        # (not "the attacks which killed X", "in which X were killed": the noun's toll, ``toll_of``)
        clause_attacks = [m.anchor.i for m in found if not m.nominal and not m.light and m.anchor.dep_ == "relcl"
                          and m.trigger.event_type == "ASSAULT" and any(
                              c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in m.anchor.children)]
        hit_in = {g.i for m in found if m.trigger.event_type == "ASSAULT" and not m.nominal for c in m.anchor.children
                  if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"}  # "were killed
        # in a blast targeting a truck": the attack the killing is told in (``strike_participle``)
        events: list[Event] = []
        coded: dict[int, Event] = {}  # the event coded at each anchor
        seen: set[tuple] = set()
        visits: set[str] = set()  # CONSULT events that name no one met: only the place visited, or no recipient
        for m in found:
            if m.nominal and m.trigger.event_type == "ASSAULT" and any(
                    m.token.i < i <= m.token.right_edge.i for i in clause_attacks):
                continue  # "condemned the attack in X, where gunmen opened fire on Y": one attack, told by the verb
            if m.nominal and (m.token.i in means_nouns or toll_told(m.token)):
                continue  # "a bomb killed": the verb's means; "the death toll in the X attack rose": told before
            if m.nominal and m.token.dep_ in ("dobj", "obj") and m.token.head.i in by_anchor and \
                    by_anchor[m.token.head.i].trigger.event_type in ("RETREAT", "CONCEDE"):
                continue  # "eased its blockade of X": the measure undone is the event, not a blockade anew
            if not m.nominal and not m.light and m.anchor.i in means:
                told_before = attack_told_before(means[m.anchor.i][0], events)
                if told_before is not None:  # "Jets struck X. The strike killed four": that attack's toll (oneact)
                    add_toll(told_before, [], counts_for(m.anchor, self.lex.count_verbs))
                    continue
                m = self.by_means(m, *means[m.anchor.i], args)
            tok, anchor = m.token, m.anchor
            said = None  # an attack noun of words: its arguments are read as an attack's ("an attack on X by Y")
            if m.trigger.event_type == "ASSAULT" and verbal_attack(anchor, tok if tok is not anchor or m.nominal else None):
                # "attacked the minister over his remarks", "fired back at X, calling ...": words (verbalattacks)
                said = m.trigger if tok is not anchor else None
                m = replace(m, trigger=self.lex.trigger_for_code("111", m.trigger.source) or m.trigger)
            elif no_conflict(anchor, tok, m.trigger.event_type):
                continue  # "launched a campaign against graft", "targeting young voters", "threatened to resign"
            if anchor.i in consumed and not m.light:
                continue
            told = claims[tok.i].cue
            court = ordering_court(anchor, m.trigger.event_type, m.trigger.mode) if not m.nominal else None
            if court is not None:
                m = replace(m, actors=[court])  # "the court ordered to freeze the accounts": the court's act
            elif anchor.dep_ == "xcomp" and anchor.head.i in by_anchor and \
                    (by_anchor[anchor.head.i].trigger.event_type in _ABSORBING_TYPES or
                     by_anchor[anchor.head.i].trigger.mode == "ceasefire") and not trip_purpose(anchor, m) \
                    and not (told is not None and told.i == anchor.head.i and claims[tok.i].status == "alleged"):
                continue  # "flew to visit X": the visit (trip_purpose); "is alleged to have sent X": the act, alleged;
                # "stopped firing": the ceasefire, no attack
            elif not m.nominal and anchor.dep_ == "conj" and anchor.tag_ == "VB" and anchor.head.dep_ == "xcomp" and \
                    anchor.head.tag_ == "VB" and anchor.head.head.i in by_anchor and \
                    by_anchor[anchor.head.head.i].trigger.event_type in _ABSORBING_TYPES and \
                    claims[tok.i].status != "alleged":
                continue  # "agreed to cement ties and strengthen coordination": each act agreed on is no act told
            if not m.nominal and court_order(anchor) is not None and \
                    any(c.dep_ == "xcomp" and c.i in by_anchor for c in anchor.children):
                continue  # the order of a court is told by the act it orders (verdicts)
            if (is_purpose_clause(anchor) and not trip_purpose(anchor, m)) or (court is None and movement_purpose(
                    anchor, m, by_anchor)) \
                    or purpose_target_told(anchor) or strike_participle(anchor, told_by_verb | hit_in) or \
                    indirect_question(anchor) or direct_question(anchor) or reported_question(anchor) or \
                    operation_kind(anchor) or \
                    (m.nominal and foiled_noun(tok)) or \
                    (commitment(anchor) and m.trigger.event_type != "SUPPORT") or \
                    no_act(anchor, m.trigger.event_type, m.trigger.cameo, tok if m.nominal else None) or \
                    background(tok, anchor, m.nominal, m.trigger.event_type, m.trigger.source) or \
                    verdict_grounds(anchor) or (m.trigger.mode == "convict" and (verdict_retold(anchor) or (
                        not m.nominal and lay_finding(anchor)))):
                continue  # a purpose, a question, a commitment, a party's description or a unit's task (nonevents),
                # history, a habit or a topic (background), the crime a verdict or charge names (verdicts)
            if anchor.dep_ in ("xcomp", "ccomp") and anchor.head.i in by_anchor and claims[anchor.head.i].status == \
                    "negated" and _lemma(anchor.head) in intent_cues()["warning_verbs"]:
                continue  # "would never allow X to attack Y": the warning is the event, the attack no act
            if anchor.dep_ == "pcomp" and anchor.head.lower_ == "against" and (
                    anchor.head.head.i in by_anchor and
                    by_anchor[anchor.head.head.i].trigger.event_type in ("THREATEN", "REQUEST") or
                    _lemma(anchor.head.head) in intent_cues()["advising_verbs"]):
                continue  # "warned NATO against sending troops": the warning is the event, the sending no act;
                # "warned against expanding sanctions": no act either, though the warning names no one
            if m.actors is None and anchor.dep_ == "acl" and anchor.head.dep_ in ("dobj", "obj") and \
                    _lemma(anchor.head) in claim_cues()["plan_nouns"] and not is_purpose_clause(anchor):
                m = replace(m, actors=args.subject_heads(anchor.head.head))  # "X announced plans to ...": X's plan
            if trip_purpose(anchor, m) and m.actors is None:
                m = replace(m, actors=args.subject_heads(anchor.head))  # the traveller visits
            if any(trip_purpose(c, by_anchor[c.i]) for c in anchor.children if c.i in by_anchor) and \
                    _lemma(anchor) in TRAVEL | GATHER:
                continue  # "flew to Baghdad to meet X": the meeting is the event; "gathered to protest X": the protest
            untargeted = None  # "fired water cannon and rammed a Vietnamese boat": one attack, its target the boat's
            if not m.light and not m.nominal and same_act(anchor, m.trigger.event_type, by_anchor, m.trigger.mode,
                                                          m.trigger.cameo):
                untargeted = untargeted_attack(anchor, m.trigger.event_type, coded)
                if untargeted is None:
                    continue
            elif not m.light and not m.nominal and (instrument(anchor) or tally_clause(anchor, m.trigger.event_type,
                                                                                        events)
                                                    or restating_verb(anchor, by_anchor)):
                continue
            if not m.nominal and (spelled_out(anchor, by_anchor) or (not m.light and device_clause(anchor))):
                continue  # "were killed when a bomb went off": the toll verb tells the bombing (reports)
            if m.trigger.event_type == "ASSAULT" and elided_toll(anchor) in coded:
                coded[anchor.i] = coded[elided_toll(anchor)]  # "X was killed and three others injured" (reports)
                continue
            if m.trigger.event_type == "ASSAULT" and anchor.dep_ in ("advcl", "conj") and anchor.head.i in counted \
                    and any(_lemma(anchor) in v for v in self.lex.count_verbs.values()):
                continue
            if m.trigger.event_type == "ASSAULT" and not m.nominal and toll_clause(anchor, counted) is not None and \
                    not means_subject(toll_clause(anchor, counted)):  # type: ignore[arg-type]
                continue  # "three were killed when gunmen attacked X": the toll of the attack, told with it (not
                # "when a landmine exploded": that clause names no attacker, the toll verb tells the attack)
            if m.trigger.event_type == "ASSAULT" and not m.nominal and which_toll(anchor, counted):
                continue  # "rockets hit a base housing troops on Saturday which injured four soldiers": the hit's toll
            toll = toll_head(anchor) if m.trigger.event_type == "ASSAULT" and not m.nominal else None
            if toll is not None and m.recipients is None:
                victims = [c for c in toll.children if c.dep_ == "nsubjpass"]
                if victims:
                    m = replace(m, recipients=victims)  # the attack's victims are the toll's subject
            elif m.trigger.event_type == "ASSAULT" and not m.nominal and m.recipients is None and reflexive(anchor):
                # "a bomber blew himself up near X, killing four policemen": the dead are the victims, not the bomber
                killed = toll_participle_objects(anchor)
                if killed:
                    m = replace(m, recipients=killed)
            if m.trigger.mode == "convict" and not m.nominal and m.recipients is None and \
                    (guilty := found_guilty(anchor)):
                m = replace(m, recipients=guilty)  # "the court found the militants guilty" (verdicts)
            m, casualty = blast_match(self, m, args)  # "an IED planted by X exploded, injuring two soldiers"
            if m.nominal and m.trigger.event_type == "ASSAULT":
                if told_by_harm(tok, coded):
                    continue  # "two soldiers were wounded in an IED blast": the verb tells the attack
                dead = (casualty_victims(tok) or harm_result(tok)) if m.recipients is None else None
                if dead:  # "X died of wounds sustained in an IED blast": an attack on X, no attacker named
                    m, casualty = replace(m, recipients=dead), True
            pair = readout_pair(anchor, m.trigger.event_type, args, events) \
                if m.actors is None and not m.nominal else None  # "They discussed ..." (``readouts``)
            argv = self.arguments((m if said is None else replace(m, trigger=said)) if pair is None else
                                  replace(m, actors=[]), args)
            if argv is None:
                continue
            actors, recipients = argv if pair is None else (pair, argv[1])
            if not m.nominal and (cited := cited_source(anchor)):  # "X will pay a price, KCNA said, citing Y"
                actors = self.resolve_all(cited, args, "actor", frozenset()) or actors
            if m.trigger.event_type == "ASSAULT" and not m.nominal and m.recipients is None and \
                    all(where_only(r.token) for r in recipients) and (killed := toll_participle_objects(anchor)):
                # "a gunman opened fire outside a mosque in Kabul, killing four worshippers": the people hit, not the
                # place that only says where (docs/annotation.md)
                recipients = self.resolve_all(killed, args, "recipient", frozenset()) or recipients
            if m.trigger.event_type == "ASSAULT" and not recipients and anchor.i in means and anchor is tok:
                # "air strikes on southern X destroyed grain silos": the things hit name no party, the strikes' target
                recipients = self.resolve_all(aimed_targets(means[anchor.i][0]), args, "recipient", frozenset()) or []
            actors = [v for v in actors if not brokered(v.token, m.trigger.event_type)]  # "a truce brokered by X
            # halted the fighting": X made the truce, it does not halt the fighting (``directed``)
            if m.trigger.mode == "convict" and not recipients and not m.nominal:
                recipients = convicted_people(anchor)  # "a jury convicted three men" (verdicts)
            if said is not None and not actors and tok is not anchor:  # "X launched a blistering attack on Y": X speaks
                actors = self.resolve_all(args.subject_heads(anchor), args, "actor", frozenset()) or []
            if m.trigger.event_type == "ACCUSE" and not m.nominal and not actors and legal_charge(m.anchor):
                # "two men were charged with espionage": a charge brought by no one named, as an indictment so told
                # (CAMEO 115; verdicts); a named party's charge keeps its code
                m = replace(m, trigger=self.lex.trigger_for_code("115", "curated") or m.trigger)
            if code := crowd_code(m.anchor, m.trigger.event_type, m.trigger.mode, actors):
                # "farmers blockaded the crossing", "demonstrators hurled stones at police": a protest (coercion)
                m = replace(m, trigger=self.lex.trigger_for_code(code, m.trigger.source) or m.trigger)
            told_of = toll_of(anchor, coded) if not m.nominal else None
            if told_of is not None and m.trigger.event_type == told_of.event_type == "ASSAULT" and not m.light:
                # "the attack in X which killed 20 civilians": the attack's victims and toll, one attack (nonevents)
                add_toll(told_of, [v.actor for v in recipients], counts_for(anchor, self.lex.count_verbs))
                continue
            first = untargeted or restates(anchor, m.trigger.event_type, m.trigger.mode, coded)
            if first is not None:  # "struck near X, hitting two positions"; "summoned X and issued a protest"
                merge_targets(first, anchor, actors, recipients, coded)
                coded[anchor.i] = first  # "summoned X, handed over a note, condemning Y": one act down the chain
                continue
            if m.trigger.event_type == "MOBILIZE":  # "troops arrived in X": the place reached is no target
                recipients = [r for r in recipients if not destination(r.token, True) and not moved_force(m, r)
                              and not route_passed(m, r)]
            if operation_support(m.trigger.event_type, [r.actor.text for r in recipients]):
                continue  # "was supporting Operation X": taking part in it (nonevents)
            if m.trigger.event_type in ("MOBILIZE", "RETREAT"):
                # "withdrew its troops", "put its air force on alert": the actor's own forces are no recipient
                recipients = retreat_recipients(m, args, actors, [r for r in recipients if not own_party(r)])
            elif m.trigger.mode == "withdraw":  # "recalled the country's ambassador from X": X, not its owner
                recipients = retreat_recipients(m, args, actors, recipients)
            if not actors and not m.nominal:
                actors = self.resolve_all(hidden_agent(m.anchor) or fronted_subject(m.anchor) or joined_passive(
                    m.anchor, m.trigger.event_type), args, "actor", frozenset()) or unspoken(m.token, args)
                # "At the invitation of X, Y visited"; "agreements were signed between X and Y"
            if not actors and not m.nominal and m.trigger.event_type in STATE_ACTS:
                actors = authorities(m.anchor, args, recipients)
            if not actors and not m.nominal and (m.trigger.event_type == "MOBILIZE" or m.trigger.mode == "withdraw"):
                actors = force_owner(m.anchor, args, self.lex.forces)  # "Indian troops were deployed": India
                recipients = [r for r in recipients if r.token.i not in {a.token.i for a in actors}]
            if not actors and m.trigger.event_type == "MOBILIZE" and state_force(recipients) and \
                    agentless_passive(m.anchor):
                actors, recipients = recipients, []  # "troops were deployed in X": the troops move
            if not actors and not (casualty and recipients) and \
                    not (m.trigger.event_type in AGENTLESS and recipients and not m.nominal and
                         (agentless_passive(m.anchor) or undergone_unclaimed(m) or measure_subject(m))) and \
                    not (recipients and help_unclaimed(m)) and \
                    not (not m.nominal and charged_by_no_one(m.trigger.event_type, m.anchor, recipients)) and not (
                    m.nominal and m.trigger.event_type in UNCLAIMED and m.token.i not in told_by_verb and
                    unclaimed_attack(m.token, args)) and \
                    not (anchor.i in means and (recipients or place_country_of(doc, anchor))) and \
                    not unnamed_seizure(m) and not (place_seizure(m) and agentless_passive(m.anchor)):  # "two rifles were recovered from the
                # spot", "the town of X was retaken" (reports)
                continue  # an agentless passive of a physical or state act keeps its event with no actor, and so
                # does an attack named by a noun with its place ("the attacks in Baghdad and Najaf")
            ante = None
            if not recipients and not m.nominal:
                recipients, ante = anaphoric_patient(self, m, events)
                if not recipients and back_reference(object_of(m.anchor), m.trigger.event_type):
                    continue  # "we condemn this" with no act told before it: whom it is addressed to is unknown
            day = doc._.published
            actors, recipients = pair_parties(actors, events), pair_parties(recipients, events)
            actors = [office_country(metonym(v, m.trigger.event_type, day, self.dictionary), args, self.dictionary)
                      for v in actors]  # "Germany's ambassador to Iraq": Germany (``directed``)
            listed = m.trigger.event_type == "SANCTION" and m.trigger.mode is None  # a listing, not a verdict
            recipients = [office_country(metonym(described_people(v, args, listed), m.trigger.event_type, day,
                                                 self.dictionary), args, self.dictionary) for v in recipients
                          if not brokered(v.token, m.trigger.event_type)]  # "a truce brokered by X": not X
            if m.trigger.event_type == "PROTEST" and (code := protest_code(m.anchor, m.trigger.mode, actors, self.dictionary)):
                # "Poland formally protested against ...": a complaint (114); "police blocked the road": a blockade
                m = replace(m, trigger=self.lex.trigger_for_code(code, m.trigger.source) or m.trigger)
            if any(bare_government(v) for v in actors + recipients):
                here = location_for(doc, m.anchor if m.light else m.token, set())
                if here is None or not here.country:
                    here = actor_place(doc, actors, set())  # "rebels in Sudan accused the government"
                if not m.nominal and any(bare_government(v) for v in recipients):
                    # "In Paris, X condemned the regime's bombing of Aleppo": the regime of the place of the act it
                    # did, not of the place the judging was done in
                    judged = judged_act(m.anchor, self)
                    recipients = [self._government_of_act(doc, v, day, judged) for v in recipients]
                if here is not None and here.country:
                    actors = [self._government_here(v, here.country, day) for v in actors]
                    recipients = [self._government_here(v, here.country, day) for v in recipients]
            # "ISLAMABAD: The Foreign Office said": the report's own country's office (``institutions``)
            actors, recipients = [institution_here(doc, v, self.dictionary, day, recipients) for v in actors], \
                [institution_here(doc, v, self.dictionary, day, actors) for v in recipients]
            if self.require_mention and not any(v.linked for v in actors + recipients) and not (
                    m.trigger.event_type in PLACED and place_country_of(doc, m.anchor if m.light else m.token, not any(
                        is_agent(v.actor) for v in actors + recipients))) and not (
                    group_act(m.trigger.event_type, actors, recipients, claims[tok.i].status)) and not unnamed_seizure(m) \
                    and not (place_seizure(m) and (actors or agentless_passive(m.anchor))) \
                    and not released_people(m.trigger.event_type, m.trigger.mode, recipients, claims[tok.i].status) \
                    and not judged_people(m.trigger.event_type, m.trigger.mode, recipients, claims[tok.i].status,
                                      m.trigger.cameo) \
                    and not authored_statement(m, actors, events, self) \
                    and not authors_request(m.trigger.event_type, actors, recipients) \
                    and not counted_states(m.trigger.event_type, None if m.nominal else m.anchor, actors) \
                    and not (m.trigger.event_type == "ASSAULT" and strike_report(anchor)):  # "We condemn ...", "Near X, 3 strikes hit ..."
                continue  # no named party; a physical act named by its place ("gunmen attacked a post in X"), by
                # its country unless a generic agent does it or suffers it ("militants attacked a post in X district");
                # a demand, charge, refusal or threat a generic agent makes ("protesters demanded ...")
            claim = claims[tok.i]
            if claim.status == "negated" and claim.modal is None and speaks_for(claim.source, actors, args):
                # "Turkey said it did not shell the villages": the actor says its own act did not happen, it denies
                # it (a third party saying so keeps it negated, attributed; a future "will not" is an intention)
                claim = replace(claim, status="denied", denied_by=[t for t in (claim.source,) if t is not None],
                                source=None)
            if claim.status == "asserted" and claim.source is None and m.trigger.event_type not in QUOTED_TYPES and \
                    (spoken := quote_speaker(args.mentions, tok)) is not None and \
                    speaker_group(args.mentions, spoken) is not None:
                # '"We overran the post. We burned two trucks," said X, the Nasr Front's spokesman': a group's
                # claim of its acts, told by its spokesperson in a quote of several sentences (``quotespeakers``)
                claim = replace(claim, status="attributed", source=spoken.root)
            if (claim.quoted and m.trigger.event_type in QUOTED_TYPES and speaks_for(claim.source, actors, args)) or \
                    announced_measure(claim, m.trigger.event_type, actors):
                claim = replace(claim, status="asserted", source=None)  # "X said: The UK welcomes" (``stance``); "the
                # minister announced that Canada is imposing sanctions" (``claims``)
            if self.intent:
                # an intent is the actor's own unless the text gives it to another named party ("Pakistan warned
                # that the Taliban would attack X": Pakistan's forecast, no Taliban threat)
                told, (m, claim) = claim.cue, as_intent(m, claim, not foreign_forecast(claim, actors, args) and not (
                    not actors and not m.nominal and agentless_passive(m.anchor)))  # "32,000 inmates will be
                # released, the department said": no one's intent is told, the act is scheduled (predicted)
                warning = coded.get(told.i) if told is not None and m.trigger.event_type == "THREATEN" and \
                    tok.i != told.i else None
                if warning is not None and warning.event_type == "THREATEN":
                    # "X warned Y that it would block Z": one threat, the warning's, unless only the warned act
                    # names whom it is aimed at ("warned that it could strike Y")
                    if warning.recipient or not recipients:
                        continue
                    events.remove(warning)
            info = self.types.get(m.trigger.event_type, {})
            if info.get("recipient_required") and not recipients and not (
                    m.trigger.source == "curated" and any(v.linked for v in actors) and
                    (claim.status in ("asserted", "attributed") or announced(claim) or
                     scheduled(claim, m.trigger.event_type))) and \
                    not joint_act(m.trigger.event_type, None if m.nominal else m.anchor, actors):  # (``readouts``)
                continue  # a named actor's sanction or aid with no recipient named ("X announced new sanctions", "X
                # announced it will provide $5 million in aid") stands
            if m.trigger.event_type == "REQUEST" and not recipients and m.trigger.source == "cameo" and \
                    (m.trigger.cameo or "").startswith("02"):
                continue  # a generated appeal to no one ("proposed that X should ..."): the proposal is the event
            if m.trigger.mode == "investigate" and not recipients and m.trigger.source != "curated":
                continue  # "was studying the list", "is monitoring the transfers" (generated layer): into no one
            breach = breach_means(anchor, coded)
            if breach in events:  # "violated the ceasefire by shelling X": the shelling is the act
                events.remove(breach)
            mutual = len({v.actor.key for v in actors}) >= 2 and m.trigger.event_type in MUTUAL_TYPES and \
                mutual_act(anchor, tok if m.light else None)  # "X and Y accused each other" (``readouts``)
            event = self.build_event(doc, m, actors, [] if mutual else recipients, claim, args)
            if mutual:
                for one in each_at_the_others(event):
                    if admit(one, seen):
                        events.append(one)
                        coded.setdefault(anchor.i, one)
                continue
            if ante is not None:
                date_after(event, ante, doc._.published)
            if m.trigger.event_type == "CONSULT" and all(destination(r.token) for r in recipients):
                visits.add(event.id)
            if event.event_type == "CONSULT" and not all(r.actor_id for r in event.recipient):  # "She met her
                # counterpart" (readouts)
                counterpart_country(event, recent_events(events, anchor))
            if same_meeting(event, events, visits):
                visit = visit_met(event, events, visits)
                if visit is not None and admit(event, seen):  # "in his visit to X, he met Y": the meeting with Y
                    events[events.index(visit)] = event
                    coded[anchor.i] = event
            elif admit(event, seen):
                events.append(event)
                coded[anchor.i] = coded[tok.i] = event
        events.extend(claimed_attacks(self, doc, args, events, seen))
        events.extend(anaphoric_actions(self, doc, args, events, seen))
        later_deaths(doc, sorted(events, key=lambda e: e.evidence[0].start if e.evidence else 0),
                     {m.token.i for m in found} | {m.anchor.i for m in found})
        fight_sides(doc, events, self.dictionary)  # "A soldier was injured in the gunfight": by the other side
        fold_tolls(doc, events)  # "X attacked a post. Two soldiers were killed.": the attack's toll (``tolls``)
        fold_claims(doc, events)  # "The BLA claimed responsibility for the attack": that attack's actor (reports)
        scene_of(doc, events, self.dictionary)  # "... and recovered two grenades", "rifles were recovered": the scene's (reports)
        heading_speaker(doc, events, args)  # "Canada welcomes X. We congratulate Y": Canada (``stance``)
        return events

    def _government_here(self, value: ArgValue, iso3: str, day: str | None) -> ArgValue:
        """"the government" named bare in an act placed in a country: that country's government on ``day``."""
        if not bare_government(value):
            return value
        actor = self.dictionary.government_of(iso3, str(day)[:10] if day else None)
        if actor is None:
            return value
        return ArgValue(EventActor(actor_id=actor.id, name=actor.name, text=value.actor.text), True, value.token)

    def _government_of_act(self, doc: Doc, value: ArgValue, day: str | None, judged: Token | None) -> ArgValue:
        """"the regime" named as the doer of an act noun placed in a country ("the regime's attack on a hospital in
        Aleppo", "strikes by the regime on Idlib"; the act a statement judges, ``judged``): that country's
        government; else as it is."""
        if not bare_government(value):
            return value
        tok = value.token
        noun = tok.head if tok.dep_ == "poss" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "by" \
            else None
        if noun is None or noun.pos_ != "NOUN" or noun != judged and self.noun_trigger(noun) is None:
            return value
        inside = range(noun.left_edge.i, noun.right_edge.i + 1)  # the places the act's own phrase names
        here = next((p._.location for p in (doc.spans["places"] if "places" in doc.spans else ())
                     if p.start in inside and p._.location is not None and p._.location.country), None)
        return self._government_here(value, here.country, day) if here is not None else value

    def by_means(self, m: Match, noun: Token, kind: str, args: Args) -> Match:
        """The attack a verb of harm tells with a weapon or attack noun as its subject: the type and code of the
        attack noun ``kind`` ("a bomb killed": a bombing), its attacker from the noun's modifiers ("Russian
        shelling"), else the subject itself when no force is named ("one strike destroyed": docs/annotation.md)."""
        trig = self.lex.noun(kind)
        return replace(m, trigger=replace(trig, conditions={}) if trig is not None else m.trigger,
                       actors=planters(noun) or told_owners(self.noun_actor(noun, args), args) or None)  # "a blast
                       # triggered by X"; "its strikes killed X" with its owner unknown: the strikes (``military``)

    def build_event(self, doc: Doc, m: Match, actors: list[ArgValue], recipients: list[ArgValue], claim: Claim,
                    args: Args) -> Event:
        """The ``Event`` record of a matched trigger with its resolved parties and claim (also used by ``anaphora``)."""
        trig = self.lex.request_mode(m.trigger, request_words(m))
        score, quad = score_for(trig.event_type, trig.mode)  # type: ignore[arg-type]
        sent = sentence_of(m.token)
        attributed = None
        if claim.source is not None:
            hit = args.resolve(issuer(claim.source))  # "the statement said": the body that issued it
            if isinstance(hit, ArgValue):
                hit = institution_here(doc, hit, self.dictionary, doc._.published)
                attributed = hit.actor.name
        denied: list[str] = []
        for subject in claim.denied_by:
            hit = args.resolve(subject) if subject is not None else None
            if isinstance(hit, ArgValue) and hit.actor.name not in denied:
                denied.append(hit.actor.name)
        exclude = {v.token.i for v in actors + recipients}
        date = date_for(doc, m.anchor if m.light else m.token, claim.status)
        article_id = doc._.article_id or ""
        start = doc[sent.start].idx
        end = doc[sent.end - 1].idx + len(doc[sent.end - 1].text)
        trigger_text = m.token.text if not m.light else f"{m.anchor.text} … {m.token.text}"
        confidence = 0.5 + 0.2 * any(v.linked for v in actors) + 0.2 * any(v.linked for v in recipients) + \
            (0.1 if trig.source == "curated" else 0.0)
        return Event(
            id=stable_id(article_id or doc_text(doc)[:200], str(m.token.idx), trig.event_type),  # type: ignore[arg-type]
            article_id=doc._.article_id,
            event_type=trig.event_type,  # type: ignore[arg-type]
            mode=trig.mode,
            context=list(trig.context),
            actor=[v.actor for v in actors],
            recipient=[v.actor for v in recipients],
            date=date,
            location=location_for(doc, m.anchor if m.light else m.token, exclude) or actor_place(doc, actors, exclude)
            or (location_for(doc, m.anchor if m.light else m.token, exclude, True) if trig.event_type in PLACED
                else None),  # (without the story's place the second look would repeat the first)
            counts=counts_for(m.anchor, self.lex.count_verbs),
            status=claim.status,
            attributed_to=attributed,
            denied_by=denied,
            quote=_quote_for(doc, m.token.idx),
            score=score,
            quad_class=quad,
            cameo=trig.cameo,
            confidence=round(min(confidence, 0.95), 2),
            evidence=[Evidence(article_id=article_id, start=start, end=end, sentence=sent.text, trigger=trigger_text)],
        )


def _quote_for(doc: Doc, char: int) -> str | None:
    for quote in doc._.quotes or []:
        if quote.start <= char < quote.end:
            return quote.text
    return None


def code_events(doc: Doc, coder: EventCoder | None = None) -> list[Event]:
    """Events of a parsed doc (the component's work, callable without a pipeline)."""
    return (coder or EventCoder())(doc)


class _Component:
    def __init__(self, require_mention: bool, irregular: dict[str, list[str]] | None = None) -> None:
        self.coder = EventCoder(require_mention=require_mention)
        self.coder.irregular = irregular or {}
        typer = load_type_model()
        self.coder.typer = typer if typer is not None and typer.enabled else None
        self.learned = True  # the learned check (extract/learned.py) when its shipped model is enabled

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, dictionary: Any = None) -> None:
        """Resolve metonyms and place countries against ``dictionary`` (``pipeline.build_pipeline``)."""
        self.coder.dictionary = dictionary

    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        if doc._.language not in (None, "en"):
            doc._.events = []
            return doc
        doc._.events = transcript_events(doc, self.coder(doc), self.coder.dictionary)  # transcripts.py
        if self.learned:
            from .learned import apply

            doc._.events = apply(doc, doc._.events)
        return doc


@Language.factory(
    "annalyst_events",
    requires=["token.dep", "token.lemma", "token.tag", "doc.spans", "doc._.quotes"],
    assigns=["doc._.events"],
    default_config={"require_mention": True},
)
def make_event_coder(nlp: Language, name: str, require_mention: bool) -> Any:
    register_extensions()
    irregular: dict[str, list[str]] = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_exc"):
            irregular = dict(lookups.get_table("lemma_exc").get("verb", {}))
    return _Component(require_mention, irregular)

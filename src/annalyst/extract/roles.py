"""Who does an event's act and to whom: the actor and recipient reading of ``events.EventCoder``.

``RoleReader.arguments`` turns a trigger match (``triggering.Match``) into the parties of its two sides. The actor
comes from the verb's subject, a "by" phrase, a fronted place or the noun's own doer ("Russia's attack", "attacks by
ISIL"); the recipient from the candidates ``eventargs.Args.recipient_heads`` gives, reordered and filtered by the
rules of each construction (an attack's "against" target before a partner told by "with", the people a coercion
holds rather than where they were taken, the author of an act a statement judges, a place only where nothing else
is named). Each rule names the module that owns its construction.
"""

from __future__ import annotations


from spacy.tokens import Token

from ..actors.dictionary import is_state_code
from .military import departure, fronted_place, named_exercise
from .coercion import erupted, protest_crowd
from .argwords import CONVERSION_VERBS, PAYMENT_NOUNS, border_side, sanctions_list, captor, fight_taken_part_in, held_captive, names_people, \
    own_undertaking, people_participle, seized_place, sponsor_modifier
from .reports import (by_agent, harmed_participle, object_told_before, surrendered_to, things_taken_from,
                      toll_participle_objects)
from .evaluation import act_authors, judged_act, perpetrator, undergone_by_possessor, undergone_doer
from .directed import addressee_first, against_first, author_before_topic, blamed_on, compound_owner, paper_authors, \
    for_whom, told_of_it, same_prep_conjuncts, speaker_object, talk_topic, topic_partners
from .eventargs import (UNRESOLVED, ArgValue, Args, expand, is_passive, is_place_head,
                        is_topic_verb, manner_modifier, object_of, other_side, undergo_verb, undergoer)
from .bystanders import bystander, document, joined_with
from .eventlex import SYMMETRIC_TYPES
from .agents import state_force
from .parties import (FIGHT_NOUNS, STATE_ACTS, against_target, agentless_passive, attack_place, counted_patient,
                      gapped_passive, listed_patients, victim_phrase,
                      aimed_at, fired_from, GATHERINGS, held_in_place, said_setting, described_setting, holding_party, in_setting, conflict_setting, is_theatre, named_party, occasion, partner, place_name, relative_victims, struck, victim)
from .frames import complement_parties
from .phrases import helped_party, pobjs
from .phrases import lemma as _lemma
from .nominals import named_target, stray_agent, stray_recipients, targets_after_doer
from .grievances import grievance_parties, threatened_parties
from .oneact import passive_act_noun
from .cooperation import medium_partners, object_owner, stance_owner
from .tradebans import imposed_on
from .anaphora import back_reference
from .beneficiaries import aid_recipients
from .triggering import Match, TriggerMatcher, meeting_preps
from .eventchecks import dispersed, own_clauses, threatened

__all__ = ["UNCLAIMED", "RoleReader"]

#: types whose event named by a noun stands without an actor when its place is known: attacks are news before
#: anyone claims them
UNCLAIMED = frozenset({"ASSAULT"})
_SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")

_obj = object_of


def _launched_against(head: Token, m: Match) -> bool:
    """``head`` is the party the attack noun a mobilisation begins is aimed at ("launched an offensive against X",
    "began an offensive upon X"): the offensive begun is the act (MOBILIZE, the start of an operation), so its target
    is the recipient (docs/annotation.md), not the victim of another act named inside the verb's phrase."""
    if m.trigger.event_type != "MOBILIZE" or m.nominal:
        return False
    obj = _obj(m.anchor)
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "against X and Y"
    return obj is not None and head.dep_ == "pobj" and head.head.lower_ in ("on", "upon", "against") and \
        head.head.head == obj


def _state_code(value: ArgValue) -> str | None:
    """The country code ``value`` names (a state, its forces), else None."""
    code = value.actor.actor_id
    return code if is_state_code(code) else None


def _other_state(value: ArgValue, actors: list[ArgValue]) -> bool:
    """``value`` names a state other than the states among ``actors``: the ground a state takes from another state
    ("Ethiopian troops seized an Eritrean town") names the party it is taken from."""
    code = _state_code(value)
    own = {c for a in actors if (c := _state_code(a))}
    return code is not None and bool(own) and code not in own


class RoleReader(TriggerMatcher):
    """The argument half of ``events.EventCoder``: needs ``lex`` (a ``Lexicon``) and ``noun_trigger``
    (from ``TriggerMatcher``)."""

    def resolve_all(self, heads: list[Token], args: Args, role: str, exclude: frozenset[int]) -> list[ArgValue] | None:
        """The parties the noun-phrase heads name, for ``role`` (actor or recipient), skipping tokens in ``exclude``."""
        out: list[ArgValue] = []
        for head in heads:
            for n, tok in enumerate(expand(head)):
                group = args.group(tok, exclude)
                if group:
                    out.extend(group)
                    continue
                hit = args.resolve(tok, role=role, exclude=exclude)
                if hit is UNRESOLVED:
                    if n == 0:
                        return None
                    continue
                if isinstance(hit, ArgValue):
                    out.append(hit)
        return out

    def noun_actor(self, noun: Token, args: Args) -> list[Token]:
        """The doer named inside an event noun's phrase: its possessor ("Russia's attack"), a modifier that names a
        party ("Russian shelling"), its "by" phrase ("attacks by ISIL"), else the party of a participle on it."""
        for child in noun.children:
            if child.dep_ == "poss":
                doer = undergone_doer(noun)  # "his detention by the coup plotters": the plotters
                if doer is not None:
                    return [doer]
                return [] if undergone_by_possessor(noun, child) else [child]  # "his arrest": done to him (verdicts)
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod") and args.mentions.at(child) is not None:
                return [child]
        if (owner := compound_owner(noun, args)) is not None:
            return [owner]  # "Russian missile strikes": the party of the weapon's modifier (``directed``)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return [c for c in child.children if c.dep_ == "pobj"][:1]
        return perpetrator(noun, args) or stray_agent(noun)  # "the attacks launched by X"; "condemned the killing
        # of X by Y": Y (``nominals``)

    def arguments(self, m: Match, args: Args) -> tuple[list[ArgValue], list[ArgValue]] | None:
        """Actor and recipient values of a match, or None when the event cannot stand (unresolved pronoun)."""
        crowd: list[ArgValue] = []  # "protests erupted in X": the protesters (``coercion``)
        if not m.nominal:
            verb = m.anchor
            fight = fight_taken_part_in(verb)  # "X were engaged in fighting with Y": Y is fought
            passive = (is_passive(verb) or harmed_participle(verb) or people_participle(verb) is not None) and \
                not m.light and fight is None
            gapped = gapped_passive(verb)  # "six were killed and 125 arrested": 125 were arrested, by no one told
            passive = passive or (gapped is not None and not m.light)
            actor_heads = fronted_place(args.subject_heads(verb)) or by_agent(verb) if m.actors is None else m.actors
            actor_heads = [] if gapped is not None and m.actors is None else actor_heads
            if not actor_heads and m.actors is None and (told := passive_act_noun(verb, m.trigger.event_type, m.light or
                                                         self.lex.is_light(_lemma(verb)), self.noun_trigger)):
                actor_heads = self.noun_actor(told, args)  # "U.S. strikes were carried out": the noun's party
            if not actor_heads and m.actors is None and m.light and m.trigger.event_type == "PROTEST" and \
                    erupted(m.token):
                crowd = [protest_crowd(m.token, m.trigger.mode)]  # "protests were staged across X": protesters
            conj_verbs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                          not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
            cand = args.recipient_heads(verb, passive=passive, extra=[*m.extra, *conj_verbs, *filter(None, [fight])])
            cand = [gapped, *cand] if gapped is not None else cand
            if m.trigger.event_type == "CONSULT" and not m.light:
                cand += [p for p in medium_partners(verb) if p not in cand]  # "spoke by phone with X" (cooperation)
            if passive and m.trigger.event_type == "COERCE" and m.trigger.mode == "seize" and not m.light:
                # "the base had been recaptured from al-Shabaab by X": the party the place was taken from, as in
                # the active ("retook the base from al-Shabaab")
                cand += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                         for g in c.children if g.dep_ == "pobj"]
            if passive and m.trigger.event_type == "RETREAT" and m.trigger.mode == "withdraw" and \
                    "obj" in m.trigger.conditions and not m.light:
                # "a US outpost was handed over to the national army": the party it went to, as in the active
                # ("handed over its base to X"), not the owner the place is named by
                cand = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                        for g in c.children if g.dep_ == "pobj"] or cand
            if m.trigger.conditions.get("needs_actor_object") and _obj(verb) is None:
                cand += [p for p in [helped_party(verb)] if p is not None]  # "helped Lebanon rebuild its army"
            cand = surrendered_to(verb, m.trigger.event_type) + object_told_before(verb, cand)  # (reports)
            if "obj" in m.trigger.conditions and not m.light and not m.trigger.conditions.get("patient"):
                thing = _obj(verb)  # the object the entry was chosen by ("sent troops"): not the recipient, its
                cand = [c for c in cand if c != thing]  # named owner may be ("backed Morocco's plan for X": Morocco)
                cand = object_owner(thing) + things_taken_from(m, cand)  # "recovered rifles from them" (reports)
                if m.trigger.event_type in ("SANCTION", "CONCEDE"):
                    cand += [c for c in imposed_on(thing) if c not in cand]  # "lifted the sanctions it had
                    # imposed on X" (``tradebans``)
                if passive and thing is not None:  # "sanctions against X were extended by Y": X, as in the active
                    cand += [c for c in args.recipient_heads(thing, passive=False) if c != thing]
            # "approved turning the liaison office into a brigade": what a thing is turned into is no party
            cand = [c for c in cand if not (c.dep_ == "pobj" and c.head.lower_ == "into" and
                                            _lemma(c.head.head) in CONVERSION_VERBS)]
            # "conducted strikes using aircraft against X": the target told in a participle of the verb
            cand += [g for adv in verb.children if adv.dep_ == "advcl" and adv.tag_ == "VBG" and
                     not any(c.dep_ in _SUBJ_DEPS for c in adv.children)
                     for p in adv.subtree if p.dep_ == "prep" and p.lower_ == "against"
                     for g in p.children if g.dep_ == "pobj"]
            if m.trigger.event_type == "THREATEN" and not m.light:
                # "threatened to kill the hostages", "vowed to keep attacking ships": the threatened party is the
                # object of the infinitive
                cand += [o for x in verb.children if x.dep_ == "xcomp" for y in (x, *(c for c in x.children if
                         c.dep_ == "xcomp")) for o in threatened(y, args)]
                # "threatened it will start a war against X": the threatener's own act told by a clause
                cand += [o for x in own_clauses(verb) for o in threatened(x, args)]
            if m.light:
                cand = [c for c in cand if c != m.token]
                noun_preps = [c for c in args.recipient_heads(m.token, passive=False) if c != m.token]
                cand = noun_preps + [c for c in cand if c not in noun_preps]
            if not passive and _obj(verb) is None:
                # "to kill and injure civilians": the object of the last conjunct is the object of each
                cand += [o for c in conj_verbs for o in c.children if o.dep_ in ("dobj", "obj")]
            if is_topic_verb(verb) and not m.light:
                # "discussed the next steps", "discussed UK-France co-operation": a topic, not a party
                cand = [c for c in cand if c.head.dep_ == "prep" and c.head.lower_ == "with"] or topic_partners(verb)
            if m.trigger.event_type == "REQUEST" and (paid := _obj(verb)) is not None and _lemma(paid) in PAYMENT_NOUNS:
                # "demanded a ransom for the two nurses": what the payment is for, not the party asked (argwords)
                cand = [c for c in cand if not (c.head.dep_ == "prep" and c.head.lower_ == "for")]
            captives = held_captive(verb) if m.trigger.event_type == "ASSAULT" else []
            if captives:  # "three aid workers held hostage in Mali": they are held (``parties.victim``), by whom only
                # "by" tells (argwords)
                actor_heads = [g for by in verb.children if by.dep_ == "agent" or by.dep_ == "prep" and by.lower_ == "by"
                               for g in by.children if g.dep_ == "pobj"][:1] if m.actors is None else actor_heads
                cand = captives + [c for c in cand if c not in captives and c.lower_ not in ("hostage", "captive")]
            sufferers = undergoer(verb)
            if sufferers:  # "civilians are facing shelling": they undergo it, they do not do it
                if m.actors is None:
                    actor_heads = []
                cand = sufferers + cand
        else:
            noun = m.token
            actor_heads = self.noun_actor(noun, args) if m.actors is None else m.actors  # (``responsibility``)
            if not actor_heads and (m.trigger.event_type in SYMMETRIC_TYPES or noun.lemma_.lower() in FIGHT_NOUNS):
                holders = [noun, *([noun.head] if noun.dep_ == "nsubj" else []),  # "clashes erupted between X"
                           *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]  # "the agreement
                # reached yesterday between X and Y"
                actor_heads = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                               for g in c.children if g.dep_ == "pobj"][:1]  # "the agreement between X and Y",
                # "clashes between rival tribes"
            if not actor_heads and m.trigger.event_type == "CONSULT" and noun.dep_ == "pobj" and \
                    noun.head.lower_ in meeting_preps(m.trigger.mode) and noun.head.head.pos_ in ("VERB", "AUX") and \
                    any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in noun.children):
                # "X said after a meeting with Y", "during talks with Y, X warned": the clause's subject took part
                actor_heads = args.subject_heads(noun.head.head)
            suffered = undergo_verb(noun)
            if not actor_heads and suffered is not None:  # "villagers faced shelling by X": X shells them
                actor_heads = [g for c in suffered.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                               for g in c.children if g.dep_ == "pobj"][:1]
            if not actor_heads and m.trigger.event_type == "PROTEST" and erupted(noun):
                crowd = [protest_crowd(noun, m.trigger.mode)]
            elif not actor_heads and m.trigger.event_type not in UNCLAIMED:
                return None  # "the attacks in X" stand without an attacker (see __call__); other nouns need one
            cand = [c for c in [*args.recipient_heads(noun, passive=False), *stray_recipients(noun),
                                *targets_after_doer(noun), *named_target(noun)]
                    if c.i not in {h.i for h in actor_heads}]  # "condemned the delivery of X to Y" (``nominals``)
            cand = undergoer(noun) + cand  # "civilians faced airstrikes by the regime"
            if undergone_doer(noun) is not None:  # "his detention by the coup plotters": he underwent it
                cand = [c for c in noun.children if c.dep_ == "poss"] + cand
        actors = self.resolve_all(actor_heads, args, "actor", frozenset())
        if actors is None:
            return None
        actors = actors or crowd
        taken = frozenset(a.token.i for a in actors) | frozenset(h.i for h in actor_heads)
        recipients: list[ArgValue] = []
        if m.recipients is not None or departure(m):  # "HMS X departed Bahrain": the place it left (``military``)
            cand = list(m.recipients or [])
        if not m.nominal and (m.trigger.conditions.get("needs_ccomp_actor") or m.trigger.mode == "allege" or
                              m.trigger.conditions.get("needs_clause") or
                              (m.trigger.event_type == "REQUEST" and
                               _lemma(m.anchor) in self.lex.appeal_words | self.lex.demand_words)):
            ccomp_subjects = [s for c in m.anchor.children if c.dep_ == "ccomp" for s in args.subject_heads(c)]
            cand = ccomp_subjects + cand
        elif not m.nominal and m.trigger.event_type == "ACCUSE" and m.recipients is None:
            # "deplored that X is diverting funds": X, the doer of the conduct judged (a named party: not "what it
            # called a violation", whose pronoun is the speaker)
            cand = [s for c in m.anchor.children if c.dep_ == "ccomp" and c.i > m.anchor.i
                    for s in args.subject_heads(c) if s.pos_ != "PRON"] + cand
        elif m.nominal and m.trigger.event_type == "REQUEST" and m.recipients is None:
            # "reiterated its demand that X end its violations": the party the noun's clause asks to act
            cand = [s for c in m.token.children if c.dep_ in ("ccomp", "acl") for s in args.subject_heads(c)] + cand
        if m.trigger.event_type == "ASSAULT" and not m.nominal and m.recipients is None:
            # the target of an attack is told by "against" before any partner told by "with" ("strikes coordinated
            # with the army ... against X"): a partner of the attacker is not its recipient
            recipients = against_target(self, m, args, taken)
            if recipients:
                cand = []
        if (m.trigger.event_type == "COERCE" or m.trigger.mode == "release") and not m.nominal and not m.light and \
                m.recipients is None and not is_passive(m.anchor) and not recipients:  # also "freed X from Y prison"
            held = _obj(m.anchor)
            # "deported 40 migrants to Myanmar", "deported two Afghans to Iran", "arrested three men in Lahore":
            # the people held or moved, not where they were sent or caught
            place = held is not None and (held.ent_type_ in ("LOC", "FAC") or is_place_head(held) or (
                held.ent_type_ == "GPE" and held.tag_ not in ("NNS", "NNPS")))  # "took Mosul from X": X
            people = (self.resolve_all([held], args, "recipient", taken) or victim(m.anchor, taken)) \
                if held is not None and held.i not in taken and not place else []
            if held is not None and (m.trigger.mode == "release" or _lemma(held) in m.trigger.conditions.get(
                    "obj", ()) and not m.trigger.conditions.get("patient")):  # a release: the released, when named
                back_to = m.trigger.mode == "release" and bool(pobjs([m.anchor], ("to",)))
                people = [p for p in people if p.linked or m.trigger.mode == "release" and not back_to and
                          names_people(p.token)]
                # the measure the entry was chosen by names no one held ("declared a state of emergency"), unless a
                # name is in it ("tightened the blockade of X"); the people a release frees are its recipient when
                # named by what they are too ("pardoned 500 inmates", "freed two aid workers"), unless the party
                # they go back to is told ("returned 48 children to Ukraine": Ukraine)
            if people:
                recipients, cand = people, []
        judged = judged_act(m.anchor, self, m.trigger.event_type == "REQUEST") \
            if not m.nominal and m.recipients is None else None
        if judged is not None:  # "condemned the killing of X by Y": the act's author Y, never X (``evaluation``)
            authors, spared = act_authors(judged, self, args)
            taken = taken | frozenset(spared) | ({judged.i} if spared else frozenset())
            recipients = [v for h in authors if h.i not in taken and not said_setting(h, m.trigger.event_type, m.anchor)
                          for v in (self.resolve_all([h], args, "recipient", taken) or [])]
            if recipients:
                cand = []
        if m.trigger.event_type in ("ASSAULT", "COERCE") and m.recipients is None and not recipients:
            owned = next((found for head in [*([] if m.nominal else [_obj(m.anchor)]), *cand] if head is not None
                          and not fired_from(head)  # "fired from rebel-held hills": where from, not at whom
                          for found in [holding_party(head, args)] if found), [])
            if owned:  # "shelled rebel-held areas of X": the rebels, not X
                recipients, cand = owned, []
        cand = [c for c in cand if m.nominal or not captor(c, m.anchor)]  # "rescued people abducted by X": not X
        cand = author_before_topic(against_first(cand, m.trigger.event_type), args)  # (``directed``)
        authors = paper_authors(m.anchor, args, m.trigger.event_type) if not m.nominal and not m.recipients and \
            not recipients else []
        cand = [*authors, *cand]  # "rejected the plan X presented": X (``directed``)
        cand = cand if m.nominal or m.recipients is not None else addressee_first(cand, m.anchor, m.trigger.event_type)
        said_by = None if m.nominal or m.recipients is not None else speaker_object(m.anchor, args)
        cand = [said_by, *cand] if said_by is not None else cand  # "Russia said NATO was threatening it": Russia
        if not m.nominal and m.recipients is None and not recipients and m.trigger.event_type in STATE_ACTS and \
                (listed := listed_patients(m.anchor, args, taken)):
            recipients, cand = listed, []  # "among those arrested were X and Y", "those detained included Z"
        if not recipients and m.trigger.event_type == "COOPERATE" and not m.nominal and m.recipients is None and \
                (partners := self.resolve_all(pobjs([m.anchor], ("alongside",)), args, "recipient", taken)):
            # "trained alongside Jordanian troops", "fought alongside the army against X": the partner worked with,
            # before any other phrase of the verb (the foe "against X" is no partner)
            recipients, cand = partners, []
        act_head = m.token if m.nominal else m.anchor
        withdrawal = m.trigger.event_type == "RETREAT" and m.trigger.mode == "withdraw"  # "left X": the country
        seizure = (m.trigger.event_type == "COERCE" and m.trigger.mode == "seize" or withdrawal) and m.recipients is None
        state_seizer = any(_state_code(a) for a in actors)  # "Ethiopian troops seized an Eritrean town": Eritrea
        for n, head in enumerate(cand):
            if head.i in taken or (m.trigger.event_type == "CONSULT" and occasion(head)) or for_whom(head) or \
                    back_reference(head, m.trigger.event_type) or \
                    (m.trigger.event_type == "REJECT" and own_undertaking(head)) or \
                    (m.trigger.event_type == "SANCTION" and sanctions_list(head)) or \
                    (m.trigger.event_type == "REQUEST" and self._left_behind(head)) or \
                    bystander(head, m.anchor, m.trigger.event_type, m.nominal) or \
                    talk_topic(head, m.trigger.event_type) or said_setting(head, m.trigger.event_type, m.anchor) or (
                    m.trigger.event_type not in ("ASSAULT", "THREATEN") and not m.nominal and
                    struck(self, head, m.anchor) and not _launched_against(head, m)) or \
                    (m.trigger.event_type == "ASSAULT" and (partner(head, m.anchor) or fired_from(head))):
                continue  # "condemned the attack on a UN convoy": the convoy was attacked, not condemned; "a
                # partnered raid with X": X took part (``parties.partner``)
            values = self.resolve_all([head, *same_prep_conjuncts(head)], args,
                                      "listed" if m.trigger.event_type == "SANCTION" else "recipient", taken)
            if values and seizure:  # "captured the town of X": the place taken (``argwords``), not its holder
                values = [v for v in values if not seized_place(v.token, act_head, not withdrawal) or
                          _other_state(v, actors)]
            if values and m.trigger.event_type == "REQUEST":
                values = [v for v in values if not document(v.token)]  # "urged ratification of the X Treaty"
            if values and m.trigger.event_type == "CONSULT":
                values = [v for v in values if v.token == head or not talk_topic(v.token, "CONSULT")]  # "will hold
                # an open session, then private talks, on X": a party inside the meeting's phrase is its topic
            if not values and not m.nominal and m.trigger.event_type in STATE_ACTS and head.dep_ in (
                    "nsubjpass", "nsubj") and agentless_passive(m.anchor) and (count := counted_patient(head)):
                values = [count]  # "five were arrested in X", "at least five of them were detained": a count of people
            if not values and m.trigger.event_type == "ASSAULT" and head.dep_ in ("nsubj", "nsubjpass") and (
                    m.trigger.conditions.get("undergone") or (m.nominal and head in undergoer(m.token))):
                values = victim_phrase(head)  # "an army convoy came under attack": the army, not the place
            if values is None:
                if n == 0 or head.dep_ in ("dobj", "obj", "nsubjpass"):
                    return None
                continue
            if values:
                recipients = values
                break
        if not recipients and m.trigger.event_type == "ASSAULT" and m.recipients is None:
            # "carried out a raid in X which killed 18 farmers": the people its relative clause says it hit
            recipients = self.resolve_all(relative_victims(m.token if m.nominal else m.anchor), args, "recipient",
                                          taken) or []
        if not recipients and not m.nominal and m.recipients is None and (blamed := blamed_on(m.anchor)):
            recipients = self.resolve_all(blamed, args, "recipient", taken) or []  # "blamed the attack on X": X
        if not recipients and not m.nominal and not (is_topic_verb(m.anchor) and not m.light) and not departure(m):
            obj = m.token if m.light else _obj(m.anchor)
            top = obj if obj is not None else m.anchor
            if m.trigger.event_type == "ASSAULT" and obj is not None:
                # "inflicting the worst bombardment seen yet on Aleppo and other towns in Syria": the place the
                # attack falls on, before a place that only says where
                recipients = next((found for tok in obj.subtree if tok.dep_ == "pobj" and tok.head.lower_ in
                                   ("on", "upon") and tok.head.head != obj and tok.i not in taken
                                   for found in [named_party(tok, args)] if found), [])
            for tok in (obj.subtree if obj is not None and not recipients else ()):
                span = args.mentions.at(tok)
                if span is not None and tok.i not in taken and not attack_place(self, tok) and not stance_owner(tok) \
                        and not place_name(tok, args) and (m.light or not other_side(tok, top)) and \
                        not manner_modifier(tok) and \
                        not sponsor_modifier(tok, span.end, args.mentions.kind(span) == "country") and \
                        not (in_setting(tok, span.label_ == "country") and
                             (m.trigger.event_type == "ASSAULT" or conflict_setting(tok))) and \
                        not ((m.trigger.event_type in GATHERINGS or m.trigger.mode in ("seize", "arrest")) and
                             held_in_place(tok)) and \
                        not partner(tok, m.anchor) and not talk_topic(tok, m.trigger.event_type) and \
                        not told_of_it(tok, top) and not bystander(tok, m.anchor, m.trigger.event_type, m.nominal) and \
                        not captor(tok, m.anchor) and not border_side(tok) and \
                        not (seizure and seized_place(tok, act_head, not withdrawal) and not state_seizer) and \
                        not (m.trigger.event_type == "REJECT" and own_undertaking(tok)) and \
                        not (m.trigger.event_type != "ASSAULT" and struck(self, tok, top) and
                             not _launched_against(tok, m)):
                    head = span.root
                    recipients = [v for v in (self.resolve_all([head], args, "recipient", taken) or []) if v.linked]
                    break
        if not recipients and m.trigger.event_type == "ASSAULT" and not m.nominal:
            recipients = against_target(self, m, args, taken) or self.resolve_all(
                aimed_at(m.anchor), args, "recipient", taken) or []  # "conducted a strike to target X": X
        if not recipients and m.trigger.event_type == "ASSAULT" and not m.nominal:
            recipients = victim(m.anchor, taken) or dispersed(m.anchor, taken) or (
                [] if state_force(actors) else self.locative_recipient(m, args, taken, bool(actors)))  # police
            # raiding in X: not X
            if not recipients and not m.light and actors and _obj(m.anchor) is not None:
                # "raided a mine in X, killing seven miners": a thing struck in a place names no party (the place
                # says where); the people its toll participle names are whom the attack hit
                recipients = [v for o in toll_participle_objects(m.anchor) if o.i not in taken
                              for v in victim_phrase(o)][:1]
        if not recipients and m.trigger.event_type == "THREATEN" and not m.nominal:
            recipients = dispersed(m.anchor, taken)  # "fired warning shots to disperse the crowd": the crowd warned
        if not recipients and (m.trigger.event_type == "AID" or m.trigger.cameo == "033") and not m.nominal:
            recipients = self.resolve_all(aimed_at(m.anchor, "help_verbs"), args, "recipient", taken) or []
        if (m.trigger.event_type == "AID" or m.trigger.cameo == "033") and not m.nominal and m.recipients is None:
            recipients = aid_recipients(m.anchor, args, taken, recipients)  # "to refugees in X" (``beneficiaries``)
        if m.recipients is None and m.trigger.event_type == "PROTEST":
            # "staged a sit-in in X to protest Y's decision", "in protest against ... by Y" (``grievances``): Y,
            # before a place the protest was held in
            recipients = self.resolve_all(grievance_parties(m.anchor, m.token if m.light or m.nominal else None,
                                                            args), args, "recipient", taken) or recipients
        if not recipients and m.trigger.event_type == "THREATEN" and not m.nominal:
            # "threatened to close the strait unless Washington lifted its sanctions": Washington
            recipients = self.resolve_all(threatened_parties(m.anchor, args), args, "recipient", taken) or []
        if not recipients and m.trigger.event_type in ("AGREE", "REJECT") and not m.nominal and m.recipients is None:
            # "agreed to send a team to help X investigate", "refused to allow X's aircraft to ..." (``frames``)
            recipients = self.resolve_all([h for h in complement_parties(m.anchor, args) if not joined_with(h)], args,
                                          "recipient", taken) or []  # not "to work together with X" (``bystanders``)
        recipients = [r for r in recipients if not said_setting(r.token, m.trigger.event_type, m.anchor) and
                      named_exercise(r.token) is None and
                      not (seizure and seized_place(r.token, act_head, not withdrawal) and not _other_state(r, actors))]
        # (``parties``); "launched Operation X", "announced the end of Operation X": the operation or exercise named
        # is the act, never the party it is aimed at; the place taken (``argwords``), unless a state takes another
        # state's ground
        recipients = recipients if m.parties is None or (authors and not m.parties) else m.parties  # an envoy's
        # state (``demands``); a proposal that names no party but its author (``directed.paper_authors``)
        names = {a.actor.key for a in actors}
        recipients = [r for r in recipients if r.actor.key not in names]
        return actors, recipients

    def _left_behind(self, head: Token) -> bool:
        """``head`` is the place or party a withdrawal asked for leaves ("called for the withdrawal of X's troops from
        Y"): the party asked is the one that withdraws (told by the noun's "of" phrase or possessor), never Y."""
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "from" or prep.head.pos_ != "NOUN":
            return False
        noun = prep.head
        trig = self.noun_trigger(noun)
        return trig is not None and trig.event_type == "RETREAT" and any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)

    def locative_recipient(self, m: Match, args: Args, taken: frozenset[int], acted: bool = False) -> list[ArgValue]:
        """An attack with no named target: the actor or country named in its place phrase ("at the Russian
        embassy", "at a concert venue near Moscow"); not a place fronted as the setting of the whole clause ("In
        X, coalition forces conducted strikes ..."). When the attacker is named (``acted``) a place the act struck
        near, outside or around ("conducted strikes near Ramadi", "ambushed a convoy outside Gao") is no target: a
        place is a recipient only when it is the target itself, and "near" says it was not; a place the act was in ("attacked a market in Quetta") and an
        agentless report keep the place's country."""
        obj = _obj(m.anchor)
        holders = [m.anchor, m.token, *m.extra, *([obj] if obj is not None else [])]  # "attacked a post in X"
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("at", "in", "on", "near", "inside", "outside"):
                    continue
                if holder == m.anchor and prep.i < m.anchor.i:
                    continue  # a fronted place is the setting of the clause ("In X, forces conducted strikes")
                if holder in (m.anchor, m.token) and is_theatre(prep):
                    continue  # "conducted strikes in X": the campaign's theatre
                if partner(prep, m.anchor):
                    continue  # "conducted strikes in support of Iraqi forces": the partner, not the target
                thing_place = obj is not None and obj not in (m.anchor, m.token) and holder in (m.anchor, obj)
                # a thing struck, and the place it stands in or the act was in ("hit a radar station in X")
                for tok in prep.subtree:
                    if tok.i in taken or place_name(tok, args) or described_setting(tok, prep) or (
                            acted and (prep.lower_ in ("near", "outside", "around") or thing_place) and
                            in_setting(tok)):
                        continue  # "strikes near Ramadi", "an ambush outside Gao", "shelling in Kashmir": where,
                        # not whom; "bombed a depot in Yemen": the thing struck stands there, no party is hit
                    found = named_party(tok, args)
                    if found is not None:
                        return found
        return []

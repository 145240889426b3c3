//! Casualty constructions: around each trigger word of a sentence, small local parsers look for the
//! quantity the trigger counts, in the places journalists put it.
//!
//! | rule | construction |
//! |---|---|
//! | `n_were_killed` | "15 people were killed", "six Palestinians have been wounded", "two of them died" |
//! | `n_killed` | headline participle: "15 killed in strike", "Minister among 11 killed" |
//! | `n_dead` | "15 dead", "15 people died", "115 schoolgirls still missing", "N feared dead" |
//! | `left_n_dead` | "left 15 dead", "left 300 homeless" |
//! | `n_deaths` | nouns: "15 deaths", "15 martyrs", "took 20 hostages", "15 bodies", "12 arrests" |
//! | `verb_n` | active voice: "the attack killed 15 people", "strikes kill 15", "arrested 30 protesters" |
//! | `killing_n` | "killing 17 and wounding 44", "wounding 44 others" |
//! | `trigger_of_n` | "the bodies of 15", "the killing of 15 protesters", "the kidnapping of 276 girls" |
//! | `toll_rose_to` | "the death toll rose to 45", "deaths pass 7,200", "the number of dead stands at 45" |
//! | `toll_of_n` | "a death toll of 45", "bringing the toll to 45" |
//! | `toll_from` | the earlier figure of "rose to 45 from 30" (superseded) |
//! | `claimed_n_lives` | "claimed 15 lives", "15 lives were lost" |
//! | `claimed_the_lives_of_n` | "claimed the lives of some 780 Palestinians" |
//! | `n_lost_their_lives` | "15 people lost their lives" |
//! | `among_the_dead_were_n` | "among the dead were six children" (a breakdown) |
//! | `n_among_the_dead` | "two soldiers were among the dead" (a breakdown) |
//! | `breakdown_including` | "33 killed, including six children and three women" |
//! | `n_of_them` | "killing 30 people, 12 of them children" |
//! | `fled_their_homes` | "2,000 people fled their homes", "forced 300 families from their homes" |
//! | `…_and_n` | a coordinated figure: "two soldiers and three civilians were killed" |

use super::lexicon::List;
use super::number::{find_quantities, Quantity};
use super::tokens::Sent;
use crate::record::{CasualtyKind, Qualifier};

/// How a trigger word relates to the number it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Form {
    /// Past participle of a transitive verb: passive, headline or active voice.
    Participle,
    /// A verb in the present: "strikes kill 15".
    Verb,
    /// A gerund or action noun: "killing 15", "the killing of 15".
    Gerund,
    /// An intransitive verb or adjective: "15 died", "15 dead", "15 missing".
    Intrans,
    /// A noun counted directly: "15 deaths", "the bodies of 15".
    Noun,
    /// "toll".
    Toll,
    /// "lives".
    Lives,
    /// "flee", "fled", "homes": displacement idioms.
    Flee,
}

/// The trigger words (lower-cased), by kind and form.
pub(super) const TRIGGERS: &[(&[&str], CasualtyKind, Form)] = {
    use CasualtyKind::*;
    use Form::*;
    &[
        (&["killed", "murdered", "massacred", "slew"], Killed, Participle),
        (&["kill", "kills"], Killed, Verb),
        (&["killing", "killings"], Killed, Gerund),
        (&["slain"], Killed, Participle),
        (&["dead", "died", "die", "dies", "perished", "martyred"], Killed, Intrans),
        (&["deaths", "fatalities", "martyrs", "bodies", "corpses"], Killed, Noun),
        (&["toll"], Killed, Toll),
        (&["lives"], Killed, Lives),
        (&["injured", "wounded", "hurt", "maimed"], Injured, Participle),
        (&["injure", "injures"], Injured, Verb),
        (&["injuring", "wounding"], Injured, Gerund),
        (&["injuries"], Injured, Noun),
        (&["missing", "unaccounted"], Missing, Intrans),
        (&["arrested", "detained", "apprehended"], Detained, Participle),
        (&["arrest", "detain", "detains"], Detained, Verb),
        (&["arresting", "detaining"], Detained, Gerund),
        (&["arrests"], Detained, Noun),
        (&["abducted", "kidnapped"], Abducted, Participle),
        (&["abduct", "abducts", "kidnap", "kidnaps"], Abducted, Verb),
        (&["abducting", "kidnapping", "abduction", "kidnappings", "abductions"], Abducted, Gerund),
        (&["hostages", "hostage", "captives", "captive"], Abducted, Noun),
        (&["displaced"], Displaced, Participle),
        (&["displace", "displaces"], Displaced, Verb),
        (&["displacing"], Displaced, Gerund),
        (&["homeless"], Displaced, Intrans),
        (&["fled", "flee", "homes"], Displaced, Flee),
    ]
};

/// Nouns that name people, for breakdowns and for telling "2014 people" from a year.
pub(super) const PERSON_NOUNS: &[&str] = &[
    "people",
    "persons",
    "person",
    "civilians",
    "civilian",
    "children",
    "child",
    "kids",
    "boys",
    "girls",
    "boy",
    "girl",
    "women",
    "woman",
    "men",
    "man",
    "babies",
    "infants",
    "toddlers",
    "minors",
    "teenagers",
    "students",
    "schoolgirls",
    "schoolchildren",
    "pupils",
    "soldiers",
    "soldier",
    "troops",
    "policemen",
    "police",
    "policeman",
    "officers",
    "officer",
    "militants",
    "fighters",
    "insurgents",
    "rebels",
    "attackers",
    "gunmen",
    "assailants",
    "bombers",
    "members",
    "relatives",
    "workers",
    "employees",
    "journalists",
    "reporters",
    "doctors",
    "medics",
    "paramedics",
    "nurses",
    "patients",
    "staff",
    "guards",
    "worshippers",
    "pilgrims",
    "passengers",
    "tourists",
    "foreigners",
    "residents",
    "villagers",
    "protesters",
    "demonstrators",
    "refugees",
    "migrants",
    "detainees",
    "prisoners",
    "inmates",
    "hostages",
    "victims",
    "personnel",
    "servicemen",
    "recruits",
    "cadets",
    "farmers",
    "fishermen",
    "miners",
    "others",
    "adults",
    "elderly",
    "teachers",
    "officials",
    "suspects",
    "settlers",
    "families",
    "girlfriends",
    "brothers",
    "sisters",
    "sons",
    "daughters",
    "siblings",
    "parents",
    "citizens",
    "nationals",
    "volunteers",
    "firefighters",
    "rescuers",
    "peacekeepers",
    "contractors",
    "commanders",
    "leaders",
    "militiamen",
    "jihadists",
    "terrorists",
    "individuals",
    "youths",
    "shoppers",
    "diners",
    "guests",
    "spectators",
    "fans",
    "crew",
];

/// Words that may stand between a figure and its trigger in "N [were|have been] killed" without
/// breaking the construction.
pub(super) const FILLERS: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "being",
    "get",
    "got",
    "remain",
    "remains",
    "remained",
    "still",
    "also",
    "all",
    "both",
    "now",
    "later",
    "subsequently",
    "already",
    "confirmed",
    "officially",
    "to",
    "reported",
    "found",
    "left",
    "taken",
    "held",
    "listed",
    "as",
    "more",
    "seriously",
    "critically",
    "severely",
    "slightly",
    "lightly",
    "badly",
    "gravely",
    "mortally",
    "fatally",
    "instantly",
    "immediately",
    "went",
    "shot",
    "declared",
    "pronounced",
    "who",
    "say",
    "said",
    "each",
    "so",
    "far",
    "since",
];

/// Words that make a figure unconfirmed.
pub(super) const HEDGES: &[&str] = &[
    "feared",
    "reportedly",
    "allegedly",
    "believed",
    "presumed",
    "thought",
    "possibly",
    "probably",
    "likely",
    "unconfirmed",
    "may",
    "might",
    "could",
    "apparently",
    "suspected",
];

/// Words that negate a figure ("no one was killed").
pub(super) const NEGATIONS: &[&str] = &["not", "never", "no", "none", "nobody"];

/// Verbs of a toll that changes or stands: "rose to", "stands at", "topped".
fn is_rise_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rise"
            | "rises"
            | "rising"
            | "climbed"
            | "climb"
            | "climbs"
            | "climbing"
            | "jumped"
            | "jump"
            | "jumps"
            | "increased"
            | "increases"
            | "reached"
            | "reach"
            | "reaches"
            | "reaching"
            | "hit"
            | "hits"
            | "soared"
            | "soars"
            | "mounted"
            | "mounts"
            | "grew"
            | "grows"
            | "stood"
            | "stands"
            | "stand"
            | "went"
            | "goes"
            | "increasing"
            | "spiked"
            | "surged"
            | "doubled"
            | "reportedly"
    ) || is_passing_verb(w)
}

/// Verbs that say a toll went beyond a figure: "topped 1,000" is more than 1,000.
fn is_passing_verb(w: &str) -> bool {
    matches!(
        w,
        "topped"
            | "tops"
            | "top"
            | "passed"
            | "passes"
            | "pass"
            | "passing"
            | "exceeded"
            | "exceeds"
            | "exceed"
            | "surpassed"
            | "surpasses"
            | "surpass"
            | "crossed"
            | "crosses"
            | "cross"
            | "past"
            | "above"
            | "beyond"
    )
}

/// Words that end a victims phrase or the backward search for a figure.
pub(super) const STOPS: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "from",
    "with",
    "during",
    "after",
    "before",
    "when",
    "while",
    "and",
    "or",
    "but",
    "since",
    "including",
    "among",
    "of",
    "for",
    "that",
    "which",
    "whom",
    "than",
    "into",
    "near",
    "across",
    "over",
    "under",
    "as",
    "if",
    "because",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "said",
    "says",
    "told",
    "say",
    "according",
    "reported",
    "added",
    "last",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "there",
    "here",
    "inside",
    "outside",
    "against",
    "amid",
    "following",
    "per",
    "every",
];

/// Whether token `i`, after a transitive participle, shows that it is active ("two strikes killed the
/// family").
fn is_object_start(s: &Sent, i: usize) -> bool {
    matches!(
        s.w(i),
        "a" | "an"
            | "the"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "this"
            | "that"
            | "these"
            | "those"
            | "him"
            | "them"
            | "us"
            | "me"
            | "everyone"
            | "many"
    ) || s.on_list(i, List::Person)
}

/// Words that open a breakdown of a total.
fn is_breakdown_start(s: &Sent, i: usize) -> Option<usize> {
    match s.w(i) {
        "including" | "includes" | "included" => Some(i + 1),
        "among" if matches!(s.w(i + 1), "them" | "whom" | "those") => Some(i + 2),
        "of" if s.is(i + 1, "whom") => Some(i + 2),
        _ => None,
    }
}

/// Where a subset record's total is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Parent {
    /// Not a subset.
    None,
    /// The record at this index of the sentence's findings.
    Here(usize),
    /// The nearest earlier total of the same kind with a larger count (resolved later).
    Nearest,
}

/// A figure found in a sentence, before linking.
#[derive(Clone, Debug)]
pub(super) struct Found {
    /// What happened to the people counted.
    pub kind: CasualtyKind,
    /// The count, or `None` for a vague quantity.
    pub count: Option<u64>,
    /// Bounds of a vague quantity.
    pub min: Option<u64>,
    /// Bounds of a vague quantity.
    pub max: Option<u64>,
    /// How exact the count is.
    pub qualifier: Qualifier,
    /// First and last token of the evidence (inclusive).
    pub ev: (usize, usize),
    /// The tokens naming the victims (inclusive).
    pub victims: Option<(usize, usize)>,
    /// The rule that recognised the figure.
    pub rule: &'static str,
    /// The total this figure is part of.
    pub parent: Parent,
    /// Whether a later figure replaces it.
    pub superseded: bool,
    /// Whether the text hedges it.
    pub unconfirmed: bool,
}

/// The state of one sentence's search.
pub(super) struct Cx<'s, 'a> {
    s: &'s Sent<'a>,
    qs: Vec<Quantity>,
    /// For each token, the quantity ending there.
    ends: Vec<Option<u32>>,
    /// For each token, the quantity starting there (its qualifier included).
    starts: Vec<Option<u32>>,
    used: Vec<bool>,
    /// The figures found, in the order found.
    pub found: Vec<Found>,
}

/// Buffers reused from one sentence to the next, so that a sentence allocates nothing once they
/// have grown.
#[derive(Default)]
pub(super) struct Scratch {
    qs: Vec<Quantity>,
    ends: Vec<Option<u32>>,
    starts: Vec<Option<u32>>,
    used: Vec<bool>,
    found: Vec<Found>,
}

/// Finds the casualty figures of one sentence, in the buffers of `scratch`.
pub(super) fn find_in_sentence<'b>(s: &Sent, scratch: &'b mut Scratch) -> &'b [Found] {
    let mut cx = Cx::new(s, std::mem::take(scratch));
    if !cx.qs.is_empty() {
        for &t in s.triggers {
            if let Some((kind, form)) = s.trigger(t) {
                cx.at_trigger(t, kind, form);
            }
        }
        cx.quantities_of_them();
    }
    *scratch = Scratch { qs: cx.qs, ends: cx.ends, starts: cx.starts, used: cx.used, found: cx.found };
    &scratch.found
}

impl<'s, 'a> Cx<'s, 'a> {
    /// Reads the quantities of `s` and indexes them by token, in the buffers of `b`.
    fn new(s: &'s Sent<'a>, b: Scratch) -> Cx<'s, 'a> {
        let Scratch { mut qs, mut ends, mut starts, mut used, mut found } = b;
        find_quantities(s, &mut qs);
        ends.clear();
        ends.resize(s.len(), None);
        starts.clear();
        starts.resize(s.len(), None);
        for (k, q) in qs.iter().enumerate() {
            ends[q.last] = Some(k as u32);
            starts[q.qual_first] = Some(k as u32);
            if starts[q.first].is_none() {
                starts[q.first] = Some(k as u32);
            }
        }
        used.clear();
        used.resize(qs.len(), false);
        found.clear();
        Cx { s, qs, ends, starts, used, found }
    }
}

impl Cx<'_, '_> {
    fn q_starting(&self, j: usize) -> Option<usize> {
        self.starts.get(j).copied().flatten().map(|k| k as usize)
    }

    fn q_ending(&self, j: usize) -> Option<usize> {
        self.ends.get(j).copied().flatten().map(|k| k as usize)
    }

    fn usable(&self, k: usize) -> bool {
        let q = &self.qs[k];
        !self.used[k] && !q.blocked && !q.negated
    }

    fn at_trigger(&mut self, t: usize, kind: CasualtyKind, form: Form) {
        let s = self.s;
        let kind = if form == Form::Toll && s.is(t.wrapping_sub(1), "injury") { CasualtyKind::Injured } else { kind };
        if self.is_combined(t) {
            return;
        }
        match form {
            Form::Toll => {
                self.toll(t, kind, "toll_rose_to");
            }
            Form::Lives => self.lives(t),
            Form::Flee => self.flee(t),
            Form::Verb => {
                self.forward(t, t + 1, kind, "verb_n");
            }
            Form::Gerund => {
                let (from, rule) = if s.is(t + 1, "of") { (t + 2, "trigger_of_n") } else { (t + 1, "killing_n") };
                self.forward(t, from, kind, rule);
            }
            Form::Participle | Form::Intrans | Form::Noun => {
                if self.among_the(t, kind) || self.number_of_rose(t, kind) {
                    return;
                }
                if form == Form::Noun && s.is(t + 1, "of") && self.forward(t, t + 2, kind, "trigger_of_n") {
                    return;
                }
                if form == Form::Participle && self.forward(t, t + 1, kind, "verb_n") {
                    return;
                }
                let shot_dead = form == Form::Intrans && s.is(t, "dead") && s.is(t.wrapping_sub(1), "shot");
                if shot_dead && self.forward(t, t + 1, kind, "verb_n") {
                    return;
                }
                let rule = match form {
                    Form::Noun => "n_deaths",
                    Form::Intrans => "n_dead",
                    _ => "n_killed",
                };
                self.backward(t, t, kind, rule, form);
            }
        }
    }

    /// "killed or missing", "dead and injured": a combined count, which the guidelines leave optional.
    fn is_combined(&self, t: usize) -> bool {
        let s = self.s;
        let joined = |a: usize, b: usize| matches!(s.w(a), "and" | "or" | "/") && s.trigger(b).is_some();
        (t >= 2
            && joined(t - 1, t - 2)
            && self.q_ending(t.wrapping_sub(3)).is_some()
            && self.q_starting(t + 1).is_none())
            || (joined(t + 1, t + 2) && self.q_starting(t + 3).is_none())
    }

    /// Emits a figure for quantity `k`; a range gives two figures.
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        k: usize,
        kind: CasualtyKind,
        ev: (usize, usize),
        victims: Option<(usize, usize)>,
        rule: &'static str,
        parent: Parent,
        hedged: bool,
    ) -> usize {
        self.used[k] = true;
        let q = self.qs[k].clone();
        let unconfirmed = hedged || self.hedged_before(q.qual_first, ev);
        let ev = (ev.0.min(q.qual_first), ev.1.max(q.last));
        let base = Found {
            kind,
            count: q.count,
            min: q.min,
            max: q.max,
            qualifier: q.qualifier,
            ev,
            victims,
            rule,
            parent,
            superseded: false,
            unconfirmed,
        };
        if let (Some(lo), Some(hi)) = (q.count, q.hi) {
            let lo_q = if q.qualifier == Qualifier::Exact { Qualifier::AtLeast } else { q.qualifier };
            self.found.push(Found { count: Some(lo), qualifier: lo_q, min: None, max: None, ..base.clone() });
            self.found.push(Found { count: Some(hi), qualifier: Qualifier::UpTo, min: None, max: None, ..base });
        } else {
            self.found.push(base);
        }
        self.found.len() - 1
    }

    fn hedged_before(&self, first: usize, ev: (usize, usize)) -> bool {
        let s = self.s;
        let from = first.saturating_sub(3);
        (from..first).chain(ev.0..=ev.1).any(|i| s.on_list(i, List::Hedge))
    }

    /// The victims phrase right after quantity `k`, and the token after it.
    fn victims_after(&self, k: usize) -> (Option<(usize, usize)>, usize) {
        let s = self.s;
        let q = &self.qs[k];
        let mut j = q.last + 1;
        if s.is(j, "of") {
            if matches!(s.w(j + 1), "them" | "whom") {
                return (None, j + 2);
            }
            if q.count.is_none() {
                j += 1;
            }
        }
        let a = j;
        while j < s.len() && j < a + 5 {
            if s.is_word(j) {
                if s.on_list(j, List::Stop)
                    || s.on_list(j, List::Filler)
                    || s.on_list(j, List::Hedge)
                    || s.trigger(j).is_some()
                    || s.on_list(j, List::Negation)
                {
                    break;
                }
                j += 1;
            } else if matches!(s.punct(j), Some(b'-') | Some(b'\'')) && s.glued(j) && s.glued(j + 1) && s.is_word(j + 1)
            {
                j += 1;
            } else {
                break;
            }
        }
        // A trailing hyphen or apostrophe is not part of the phrase.
        let mut end = j;
        while end > a && s.is_punct(end - 1) {
            end -= 1;
        }
        ((end > a).then(|| (a, end - 1)), end)
    }

    /// Active voice: the trigger at `t` takes the figure starting at `from` as its object.
    fn forward(&mut self, t: usize, from: usize, kind: CasualtyKind, rule: &'static str) -> bool {
        let Some(k) = self.q_starting(from) else { return false };
        if !self.usable(k) {
            return false;
        }
        let (victims, next) = self.victims_after(k);
        let end = victims.map_or(self.qs[k].last, |v| v.1);
        let first = self.emit(k, kind, (t, end), victims, rule, Parent::None, false);
        self.coordinated_objects(next, kind, rule);
        self.breakdown(first, next);
        true
    }

    /// "killed 10 soldiers and 5 civilians": further objects of the same verb.
    fn coordinated_objects(&mut self, mut next: usize, kind: CasualtyKind, rule: &'static str) {
        let s = self.s;
        for _ in 0..3 {
            if !(s.is(next, "and") || s.punct(next) == Some(b',')) {
                return;
            }
            let Some(k) = self.q_starting(next + 1) else { return };
            if !self.usable(k) {
                return;
            }
            let (victims, after) = self.victims_after(k);
            // "killing 17 and 44 others were wounded": the second figure has its own verb.
            if s.on_list(after, List::Filler) || s.trigger(after).is_some() || s.is(self.qs[k].last + 1, "of") {
                return;
            }
            let end = victims.map_or(self.qs[k].last, |v| v.1);
            let rule = coordinated_rule(rule);
            self.emit(k, kind, (next + 1, end), victims, rule, Parent::None, false);
            next = after;
        }
    }

    /// Passive, headline and intransitive forms: the figure stands before the trigger at `t`. The search
    /// starts left of token `from` (the trigger itself, or "among" in "… were among the dead").
    fn backward(&mut self, from: usize, t: usize, kind: CasualtyKind, rule: &'static str, form: Form) -> bool {
        let s = self.s;
        let mut j = from;
        let mut saw_aux = false;
        let mut hedged = false;
        let mut steps = 0;
        let k = loop {
            if j == 0 || steps >= 9 {
                return false;
            }
            j -= 1;
            steps += 1;
            if let Some(k) = self.q_ending(j) {
                break k;
            }
            if s.is_punct(j) {
                match s.punct(j) {
                    Some(b'-') | Some(b'\'') if s.glued(j) && s.glued(j + 1) => continue,
                    Some(b',') | Some(b'-') | Some(b')') => match self.parenthetical_start(j) {
                        Some(open) => {
                            j = open;
                            continue;
                        }
                        None => return false,
                    },
                    _ => return false,
                }
            }
            let w = s.w(j);
            if s.on_list(j, List::Negation) {
                return false;
            }
            if s.on_list(j, List::Hedge) {
                hedged = true;
                continue;
            }
            if s.on_list(j, List::Filler) {
                saw_aux |= !matches!(w, "all" | "both" | "more" | "each" | "who");
                continue;
            }
            if matches!(w, "them" | "whom") && s.is(j.wrapping_sub(1), "of") {
                continue;
            }
            if w == "of" && (matches!(s.w(j + 1), "them" | "whom") || self.q_ending(j.wrapping_sub(1)).is_some()) {
                continue;
            }
            // "Three attackers in the concert hall were killed": a place inside the subject.
            if saw_aux && matches!(w, "in" | "at" | "inside" | "on" | "the" | "a" | "an") {
                continue;
            }
            // "fifty-six displaced civilians have died": a participle used as an adjective.
            if matches!(s.trigger(j), Some((_, Form::Participle)))
                && j + 1 < from
                && s.is_word(j + 1)
                && !s.on_list(j + 1, List::Filler)
            {
                continue;
            }
            if s.on_list(j, List::Stop) || s.trigger(j).is_some() || !s.is_word(j) {
                return false;
            }
        };
        if !self.usable(k) {
            return false;
        }
        let adjacent = self.qs[k].last + 1 == t;
        // "Two strikes killed the family": active voice with an object that is not a number.
        if form == Form::Participle && !saw_aux && !adjacent && is_object_start(s, t + 1) && !s.is(t + 1, "those") {
            return false;
        }
        // "56 displaced civilians have died": the adjective gives way to the verb that follows.
        if form == Form::Participle && adjacent && from == t && self.verb_follows(t) {
            return false;
        }
        let rule = match rule {
            "n_killed" if saw_aux => "n_were_killed",
            "n_dead" | "n_killed" | "n_deaths" if k_before_is(s, &self.qs[k], "left") => "left_n_dead",
            "n_deaths" if k_before_is(s, &self.qs[k], "took") || k_before_is(s, &self.qs[k], "taking") => {
                "took_n_hostages"
            }
            r => r,
        };
        let parent = if rule == "n_among_the_dead" { Parent::Nearest } else { Parent::None };
        let (victims, _) = self.victims_after(k);
        let victims = victims.filter(|v| v.1 < from);
        let first = self.emit(k, kind, (self.qs[k].qual_first, t), victims, rule, parent, hedged);
        self.coordinated_subjects(first, kind, rule, t, parent);
        self.breakdown(first, self.qs[k].last + 1);
        self.partitive(first, k);
        true
    }

    /// "two of the 11 dead were doctors": a part of the total found at `total` (quantity `k`).
    fn partitive(&mut self, total: usize, k: usize) {
        let s = self.s;
        let qf = self.qs[k].qual_first;
        if qf < 3 || !s.is(qf - 1, "the") || !s.is(qf - 2, "of") {
            return;
        }
        let Some(part) = self.q_ending(qf - 3).filter(|&p| self.usable(p)) else { return };
        if self.qs[part].count.is_none() || self.qs[part].count >= self.qs[k].count {
            return;
        }
        let kind = self.found[total].kind;
        let first = self.qs[part].qual_first;
        self.emit(part, kind, (first, self.found[total].ev.1), None, "n_of_the_dead", Parent::Here(total), false);
    }

    /// Whether the participle at `t` is an adjective whose noun has a casualty verb of its own:
    /// "displaced civilians have died".
    fn verb_follows(&self, t: usize) -> bool {
        let s = self.s;
        let mut j = t + 1;
        while j < t + 5
            && s.is_word(j)
            && !s.on_list(j, List::Filler)
            && s.trigger(j).is_none()
            && !s.on_list(j, List::Stop)
        {
            j += 1;
        }
        if j == t + 1 {
            return false;
        }
        while j < t + 9 && (s.on_list(j, List::Filler) || s.on_list(j, List::Hedge)) {
            j += 1;
        }
        s.trigger(j).is_some()
    }

    /// If the comma at `j` closes a parenthetical ("15 people, including four children, were killed"),
    /// the comma that opens it.
    fn parenthetical_start(&self, j: usize) -> Option<usize> {
        let s = self.s;
        let lo = j.saturating_sub(12);
        let mut i = j;
        // "35 foreigners - from the UK, US and Netherlands - are among the dead", "(...)".
        let close = s.punct(j);
        if matches!(close, Some(b'-') | Some(b')')) {
            if close == Some(b'-') && s.glued(j) {
                return None;
            }
            let open = if close == Some(b')') { b'(' } else { b'-' };
            while i > lo {
                i -= 1;
                if s.punct(i) == Some(open) && (open == b'(' || !s.glued(i + 1)) {
                    return Some(i);
                }
                if matches!(s.punct(i), Some(b'.') | Some(b';')) {
                    return None;
                }
            }
            return None;
        }
        while i > lo {
            i -= 1;
            if s.punct(i) == Some(b',') {
                let opener = s.w(i + 1);
                let ok =
                    matches!(opener, "including" | "mostly" | "mainly" | "many" | "most" | "all" | "among" | "aged")
                        || (matches!(opener, "most" | "many" | "all" | "some" | "half") && s.is(i + 2, "of"))
                        || self.q_starting(i + 1).is_some_and(|k| s.is(self.qs[k].last + 1, "of"));
                return ok.then_some(i);
            }
            if s.is_punct(i) && !matches!(s.punct(i), Some(b'-') | Some(b'\'')) {
                return None;
            }
        }
        None
    }

    /// "two soldiers and three civilians were killed": figures coordinated before the first one found.
    fn coordinated_subjects(&mut self, found: usize, kind: CasualtyKind, rule: &'static str, t: usize, parent: Parent) {
        let s = self.s;
        let mut first = self.found[found].ev.0;
        for _ in 0..3 {
            if first == 0 || !(s.is(first - 1, "and") || s.punct(first - 1) == Some(b',')) {
                return;
            }
            // Walk left over a victims phrase to the figure.
            let mut j = first - 1;
            let mut steps = 0;
            let k = loop {
                if j == 0 || steps > 5 {
                    return;
                }
                j -= 1;
                steps += 1;
                if let Some(k) = self.q_ending(j) {
                    break k;
                }
                if !s.is_word(j)
                    || s.on_list(j, List::Stop)
                    || s.on_list(j, List::Filler)
                    || s.trigger(j).is_some()
                    || s.on_list(j, List::Negation)
                {
                    return;
                }
            };
            if !self.usable(k) {
                return;
            }
            // "we lost 15 people and one was injured": the earlier figure is some other verb's object.
            let qf = self.qs[k].qual_first;
            if qf > 0 && s.is_word(qf - 1) && !opens_subject(s.w(qf - 1)) {
                return;
            }
            let (victims, _) = self.victims_after(k);
            let f = self.emit(k, kind, (self.qs[k].qual_first, t), victims, coordinated_rule(rule), parent, false);
            // The evidence of a coordinated figure is its own phrase, not the whole coordination.
            self.found[f].ev.1 = victims.map_or(self.qs[k].last, |v| v.1);
            first = self.qs[k].qual_first;
        }
    }

    /// "33 killed, including six children and three women": the parts of the total at `total`,
    /// looked for from token `from` to the end of the clause.
    fn breakdown(&mut self, total: usize, from: usize) {
        let s = self.s;
        let mut j = from;
        let limit = (from + 18).min(s.len());
        let start = loop {
            if j >= limit {
                return;
            }
            if let Some(at) = is_breakdown_start(s, j) {
                break at;
            }
            if matches!(s.punct(j), Some(b';') | Some(b'.') | Some(b':'))
                || (s.is_word(j) && s.trigger(j).is_some() && !matches!(s.w(j), "dead" | "killed"))
                || self.q_starting(j).is_some()
            {
                return;
            }
            j += 1;
        };
        let kind = self.found[total].kind;
        let total_count = self.found[total].count;
        let mut at = start;
        for _ in 0..6 {
            let Some(k) = self.q_starting(at) else { return };
            if !self.usable(k) || self.qs[k].hi.is_some() {
                return;
            }
            if let (Some(part), Some(all)) = (self.qs[k].count, total_count) {
                if part > all {
                    return;
                }
            }
            let (victims, next) = self.victims_after(k);
            let Some(v) = victims else { return };
            if !s.on_list(v.1, List::Person) && !is_people_name(s, v.1) {
                return;
            }
            // "including six children who were injured": that figure has its own verb.
            if s.on_list(next, List::Filler) || s.trigger(next).is_some() {
                return;
            }
            self.emit(
                k,
                kind,
                (self.qs[k].qual_first, v.1),
                victims,
                "breakdown_including",
                Parent::Here(total),
                false,
            );
            if s.is(next, "and") || s.punct(next) == Some(b',') {
                at = if s.is(next + 1, "and") { next + 2 } else { next + 1 };
            } else {
                return;
            }
        }
    }

    /// "killing 30 people, 12 of them children": figures of a breakdown that name no verb of their own.
    fn quantities_of_them(&mut self) {
        let s = self.s;
        for k in 0..self.qs.len() {
            let q = &self.qs[k];
            if !self.usable(k) || !s.is(q.last + 1, "of") || !matches!(s.w(q.last + 2), "them" | "whom") {
                continue;
            }
            let mut v = q.last + 3;
            if matches!(s.w(v), "were" | "are" | "being") {
                v += 1;
            }
            // The noun phrase must end on a person noun: "12 of them children", "six of whom were women".
            let mut e = v;
            while e < v + 3
                && s.is_word(e)
                && !s.on_list(e, List::Person)
                && !s.on_list(e, List::Stop)
                && s.trigger(e).is_none()
            {
                e += 1;
            }
            if !(s.on_list(e, List::Person) || is_people_name(s, e)) {
                continue;
            }
            let start = q.qual_first;
            let Some(parent) = self.found.iter().rposition(|f| f.ev.1 < start && f.parent == Parent::None) else {
                continue;
            };
            let kind = self.found[parent].kind;
            if let (Some(part), Some(all)) = (q.count, self.found[parent].count) {
                if part >= all {
                    continue;
                }
            }
            self.emit(k, kind, (start, e), Some((v, e)), "n_of_them", Parent::Here(parent), false);
        }
    }

    /// The figures after "[among] the dead were/included" (trigger at `t`, phrase from `from`), each a part
    /// of the nearest total; whether there was one.
    fn n_after_among(&mut self, from: usize, t: usize, kind: CasualtyKind) -> bool {
        let Some(k) = self.q_starting(t + 2).filter(|&k| self.usable(k)) else { return false };
        let (victims, next) = self.victims_after(k);
        let end = victims.map_or(self.qs[k].last, |v| v.1);
        self.emit(k, kind, (from, end), victims, "among_the_dead_were_n", Parent::Nearest, false);
        self.coordinated_objects(next, kind, "among_the_dead_were_n");
        let n = self.found.len();
        for f in &mut self.found[n.saturating_sub(3)..] {
            if f.rule == "among_the_dead_were_n_and_n" {
                f.parent = Parent::Nearest;
            }
        }
        true
    }

    /// "among the dead were six children" and "two soldiers were among the dead".
    fn among_the(&mut self, t: usize, kind: CasualtyKind) -> bool {
        let s = self.s;
        // "the dead included seven children and three women".
        if t >= 1
            && s.is(t - 1, "the")
            && matches!(s.w(t + 1), "included" | "include" | "includes")
            && self.n_after_among(t - 1, t, kind)
        {
            return true;
        }
        if !(t >= 2 && matches!(s.w(t - 1), "the" | "those") && s.is(t - 2, "among")) {
            return false;
        }
        if matches!(s.w(t + 1), "were" | "was" | "are" | "is" | "included" | "include" | "includes") {
            self.n_after_among(t - 2, t, kind);
            return true;
        }
        self.backward(t - 2, t, kind, "n_among_the_dead", Form::Intrans);
        true
    }

    /// "the number of dead rose to 45", "deaths pass 7,200": a toll named by the trigger itself.
    fn number_of_rose(&mut self, t: usize, kind: CasualtyKind) -> bool {
        let s = self.s;
        let named = (1..=7).any(|d| t > d && s.is(t - d, "of") && matches!(s.w(t - d - 1), "number" | "tally"))
            && !(t.saturating_sub(7)..t).any(|i| s.is_punct(i) || self.q_ending(i).is_some());
        if named {
            return self.toll(t, kind, "toll_rose_to");
        }
        let noun = matches!(s.w(t), "deaths" | "dead" | "fatalities" | "martyrs" | "injuries" | "arrests");
        let mut j = t + 1;
        while matches!(s.w(j), "has" | "have" | "had" | "now" | "further" | "also" | "already") {
            j += 1;
        }
        let verb = s.w(j);
        let rising = is_rise_verb(verb) || (named && matches!(verb, "is" | "was" | "stands" | "stood"));
        if !(named || noun) || !rising {
            return false;
        }
        self.toll(t, kind, "toll_rose_to")
    }

    /// "the death toll rose to 45 from 30", "a death toll of 45", "bringing the toll to 45".
    fn toll(&mut self, t: usize, kind: CasualtyKind, rule: &'static str) -> bool {
        let s = self.s;
        let mut j = t + 1;
        let mut verb_seen = false;
        let mut passing = false;
        let mut pp_words = 0;
        let mut old: Option<usize> = None;
        let limit = (t + 22).min(s.len());
        let (k, rule) = loop {
            if j >= limit {
                return false;
            }
            if let Some(k) = self.q_starting(j) {
                if s.is(j.wrapping_sub(1), "from") {
                    // "rose from 30 to 45": the earlier figure.
                    old = Some(k);
                    j = self.qs[k].last + 1;
                    continue;
                }
                let direct = s.is(j.wrapping_sub(1), "of") && j == t + 2;
                if verb_seen || direct || matches!(s.w(j.wrapping_sub(1)), "to" | "at") {
                    break (k, if direct { "toll_of_n" } else { rule });
                }
                return false;
            }
            let w = s.w(j);
            if !s.is_word(j) {
                if s.punct(j) == Some(b',') && !verb_seen {
                    // "the toll, according to officials, rose to 45"
                    pp_words += 1;
                    j += 1;
                    continue;
                }
                return false;
            }
            if is_rise_verb(w) || matches!(w, "is" | "was" | "to" | "at" | "now" | "has" | "have" | "had" | "up") {
                verb_seen |= !matches!(w, "has" | "have" | "had" | "now");
                passing |= is_passing_verb(w);
            } else if matches!(w, "of" | "further" | "already" | "officially" | "also" | "since" | "so" | "far")
                || (w == "from" && self.q_starting(j + 1).is_some())
            {
            } else if s.trigger(j).is_some() && !matches!(w, "killed" | "dead" | "deaths") {
                return false;
            } else if !verb_seen && pp_words < 14 && !s.on_list(j, List::Filler) {
                pp_words += 1;
            } else {
                return false;
            }
            j += 1;
        };
        if !self.usable(k) {
            return false;
        }
        let (victims, mut next) = self.victims_after(k);
        let end = victims.map_or(self.qs[k].last, |v| v.1);
        let f = self.emit(k, kind, (t, end), victims, rule, Parent::None, false);
        if passing && self.found[f].qualifier == Qualifier::Exact {
            self.found[f].qualifier = Qualifier::MoreThan;
        }
        // "rose to 45 from 30", "up from 30".
        if old.is_none() {
            if s.punct(next) == Some(b',') {
                next += 1;
            }
            if s.is(next, "up") {
                next += 1;
            }
            if s.is(next, "from") {
                old = self.q_starting(next + 1);
            }
        }
        if let Some(o) = old.filter(|&o| self.usable(o)) {
            let ev = (self.qs[o].qual_first.min(t), self.qs[o].last);
            let g = self.emit(o, kind, ev, None, "toll_from", Parent::None, false);
            self.found[g].ev = (self.qs[o].qual_first, self.qs[o].last);
            self.found[g].superseded = true;
        }
        true
    }

    /// "claimed 15 lives", "15 lives were lost", "the lives of some 780 Palestinians", "lost their lives".
    fn lives(&mut self, t: usize) {
        let s = self.s;
        let kind = CasualtyKind::Killed;
        if t >= 2 && s.is(t - 1, "their") && matches!(s.w(t - 2), "lost" | "lose" | "losing") {
            self.backward(t - 2, t, kind, "n_lost_their_lives", Form::Intrans);
            return;
        }
        let claim = |i: usize| {
            matches!(
                s.w(i),
                "claimed" | "claim" | "claims" | "claiming" | "cost" | "costs" | "costing" | "took" | "take"
            ) || matches!(s.w(i), "takes" | "taking" | "taken" | "ended" | "lost" | "ending")
        };
        if s.is(t + 1, "of") && t >= 1 && (claim(t - 1) || (s.is(t - 1, "the") && t >= 2 && claim(t - 2))) {
            self.forward(t, t + 2, kind, "claimed_the_lives_of_n");
            return;
        }
        if let Some(k) = t.checked_sub(1).and_then(|i| self.q_ending(i)) {
            let before = self.qs[k].qual_first;
            let lost_after = (t + 1..t + 4).any(|i| s.is(i, "lost"));
            if self.usable(k) && ((before >= 1 && claim(before - 1)) || lost_after) {
                self.emit(k, kind, (before, t), None, "claimed_n_lives", Parent::None, false);
            }
        }
    }

    /// "2,000 people fled their homes", "forced 300 families from their homes", "forced to flee".
    fn flee(&mut self, t: usize) {
        let s = self.s;
        let kind = CasualtyKind::Displaced;
        match s.w(t) {
            "fled" if s.is(t + 1, "their") && s.is(t + 2, "homes") => {
                self.backward(t, t + 2, kind, "fled_their_homes", Form::Intrans);
            }
            "flee" if t >= 2 && s.is(t - 1, "to") && s.is(t - 2, "forced") => {
                self.backward(t - 2, t, kind, "fled_their_homes", Form::Intrans);
            }
            "flee" if t >= 3 && s.is(t - 1, "to") => {
                // "forced more than half a million people to flee".
                let lo = t.saturating_sub(9);
                if let Some(v) =
                    (lo..t - 1).rev().find(|&v| matches!(s.w(v), "forced" | "force" | "forcing" | "forces"))
                {
                    self.forward(v, v + 1, kind, "fled_their_homes");
                }
            }
            "homes" if t >= 3 && s.is(t - 1, "their") && s.is(t - 2, "from") => {
                // "forced 300 families from their homes" or "300 were forced from their homes".
                let mut v = t - 3;
                while v > 0 && v + 6 > t && !matches!(s.w(v), "forced" | "driven" | "chased" | "expelled") {
                    v -= 1;
                }
                if matches!(s.w(v), "forced" | "driven" | "chased" | "expelled")
                    && !self.forward(v, v + 1, kind, "fled_their_homes")
                {
                    self.backward(v, t, kind, "fled_their_homes", Form::Intrans);
                }
            }
            _ => {}
        }
    }
}

/// Words after which a figure can start a clause's subject.
fn opens_subject(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "said"
            | "says"
            | "say"
            | "reported"
            | "which"
            | "where"
            | "when"
            | "while"
            | "and"
            | "but"
            | "as"
            | "after"
            | "yesterday"
            | "today"
            | "also"
            | "whom"
            | "added"
            | "confirmed"
            | "announced"
            | "another"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

fn k_before_is(s: &Sent, q: &Quantity, w: &str) -> bool {
    q.qual_first >= 1 && s.is(q.qual_first - 1, w)
}

/// A capitalised plural ("Palestinians", "Israelis"), taken as a people's name.
fn is_people_name(s: &Sent, i: usize) -> bool {
    s.is_capitalised(i) && s.w(i).ends_with('s') && s.w(i).len() > 3
}

fn coordinated_rule(rule: &'static str) -> &'static str {
    match rule {
        "verb_n" => "verb_n_and_n",
        "killing_n" => "killing_n_and_n",
        "n_were_killed" => "n_and_n_were_killed",
        "n_killed" => "n_and_n_killed",
        "n_dead" => "n_and_n_dead",
        "among_the_dead_were_n" => "among_the_dead_were_n_and_n",
        r if r.ends_with("_and_n") => r,
        _ => "coordinated_n",
    }
}

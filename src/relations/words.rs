//! The word lists of the role and quote rules, lower-case.

/// Nouns that end a role: "Foreign Minister", "army spokesman", "head (of …)".
pub(super) fn is_role_head(w: &str) -> bool {
    matches!(
        w,
        "minister"
            | "secretary"
            | "secretary-general"
            | "under-secretary"
            | "president"
            | "vice-president"
            | "leader"
            | "head"
            | "chief"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "commander"
            | "director"
            | "director-general"
            | "official"
            | "ambassador"
            | "envoy"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "governor"
            | "mayor"
            | "founder"
            | "co-founder"
            | "adviser"
            | "advisor"
            | "coordinator"
            | "representative"
            | "negotiator"
            | "premier"
            | "chancellor"
            | "king"
            | "queen"
            | "emir"
            | "sultan"
            | "ceo"
            | "executive"
            | "senator"
            | "lawmaker"
            | "legislator"
            | "prosecutor"
            | "rapporteur"
            | "correspondent"
            | "editor"
            | "member"
            | "deputy"
            | "speaker"
            | "general"
    ) || w.ends_with("-general")
}

/// Words that may come before a role's head inside the role ("Prime", "Foreign", "deputy", "army").
pub(super) fn is_role_modifier(w: &str) -> bool {
    matches!(
        w,
        "prime"
            | "foreign"
            | "defence"
            | "defense"
            | "interior"
            | "health"
            | "finance"
            | "justice"
            | "energy"
            | "trade"
            | "economy"
            | "information"
            | "education"
            | "agriculture"
            | "transport"
            | "culture"
            | "security"
            | "intelligence"
            | "military"
            | "army"
            | "police"
            | "political"
            | "politburo"
            | "bureau"
            | "government"
            | "ministry"
            | "state"
            | "national"
            | "supreme"
            | "senior"
            | "top"
            | "deputy"
            | "vice"
            | "acting"
            | "former"
            | "chief"
            | "assistant"
            | "associate"
            | "executive"
            | "general"
            | "special"
            | "permanent"
            | "foreign-policy"
            | "crown"
            | "rear"
            | "staff"
            | "party"
            | "opposition"
            | "humanitarian"
            | "relief"
            | "aid"
            | "un"
    ) || is_role_head(w)
}

/// A word list as both a slice and a `match` (which compiles to a switch on the length), from one
/// list of words so that the two cannot differ.
macro_rules! word_list {
    ($(#[$doc:meta])* $list:ident, $is:ident: $($word:literal)|+) => {
        $(#[$doc])*
        pub(super) const $list: &[&str] = &[$($word),+];

        /// Whether `w` is one of the words of the list of the same name.
        pub(super) fn $is(w: &str) -> bool {
            matches!(w, $($word)|+)
        }
    };
}

word_list!(
    /// Verbs that attribute speech.
    SPEECH_VERBS,
    is_speech_verb: "said"
        | "says"
        | "told"
        | "tells"
        | "added"
        | "adds"
        | "stated"
        | "announced"
        | "warned"
        | "claimed"
        | "confirmed"
        | "insisted"
        | "explained"
        | "wrote"
        | "tweeted"
        | "asked"
        | "noted"
);

/// Speech verbs that introduce reported speech without "that" ("X said the attack …").
pub(super) fn takes_bare_clause(w: &str) -> bool {
    matches!(w, "said" | "says" | "added" | "adds" | "told" | "tells")
}

/// Adverbs and auxiliaries between a speaker and the verb ("X also said", "X has said").
pub(super) fn is_verb_adverb(w: &str) -> bool {
    matches!(
        w,
        "also" | "later" | "earlier" | "previously" | "has" | "had" | "have" | "further" | "separately" | "then"
    )
}

/// Subject pronouns that can be speakers.
pub(super) fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we" | "i" | "it")
}

/// Prepositions that may join the parts of a speaker or role phrase ("a spokesman for the army").
pub(super) fn is_inner_preposition(w: &str) -> bool {
    matches!(w, "of" | "for" | "at" | "in" | "from" | "with" | "to")
}

/// Words a speaker's noun phrase never contains: clause words, auxiliaries, time words.
pub(super) fn ends_phrase(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "and"
            | "but"
            | "or"
            | "nor"
            | "as"
            | "while"
            | "when"
            | "after"
            | "before"
            | "because"
            | "if"
            | "since"
            | "where"
            | "than"
            | "had"
            | "has"
            | "have"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "did"
            | "does"
            | "do"
            | "not"
            | "on"
            | "by"
            | "yesterday"
            | "today"
            | "tonight"
            | "also"
            | "later"
            | "earlier"
            | "then"
            | "so"
            | "there"
            | "this"
            | "these"
            | "those"
            | "here"
            | "during"
            | "about"
            | "into"
            | "over"
            | "under"
            | "against"
            | "without"
            | "according"
    ) || is_speech_verb(w)
}

/// Lower-case nouns that can head an unnamed speaker ("the health ministry", "a police official").
pub(super) fn is_speaker_noun(w: &str) -> bool {
    let w = w.strip_suffix('s').filter(|s| !s.ends_with('s')).unwrap_or(w);
    matches!(
        w,
        "ministry"
            | "ministrie"
            | "official"
            | "spokesman"
            | "spokesmen"
            | "spokeswoman"
            | "spokesperson"
            | "police"
            | "army"
            | "military"
            | "government"
            | "authoritie"
            | "authority"
            | "agency"
            | "source"
            | "witness"
            | "witnesse"
            | "resident"
            | "doctor"
            | "medic"
            | "officer"
            | "statement"
            | "report"
            | "figure"
            | "data"
            | "estimate"
            | "tally"
            | "count"
            | "group"
            | "organisation"
            | "organization"
            | "office"
            | "department"
            | "service"
            | "force"
            | "council"
            | "committee"
            | "commission"
            | "mission"
            | "monitor"
            | "observatory"
            | "media"
            | "people"
            | "survivor"
            | "relative"
            | "analyst"
            | "expert"
            | "diplomat"
            | "administration"
            | "cabinet"
            | "presidency"
            | "embassy"
            | "hospital"
            | "medical"
            | "team"
            | "worker"
            | "activist"
            | "journalist"
            | "reporter"
            | "correspondent"
            | "lawyer"
            | "prosecutor"
            | "investigator"
            | "watchdog"
            | "charity"
            | "ngo"
            | "union"
            | "party"
            | "movement"
            | "militia"
            | "faction"
            | "newspaper"
            | "broadcaster"
            | "outlet"
            | "channel"
            | "tv"
            | "television"
            | "radio"
    ) || is_role_head(w)
}

/// Objects of "told" that are listeners, not part of the reported words ("told reporters").
pub(super) fn is_listener_word(w: &str) -> bool {
    matches!(
        w,
        "reporters"
            | "journalists"
            | "me"
            | "us"
            | "him"
            | "her"
            | "them"
            | "parliament"
            | "lawmakers"
            | "supporters"
            | "crowds"
            | "listeners"
            | "viewers"
            | "students"
            | "delegates"
    )
}

/// Words that can start a reported clause right after "said" ("said the attack …", "said it …").
pub(super) fn starts_clause(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "there"
            | "no"
            | "all"
            | "some"
            | "most"
            | "many"
            | "more"
            | "only"
            | "this"
            | "these"
            | "those"
    )
}

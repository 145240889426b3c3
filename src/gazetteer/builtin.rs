//! The gazetteer files compiled into the library, so that `Extractor::default()` needs no files.

/// (file name, contents) of every built-in gazetteer, in load order.
pub(crate) const FILES: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../../gazetteers/countries.tsv")),
    ("admin1.tsv", include_str!("../../gazetteers/admin1.tsv")),
    ("places.tsv", include_str!("../../gazetteers/places.tsv")),
    ("areas.tsv", include_str!("../../gazetteers/areas.tsv")),
    ("demonyms.tsv", include_str!("../../gazetteers/demonyms.tsv")),
    ("groups.tsv", include_str!("../../gazetteers/groups.tsv")),
    ("orgs.tsv", include_str!("../../gazetteers/orgs.tsv")),
    ("misc.tsv", include_str!("../../gazetteers/misc.tsv")),
    ("people-world.tsv", include_str!("../../gazetteers/people-world.tsv")),
    ("people-mideast-africa.tsv", include_str!("../../gazetteers/people-mideast-africa.tsv")),
];

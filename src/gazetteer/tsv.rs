//! The gazetteer TSV reader. See gazetteers/README.md for the format.

use super::entry::{Attributes, Entry, Kind};
use crate::text::fold_for_matching;
use crate::{Error, SharedStr};

/// The column header every file must start with (after its comment lines).
pub(crate) const HEADER: &str = "id\tkind\tcanonical\taliases\tattributes\tflags";

/// Parses a gazetteer file into (line number, entry) pairs; `file` names it in error messages.
pub(crate) fn parse(file: &str, content: &str) -> Result<Vec<(usize, Entry)>, Error> {
    parse_with(file, content, SharedStr::from)
}

/// Parses a compiled-in gazetteer file: its entries' names and attributes borrow the static text.
pub(crate) fn parse_static(file: &str, content: &'static str) -> Result<Vec<(usize, Entry)>, Error> {
    parse_with(file, content, SharedStr::from_static)
}

/// Parses a file, keeping the strings that records share through `keep`.
fn parse_with<'a>(
    file: &str,
    content: &'a str,
    keep: impl Fn(&'a str) -> SharedStr + Copy,
) -> Result<Vec<(usize, Entry)>, Error> {
    let mut entries = Vec::new();
    let mut seen_header = false;
    for (index, line) in content.lines().enumerate() {
        let n = index + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !seen_header {
            if line != HEADER {
                return Err(Error::gazetteer(file, n, format!("expected the header {HEADER:?}, found {line:?}")));
            }
            seen_header = true;
            continue;
        }
        entries.push((n, parse_row(line, keep).map_err(|m| Error::gazetteer(file, n, m))?));
    }
    if !seen_header {
        return Err(Error::gazetteer(file, 1, format!("no header line {HEADER:?}")));
    }
    Ok(entries)
}

/// Parses one data row into an entry; the error is a message without the file and line.
/// `keep` turns the text of the fields that records share into a [`SharedStr`].
pub(crate) fn parse_row<'a>(line: &'a str, keep: impl Fn(&'a str) -> SharedStr + Copy) -> Result<Entry, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 6 {
        return Err(format!("expected 6 columns, found {}", cols.len()));
    }
    let [id, kind, canonical, aliases, attributes, flags] = [cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]];
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b":._-".contains(&b)) {
        return Err(format!("bad id {id:?}: use letters, digits and : . _ -"));
    }
    let kind =
        Kind::parse(kind).ok_or_else(|| format!("unknown kind {kind:?}: use LOC, ORG, PERSON, DEMONYM or MISC"))?;
    let canonical = canonical.trim();
    let mut all = vec![canonical];
    if !aliases.is_empty() {
        all.extend(aliases.split('|').map(str::trim));
    }
    let mut alias_list: Vec<Box<str>> = Vec::with_capacity(all.len());
    for alias in all {
        if fold_for_matching(alias).trim().chars().all(|c| !c.is_alphanumeric()) {
            return Err(format!("alias {alias:?} has no letter or digit to match"));
        }
        if !alias_list.iter().any(|a| &**a == alias) {
            alias_list.push(alias.into());
        }
    }
    let attributes = parse_attributes(attributes, keep)?;
    let mut entry = Entry {
        id: keep(id),
        kind,
        canonical: keep(canonical),
        aliases: alias_list,
        names_country: attributes.kind.as_deref() == Some("country"),
        tier: Entry::tier_of(kind, &attributes),
        attributes,
        case_sensitive: false,
        weak: false,
        user: false,
    };
    for flag in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        match flag {
            "cs" => entry.case_sensitive = true,
            "weak" => entry.weak = true,
            _ => return Err(format!("unknown flag {flag:?}: use cs or weak")),
        }
    }
    Ok(entry)
}

fn parse_attributes<'a>(s: &'a str, keep: impl Fn(&'a str) -> SharedStr) -> Result<Attributes, String> {
    let mut a = Attributes::default();
    let (mut lat, mut lon) = (None, None);
    for pair in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').ok_or_else(|| format!("attribute {pair:?} is not key=value"))?;
        let number = |v: &str| v.parse::<f64>().ok().filter(|x| x.is_finite());
        match key {
            "type" => a.kind = Some(keep(value)),
            "cc" => {
                if value.len() != 2 || !value.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(format!("bad country code {value:?}: expected two capital letters"));
                }
                a.country = Some(keep(value));
            }
            "lat" => lat = Some(number(value).filter(|x| x.abs() <= 90.0).ok_or(format!("bad latitude {value:?}"))?),
            "lon" => lon = Some(number(value).filter(|x| x.abs() <= 180.0).ok_or(format!("bad longitude {value:?}"))?),
            "pop" => a.population = value.parse().map_err(|_| format!("bad population {value:?}"))?,
            _ => {}
        }
    }
    match (lat, lon) {
        (Some(la), Some(lo)) => a.coords = Some((la, lo)),
        (None, None) => {}
        _ => return Err("lat and lon must be given together".to_string()),
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(rows: &str) -> String {
        format!("# test\n{HEADER}\n{rows}")
    }

    #[test]
    fn reads_a_row() {
        let e = parse("t.tsv", &file("iso:IR\tLOC\tIran\tIslamic Republic of Iran|Persia\ttype=country;cc=IR;lat=32.0;lon=53.0;pop=85000000\tcs\n")).unwrap();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].0, 3);
        let e: Vec<Entry> = e.into_iter().map(|(_, e)| e).collect();
        assert_eq!(&*e[0].id, "iso:IR");
        assert_eq!(e[0].aliases.len(), 3);
        assert_eq!(e[0].attributes.coords, Some((32.0, 53.0)));
        assert!(e[0].case_sensitive && !e[0].weak);
        assert!(e[0].is_country() && e[0].tier == 6);
    }

    #[test]
    fn tiers_rank_countries_capitals_provinces_then_towns() {
        let rows = "c\tLOC\tC\t\ttype=country\t\nk\tLOC\tK\t\ttype=capital\t\n\
                    b\tLOC\tB\t\ttype=city;pop=600000\t\ns\tLOC\tS\t\ttype=city;pop=6000\t\n\
                    p\tLOC\tP\t\ttype=admin1\t\no\tORG\tO\t\ttype=country\t\nd\tDEMONYM\tD\t\t\t\n";
        let e = parse("t.tsv", &file(rows)).unwrap();
        let tiers: Vec<(&str, u8, bool)> = e.iter().map(|(_, e)| (&*e.id, e.tier, e.is_country())).collect();
        let want = [
            ("c", 6, true),
            ("k", 4, false),
            ("b", 4, false),
            ("s", 2, false),
            ("p", 3, false),
            ("o", 5, true),
            ("d", 1, false),
        ];
        assert_eq!(tiers, want);
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("a\tLOC\tX\t\t\n", "t.tsv:3: expected 6 columns, found 5"),
            ("a\tPLACE\tX\t\t\t\n", "t.tsv:3: unknown kind \"PLACE\": use LOC, ORG, PERSON, DEMONYM or MISC"),
            ("a b\tLOC\tX\t\t\t\n", "t.tsv:3: bad id \"a b\": use letters, digits and : . _ -"),
            ("a\tLOC\tX\t-\t\t\n", "t.tsv:3: alias \"-\" has no letter or digit to match"),
            ("a\tLOC\tX\t\tlat=91;lon=0\t\n", "t.tsv:3: bad latitude \"91\""),
            ("a\tLOC\tX\t\tlat=1\t\n", "t.tsv:3: lat and lon must be given together"),
            ("a\tLOC\tX\t\tpop=many\t\n", "t.tsv:3: bad population \"many\""),
            ("a\tLOC\tX\t\tcc=iran\t\n", "t.tsv:3: bad country code \"iran\": expected two capital letters"),
            ("a\tLOC\tX\t\ttype\t\n", "t.tsv:3: attribute \"type\" is not key=value"),
            ("a\tLOC\tX\t\t\tstrong\n", "t.tsv:3: unknown flag \"strong\": use cs or weak"),
        ];
        for (row, message) in cases {
            assert_eq!(parse("t.tsv", &file(row)).unwrap_err().to_string(), message, "row {row:?}");
        }
        assert_eq!(
            parse("t.tsv", "id\tkind\n").unwrap_err().to_string(),
            format!("t.tsv:1: expected the header {HEADER:?}, found \"id\\tkind\"")
        );
    }
}

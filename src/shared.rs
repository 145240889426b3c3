//! [`SharedStr`], the string type of the record fields that many records repeat.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An immutable string that records share instead of copying: gazetteer names, IDs, types and
/// country codes, and rule names.
///
/// An article names the same few places and organisations again and again, and every record carries
/// the name of the rule that made it, so copying these strings into each record would be most of the
/// allocation an extraction does. A `SharedStr` points into the compiled-in gazetteers and rule
/// tables, or holds a reference-counted copy of a string read at run time (a user gazetteer), so
/// cloning one never allocates. It dereferences to `str`, compares with `str`, `&str` and `String`,
/// and serialises as a plain string.
///
/// # Examples
///
/// ```
/// use newsfacts::SharedStr;
///
/// let name = SharedStr::from("Gaza City");
/// assert_eq!(name, "Gaza City");
/// assert!(name.starts_with("Gaza"));
/// assert_eq!(serde_json::to_string(&name)?, r#""Gaza City""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone)]
pub struct SharedStr(Repr);

#[derive(Clone)]
enum Repr {
    Static(&'static str),
    Counted(Arc<str>),
}

impl SharedStr {
    /// A shared string that borrows a static string; no allocation, ever.
    pub const fn from_static(s: &'static str) -> SharedStr {
        SharedStr(Repr::Static(s))
    }

    /// Whether the string is static (so that tests can check nothing was copied).
    #[cfg(test)]
    pub(crate) fn is_static(&self) -> bool {
        matches!(self.0, Repr::Static(_))
    }

    /// The string.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            Repr::Counted(s) => s,
        }
    }
}

impl Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl Default for SharedStr {
    fn default() -> SharedStr {
        SharedStr::from_static("")
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl From<&str> for SharedStr {
    /// Copies the string once; clones of the result share the copy.
    fn from(s: &str) -> SharedStr {
        SharedStr(Repr::Counted(Arc::from(s)))
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> SharedStr {
        SharedStr(Repr::Counted(Arc::from(s)))
    }
}

impl From<Arc<str>> for SharedStr {
    fn from(s: Arc<str>) -> SharedStr {
        SharedStr(Repr::Counted(s))
    }
}

impl From<SharedStr> for String {
    fn from(s: SharedStr) -> String {
        s.as_str().to_string()
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &SharedStr) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    fn cmp(&self, other: &SharedStr) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for SharedStr {
    /// Hashes as the `str` does, so that a `HashMap<SharedStr, _>` can be read with a `&str` key.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

/// Comparisons with the standard string types, both ways round.
macro_rules! eq_with {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for SharedStr {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }
        impl PartialEq<SharedStr> for $other {
            fn eq(&self, other: &SharedStr) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}
eq_with!(str, &str, String);

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SharedStr, D::Error> {
        String::deserialize(deserializer).map(SharedStr::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn static_and_counted_strings_are_equal_by_content() {
        let a = SharedStr::from_static("Kyiv");
        let b = SharedStr::from(String::from("Kyiv"));
        assert_eq!(a, b);
        assert_eq!(a, "Kyiv");
        assert_eq!("Kyiv", b);
        assert_eq!(String::from("Kyiv"), a);
        assert_ne!(a, SharedStr::from("Kiev"));
        assert_eq!(a.cmp(&SharedStr::from("Lviv")), Ordering::Less);
    }

    #[test]
    fn clones_share_the_counted_copy() {
        let a = SharedStr::from("Mogadishu");
        let b = a.clone();
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
    }

    #[test]
    fn a_map_keyed_by_shared_strings_is_read_with_str() {
        let mut map = HashMap::new();
        map.insert(SharedStr::from("geo:1"), 1);
        map.insert(SharedStr::from_static("geo:2"), 2);
        assert_eq!(map.get("geo:1"), Some(&1));
        assert_eq!(map.get("geo:2"), Some(&2));
        assert_eq!(map.get("geo:3"), None);
    }

    #[test]
    fn serialises_as_a_plain_string_and_back() {
        let s = SharedStr::from_static("title_before_person");
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, r#""title_before_person""#);
        let back: SharedStr = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
        assert_eq!(format!("{s} {s:?}"), r#"title_before_person "title_before_person""#);
    }
}

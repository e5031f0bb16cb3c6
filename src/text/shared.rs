//! Display strings stored once per distinct value: every event of an article keeps an
//! explanation and a label, and in long or repetitive texts most of them are equal.

use serde::{Serialize, Serializer};
use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// An immutable string whose clones share one allocation; one pointer wide.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct SharedStr(Arc<Box<str>>);

impl SharedStr {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> Self {
        Self(Arc::new(s.into_boxed_str()))
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> Self {
        Self(Arc::new(s.into()))
    }
}

impl From<SharedStr> for String {
    fn from(s: SharedStr) -> Self {
        s.as_str().to_string()
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

/// Most distinct strings an [`Interner`] remembers; past it, it starts afresh, so a text
/// whose strings never repeat costs it a bounded amount.
pub const INTERNER_CAPACITY: usize = 4096;

/// Hands out one [`SharedStr`] per distinct string among the recent ones.
#[derive(Debug, Default)]
pub struct Interner {
    seen: HashSet<SharedStr>,
}

impl Interner {
    /// The shared copy of `s`.
    pub fn intern(&mut self, s: String) -> SharedStr {
        if let Some(shared) = self.seen.get(s.as_str()) {
            return shared.clone();
        }
        self.remember(SharedStr::from(s))
    }

    /// The shared copy of `s`, made only when it is new.
    pub fn intern_str(&mut self, s: &str) -> SharedStr {
        match self.seen.get(s) {
            Some(shared) => shared.clone(),
            None => self.remember(SharedStr::from(s)),
        }
    }

    fn remember(&mut self, shared: SharedStr) -> SharedStr {
        if self.seen.len() >= INTERNER_CAPACITY {
            self.seen.clear();
        }
        self.seen.insert(shared.clone());
        shared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_one_allocation() {
        let mut strings = Interner::default();
        let a = strings.intern("on Monday".to_string());
        let b = strings.intern("on Monday".to_string());
        let c = strings.intern_str("in August");
        assert!(Arc::ptr_eq(&c.0, &strings.intern_str("in August").0));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        assert_eq!(a, "on Monday");
        assert_eq!(
            std::mem::size_of::<SharedStr>(),
            std::mem::size_of::<usize>()
        );
    }

    #[test]
    fn the_interner_stays_bounded() {
        let mut strings = Interner::default();
        for i in 0..3 * INTERNER_CAPACITY {
            strings.intern(i.to_string());
        }
        assert!(strings.seen.len() <= INTERNER_CAPACITY);
        let again = strings.intern("1".to_string());
        assert_eq!(again.as_str(), "1");
    }

    #[test]
    fn serialises_and_prints_as_the_string() {
        let s = SharedStr::from("a \"b\"");
        assert_eq!(
            serde_json::to_string(&s).ok().as_deref(),
            Some("\"a \\\"b\\\"\"")
        );
        assert_eq!(format!("{s}|{s:?}"), "a \"b\"|\"a \\\"b\\\"\"");
    }
}

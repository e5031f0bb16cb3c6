//! The TimeML class of an event.

use serde::Serialize;

/// What kind of happening an event is (TimeML EVENT `class`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventClass {
    /// Something that happens ("signed", "strikes").
    Occurrence,
    /// Someone tells of something ("said", "reported").
    Reporting,
    /// A circumstance that holds ("war", "own").
    State,
    /// An intended action ("try", "ask", "order").
    IAction,
    /// A mental state about another event ("believe", "want").
    IState,
    /// A phase of another event ("began", "continue").
    Aspectual,
    /// Seeing or hearing ("saw", "heard").
    Perception,
}

impl EventClass {
    /// Every class, in the order of their names in model files.
    pub const ALL: [EventClass; 7] = [
        EventClass::Occurrence,
        EventClass::Reporting,
        EventClass::State,
        EventClass::IAction,
        EventClass::IState,
        EventClass::Aspectual,
        EventClass::Perception,
    ];

    /// The TimeML name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventClass::Occurrence => "OCCURRENCE",
            EventClass::Reporting => "REPORTING",
            EventClass::State => "STATE",
            EventClass::IAction => "I_ACTION",
            EventClass::IState => "I_STATE",
            EventClass::Aspectual => "ASPECTUAL",
            EventClass::Perception => "PERCEPTION",
        }
    }

    /// The class with this TimeML name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for c in EventClass::ALL {
            assert_eq!(EventClass::parse(c.as_str()), Some(c));
        }
        assert_eq!(EventClass::parse("NONE"), None);
    }
}

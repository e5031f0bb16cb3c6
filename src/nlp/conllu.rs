//! Reading CoNLL-U treebank files (Universal Dependencies): words with their Penn tags.

/// One token of a treebank sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreebankToken {
    /// The word as written.
    pub form: String,
    /// Its Penn Treebank tag (XPOS).
    pub tag: String,
}

/// The sentences of a CoNLL-U file. Multiword-token and empty-node lines are skipped.
pub fn parse(text: &str) -> Vec<Vec<TreebankToken>> {
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(id), Some(form), Some(tag)) = (cols.first(), cols.get(1), cols.get(4)) else {
            continue;
        };
        if id.contains('-') || id.contains('.') || *tag == "_" {
            continue;
        }
        current.push(TreebankToken {
            form: (*form).to_string(),
            tag: (*tag).to_string(),
        });
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_forms_and_penn_tags() {
        let text = "# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n\n";
        let s = parse(text);
        assert_eq!(s.len(), 1);
        let tags: Vec<&str> = s[0].iter().map(|t| t.tag.as_str()).collect();
        assert_eq!(tags, ["PRP", "VBP", "RB"]);
    }
}

//! Trotsky's family as a tree, grown from the people and parents in `facts.json`.
//!
//! Nothing here knows who anyone is: a person's partners are the other parents
//! of their children, and the drawing follows whatever the data says.

use crate::content::Person;

/// The person at the top of the tree.
pub const ROOT: &str = "leon";

/// One person and the people drawn beneath them.
#[derive(Debug)]
pub struct Branch<'a> {
    pub person: &'a Person,
    /// First each partner, carrying the children the two had together, in the
    /// order of their first child's birth; then the children of this person alone.
    pub below: Vec<Branch<'a>>,
}

impl<'a> Branch<'a> {
    /// The tree from `root` down, or `None` if nobody has that id.
    pub fn grow(people: &'a [Person], root: &str) -> Option<Branch<'a>> {
        let root = people.iter().find(|person| person.id == root)?;
        Some(Self::of(people, root))
    }

    fn of(people: &'a [Person], person: &'a Person) -> Branch<'a> {
        let mut partners: Vec<&Person> = Vec::new();
        for child in children(people, &[&person.id]) {
            for parent in &child.parents {
                let partner = people.iter().find(|p| p.id == *parent && p.id != person.id);
                if let Some(partner) = partner.filter(|p| !partners.iter().any(|q| q.id == p.id)) {
                    partners.push(partner);
                }
            }
        }
        let with_partners = partners.into_iter().map(|partner| Branch {
            person: partner,
            below: children_exactly(people, &[&person.id, &partner.id])
                .into_iter()
                .map(|child| Self::of(people, child))
                .collect(),
        });
        let alone = children_exactly(people, &[&person.id])
            .into_iter()
            .map(|child| Self::of(people, child));
        Branch {
            person,
            below: with_partners.chain(alone).collect(),
        }
    }

    /// Everyone in the tree, top to bottom as it is drawn.
    pub fn people(&self) -> Vec<&'a Person> {
        let mut everyone = vec![self.person];
        for branch in &self.below {
            everyone.extend(branch.people());
        }
        everyone
    }
}

/// The children of all of `parents` (and perhaps others), in the order of
/// `facts.json`, which lists brothers and sisters oldest first (a test checks).
/// Not sorted here: a sort would add 3 KB to the wasm for a dozen people.
fn children<'a>(people: &'a [Person], parents: &[&str]) -> Vec<&'a Person> {
    people
        .iter()
        .filter(|person| {
            parents
                .iter()
                .all(|p| person.parents.iter().any(|q| q == p))
        })
        .collect()
}

/// The children whose named parents are exactly `parents`.
fn children_exactly<'a>(people: &'a [Person], parents: &[&str]) -> Vec<&'a Person> {
    let mut children = children(people, parents);
    children.retain(|child| child.parents.len() == parents.len());
    children
}

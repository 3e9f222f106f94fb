//! Stable sorting with one copy of the sort code.
//!
//! `slice::sort_by` is generic over the element and the comparison, so every
//! call site gets its own copy of the sorting algorithm (about 3 KB of wasm
//! each). These helpers sort a list of positions with a comparison behind a
//! `dyn` reference, so the algorithm is compiled once; only moving the items
//! into place is per type. Same result as `sort_by`: stable, and the
//! comparison is called the same way.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let view: &[T] = items;
        positions(view.len(), &|a, b| compare(&view[a], &view[b]))
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().map(|i| slots[i].take().expect("each position once")));
}

/// Sorts `items` stably by a key, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len`, ordered stably by `compare`: the one
/// instantiation of the sorting algorithm.
#[inline(never)]
fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        // Pairs with repeated keys: stability shows in the second field.
        let mut seed = 7u32;
        for len in [0usize, 1, 2, 3, 10, 33, 200] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) as u8 % 5, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by(|a, b| b.0.cmp(&a.0));
            let mut got = items.clone();
            sort_by(&mut got, |a, b| b.0.cmp(&a.0));
            assert_eq!(got, expected, "len {len}");

            let mut expected = items.clone();
            expected.sort_by_key(|x| x.0);
            let mut got = items;
            sort_by_key(&mut got, |x| x.0);
            assert_eq!(got, expected, "len {len}");
        }
    }

    #[test]
    fn moves_owned_values_without_cloning() {
        let mut words: Vec<String> = ["pear", "fig", "apple", "kiwi"].iter().map(|s| s.to_string()).collect();
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
    }
}

//! The message checker's training tables, for the tests that read them all
//! (`model_checker_model.rs`, `model_checker_train.rs`), in name order; the
//! training example reads the folder the same way, and
//! `every_training_table_is_listed` keeps the two in step.

/// `(file name, text)` of every `tests/fixtures/checker/train*.tsv`.
pub const TABLES: &[(&str, &str)] = &[
    ("train.tsv", include_str!("../fixtures/checker/train.tsv")),
    ("train_b.tsv", include_str!("../fixtures/checker/train_b.tsv")),
    ("train_c.tsv", include_str!("../fixtures/checker/train_c.tsv")),
    ("train_crisis_lists.tsv", include_str!("../fixtures/checker/train_crisis_lists.tsv")),
    ("train_d.tsv", include_str!("../fixtures/checker/train_d.tsv")),
    ("train_decided.tsv", include_str!("../fixtures/checker/train_decided.tsv")),
    ("train_e.tsv", include_str!("../fixtures/checker/train_e.tsv")),
    ("train_f.tsv", include_str!("../fixtures/checker/train_f.tsv")),
    ("train_g.tsv", include_str!("../fixtures/checker/train_g.tsv")),
    ("train_h.tsv", include_str!("../fixtures/checker/train_h.tsv")),
    ("train_i.tsv", include_str!("../fixtures/checker/train_i.tsv")),
    ("train_j.tsv", include_str!("../fixtures/checker/train_j.tsv")),
    ("train_k.tsv", include_str!("../fixtures/checker/train_k.tsv")),
    ("train_l.tsv", include_str!("../fixtures/checker/train_l.tsv")),
    ("train_m.tsv", include_str!("../fixtures/checker/train_m.tsv")),
    ("train_n.tsv", include_str!("../fixtures/checker/train_n.tsv")),
    ("train_o.tsv", include_str!("../fixtures/checker/train_o.tsv")),
    ("train_p.tsv", include_str!("../fixtures/checker/train_p.tsv")),
    ("train_q.tsv", include_str!("../fixtures/checker/train_q.tsv")),
    ("train_r.tsv", include_str!("../fixtures/checker/train_r.tsv")),
    ("train_s.tsv", include_str!("../fixtures/checker/train_s.tsv")),
    ("train_t.tsv", include_str!("../fixtures/checker/train_t.tsv")),
    ("train_u.tsv", include_str!("../fixtures/checker/train_u.tsv")),
    ("train_v.tsv", include_str!("../fixtures/checker/train_v.tsv")),
    ("train_w.tsv", include_str!("../fixtures/checker/train_w.tsv")),
    ("train_x.tsv", include_str!("../fixtures/checker/train_x.tsv")),
    ("train_y.tsv", include_str!("../fixtures/checker/train_y.tsv")),
    ("train_z.tsv", include_str!("../fixtures/checker/train_z.tsv")),
];

//! Unlost: a private companion for the weeks after a breakup.
pub mod model;

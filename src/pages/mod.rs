//! One screen a file.

pub mod home;
pub mod journal;
pub mod not_found;
pub mod recovery;
pub mod settings;
pub mod stage;
pub mod urge;

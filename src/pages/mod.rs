//! One screen a file.

pub mod accepting;
pub mod assessment;
pub mod check_in;
pub mod closing;
pub mod first_message;
pub mod getting_yourself_back;
pub mod insights;
pub mod home;
pub mod journal;
pub mod neutral;
pub mod no_contact;
pub mod not_found;
pub mod real_conversation;
pub mod rebuilding_trust;
pub mod recovery;
pub mod self_work;
pub mod settings;
pub mod timeline;
pub mod unlock;
pub mod urge;

//! Pieces of UI that more than one screen uses.

pub mod checked_editor;
pub mod confirm;
pub mod entry_list;
pub mod fear_reframes;
pub mod inline_add;
pub mod install_card;
pub mod journal_editor;
pub mod keep_safe;
pub mod later;
pub mod lock_settings;
pub mod nav;
pub mod next_step;
pub mod outcome;
pub mod page;
pub mod question;
pub mod quick_exit;
pub mod rating_chart;
pub mod safety;
pub mod restore_backup;
pub mod save_notice;
pub mod stage_card;
pub mod support_card;
pub mod trend_chart;

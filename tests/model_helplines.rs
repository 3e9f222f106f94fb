//! The help-line table: well formed, traceable to the research file, and
//! the region pre-chosen from the browser's time zone and language.
#![cfg(not(target_arch = "wasm32"))]

use unlost::model::helplines::{guess_region, lines_for, region, LineKind, Lines, REGIONS};
use unlost::model::Document;

#[test]
fn every_region_is_well_formed() {
    assert!(REGIONS.len() >= 15, "{} regions", REGIONS.len());
    let mut codes: Vec<&str> = REGIONS.iter().map(|r| r.code).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), REGIONS.len(), "codes are unique");
    for r in REGIONS {
        assert!(r.code.len() == 2 && r.code.chars().all(|c| c.is_ascii_uppercase()), "{}", r.code);
        assert!(r.of_kind(LineKind::Crisis).next().is_some(), "{}: a crisis line", r.code);
        assert!(r.emergency().is_some(), "{}: an emergency number", r.code);
        for l in r.lines {
            assert!(!l.tel.is_empty() && l.tel.chars().all(|c| c.is_ascii_digit() || c == '+'), "{}: tel {:?}", r.code, l.tel);
            assert!(!l.shown.trim().is_empty() && !l.service.trim().is_empty(), "{}", r.code);
            assert!(
                l.source.starts_with("https://") || l.source.starts_with("http://"),
                "{} {}: every number has the page it was confirmed on",
                r.code,
                l.service
            );
            // The number shown contains the digits dialled.
            let shown_digits: String = l.shown.chars().filter(char::is_ascii_digit).collect();
            assert!(shown_digits.contains(l.tel) || l.tel.contains(&shown_digits), "{}: {} vs {}", r.code, l.shown, l.tel);
        }
    }
}

#[test]
fn the_regions_the_issue_names_are_here_or_left_out_on_purpose() {
    for code in ["US", "CA", "GB", "IE", "AU", "NZ", "DE", "AT", "CH", "FR", "ES", "IT", "NL", "BE", "SE", "NO", "DK", "IN", "ZA", "BR", "MX"] {
        assert!(region(code).is_some(), "{code}");
    }
    // No confirmed national abuse line (see docs/research/helplines.md):
    // the card says so rather than guessing.
    for code in ["CA", "CH"] {
        assert!(region(code).unwrap().of_kind(LineKind::Abuse).next().is_none(), "{code}");
    }
}

#[test]
fn every_number_comes_from_the_research_file_with_its_source() {
    let research: serde_json::Value =
        serde_json::from_str(include_str!("../docs/research/helplines.json")).expect("the research file reads");
    let rows = research.as_array().unwrap();
    for r in REGIONS {
        for l in r.lines {
            let found = rows.iter().any(|row| {
                row["region"] == r.code && row["tel"] == l.tel && row["source_url"] == l.source && row["display"] == l.shown
            });
            assert!(found, "{} {} {}: not in docs/research/helplines.json as written", r.code, l.service, l.tel);
        }
    }
}

fn langs(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| t.to_string()).collect()
}

#[test]
fn the_region_is_guessed_from_the_time_zone_first_then_the_language() {
    let cases: &[(&str, &[&str], Option<&str>)] = &[
        ("Europe/London", &["en-GB"], Some("GB")),
        ("Europe/London", &["en-US"], Some("GB")),
        ("America/New_York", &["en-US"], Some("US")),
        ("America/Indiana/Indianapolis", &["en"], Some("US")),
        ("America/Toronto", &["fr-CA"], Some("CA")),
        ("America/Vancouver", &["en-US"], Some("CA")),
        ("Australia/Sydney", &["en-AU"], Some("AU")),
        ("Australia/Perth", &["en"], Some("AU")),
        ("Pacific/Auckland", &["en-NZ"], Some("NZ")),
        ("Europe/Dublin", &["ga"], Some("IE")),
        ("Europe/Berlin", &["de-DE"], Some("DE")),
        ("Europe/Vienna", &["de-AT"], Some("AT")),
        ("Europe/Zurich", &["fr-CH"], Some("CH")),
        ("Europe/Paris", &["fr"], Some("FR")),
        ("Atlantic/Canary", &["es-ES"], Some("ES")),
        ("Europe/Rome", &["it-IT"], Some("IT")),
        ("Europe/Amsterdam", &["nl"], Some("NL")),
        ("Europe/Brussels", &["nl-BE"], Some("BE")),
        ("Europe/Stockholm", &["sv-SE"], Some("SE")),
        ("Europe/Oslo", &["nb-NO"], Some("NO")),
        ("Europe/Copenhagen", &["da"], Some("DK")),
        ("Asia/Kolkata", &["hi-IN"], Some("IN")),
        ("Asia/Calcutta", &["en-IN"], Some("IN")),
        ("Africa/Johannesburg", &["en-ZA"], Some("ZA")),
        ("America/Sao_Paulo", &["pt-BR"], Some("BR")),
        ("America/Mexico_City", &["es-MX"], Some("MX")),
        ("America/Tijuana", &["es-419"], Some("MX")),
        // No place in the time zone: the language decides.
        ("UTC", &["en-GB"], Some("GB")),
        ("Etc/GMT+3", &["pt_BR"], Some("BR")),
        ("", &["en", "de-AT"], Some("AT")),
        ("UTC", &["en", "es-419"], None),
        ("", &[], None),
        // A real place without lines here: not somewhere else's lines.
        ("Europe/Warsaw", &["en-GB"], None),
        ("Asia/Tokyo", &["en-US"], None),
        ("America/Argentina/Buenos_Aires", &["es-MX"], None),
    ];
    for (zone, tags, expected) in cases {
        let got = guess_region(zone, &langs(tags)).map(|r| r.code);
        assert_eq!(got, *expected, "{zone} {tags:?}");
    }
}

#[test]
fn a_saved_choice_wins_over_the_guess_and_can_say_not_listed() {
    let gb = langs(&["en-GB"]);
    assert_eq!(lines_for(None, "Europe/London", &gb), Lines::Guessed(region("GB").unwrap()));
    assert_eq!(lines_for(Some("au"), "Europe/London", &gb), Lines::Chosen(region("AU").unwrap()));
    assert_eq!(lines_for(Some(""), "Europe/London", &gb), Lines::Unknown);
    assert_eq!(lines_for(Some("XX"), "Europe/London", &gb), Lines::Unknown, "an unknown saved code lists nothing");
    assert_eq!(Lines::Unknown.region(), None);

    let mut doc = Document::default();
    assert!(doc.set_help_region(Some("nz"), 50));
    assert_eq!(doc.settings.help_region.as_deref(), Some("NZ"));
    assert_eq!(doc.settings.updated_at, 50);
    assert!(!doc.set_help_region(Some("NZ"), 60), "no change");
    assert!(!doc.set_help_region(Some("Narnia"), 70), "refused");
    assert_eq!(doc.settings.help_region.as_deref(), Some("NZ"));
    assert!(doc.set_help_region(Some(""), 80));
    assert_eq!(doc.settings.help_region.as_deref(), Some(""));
    assert!(doc.set_help_region(None, 90));
    assert_eq!(doc.settings.help_region, None);
    // Older builds see nothing new when it is unset.
    assert!(!serde_json::to_string(&doc).unwrap().contains("help_region"));
}

#[test]
fn the_readme_lists_every_number_with_its_source() {
    let readme = include_str!("../README.md");
    for r in REGIONS {
        for l in r.lines {
            let row = readme.lines().find(|line| line.starts_with(&format!("| {} |", r.name)) && line.contains(&format!("| {} |", l.shown)));
            let row = row.unwrap_or_else(|| panic!("README has no row for {} {}", r.name, l.shown));
            assert!(row.contains(l.source), "README row for {} {} names its source", r.name, l.shown);
        }
    }
}

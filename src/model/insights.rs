//! Insights: daily values binned for a chart over 30, 90 or 365 days (gaps
//! kept as gaps), the chart geometry, and plain-language observations
//! computed from the person's own data — never canned.

use super::checkin::{CheckIn, ContactToday};
use super::date::LocalDate;
use super::no_contact::Urge;

/// The ranges offered, in days.
pub const RANGES: [i64; 3] = [30, 90, 365];

/// Past this many days, values are averaged by week so the chart stays readable.
pub const DAILY_UP_TO: i64 = 90;

/// One step on a chart's x axis: a day, or a week of days.
#[derive(Clone, Debug, PartialEq)]
pub struct Bin {
    pub from: LocalDate,
    pub to: LocalDate,
    /// The average of the values in it; `None` when there were none.
    pub value: Option<f32>,
    pub count: usize,
}

/// Bins `(date, value)` points over the `days` days ending `today`: one bin a
/// day up to `DAILY_UP_TO` days, otherwise one a week (the last bin ends
/// today). Points outside the range are ignored.
pub fn bins(points: &[(LocalDate, f32)], today: LocalDate, days: i64) -> Vec<Bin> {
    let days = days.max(1);
    let width = if days <= DAILY_UP_TO { 1 } else { 7 };
    let first = today.plus_days(1 - days);
    let n = (days + width - 1) / width;
    let mut out: Vec<Bin> = (0..n)
        .map(|i| {
            let to = today.plus_days(-(n - 1 - i) * width);
            let from = to.plus_days(1 - width).max(first);
            Bin { from, to, value: None, count: 0 }
        })
        .collect();
    let mut sums = vec![0f32; out.len()];
    for (on, v) in points {
        if *on < first || *on > today {
            continue;
        }
        let back = on.days_until(today);
        let i = out.len() - 1 - (back / width) as usize;
        sums[i] += v;
        out[i].count += 1;
    }
    for (b, s) in out.iter_mut().zip(sums) {
        if b.count > 0 {
            b.value = Some(s / b.count as f32);
        }
    }
    out
}

/// A line chart in the SVG's own units: unbroken runs of bins as lines,
/// lone values as dots, gaps left empty.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    pub width: f32,
    pub height: f32,
    pub runs: Vec<Vec<(f32, f32)>>,
    pub dots: Vec<(f32, f32)>,
}

pub fn line_chart(bins: &[Bin], min: f32, max: f32, width: f32, height: f32, pad: f32) -> LineChart {
    let n = bins.len();
    let x_of = |i: usize| if n <= 1 { width / 2.0 } else { pad + (width - 2.0 * pad) * i as f32 / (n - 1) as f32 };
    let span = (max - min).max(f32::EPSILON);
    let y_of = |v: f32| height - pad - ((v.clamp(min, max) - min) / span) * (height - 2.0 * pad);
    let mut runs = Vec::new();
    let mut dots = Vec::new();
    let mut current: Vec<(f32, f32)> = Vec::new();
    let mut flush = |run: &mut Vec<(f32, f32)>| {
        match run.len() {
            0 => {}
            1 => dots.push(run[0]),
            _ => runs.push(std::mem::take(run)),
        }
        run.clear();
    };
    for (i, b) in bins.iter().enumerate() {
        match b.value {
            Some(v) => current.push((x_of(i), y_of(v))),
            None => flush(&mut current),
        }
    }
    flush(&mut current);
    LineChart { width, height, runs, dots }
}

pub fn points_attr(run: &[(f32, f32)]) -> String {
    run.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ")
}

/// "11pm", "midnight", "noon", "9am".
pub fn hour_words(h: u8) -> String {
    match h % 24 {
        0 => "midnight".into(),
        12 => "noon".into(),
        h if h < 12 => format!("{h}am"),
        h => format!("{}pm", h - 12),
    }
}

/// Fewest urges before anything is said about when they come.
pub const PEAK_MIN_URGES: u32 = 5;
/// How many hours in a row are looked at together.
pub const PEAK_SPAN_HOURS: usize = 3;
/// The share of all urges (in percent) those hours must hold to be named:
/// three hours of twenty-four hold 12.5 % when urges come at any time.
pub const PEAK_MIN_PERCENT: u32 = 40;

/// The urges, counted by local hour of day (0 to 23).
pub fn urges_by_hour(urges: &[Urge]) -> [u32; 24] {
    let mut hours = [0u32; 24];
    for u in urges {
        hours[usize::from(u.hour.min(23))] += 1;
    }
    hours
}

/// When the urges cluster: the person's hardest hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UrgePeak {
    /// The first hour with urges in the span, 0 to 23.
    pub from: u8,
    /// The hour the span ends (the hour after its last urge), 0 to 23; it
    /// may be past midnight, before `from`.
    pub until: u8,
    /// The hour in the span with the most urges.
    pub busiest: u8,
    /// The urges in the span.
    pub count: u32,
    /// All the urges.
    pub total: u32,
}

impl UrgePeak {
    /// "between 10pm and 1am".
    pub fn between(&self) -> String {
        format!("between {} and {}", hour_words(self.from), hour_words(self.until))
    }

    /// The no-contact page's line.
    pub fn hardest_hours(&self) -> String {
        format!("Your hardest hours so far: {} ({} of your {} urges).", self.between(), self.count, self.total)
    }

    /// The observation on the insights page.
    pub fn observation(&self) -> String {
        format!(
            "Your urges to contact them peak {} ({} of {}). That is a time to plan something kind for yourself.",
            self.between(),
            self.count,
            self.total
        )
    }
}

/// When the urges cluster, the one rule every screen uses. Nothing is said
/// below `PEAK_MIN_URGES` urges. Otherwise the `PEAK_SPAN_HOURS` hours in a
/// row (wrapping past midnight) holding the most urges are the peak, named
/// only if they hold at least `PEAK_MIN_PERCENT` % of all of them. Ties go to
/// the span whose middle hour holds more (centred on the busiest), then to
/// the one starting earliest after midnight. The span is trimmed to the
/// hours that had urges, so urges all at 11pm read "between 11pm and
/// midnight".
pub fn urge_peak(hours: &[u32; 24]) -> Option<UrgePeak> {
    let total: u32 = hours.iter().sum();
    if total < PEAK_MIN_URGES {
        return None;
    }
    let at = |h: usize| hours[h % 24];
    let in_span = |start: usize| (start..start + PEAK_SPAN_HOURS).map(at).sum::<u32>();
    let middle = |start: usize| at(start + PEAK_SPAN_HOURS / 2);
    let start = (0..24)
        .max_by(|a, b| in_span(*a).cmp(&in_span(*b)).then(middle(*a).cmp(&middle(*b))).then(b.cmp(a)))
        .expect("24 hours");
    let count = in_span(start);
    if count * 100 < total * PEAK_MIN_PERCENT {
        return None;
    }
    let with_urges: Vec<usize> = (start..start + PEAK_SPAN_HOURS).filter(|h| at(*h) > 0).collect();
    let (first, last) = (with_urges[0], with_urges[with_urges.len() - 1]);
    let busiest = with_urges.iter().copied().rev().max_by_key(|h| at(*h)).expect("an hour with urges");
    let hour = |h: usize| (h % 24) as u8;
    Some(UrgePeak { from: hour(first), until: hour(last + 1), busiest: hour(busiest), count, total })
}

/// The words under the chart of urges by hour; `None` with no urges.
pub fn urge_hours_summary(hours: &[u32; 24]) -> Option<String> {
    let total: u32 = hours.iter().sum();
    let logged = match total {
        0 => return None,
        1 => "1 urge logged".to_string(),
        n => format!("{n} urges logged"),
    };
    Some(match urge_peak(hours) {
        Some(p) => format!("{logged}; the most around {}.", hour_words(p.busiest)),
        None if total < PEAK_MIN_URGES => format!("{logged}; too few yet to see when they come."),
        None => format!("{logged}, spread through the day with no clear peak."),
    })
}

fn mean(values: &[f32]) -> Option<f32> {
    (!values.is_empty()).then(|| values.iter().sum::<f32>() / values.len() as f32)
}

/// Values from check-ins in the `days` days ending `end` (inclusive).
fn window(checkins: &[CheckIn], end: LocalDate, days: i64, value: impl Fn(&CheckIn) -> f32) -> Vec<f32> {
    let start = end.plus_days(1 - days);
    checkins.iter().filter(|c| c.on >= start && c.on <= end).map(value).collect()
}

/// Plain-language observations, each computed from the data, and only when
/// there is enough of it to say something honest.
pub fn observations(checkins: &[CheckIn], urges: &[Urge], longest_streak: Option<i64>, today: LocalDate) -> Vec<String> {
    let mut out = Vec::new();

    // When urges come: the same rule as the no-contact page's hardest hours.
    if let Some(peak) = urge_peak(&urges_by_hour(urges)) {
        out.push(peak.observation());
    }

    // Mood and urge: the last two weeks against the two before.
    let trend = |value: fn(&CheckIn) -> f32, max: f32| {
        let recent = window(checkins, today, 14, value);
        let before = window(checkins, today.plus_days(-14), 14, value);
        if recent.len() >= 4 && before.len() >= 4 {
            Some((mean(&before)?, mean(&recent)?, max))
        } else {
            None
        }
    };
    if let Some((a, b, max)) = trend(|c| f32::from(c.mood), 5.0) {
        let words = if b - a >= 0.5 {
            format!("Your mood has risen over the last four weeks, from about {a:.1} to {b:.1} out of {max}.")
        } else if a - b >= 0.5 {
            format!("Your mood has dipped over the last four weeks, from about {a:.1} to {b:.1} out of {max}. Be gentle with yourself, and reach out to someone you trust.")
        } else {
            format!("Your mood has held fairly steady over the last four weeks, at about {b:.1} out of {max}.")
        };
        out.push(words);
    }
    if let Some((a, b, max)) = trend(|c| f32::from(c.urge), 10.0) {
        if a - b >= 1.0 {
            out.push(format!("The urge to contact them has eased over the last four weeks, from about {a:.1} to {b:.1} out of {max}."));
        } else if b - a >= 1.0 {
            out.push(format!("The urge to contact them has grown over the last four weeks, from about {a:.1} to {b:.1} out of {max}. The “I want to text them” help is one tap away."));
        }
    }

    let last30: Vec<&CheckIn> = checkins.iter().filter(|c| c.on > today.plus_days(-30) && c.on <= today).collect();
    if !last30.is_empty() {
        out.push(format!("You checked in on {} of the last 30 days.", last30.len()));
        let reached = last30.iter().filter(|c| c.contact == ContactToday::IReachedOut).count();
        if reached > 0 {
            out.push(format!(
                "You reached out on {reached} of those days. Each one is information about what sets it off, not a failure."
            ));
        }
    }
    if let Some(n) = longest_streak.filter(|n| *n > 0) {
        out.push(format!("Your longest stretch without contact so far: {n} {}.", if n == 1 { "day" } else { "days" }));
    }
    out
}

// A realistic, seeded data set for the bench: daily check-ins over a span
// of days, journal entries of realistic length, urges, slips, skill ratings,
// prompt answers, unsent letters, messages and their replies, and finished
// assessments. The same seed always gives the same document, so figures are
// comparable between runs.
//   import { generate } from './bench-data.mjs'; generate({ days: 365, entries: 300 })
// `paragraphs: [min, max]` sets how long journal entries run; the bench's
// large set (three years, 1,000 long entries) comes to about 3 MB, most of
// what a browser lets one site keep in localStorage.

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'today I woke up early and thought about us again the kitchen was quiet I made coffee and wrote here instead of ' +
  'texting walked to the park with Sam talked about work felt lighter for an hour then the song came on and it hurt ' +
  'I noticed the urge and let it pass I am learning to sit with it my sister called we laughed about the café ' +
  'I miss the small things more than the big ones still I can see now how often I went quiet when I was hurt ' +
  'tomorrow I want to cook a proper dinner go for a swim and read before bed'
).split(' ');

const DAY = 86_400_000;

function iso(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

export function generate({ days = 365, entries = 300, paragraphs = [1, 1], end = Date.UTC(2026, 10, 30, 19), seed = 7 } = {}) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = (min, max) => {
    const n = min + Math.floor(rand() * (max - min));
    const words = Array.from({ length: n }, () => pick(WORDS));
    return words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 5) }, () => sentence(8, 22)).join(' ');

  const checkins = [];
  for (let i = days - 1; i >= 0; i--) {
    if (rand() < 0.08) continue; // missed days
    const at = end - i * DAY;
    const progress = 1 - i / days;
    checkins.push({
      on: iso(at),
      mood: Math.max(1, Math.min(5, Math.round(2 + progress * 2 + (rand() - 0.5) * 2))),
      urge: Math.max(0, Math.min(10, Math.round(8 - progress * 5 + (rand() - 0.5) * 4))),
      contact: rand() < 0.03 ? 'i-reached-out' : rand() < 0.02 ? 'they-reached-out' : 'none',
      line: rand() < 0.4 ? sentence(4, 12) : '',
      at,
      updated_at: at,
    });
  }
  const journal = [];
  for (let i = 0; i < entries; i++) {
    const at = end - Math.floor(rand() * days * DAY);
    const prompt = rand() < 0.15 ? pick(['tomorrow', 'same-person', 'my-part', 'unsaid', 'where-i-was']) : null;
    journal.push({
      id: `j-${at}-${i}`,
      created_at: at,
      updated_at: at,
      text: Array.from({ length: paragraphs[0] + Math.floor(rand() * (paragraphs[1] - paragraphs[0] + 1)) }, paragraph).join('\n\n'),
      ...(prompt ? { origin: { stage: 'work-on-yourself', prompt } } : {}),
    });
  }
  journal.sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : -1));
  const urges = Array.from({ length: Math.round(days / 2) }, (_, i) => {
    const at = end - Math.floor(rand() * days * DAY);
    return {
      id: `u-${i}`,
      at,
      on: iso(at),
      hour: pick([21, 22, 23, 23, 0, 0, 1, 2, 13, 18]),
      intensity: 3 + Math.floor(rand() * 8),
      outcome: rand() < 0.85 ? 'held-on' : 'reached-out',
    };
  }).sort((a, b) => a.at - b.at);
  const slips = urges.filter((u) => u.outcome === 'reached-out').map((u, i) => ({ id: `s-${i}`, at: u.at, on: u.on, kind: 'texted' }));
  const ratings = [];
  for (const skill of ['emotional-control', 'communication', 'boundaries', 'self-worth']) {
    for (let w = Math.floor(days / 7) - 1; w >= 0; w--) {
      const at = end - w * 7 * DAY;
      ratings.push({ id: `r-${skill}-${w}`, skill, at, on: iso(at), value: Math.max(1, Math.min(5, Math.round(2 + (1 - w / (days / 7)) * 2 + (rand() - 0.5)))) });
    }
  }
  ratings.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  // Letters written instead of sending them, about one a fortnight.
  const unsent = Array.from({ length: Math.round(days / 14) }, (_, i) => {
    const at = end - Math.floor(rand() * days * DAY);
    return { id: `m-${i}`, at, text: Array.from({ length: 1 + Math.floor(rand() * 3) }, paragraph).join('\n\n') };
  }).sort((a, b) => a.at - b.at);
  // A first message and the exchange that followed, in the last months.
  const messages = Array.from({ length: Math.min(60, Math.round(days / 10)) }, (_, i) => {
    const at = end - (60 - i) * DAY / 2;
    const mine = i % 2 === 0;
    return {
      id: `msg-${i}`,
      at,
      from: mine ? 'me' : 'them',
      text: sentence(6, 30),
      ...(mine ? {} : { tone: pick(['warm', 'neutral', 'short', 'cold']), feeling: sentence(3, 10) }),
      updated_at: at,
    };
  });
  // The same three questions answered a few times over the months.
  const assessments = [];
  for (let i = 0; i < Math.max(1, Math.round(days / 120)); i++) {
    const at = end - Math.floor((i + 0.5) * 120 * DAY);
    assessments.push({
      id: `a-${at}-${i}`,
      kind: pick(['should-you-try', 'reality-check', 'they-came-back']),
      completed_at: at,
      answers: { chosen: { motives: ['lonely', 'own'], healthy: ['mixed'], best: ['sometimes'] }, notes: { 'motives:own': sentence(6, 14) }, updated_at: at },
    });
  }
  assessments.sort((a, b) => a.completed_at - b.completed_at || (a.id < b.id ? -1 : 1));
  return {
    app: 'unlost',
    version: 3,
    saved_at: end,
    data: {
      journal,
      checkins,
      no_contact: { started_on: iso(end - days * DAY), urges, slips, unsent, updated_at: end },
      self_work: { ratings },
      first_message: { worth_saving: true, acknowledged_at: end - 40 * DAY, messages },
      assessments,
    },
  };
}

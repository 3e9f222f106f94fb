// Check-ins, insights with a year of data, the timeline's search, and the
// readable exports: Markdown, a print layout, and a calendar reminder that a
// real iCalendar parser (Mozilla's ical.js) accepts and expands correctly.
import ICAL from 'ical.js';
import { test, expect, openApp, expectNoAxeViolations, downloadText, STORE_KEY } from './fixtures.js';

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin' });

const TODAY = new Date('2026-11-30T20:00:00+01:00');
const DAY = 24 * 60 * 60 * 1000;

function iso(ms) {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A year of daily check-ins (mood slowly rising, urge easing), with a few
 *  days missing, some urges at night, and writing to search. */
function yearDocument() {
  const checkins = [];
  for (let i = 364; i >= 0; i--) {
    if (i % 17 === 5) continue; // missed days stay gaps
    const at = TODAY.getTime() - i * DAY;
    const recent = i < 14;
    checkins.push({
      on: iso(at), mood: recent ? 4 : i < 28 ? 2 : 3, urge: recent ? 2 : i < 28 ? 8 : 5,
      contact: i === 3 ? 'i-reached-out' : 'none', line: i === 0 ? 'Walked by the café, felt steady.' : '',
      at, updated_at: at,
    });
  }
  const urges = [22, 23, 23, 0, 0, 1, 23, 15].map((hour, i) => ({
    id: `u${i}`, at: TODAY.getTime() - i * DAY, on: iso(TODAY.getTime() - i * DAY), hour, intensity: 7, outcome: 'held-on',
  }));
  const journal = [
    { id: 'j1', created_at: TODAY.getTime() - 40 * DAY, updated_at: 0, text: 'Our CAFÉ on the corner. I cried a bit.' },
    { id: 'j2', created_at: TODAY.getTime() - 2 * DAY, updated_at: 0, text: 'The <script>x</script> bakery next to the cafe closed.' },
    { id: 'j3', created_at: TODAY.getTime() - 9 * DAY, updated_at: 0, text: '# Not a heading\nJust my words.' },
    { id: 'j0', created_at: TODAY.getTime() - 362 * DAY, updated_at: 0, text: 'First week on my own. Bought a lemon tree for the balcony.' },
  ];
  return {
    app: 'unlost', version: 3, saved_at: TODAY.getTime(),
    data: {
      journal, checkins,
      no_contact: { started_on: iso(TODAY.getTime() - 60 * DAY), urges, slips: [{ id: 's1', at: TODAY.getTime() - 20 * DAY, on: iso(TODAY.getTime() - 20 * DAY), kind: 'texted' }], updated_at: 1 },
    },
  };
}

async function seed(page, doc) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORE_KEY, JSON.stringify(doc)]);
}

test('a check-in in a few taps, once a day and editable, prompted on the home screen', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await openApp(page, '/');
  await expect(page.getByTestId('checkin-prompt')).toContainText('How are you today?');
  await page.getByRole('link', { name: 'Check in (20 seconds)' }).click();
  await page.getByLabel('Low', { exact: true }).check();
  await page.getByLabel('The urge to contact them, right now').fill('7');
  await page.getByLabel('No contact', { exact: true }).check();
  await page.getByLabel('One line about today (optional)').fill('Long day at work.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved for today' })).toBeVisible();
  await expectNoAxeViolations(page, 'check-in');
  // Editing the same day replaces, never duplicates.
  await page.reload();
  await expect(page.getByLabel('Low', { exact: true })).toBeChecked();
  await page.getByLabel('Okay', { exact: true }).check();
  await page.getByRole('button', { name: "Update today's check-in" }).click();
  await page.goto('/');
  await expect(page.getByTestId('checkin-prompt')).toContainText('Checked in today: okay.');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), STORE_KEY);
  expect(stored.data.checkins).toHaveLength(1);
  expect(stored.data.checkins[0]).toMatchObject({ mood: 3, urge: 7, line: 'Long day at work.' });
});

test('insights over a year: charts with gaps, tables, and observations from the data', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await seed(page, yearDocument());
  await openApp(page, '/insights');
  const obs = page.getByTestId('observations');
  await expect(obs).toContainText('Your urges to contact them peak between 10pm and 1am (6 of 8)');
  await expect(obs).toContainText('Your mood has risen over the last four weeks, from about 2.0 to 4.0 out of 5.');
  await expect(obs).toContainText('The urge to contact them has eased over the last four weeks');
  const mood = page.getByTestId('mood-chart');
  // 30 days with two missed: the line breaks at each gap.
  expect(await mood.locator('polyline').count()).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'A year' }).click();
  await expect(page.getByRole('button', { name: 'A year' })).toHaveAttribute('aria-pressed', 'true');
  await expect(mood.locator('figcaption')).toContainText(/over 34\d check-ins/);
  await page.getByText('Show mood as a table').click();
  await expect(page.locator('.chart-table').first().locator('tbody tr')).toHaveCount(53);
  await expect(page.getByTestId('hours-chart')).toContainText('8 urges logged; the most around 11pm.');
  await expect(page.getByTestId('streaks-chart')).toContainText('2 stretches, the longest 40 days; 1 slip between them.');
  await expectNoAxeViolations(page, 'insights with a year of data');
});

test('the timeline finds writing whatever the case or accents, and filters by kind', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await seed(page, yearDocument());
  await openApp(page, '/timeline');
  const search = page.getByLabel('Search your writing');
  await search.fill('cafe');
  const items = page.getByTestId('timeline').locator('li');
  await expect(items).toHaveCount(3);
  await expect(page.getByTestId('timeline-count')).toHaveText('3 items');
  await search.fill('CAFÉ bakery');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('The <script>x</script> bakery');
  // An entry from the very first week of the year is found too.
  await search.fill('LEMON');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Bought a lemon tree');
  await search.fill('');
  await page.getByLabel('Kind').selectOption('check-in');
  await expect(page.getByTestId('timeline-count')).toHaveText(/^34\d items$/);
  await expect(items).toHaveCount(50);
  await page.getByRole('button', { name: /Show more/ }).click();
  await expect(items).toHaveCount(100);
  await expectNoAxeViolations(page, 'timeline');
});

test('my writing downloads as readable Markdown, and pages print cleanly', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await seed(page, yearDocument());
  await openApp(page, '/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my writing (Markdown)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('unlost-my-writing-2026-11-30.md');
  const md = await downloadText(download);
  expect(md).toMatch(/^# My writing in Unlost\n/);
  expect(md).toContain('## Journal');
  expect(md).toContain('\\# Not a heading');
  expect(md.indexOf('Our CAFÉ')).toBeLessThan(md.indexOf('bakery next to the cafe'));
  expect(md).toContain('## Check-in notes');

  await page.goto('/journal');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('textarea').first()).toBeHidden();
  await expect(page.locator('.entry-text').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('a daily reminder file that a calendar parser accepts, at the right time across a clock change', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await openApp(page, '/settings');
  await page.getByLabel('Time of day').fill('21:30');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add a daily check-in reminder to my calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('unlost-daily-check-in.ics');
  const text = await downloadText(download);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zoneComponent = calendar.getFirstSubcomponent('vtimezone');
  expect(zoneComponent.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
  const zone = new ICAL.Timezone(zoneComponent);
  ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
  expect(event.summary).toBe('A moment for yourself');
  expect(event.component.getFirstPropertyValue('rrule').freq).toBe('DAILY');
  expect(event.startDate.toString()).toBe('2026-11-30T21:30:00');
  // Expand: 21:30 in Berlin stays 21:30 local, before and after the clocks go forward.
  const it = event.iterator();
  const seen = [];
  for (let next = it.next(); next && seen.length < 150; next = it.next()) seen.push(next);
  const utc = (t) => t.convertToZone(ICAL.Timezone.utcTimezone).toString();
  expect(utc(seen[0])).toBe('2026-11-30T20:30:00Z');
  // Berlin moves its clocks forward on Sunday 28 March 2027.
  const march27 = seen.find((t) => t.month === 3 && t.day === 27);
  const march28 = seen.find((t) => t.month === 3 && t.day === 28);
  expect(march27.toString()).toBe('2027-03-27T21:30:00');
  expect(utc(march27)).toBe('2027-03-27T20:30:00Z');
  expect(utc(march28)).toBe('2027-03-28T19:30:00Z');
});

import { en, people, program, type Tour } from './tour.ts';

interface FiguresRow {
  matchId: string;
  mentor: { participantId: string; name: string };
}

const DAY = 86_400_000;

/**
 * What follows a match once it is active: the coordinator's follow-through figures and the
 * program's calendar, the mentor's reliability (at home and on their details page), the bell
 * with its notices, and the mentor's reminder settings and private calendar link.
 */
export async function checkConsistencyPages(tour: Tour): Promise<void> {
  const { ids, pages } = tour;
  const cora = pages.coordinator!;
  const milo = pages.mentor!;
  const mia = pages.mentee!;

  // Mia plans one meeting nine days on (through the API: the schedule's own pages are walked
  // elsewhere); Milo is told of it in the app.
  const [row] = await tour.api(cora)<FiguresRow[]>('GET', `/api/programs/${ids.program}/consistency`);
  const day = new Date(Date.now() + 9 * DAY).toISOString().slice(0, 10);
  await tour.api(mia)('POST', `/api/matches/${row!.matchId}/meetings`, {
    localStart: `${day}T07:15`,
    timeZone: 'Europe/London',
    durationMinutes: 30,
  });

  // The figures, opened from the program page, then sorted by the pair's names.
  const consistency = { route: '/programs/$programId/consistency', heading: en('consistency.title', { program }) };
  await tour.visit(cora, `/programs/${ids.program}`, {
    route: '/programs/$programId',
    heading: program,
    state: 'links to follow-through',
  });
  await cora.getByRole('link', { name: en('consistency.link') }).click();
  await cora.getByRole('table').waitFor();
  await tour.check(cora, { ...consistency, state: 'one active match, worst first' });
  await cora.getByRole('button', { name: en('consistency.columns.pair') }).click();
  await cora
    .getByRole('columnheader', { name: en('consistency.columns.pair') })
    .and(cora.locator('[aria-sort]'))
    .waitFor();
  await tour.check(cora, { ...consistency, state: 'sorted by pair' });

  // The program's calendar in the meeting's month, then the next month.
  const calendar = { route: '/programs/$programId/calendar', heading: en('programCalendar.title', { program }) };
  await cora.getByRole('link', { name: en('programCalendar.link') }).click();
  await tour.check(cora, { ...calendar, state: 'this month' });
  await tour.visit(cora, `/programs/${ids.program}/calendar?month=${day.slice(0, 7)}`, {
    ...calendar,
    state: 'the month of the meeting',
  });
  const names = { mentee: people.mentee.name, mentor: people.mentor.name };
  await cora
    .getByRole('link', { name: en('consistency.openSchedule', names) })
    .first()
    .waitFor();
  await cora.getByRole('button', { name: en('programCalendar.next') }).click();
  await cora.waitForURL((url) => url.searchParams.get('month') !== day.slice(0, 7));
  await tour.check(cora, { ...calendar, state: 'the month after' });

  // The mentor's reliability as staff see it, on the mentor's details page.
  await tour.visit(cora, `/participants/${row!.mentor.participantId}`, {
    route: '/participants/$participantId',
    heading: people.mentor.name,
    state: 'staff, with the mentor’s reliability',
  });
  await cora.getByRole('heading', { name: en('reliability.staffTitle', { name: people.mentor.name }) }).waitFor();

  // Milo at home sees his own reliability, and the bell tells him of Mia's meeting.
  const home = { route: '/', heading: en('home.welcome', { name: people.mentor.name }) };
  await tour.visit(milo, '/', { ...home, state: 'mentor with reliability' });
  await milo.getByRole('heading', { name: en('reliability.mineTitle') }).waitFor();
  await milo.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).click();
  const bell = milo.getByRole('dialog', { name: en('notifications.title') });
  await bell.getByRole('link').first().waitFor();
  await tour.check(milo, { ...home, state: 'notifications open' });
  await bell.getByRole('button', { name: en('notifications.markAllRead') }).click();
  await milo.getByRole('button', { name: en('notifications.bellLabel_other', { count: '0' }) }).waitFor();
  await milo.keyboard.press('Escape');

  const notices = { route: '/notifications', heading: en('notifications.title') };
  await tour.visit(milo, '/notifications', { ...notices, state: 'all read' });

  // Reminders: five times chosen where four are allowed, then four saved.
  const reminders = { route: '/account/reminders', heading: en('reminders.title') };
  await tour.visit(milo, '/account', { route: '/account', heading: en('account.title'), state: 'link to reminders' });
  await milo.getByRole('link', { name: en('reminders.link') }).click();
  await tour.check(milo, { ...reminders, state: 'the usual reminders' });
  const before = (time: string) => milo.getByRole('checkbox', { name: en('reminders.before', { time }) });
  await before(en('reminders.minutes_other', { count: '15' })).check();
  await before(en('reminders.hours_other', { count: '3' })).check();
  await before(en('reminders.days_other', { count: '2' })).check();
  await milo.getByRole('button', { name: en('reminders.save') }).click();
  await milo.getByText(en('reminders.tooMany_other', { count: '4' })).waitFor();
  await tour.check(milo, { ...reminders, state: 'too many reminders' });
  await before(en('reminders.minutes_other', { count: '15' })).uncheck();
  await milo.getByRole('switch', { name: en('reminders.quietHours') }).check();
  await milo.getByRole('button', { name: en('reminders.save') }).click();
  await milo.getByText(en('reminders.saved')).waitFor();
  await tour.check(milo, { ...reminders, state: 'saved with quiet hours' });

  // The private calendar link: made (shown once), then turned off.
  await milo.getByRole('button', { name: en('calendarFeed.create') }).click();
  await milo.getByRole('textbox', { name: en('calendarFeed.address') }).waitFor();
  await tour.check(milo, { ...reminders, state: 'a new calendar link shown once' });
  await milo.getByRole('button', { name: en('calendarFeed.turnOff') }).click();
  await milo.getByRole('button', { name: en('calendarFeed.turnOffConfirm') }).click();
  await milo.getByText(en('calendarFeed.isOff')).waitFor();
}

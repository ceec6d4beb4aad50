import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';

/** One occurrence as a calendar app would show it. */
export interface Occurrence {
  uid: string;
  /** ISO instant. */
  start: string;
  end: string;
  cancelled: boolean;
  location: string | null;
  summary: string;
}

const byStart = (a: Occurrence, b: Occurrence) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid);

/**
 * Every occurrence ical.js finds in a calendar: VTIMEZONEs registered with its TimezoneService,
 * exceptions related to their master by UID, recurring events expanded by its iterator.
 */
export function occurrencesByIcalJs(text: string, until: Date): Occurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const byUid = new Map<string, ICAL.Component[]>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    byUid.set(uid, [...(byUid.get(uid) ?? []), vevent]);
  }
  const found: Occurrence[] = [];
  for (const [uid, components] of byUid) {
    const master = components.find((c) => !c.hasProperty('recurrence-id'));
    if (!master) throw new Error(`${uid}: exceptions without a master event`);
    // Exceptions passed by hand: otherwise ical.js relates every RECURRENCE-ID in the calendar, whatever its UID.
    const exceptions = components.filter((c) => c !== master);
    const event = new ICAL.Event(master, { strictExceptions: true, exceptions });
    const describe = (item: ICAL.Event, start: ICAL.Time, end: ICAL.Time): Occurrence => ({
      uid,
      start: start.toJSDate().toISOString(),
      end: end.toJSDate().toISOString(),
      cancelled: item.component.getFirstPropertyValue('status') === 'CANCELLED',
      location: item.location ?? null,
      summary: item.summary,
    });
    if (!event.isRecurring()) {
      found.push(describe(event, event.startDate, event.endDate));
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.toJSDate() <= until; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      found.push(describe(details.item, details.startDate, details.endDate));
    }
  }
  return found.sort(byStart);
}

/**
 * Every occurrence node-ical finds: its parser (rrule, recurrences keyed by RECURRENCE-ID,
 * exdate) and its own expansion of a recurring event, overrides applied and EXDATEs left out.
 */
export function occurrencesByNodeIcal(text: string, from: Date, until: Date): Occurrence[] {
  const parsed = nodeIcal.sync.parseICS(text);
  const found: Occurrence[] = [];
  for (const component of Object.values(parsed)) {
    if (component?.type !== 'VEVENT') continue;
    const event = component as VEvent;
    for (const instance of nodeIcal.expandRecurringEvent(event, { from, to: until })) {
      const item = instance.event;
      found.push({
        uid: event.uid,
        start: new Date(instance.start).toISOString(),
        end: new Date(instance.end).toISOString(),
        cancelled: item.status === 'CANCELLED',
        location: typeof item.location === 'string' ? item.location : null,
        summary: typeof instance.summary === 'string' ? instance.summary : String(instance.summary),
      });
    }
  }
  return found.sort(byStart);
}

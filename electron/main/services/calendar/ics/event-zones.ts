// Which clock a DTSTART or DTEND is read on. A TZID is believed in this order: an IANA name (Google, Apple, also
// behind a `/mozilla.org/…/` prefix), a Windows name (Outlook, Exchange), the file's own VTIMEZONE of that name
// (Outlook's "Customized Time Zone", display names such as "(UTC+01:00) Amsterdam, Berlin, …"), and else the user's
// own clock, as RFC 5545 says of times without a zone ("floating").
import ICAL from 'ical.js';
import type { JcalComponent } from './calendar-components';
import { ianaOfWindowsZone } from './windows-zones';
import { wallMs, type WallTime } from './wall-time';
import { isIanaZone, ZoneClock } from './zone-clock';

/** A clock a wall time can be read on, giving the instant it means. */
export interface WallClock {
  epochOfWall(wall: WallTime): number;
}

const UTC_CLOCK: WallClock = { epochOfWall: wallMs };

/** Zone clocks are pure and remember offsets: shared between reads, so a reread of a watched file starts warm. */
const zoneClocks = new Map<string, ZoneClock>();

export function zoneClockOf(timeZone: string): ZoneClock {
  let clock = zoneClocks.get(timeZone);
  if (!clock) {
    clock = new ZoneClock(timeZone);
    zoneClocks.set(timeZone, clock);
  }
  return clock;
}

class VtimezoneClock implements WallClock {
  constructor(private readonly zone: ICAL.Timezone) {}

  epochOfWall(wall: WallTime): number {
    return new ICAL.Time({ ...wall, isDate: false }, this.zone).toUnixTime() * 1000;
  }
}

export class EventZones {
  private readonly byTzid = new Map<string, WallClock>();
  private readonly userClock: ZoneClock;

  /** `vtimezones`: the file's VTIMEZONE components (jCal), read only for a TZID that names no known zone. */
  constructor(
    userTimeZone: string,
    private readonly vtimezones: ReadonlyMap<string, JcalComponent>,
  ) {
    this.userClock = zoneClockOf(userTimeZone);
  }

  /** The clock for a value with `tzid` (the TZID parameter, if any) that is `utc` when it ended in `Z`. */
  clockOf(tzid: string | undefined, utc: boolean): WallClock {
    if (utc) return UTC_CLOCK;
    if (!tzid) return this.userClock;
    let clock = this.byTzid.get(tzid);
    if (!clock) {
      clock = this.resolve(tzid);
      this.byTzid.set(tzid, clock);
    }
    return clock;
  }

  private resolve(tzid: string): WallClock {
    const name = tzid.trim().replace(/^"|"$/g, '');
    const iana = ianaNameIn(name) ?? ianaOfWindowsZone(name);
    if (iana) return zoneClockOf(iana);
    const vtimezone = this.vtimezones.get(tzid) ?? this.vtimezones.get(name);
    if (vtimezone) {
      try {
        return new VtimezoneClock(new ICAL.Timezone({ component: new ICAL.Component(vtimezone), tzid: name }));
      } catch {
        // A VTIMEZONE ical.js cannot use: the times are read as floating, like those of a TZID without one.
      }
    }
    return this.userClock;
  }
}

/** `Europe/Berlin`, also from `/mozilla.org/20070129_1/Europe/Berlin` or `/citadel.org/20190914_1/Europe/Berlin`. */
function ianaNameIn(name: string): string | undefined {
  if (isIanaZone(name)) return name;
  if (!name.startsWith('/')) return undefined;
  const parts = name.split('/').filter(Boolean);
  for (let take = Math.min(3, parts.length); take >= 1; take--) {
    const candidate = parts.slice(-take).join('/');
    if (isIanaZone(candidate)) return candidate;
  }
  return undefined;
}

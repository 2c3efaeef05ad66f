// Strings seen in the journal and in the router's answers, so that generated payloads can name things that exist:
// a contact's id for `contactId`, the undo token an earlier delete handed out, a backup's name. Without them almost
// every call that names a record would end at `notFound`, and the services behind it would go unexercised.
import type { z } from 'zod';

/**
 * What a payload field's name says about the strings that suit it: an id-like field names a record (`contactIds` a
 * contact, `groupId` a group, `id` its domain's record); any other field suits what the answers hold under its name
 * (an export's `content` for an import's `content`, a `date` for a `date`).
 */
export type Reference = { names: string[] } | { key: string };

const idLikeKey = /(^id$|Ids?$|Token$|^name$)/;

/**
 * Where a payload's field name and the answers' names for the same thing differ. A checklist item is filed under
 * its checklist or phase, never as `item`: `items` is the journal page's list of encounters.
 */
const answerNames: Record<string, string[]> = {
  member: ['member', 'contact'],
  attendee: ['attendee', 'contact'],
  organiser: ['organiser', 'contact'],
  expected: ['expected', 'contact'],
  meet: ['meet', 'contact'],
  by: ['contact'],
  item: ['checklist', 'before', 'during', 'after'],
};

/** What the name of the payload field `key` of `channel` says about the strings that suit it. */
export function referenceOf(channel: string, key: string): Reference {
  if (!idLikeKey.test(key)) return { key: key.toLowerCase() };
  const base = key.replace(/(Ids?|Token)$/, '');
  const words = base.split(/(?=[A-Z])/);
  const stem = (base === 'id' || base === 'name' ? (channel.split(':')[0] ?? '').replace(/s$/, '') : (words[words.length - 1] ?? '')).toLowerCase();
  return { names: answerNames[stem] ?? [stem] };
}

interface Entry {
  text: string;
  /** The key it was found under, the key of the record around it and that record's `kind`. */
  near: string;
  /** The answer's channel domain and every key and `kind` above it. */
  anywhere: string;
  /** The keys it was found under. */
  keys: Set<string>;
  idLike: boolean;
}

export class StringPool {
  private readonly entries = new Map<string, Entry>();

  /** `machinePaths`: data folders, whose paths come from the machine and so must not reach a payload. */
  constructor(private readonly machinePaths: readonly string[]) {}

  /** Takes in every string of `value`, an answer of `channel`. */
  harvest(value: unknown, channel: string): void {
    const domain = (channel.split(':')[0] ?? '').toLowerCase();
    this.walk(value, { key: domain, container: domain, kind: '', above: domain });
  }

  private walk(value: unknown, where: { key: string; container: string; kind: string; above: string }): void {
    if (typeof value === 'string') {
      if (this.machinePaths.some((path) => value.includes(path)) || value.length > 200_000) return;
      const near = `${where.key} ${where.container} ${where.kind}`.toLowerCase();
      const entry = this.entries.get(value);
      if (!entry) {
        this.entries.set(value, { text: value, near, anywhere: where.above, keys: new Set([where.key.toLowerCase()]), idLike: idLikeKey.test(where.key) });
      } else {
        entry.keys.add(where.key.toLowerCase());
        if (!entry.near.includes(near)) entry.near += `|${near}`;
        if (!entry.anywhere.includes(where.above)) entry.anywhere += `|${where.above}`;
        entry.idLike ||= idLikeKey.test(where.key);
      }
    } else if (Array.isArray(value)) {
      for (const element of value) this.walk(element, where);
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const kind = typeof record.kind === 'string' ? record.kind : '';
      const above = `${where.above} ${where.key} ${kind}`.toLowerCase();
      // A backup's time is its file's time, which comes from the machine's clock.
      const isBackupInfo = typeof record.bytes === 'number';
      for (const [field, fieldValue] of Object.entries(record)) {
        if (!(isBackupInfo && field === 'createdAt')) this.walk(fieldValue, { key: field, container: where.key, kind, above });
      }
    }
  }

  snapshot(): PoolSnapshot {
    return new PoolSnapshot([...this.entries.values()].map((entry) => ({ ...entry, keys: new Set(entry.keys) })));
  }
}

/** Whether one of `names` is a word of `context`, give or take a plural, an `Id` or `Token` and a prefix (`networkGroup`). */
function filedUnder(context: string, names: readonly string[]): boolean {
  return context
    .split(/[\s|]+/)
    .map((word) => word.replace(/(ids|id|s|token)$/, ''))
    .some((word) => word !== '' && names.some((name) => word.endsWith(name)));
}

/** The pool as it was when a call was made; it never changes, so what fits a leaf is worked out once. */
export class PoolSnapshot {
  private readonly fitting = new Map<z.ZodType, Map<string, string[][]>>();

  constructor(private readonly entries: readonly Entry[]) {}

  /**
   * The `index`th string `schema` accepts: for a record mostly one filed under its names close by, sometimes one
   * filed under them further up, any id, or any string at all; for other text mostly one found under the same key,
   * otherwise any string. Undefined when none fits.
   */
  pick(schema: z.ZodType, reference: Reference, index: number): string | undefined {
    const tiers = this.tiers(schema, reference);
    const start = 'names' in reference ? ([0, 0, 0, 1, 2, 3][index % 6] ?? 0) : ([0, 0, 0, 1, 1, 1][index % 6] ?? 0);
    for (const tier of tiers.slice(start)) if (tier.length > 0) return tier[Math.floor(index / 6) % tier.length];
    return undefined;
  }

  private tiers(schema: z.ZodType, reference: Reference): string[][] {
    let byReference = this.fitting.get(schema);
    if (!byReference) this.fitting.set(schema, (byReference = new Map()));
    const cacheKey = 'names' in reference ? `names ${reference.names.join()}` : `key ${reference.key}`;
    let tiers = byReference.get(cacheKey);
    if (!tiers) {
      const accepted = this.entries.filter((entry) => schema.safeParse(entry.text).success);
      const ids = accepted.filter((entry) => entry.idLike);
      const filed = (where: 'near' | 'anywhere', names: string[]) => ids.filter((entry) => filedUnder(entry[where], names));
      const candidates =
        'names' in reference
          ? [filed('near', reference.names), filed('anywhere', reference.names), ids, accepted]
          : [accepted.filter((entry) => entry.keys.has(reference.key)), accepted];
      tiers = candidates.map((entries) => entries.map((entry) => entry.text));
      byReference.set(cacheKey, tiers);
    }
    return tiers;
  }
}

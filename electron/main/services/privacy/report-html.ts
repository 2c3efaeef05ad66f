// A person's report as a page to print or hand over: one self-contained HTML file in the user's language. It loads
// nothing and runs nothing (its Content-Security-Policy allows inline styles and data: images only), and every piece
// of text from the journal goes through `escapeHtml`, so a note holding markup shows as the text it is.
import { longDate, splitPartialDate } from '../../../../shared/dates';
import { content } from '../../../../shared/content';
import { displayName, type Contact, type Language } from '../../../../shared/model';
import type { CampaignEntry, EncounterEntry, PersonData } from './person-data';
import type { ReportWords } from './report-words';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** "12. März", "March 12"; with the year when it is known ("12. März 1980"). */
function partialDate(value: string, language: Language): string {
  const { year, month, day } = splitPartialDate(value);
  if (year !== undefined) return longDate(value, language);
  return new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, day));
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
:root { color-scheme: light; }
body { font: 11pt/1.45 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 180mm; padding: 12mm 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 18pt 0 6pt; padding-bottom: 2pt; border-bottom: 1px solid #555; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; }
.intro { font-size: 12pt; }
.note, footer { color: #444; font-size: 9.5pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 12pt; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0; padding-left: 16pt; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; }
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: 3pt 5pt; border-bottom: 1px solid #bbb; }
th { border-bottom: 1.5px solid #555; }
tr { break-inside: avoid; }
.text { white-space: pre-wrap; overflow-wrap: break-word; }
td.wide { width: 30%; }
table + table, table + p { margin-top: 10pt; }
.empty { font-style: italic; }
footer { margin-top: 24pt; }
`;

export interface HtmlHeader {
  language: Language;
  generatedAt: string;
  today: string;
  appVersion: string;
}

export function personReportHtml(data: PersonData, w: ReportWords, header: HtmlHeader): string {
  const lang = header.language;
  const date = (value: string) => escapeHtml(longDate(value, lang));
  const text = (value: string) => `<span class="text">${escapeHtml(value)}</span>`;
  const list = (values: readonly string[]) => escapeHtml(values.join(', '));
  const empty = (sentence: string) => `<p class="empty">${escapeHtml(sentence)}</p>`;
  const section = (heading: string, body: string) => `<section>\n<h2>${escapeHtml(heading)}</h2>\n${body}\n</section>`;
  const table = (head: string[], rows: string[][], wideColumn = -1) =>
    `<table>\n<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows
      .map((cells) => `<tr>${cells.map((cell, at) => (at === wideColumn ? `<td class="wide">${cell}</td>` : `<td>${cell}</td>`)).join('')}</tr>`)
      .join('\n')}\n</tbody>\n</table>`;
  const name = displayName(data.contact);

  const encounterTable = (entries: EncounterEntry[]) =>
    table(
      [w.date, w.type, w.place, w.topics, w.note, w.followUp, w.others],
      entries.map((e) => [
        date(e.date) + (e.timeOfDay ? `<br>${escapeHtml(w.timeOfDay[e.timeOfDay])}` : ''),
        escapeHtml(w.interactionType[e.type]) +
          (e.pending ? `<br>${escapeHtml(w.pending)}` : '') +
          (e.fromCalendar ? `<br>${escapeHtml(w.fromCalendar)}` : ''),
        escapeHtml(e.place),
        list(e.topics),
        text(e.note),
        e.followUpOn ? date(e.followUpOn) + (e.followUpDone ? ` (${escapeHtml(w.followUpDone)})` : '') : '',
        list(e.othersPresent),
      ]),
      4,
    );
  const campaignTable = (entries: CampaignEntry[]) =>
    table(
      [w.campaign, w.date, w.status, w.gift],
      entries.map((c) => [escapeHtml(w.campaignKind(c.kind, c.occursOn)), date(c.occursOn), escapeHtml(w.giftStatus[c.status]), escapeHtml(c.gift)]),
    );

  const gifts = data.gifts.encounters.length + data.gifts.campaigns.length === 0
    ? empty(w.empty.gifts)
    : [data.gifts.encounters.length ? encounterTable(data.gifts.encounters) : '', data.gifts.campaigns.length ? campaignTable(data.gifts.campaigns) : '']
        .filter(Boolean)
        .join('\n');

  const events = data.events.length
    ? table(
        [w.event, w.type, w.date, w.place, w.role],
        data.events.map((e) => [
          escapeHtml(e.title) + (e.fromCalendar ? `<br>${escapeHtml(w.fromCalendar)}` : ''),
          escapeHtml(w.eventKind[e.eventKind]),
          date(e.date) + (e.endDate && e.endDate !== e.date ? ` – ${date(e.endDate)}` : ''),
          escapeHtml(e.place),
          escapeHtml(e.roles.map((role) => w.roles[role]).join(', ')),
        ]),
      )
    : empty(w.empty.events);

  const reminders = [
    data.reminders.log.length
      ? table(
          [w.type, w.date, w.status],
          data.reminders.log.map((r) => [
            escapeHtml(w.reminderKinds[r.kind]),
            date(r.occursOn),
            escapeHtml(r.status === 'snoozed' && r.snoozedUntil ? w.snoozedUntil(longDate(r.snoozedUntil.slice(0, 10), lang)) : w.reminderStatuses[r.status]),
          ]),
        )
      : '',
    data.reminders.todaySnoozedUntil ? `<p>${escapeHtml(w.todaySnooze(longDate(data.reminders.todaySnoozedUntil, lang)))}</p>` : '',
  ].filter(Boolean);

  const { introducedBy, introduced } = data.introductions;
  const introductions =
    introducedBy || introduced.length
      ? `<dl>${introducedBy ? `<dt>${escapeHtml(w.introducedBy)}</dt><dd>${escapeHtml(introducedBy.name)}</dd>` : ''}${
          introduced.length ? `<dt>${escapeHtml(w.introduced)}</dt><dd>${list(introduced.map((p) => p.name))}</dd>` : ''
        }</dl>`
      : empty(w.empty.introductions);

  const body = [
    section(w.sections.contact, contactDetails(data.contact, data.photoStored, w, lang, date, text, list)),
    section(w.sections.encounters, data.encounters.length ? encounterTable(data.encounters) : empty(w.empty.encounters)),
    section(w.sections.favours, data.favours.length ? encounterTable(data.favours) : empty(w.empty.favours)),
    section(w.sections.gifts, gifts),
    section(w.sections.campaigns, data.campaigns.length ? campaignTable(data.campaigns) : empty(w.empty.campaigns)),
    section(w.sections.events, events),
    section(w.sections.coach, coachDetails(data, w, lang, date, text)),
    section(w.sections.reminders, reminders.length ? reminders.join('\n') : empty(w.empty.reminders)),
    section(w.sections.introductions, introductions),
  ].join('\n');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${w.title}: ${name}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(`${w.title}: ${name}`)}</h1>
<p class="intro">${escapeHtml(w.intro(name, longDate(header.today, lang)))}</p>
<p class="note">${escapeHtml(w.othersNote)}</p>
</header>
<main>
${body}
</main>
<footer>${escapeHtml(`${w.generatedBy(header.appVersion)} · ${header.generatedAt}`)}</footer>
</body>
</html>
`;
}

type Fmt = (value: string) => string;

function contactDetails(contact: Contact, photoStored: boolean, w: ReportWords, lang: Language, date: Fmt, text: Fmt, list: (v: readonly string[]) => string): string {
  const f = w.field;
  const rows: [string, string][] = [];
  const add = (label: string, html: string) => {
    if (html) rows.push([label, html]);
  };
  add(f.firstName, escapeHtml(contact.firstName));
  add(f.lastName, escapeHtml(contact.lastName));
  add(f.role, escapeHtml(contact.role));
  add(f.organisation, escapeHtml(contact.organisation));
  add(f.department, escapeHtml(contact.department));
  add(f.relation, escapeHtml(w.relation[contact.relation]));
  add(f.emails, list(contact.emails));
  add(f.phones, list(contact.phones));
  add(f.tags, list(contact.tags));
  add(f.birthday, contact.birthday ? escapeHtml(partialDate(contact.birthday, lang)) : '');
  add(f.metOn, contact.metOn ? date(contact.metOn) : '');
  add(f.metAt, escapeHtml(contact.metAt));
  add(
    f.sections.family,
    contact.family.length
      ? `<ul>${contact.family
          .map((member) =>
            `<li>${escapeHtml(
              [
                `${member.name} (${w.familyRelation[member.relation]})`,
                member.birthday ? `${f.familyBirthday}: ${partialDate(member.birthday, lang)}` : '',
                member.schoolStart ? `${f.schoolStart}: ${longDate(member.schoolStart, lang)}` : '',
              ]
                .filter(Boolean)
                .join(' · '),
            )}</li>`,
          )
          .join('')}</ul>`
      : '',
  );
  add(
    f.sections.anniversaries,
    contact.anniversaries.length
      ? `<ul>${contact.anniversaries
          .map((a) => `<li>${escapeHtml([w.anniversaryKind[a.kind], a.label, partialDate(a.date, lang)].filter(Boolean).join(' · '))}</li>`)
          .join('')}</ul>`
      : '',
  );
  add(f.interests, list(contact.interests));
  add(f.commonGround, list(contact.commonGround));
  add(f.giftIdeas, list(contact.giftIdeas));
  add(f.canHelpWith, list(contact.canHelpWith));
  add(f.cadenceDays, contact.cadenceDays === undefined ? '' : String(contact.cadenceDays));
  add(f.addressForm, contact.addressForm ? escapeHtml(w.addressForm[contact.addressForm]) : '');
  add(f.notes, contact.notes ? text(contact.notes) : '');
  add(w.photo, escapeHtml(photoStored ? w.photoStored : w.photoNone));
  add(w.archived, contact.archived ? escapeHtml(w.yes) : '');
  add(w.created, date(contact.createdAt.slice(0, 10)));
  add(w.updated, date(contact.updatedAt.slice(0, 10)));
  return `<dl>\n${rows.map(([label, html]) => `<dt>${escapeHtml(label)}</dt><dd>${html}</dd>`).join('\n')}\n</dl>`;
}

function coachDetails(data: PersonData, w: ReportWords, lang: Language, date: Fmt, text: Fmt): string {
  const { attempts, integrationPlans, networkGroups } = data.coach;
  if (attempts.length + integrationPlans.length + networkGroups.length === 0) return `<p class="empty">${escapeHtml(w.empty.coach)}</p>`;
  const parts: string[] = [];
  if (attempts.length) {
    const titleOf = (id: string) => content[lang].challenges.find((c) => c.id === id)?.title ?? id;
    parts.push(
      `<h3>${escapeHtml(w.attempts)}</h3>\n<ul>${attempts
        .map((a) => {
          const lines = [
            `<strong>${escapeHtml(titleOf(a.challengeId))}</strong> · ${escapeHtml(`${w.level} ${a.level}`)} · ${date(a.startedOn)}${
              a.completedOn ? ` – ${date(a.completedOn)}` : ''
            } · ${escapeHtml(w.attemptStatus[a.status])}`,
            escapeHtml(w.discomfort(a.expectedDiscomfort, a.actualDiscomfort)),
            a.expectation ? `${escapeHtml(w.expectation)}: ${text(a.expectation)}` : '',
            a.whatHappened ? `${escapeHtml(w.whatHappened)}: ${text(a.whatHappened)}` : '',
            a.reflection ? `${escapeHtml(w.reflection)}: ${text(a.reflection)}` : '',
          ];
          return `<li>${lines.filter(Boolean).join('<br>')}</li>`;
        })
        .join('\n')}</ul>`,
    );
  }
  for (const plan of integrationPlans) {
    parts.push(
      `<h3>${escapeHtml(w.plans)}</h3>\n<p>${escapeHtml(w.planStart)}: ${date(plan.startDate)}</p>\n<ul>${plan.steps
        .map((s) => `<li>${escapeHtml(`${w.integrationStep[s.step]} – ${s.doneOn ? w.stepDone(longDate(s.doneOn, lang)) : w.stepDue(longDate(s.dueOn, lang))}`)}</li>`)
        .join('')}</ul>`,
    );
  }
  if (networkGroups.length) {
    parts.push(
      `<h3>${escapeHtml(w.networkGroups)}</h3>\n<ul>${networkGroups
        .map((g) =>
          `<li><strong>${escapeHtml(g.name)}</strong>${g.member ? ` · ${escapeHtml(w.member)}` : ''}${
            g.organised.length ? `<br>${escapeHtml(w.organised)}: ${g.organised.map(date).join(', ')}` : ''
          }${g.attended.length ? `<br>${escapeHtml(w.attended)}: ${g.attended.map(date).join(', ')}` : ''}</li>`,
        )
        .join('\n')}</ul>`,
    );
  }
  return parts.join('\n');
}

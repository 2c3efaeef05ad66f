// The report's file name is ASCII, so it survives every file system and mail program.
import { describe, expect, it } from 'vitest';
import { asciiSlug, reportFileName } from '../../../../../electron/main/services/privacy/report-file-name';

describe('the report file name', () => {
  it('writes German letters out and drops accents and everything else', () => {
    expect(asciiSlug('Jürgen Müller-Weiß')).toBe('juergen-mueller-weiss');
    expect(asciiSlug('Zoë  O’Brien')).toBe('zoe-o-brien');
    expect(asciiSlug('<script>/../')).toBe('script');
  });

  it('leaves the slug out when nothing of the name is ASCII', () => {
    expect(reportFileName('auskunft', '王小明', '2026-12-03', 'json')).toBe('auskunft-2026-12-03.json');
    expect(reportFileName('data-report', 'Sabine Keller', '2026-12-03', 'html')).toBe('data-report-sabine-keller-2026-12-03.html');
  });
});

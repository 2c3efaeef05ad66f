// `npm start`'s options.
import { describe, expect, it } from 'vitest';
import { parseStartArgs } from '../../../../electron/start/index.mjs';

describe('parseStartArgs', () => {
  it('starts the desktop app and opens it by default', () => {
    expect(parseStartArgs([])).toEqual({ browser: false, open: true, show: false, restoreBackup: false });
  });

  it('reads --browser, --show and --data FOLDER', () => {
    expect(parseStartArgs(['--browser', '--show', '--data', '/tmp/journal'])).toEqual({ browser: true, open: true, show: true, restoreBackup: false, data: '/tmp/journal' });
  });

  it('takes --no-open to mean the browser shell, which alone has an address to print', () => {
    expect(parseStartArgs(['--no-open'])).toEqual({ browser: true, open: false, show: false, restoreBackup: false });
    expect(parseStartArgs(['--browser', '--no-open', '--data', 'x'])).toEqual({ browser: true, open: false, show: false, restoreBackup: false, data: 'x' });
  });

  it('reads --restore-backup, the browser shell’s agreement to recovery from an older backup', () => {
    expect(parseStartArgs(['--restore-backup'])).toEqual({ browser: false, open: true, show: false, restoreBackup: true });
  });

  it.each([
    [['--bogus'], '--bogus'],
    [['--data'], '--data'],
    [['--browser', 'extra'], 'extra'],
    [['-b'], '-b'],
    [['--data', '/tmp/a', '--Browser', '--also-wrong'], '--Browser'],
  ])('names the first unknown argument of %j', (argv, unknown) => {
    expect(parseStartArgs(argv)).toEqual({ unknown });
  });
});

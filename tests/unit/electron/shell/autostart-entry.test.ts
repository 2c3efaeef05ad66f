import { describe, expect, it } from 'vitest';
import { autostartFilePath, desktopEntryText } from '../../../../electron/main/shell/autostart-entry';

describe('the XDG autostart entry', () => {
  it('lives in the autostart folder of XDG_CONFIG_HOME, or of ~/.config when that is unset or relative', () => {
    expect(autostartFilePath({ XDG_CONFIG_HOME: '/tmp/config' }, '/home/eva')).toBe('/tmp/config/autostart/plausch.desktop');
    expect(autostartFilePath({}, '/home/eva')).toBe('/home/eva/.config/autostart/plausch.desktop');
    expect(autostartFilePath({ XDG_CONFIG_HOME: 'config' }, '/home/eva')).toBe('/home/eva/.config/autostart/plausch.desktop');
  });

  it('starts the program with its arguments and says what it is', () => {
    const text = desktopEntryText({
      command: ['/opt/Plausch/plausch'],
      comment: 'Kontakt-Journal',
      icon: '/opt/Plausch/resources/icon.png',
    });
    expect(text).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Plausch',
        'Comment=Kontakt-Journal',
        'Exec=/opt/Plausch/plausch',
        'Icon=/opt/Plausch/resources/icon.png',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it('quotes paths with spaces and escapes what the Exec key and string values reserve', () => {
    const exec = (command: string[]) =>
      desktopEntryText({ command, comment: '', icon: '' })
        .split('\n')
        .find((line) => line.startsWith('Exec='));
    expect(exec(['/home/eva/My Apps/Plausch.AppImage'])).toBe('Exec="/home/eva/My Apps/Plausch.AppImage"');
    expect(exec(['/usr/bin/electron', '/home/eva/plausch'])).toBe('Exec=/usr/bin/electron /home/eva/plausch');
    expect(exec(['/opt/100%/plausch'])).toBe('Exec=/opt/100%%/plausch');
    // `$` and `"` get one backslash inside the quotes; each backslash is then doubled for the string value.
    expect(exec(['/opt/a$b "c"/plausch'])).toBe('Exec="/opt/a\\\\$b \\\\"c\\\\"/plausch"');
  });

  it('keeps a comment with a line break on one line', () => {
    const text = desktopEntryText({ command: ['plausch'], comment: 'eins\nzwei', icon: 'plausch' });
    expect(text).toContain('Comment=eins\\nzwei\n');
  });
});

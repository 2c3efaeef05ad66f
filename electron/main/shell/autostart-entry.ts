// Start at login on Linux: desktops that follow the XDG autostart spec start every `.desktop` file in
// `~/.config/autostart`. Pure, so the file's exact text is tested without Electron.
import { join } from 'node:path';

export interface AutostartEntry {
  /** The program and its arguments, unquoted. */
  command: readonly string[];
  comment: string;
  icon: string;
}

export function autostartFilePath(env: Record<string, string | undefined>, homeDir: string): string {
  // The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const configHome = env['XDG_CONFIG_HOME']?.startsWith('/') ? env['XDG_CONFIG_HOME'] : join(homeDir, '.config');
  return join(configHome, 'autostart', 'plausch.desktop');
}

/** A string value of a desktop entry: its own escapes for backslash and line breaks. */
function escapeValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

const reservedInExec = /[\s"'\\><~|&;$*?#()`]/;

/**
 * One `Exec` argument: quoted when it holds a reserved character, with `"`, `` ` ``, `$` and `\` escaped inside the
 * quotes; `%` doubled so it is not read as a field code. `escapeValue` then escapes the backslashes once more, as the
 * spec asks for string values.
 */
function execArgument(argument: string): string {
  const literal = argument.replace(/%/g, '%%');
  return reservedInExec.test(literal) ? `"${literal.replace(/(["`$\\])/g, '\\$1')}"` : literal;
}

export function desktopEntryText({ command, comment, icon }: AutostartEntry): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Plausch',
    `Comment=${escapeValue(comment)}`,
    `Exec=${escapeValue(command.map(execArgument).join(' '))}`,
    `Icon=${escapeValue(icon)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

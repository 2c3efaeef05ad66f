// The browser shell as its own process, as `npm start` runs it where Electron cannot: the built `out/web/index.js`
// on a data folder of the test's own, its clock stopped at the test's instant. The test talks to it as the page does,
// over HTTP with the session cookie and the API header.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../../shared/contract';

/** The built browser shell, seen from this file in the repository. */
export function builtShellEntry(): string {
  return resolve(__dirname, '../../../out/web/index.js');
}

export interface ShellProcess {
  /** The address that opens Plausch (it carries the secret). */
  openUrl: string;
  origin: string;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Ctrl+C, as a user quits; resolves with the exit code once everything is written. */
  quit(): Promise<number | null>;
  /** What the shell wrote to stderr, for a failing test's message. */
  errors(): string;
}

export interface ShellStart {
  dataDir: string;
  /** The instant the shell's clock stands at. */
  now: string;
  /** The built `out/web/index.js`, where this file is bundled away from the repository (the benchmark). */
  entry?: string;
}

function waitForAddress(child: ChildProcessWithoutNullStreams, errors: () => string): Promise<string> {
  return new Promise((found, failed) => {
    let output = '';
    const onData = (chunk: string) => {
      output += chunk;
      const line = output.split('\n').find((candidate) => /^http:\/\/127\.0\.0\.1:\d+\/open\?key=[\w-]+$/.test(candidate));
      if (!line) return;
      child.stdout.off('data', onData);
      found(line);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.once('exit', (code) => failed(new Error(`the browser shell exited (${code}) before it served:\n${output}\n${errors()}`)));
  });
}

export async function startShellProcess({ dataDir, now, entry = builtShellEntry() }: ShellStart): Promise<ShellProcess> {
  const child = spawn(process.execPath, [entry, '--no-open'], {
    env: { ...process.env, PLAUSCH_DATA_DIR: dataDir, PLAUSCH_NOW: now, LANG: 'de_DE.UTF-8', LC_ALL: '', TZ: 'Europe/Berlin' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const openUrl = await waitForAddress(child, () => stderr);
  const origin = new URL(openUrl).origin;

  // The cookie, traded for the secret exactly as the browser does.
  const opened = await fetch(openUrl, { redirect: 'manual' });
  const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (opened.status !== 303 || !cookie) throw new Error(`the browser shell did not hand out its cookie (${opened.status})`);

  return {
    openUrl,
    origin,
    async call(channel, input) {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { cookie, 'x-plausch': '1', 'content-type': 'application/json' },
        body: JSON.stringify({ payload: input }),
      });
      const envelope = (await response.json()) as Envelope<unknown>;
      if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.value as never;
    },
    async quit() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      const [code] = await exited;
      return code;
    },
    errors: () => stderr,
  };
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNodeNotifier, type NotificationBackend } from '../../../../electron/main/services/notifier';
import type { Logger } from '../../../../electron/main/store/types';

function recordingWarnings(): Logger & { warnings: unknown[][] } {
  const warnings: unknown[][] = [];
  return { info() {}, error() {}, warn: (...args: unknown[]) => warnings.push(args), warnings };
}

const request = { id: 'r1', title: 'Geburtstag', body: 'Anna hat heute Geburtstag.' };

describe('node-notifier adapter', () => {
  it('passes title and body on and reports shown or clicked', async () => {
    const calls: unknown[] = [];
    const answers: [string, { activationType?: string } | undefined][] = [['', undefined], ['activate', { activationType: 'contentsClicked' }]];
    const backend: NotificationBackend = {
      notify(options, callback) {
        calls.push(options);
        const [response, metadata] = answers.shift()!;
        callback(null, response, metadata);
      },
    };
    const notifier = createNodeNotifier({ log: recordingWarnings(), backend, waitForClick: false, appId: 'de.plausch.app' });

    expect(await notifier.notify(request)).toBe('shown');
    expect(await notifier.notify(request)).toBe('clicked');
    expect(calls[0]).toMatchObject({ title: 'Geburtstag', message: 'Anna hat heute Geburtstag.', wait: false, appID: 'de.plausch.app' });
  });

  it('never hands the system an argument that begins with a dash, which notify-send would read as an option', async () => {
    const calls: { title: string; message: string }[] = [];
    const backend: NotificationBackend = {
      notify(options, callback) {
        calls.push(options);
        callback(null, '');
      },
    };
    const notifier = createNodeNotifier({ log: recordingWarnings(), backend, waitForClick: false });

    await notifier.notify({ id: 'r1', title: '--app-name=x', body: '-i /etc/passwd' });

    expect(calls[0]?.title).not.toMatch(/^-/);
    expect(calls[0]?.message).not.toMatch(/^-/);
    expect(calls[0]?.title).toContain('--app-name=x');
    expect(calls[0]?.message).toContain('-i /etc/passwd');
  });

  it('answers failed without throwing when notify-send is missing or throws, and logs the outage once', async () => {
    const log = recordingWarnings();
    let call = 0;
    const backend: NotificationBackend = {
      notify(_options, callback) {
        call += 1;
        if (call === 1) callback(new Error('notify-send must be installed on the system.'), '');
        else throw new Error('spawn failed');
      },
    };
    const notifier = createNodeNotifier({ log, backend, waitForClick: false });

    expect(await notifier.notify(request)).toBe('failed');
    expect(await notifier.notify(request)).toBe('failed');
    expect(log.warnings).toHaveLength(1);
    expect(String(log.warnings[0]?.[1])).toContain('notify-send');
  });

  describe('with a notification that never answers', () => {
    // The adapter's own timer is the clock here: the test moves it, so how busy the machine is plays no part.
    afterEach(() => {
      vi.useRealTimers();
    });

    it('gives up once the grace time has passed instead of hanging', async () => {
      vi.useFakeTimers();
      const log = recordingWarnings();
      const silent: NotificationBackend = { notify() {} };
      const notifier = createNodeNotifier({ log, backend: silent, waitForClick: false, graceMs: 5_000 });

      let outcome: string | undefined;
      void notifier.notify(request).then((result) => (outcome = result));
      await vi.advanceTimersByTimeAsync(4_999);
      expect(outcome).toBeUndefined();
      expect(log.warnings).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(outcome).toBe('failed');
      expect(log.warnings).toHaveLength(1);
    });

    it('waits for a click while the notification is shown, then for the grace time', async () => {
      vi.useFakeTimers();
      const log = recordingWarnings();
      const silent: NotificationBackend = { notify() {} };
      const notifier = createNodeNotifier({ log, backend: silent, waitForClick: true, displaySeconds: 10, graceMs: 5_000 });

      let outcome: string | undefined;
      void notifier.notify(request).then((result) => (outcome = result));
      await vi.advanceTimersByTimeAsync(14_999);
      expect(outcome).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(outcome).toBe('failed');
    });
  });

  it('logs again after notifications came back and failed anew', async () => {
    const log = recordingWarnings();
    const outcomes = [new Error('no D-Bus'), null, new Error('no D-Bus')];
    const backend: NotificationBackend = { notify: (_options, callback) => callback(outcomes.shift() ?? null, '') };
    const notifier = createNodeNotifier({ log, backend, waitForClick: false });

    expect([await notifier.notify(request), await notifier.notify(request), await notifier.notify(request)]).toEqual(['failed', 'shown', 'failed']);
    expect(log.warnings).toHaveLength(2);
  });
});

// One Plausch per data folder. The store's lock decides who runs; this note in the data folder tells a second start
// of the browser shell where the running one answers, so it can open that instead of failing.
import { get } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import { readTextIfExists, realFileSystem, writeFileAtomic } from '../main/store/files';
import { rm } from 'node:fs/promises';

const noteSchema = z.object({ pid: z.number().int().positive(), url: z.string().regex(/^http:\/\/127\.0\.0\.1:\d+\/open\?key=[\w-]+$/) });

export type RunningInstance = z.infer<typeof noteSchema>;

export function instanceFile(dataDir: string): string {
  return join(dataDir, 'browser-shell.json');
}

/** Written private (0600): the address holds this start's secret. */
export async function announce(dataDir: string, instance: RunningInstance): Promise<void> {
  await writeFileAtomic(realFileSystem, instanceFile(dataDir), JSON.stringify(instance));
}

export async function withdraw(dataDir: string): Promise<void> {
  await rm(instanceFile(dataDir), { force: true });
}

export async function readAnnouncement(dataDir: string): Promise<RunningInstance | undefined> {
  try {
    const text = await readTextIfExists(realFileSystem, instanceFile(dataDir));
    const parsed = text === null ? undefined : noteSchema.safeParse(JSON.parse(text));
    return parsed?.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the announced server is there and still takes its secret: it answers with the redirect that sets the cookie. */
export function answers(instance: RunningInstance, timeoutMs = 3_000): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(instance.url, { timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode === 303 && response.headers['set-cookie'] !== undefined);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

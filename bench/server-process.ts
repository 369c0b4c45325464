/**
 * Insikt as a separate process, the way it runs in production (apps/server/bin/start.mjs), so
 * that the load generator does not share its event loop and a fault test can kill it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_SECRET } from './targets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** Everything the process wrote, for error messages. */
  output: () => string;
  /** SIGTERM and wait for the exit. */
  stop: () => Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** Starts Insikt and resolves when it listens; rejects with its output when it exits first. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server under load.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'apps/server/bin/start.mjs')], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      INSIKT_DATA_DIR: '',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      INSIKT_SECRET: BENCH_SECRET,
      LOG_LEVEL: 'warn',
      // Many simulated users sign in from one address.
      INSIKT_LOGIN_RATE_LIMIT: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Insikt startade inte inom ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = () => {
      if (output.includes('Insikt körs på')) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Insikt avslutades (${code ?? signal}) innan den startat:\n${output}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited(child);
    },
  };
}

export interface HttpSession {
  cookie: string;
  csrf: string;
}

/** Signs in over HTTP, as the web app does. */
export async function signInHttp(base: string, email: string, password: string): Promise<HttpSession> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Inloggningen misslyckades: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

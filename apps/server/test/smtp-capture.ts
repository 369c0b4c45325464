import net from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the test mail server received it, its parts decoded. */
export interface CapturedMail {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

/** A real SMTP server on loopback (the `smtp-server` package) that keeps what it receives. */
export interface SmtpCapture {
  port: number;
  url: string;
  received: CapturedMail[];
  close(): Promise<void>;
}

/** A port nothing listens on right now (to start a server there later: "down, then up"). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function startSmtpCapture(port = 0): Promise<SmtpCapture> {
  const received: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({ ...parseMail(raw), to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.server.address() as net.AddressInfo).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until the server holds `count` messages (a worker sends in the background). */
export async function waitForMail(capture: SmtpCapture, count = 1, timeoutMs = 10_000): Promise<CapturedMail[]> {
  const until = Date.now() + timeoutMs;
  while (capture.received.length < count) {
    if (Date.now() > until) throw new Error(`expected ${count} e-mails, got ${capture.received.length}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return capture.received;
}

// A small MIME reader for what nodemailer writes: headers, multipart/alternative, quoted-printable
// or base64 parts, RFC 2047 encoded words in the subject. Enough to read back our own messages.
function splitHead(part: string): { headers: Map<string, string>; body: string } {
  const at = part.indexOf('\r\n\r\n');
  const head = part.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: part.slice(at + 4) };
}

function decodeQuotedPrintable(text: string): string {
  const input = Buffer.from(text.replace(/=\r?\n/g, ''), 'utf8');
  const out: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const hex = input[i] === 0x3d ? input.subarray(i + 1, i + 3).toString('latin1') : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(input[i]!);
  }
  return Buffer.from(out).toString('utf8');
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function parseMail(raw: string): Omit<CapturedMail, 'to' | 'raw'> {
  const { headers, body } = splitHead(raw);
  const parts: Record<string, string> = {};
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1, -1)) {
      const part = splitHead(chunk.replace(/^\r\n/, ''));
      const type = (part.headers.get('content-type') ?? '').split(';')[0]!.trim();
      parts[type] = decodeBody(part.headers, part.body.replace(/\r\n$/, ''));
    }
  } else {
    parts[(headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim()] = decodeBody(headers, body);
  }
  return {
    messageId: headers.get('message-id') ?? '',
    subject: decodeWords(headers.get('subject') ?? ''),
    text: (parts['text/plain'] ?? '').replace(/\r\n/g, '\n'),
    html: (parts['text/html'] ?? '').replace(/\r\n/g, '\n'),
  };
}

import { decodeCp437 } from './cp437';
import { MAX_FINANCE_KRONOR } from './accounts';

/** One error in an SIE file: line number, field and value, in Swedish. */
export interface SieError {
  line: number;
  field: string;
  value: string;
  message: string;
}

export interface SieBalance {
  /** The line in the file, for errors found later (e.g. by the account mapping). */
  line: number;
  yearIndex: number;
  account: string;
  /** Kronor; in SIE debit is positive and credit negative (income and equity are negative). */
  amount: number;
}

export interface SiePeriodBalance extends SieBalance {
  /** YYYYMM. */
  period: string;
  /** The object list as written ("" for the account's total, e.g. `1 "100"` for a cost centre). */
  objects: string;
}

export interface SieTransaction {
  line: number;
  account: string;
  objects: string;
  amount: number;
  /** YYYYMMDD, when the transaction has its own date. */
  date: string | null;
  text: string | null;
}

export interface SieVoucher {
  line: number;
  series: string;
  number: string;
  /** YYYYMMDD. */
  date: string;
  text: string;
  transactions: SieTransaction[];
}

export interface SieFile {
  sieType: string;
  program: string | null;
  companyName: string | null;
  years: { yearIndex: number; start: string; end: string }[];
  accounts: { number: string; name: string }[];
  openingBalances: SieBalance[];
  closingBalances: SieBalance[];
  results: SieBalance[];
  periodBalances: SiePeriodBalance[];
  vouchers: SieVoucher[];
  /** Records read but not used (other labels of the standard), each with its line: nothing is dropped silently. */
  ignored: { line: number; label: string }[];
}

export type SieParseResult = { ok: true; file: SieFile } | { ok: false; errors: SieError[] };

/** Labels of the SIE 4 standard that carry nothing Insikt uses; they are listed in `ignored`. */
const KNOWN_UNUSED = new Set(
  [
    'ADRESS',
    'BKOD',
    'DIM',
    'UNDERDIM',
    'ENHET',
    'FNR',
    'FTYP',
    'KPTYP',
    'KSUMMA',
    'KTYP',
    'OBJEKT',
    'OIB',
    'OUB',
  ].concat(['OMFATTN', 'ORGNR', 'PBUDGET', 'PROSA', 'SRU', 'TAXAR', 'VALUTA', 'BTRANS', 'RTRANS']),
);

/** Splits a record into fields: quoted strings (with \" inside), {object lists} and plain words. */
function fields(text: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '"') {
      let v = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        v += text[i++];
      }
      if (i >= text.length) return null;
      i++;
      out.push(v);
    } else if (c === '{') {
      const end = text.indexOf('}', i);
      if (end < 0) return null;
      out.push(text.slice(i, end + 1));
      i = end + 1;
    } else {
      let v = '';
      while (i < text.length && !/[ \t]/.test(text[i]!)) v += text[i++];
      out.push(v);
    }
  }
  return out;
}

const isDate = (v: string) => {
  if (!/^\d{8}$/.test(v)) return false;
  const d = new Date(Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8)));
  return d.getUTCMonth() === +v.slice(4, 6) - 1 && d.getUTCDate() === +v.slice(6, 8);
};

/**
 * Parses an SIE 4 file (bytes in code page 437, "PC8"): #FLAGGA, #FORMAT, #SIETYP, #PROGRAM, #FNAMN, #RAR,
 * #KONTO, #IB, #UB, #RES, #PSALDO and #VER with its #TRANS. Every error names line, field and value in
 * Swedish; the file is all or nothing. Other labels of the standard are listed in `ignored`; an unknown label
 * or a line that is not a record is an error. Source: the SIE 4 standard (SIE-gruppen), issue 16 item 1.
 */
export function parseSie(bytes: Uint8Array): SieParseResult {
  const lines = decodeCp437(bytes).split(/\r?\n/);
  const errors: SieError[] = [];
  const file: SieFile = {
    sieType: '',
    program: null,
    companyName: null,
    years: [],
    accounts: [],
    openingBalances: [],
    closingBalances: [],
    results: [],
    periodBalances: [],
    vouchers: [],
    ignored: [],
  };
  let format: string | null = null;
  let voucher: SieVoucher | null = null;
  let inVoucher = false;

  const fail = (line: number, field: string, value: string, message: string) =>
    errors.push({ line, field, value, message: `Rad ${line}: ${message}` });

  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    if (text === '') return;
    if (text === '{') {
      if (!voucher || inVoucher) fail(line, '{', text, 'en { utan en #VER före.');
      else inVoucher = true;
      return;
    }
    if (text === '}') {
      if (!inVoucher || !voucher) fail(line, '}', text, 'en } utan en öppen verifikation.');
      else {
        const ore = voucher.transactions.reduce((s, t) => s + Math.round(t.amount * 100), 0);
        if (ore !== 0) {
          fail(
            voucher.line,
            '#TRANS',
            (ore / 100).toFixed(2),
            `verifikation ${voucher.series} ${voucher.number} balanserar inte (summa ${(ore / 100).toFixed(2)} kr).`,
          );
        }
        inVoucher = false;
        voucher = null;
      }
      return;
    }
    if (!text.startsWith('#')) {
      fail(line, 'post', text.slice(0, 40), `"${text.slice(0, 40)}" är ingen SIE-post (en post börjar med #).`);
      return;
    }
    const f = fields(text);
    if (!f) {
      fail(line, 'post', text.slice(0, 40), 'ett citattecken eller en { stängs inte.');
      return;
    }
    const label = f[0]!.slice(1).toUpperCase();
    const args = f.slice(1);
    const need = (n: number, names: string) => {
      if (args.length >= n) return true;
      fail(line, `#${label}`, args.join(' '), `#${label} behöver ${names}.`);
      return false;
    };
    const yearIndex = (v: string) => {
      if (/^(0|-\d+)$/.test(v)) return Number(v);
      fail(line, 'årsnr', v, `årsnummer "${v}" ska vara 0 eller negativt.`);
      return null;
    };
    const account = (v: string) => {
      if (/^\d{1,10}$/.test(v)) return v;
      fail(line, 'konto', v, `kontonummer "${v}" är inte ett kontonummer.`);
      return null;
    };
    const amount = (v: string, field = 'belopp') => {
      if (/^-?\d+(\.\d{1,2})?$/.test(v) && Math.abs(Number(v)) <= MAX_FINANCE_KRONOR) return Number(v);
      if (/^-?\d+(\.\d{1,2})?$/.test(v))
        fail(line, field, v.slice(0, 20), `${field} är större än ${MAX_FINANCE_KRONOR.toLocaleString('sv-SE')} kr.`);
      else fail(line, field, v, `${field} "${v}" är inget belopp (skrivs med punkt, högst två decimaler).`);
      return null;
    };
    const balance = (target: SieBalance[]) => {
      if (!need(3, 'årsnummer, konto och belopp')) return;
      const y = yearIndex(args[0]!);
      const a = account(args[1]!);
      const m = amount(args[2]!);
      if (y !== null && a !== null && m !== null) target.push({ line, yearIndex: y, account: a, amount: m });
    };

    if (inVoucher && label !== 'TRANS' && label !== 'RTRANS' && label !== 'BTRANS') {
      fail(line, `#${label}`, text.slice(0, 40), `#${label} inuti en verifikation (bara #TRANS hör dit).`);
      return;
    }
    switch (label) {
      case 'FLAGGA':
        if (need(1, 'en flagga') && !/^[01]$/.test(args[0]!))
          fail(line, 'flagga', args[0]!, `flaggan "${args[0]}" ska vara 0 eller 1.`);
        break;
      case 'FORMAT':
        if (need(1, 'ett format')) {
          format = args[0]!;
          if (format.toUpperCase() !== 'PC8')
            fail(line, 'format', format, `formatet "${format}" stöds inte (SIE 4 skrivs i PC8).`);
        }
        break;
      case 'SIETYP':
        if (need(1, 'en typ')) {
          file.sieType = args[0]!;
          if (args[0] !== '4') fail(line, 'typ', args[0]!, `SIE-typ "${args[0]}" stöds inte: filen ska vara typ 4.`);
        }
        break;
      case 'PROGRAM':
        file.program = args.join(' ');
        break;
      case 'FNAMN':
        file.companyName = args[0] ?? null;
        break;
      case 'GEN':
        if (need(1, 'ett datum') && !isDate(args[0]!))
          fail(line, 'datum', args[0]!, `datum "${args[0]}" ska skrivas ÅÅÅÅMMDD.`);
        break;
      case 'RAR': {
        if (!need(3, 'årsnummer, start och slut')) break;
        const y = yearIndex(args[0]!);
        const bad = [args[1]!, args[2]!].filter((d) => !isDate(d));
        bad.forEach((d) => fail(line, 'datum', d, `datum "${d}" ska skrivas ÅÅÅÅMMDD.`));
        if (y !== null && bad.length === 0) file.years.push({ yearIndex: y, start: args[1]!, end: args[2]! });
        break;
      }
      case 'KONTO': {
        if (!need(2, 'konto och namn')) break;
        const a = account(args[0]!);
        if (a !== null) file.accounts.push({ number: a, name: args[1]! });
        break;
      }
      case 'IB':
        balance(file.openingBalances);
        break;
      case 'UB':
        balance(file.closingBalances);
        break;
      case 'RES':
        balance(file.results);
        break;
      case 'PSALDO': {
        if (!need(5, 'årsnummer, period, konto, objektlista och belopp')) break;
        const y = yearIndex(args[0]!);
        const period = args[1]!;
        const periodOk = /^\d{6}$/.test(period) && +period.slice(4) >= 1 && +period.slice(4) <= 12;
        if (!periodOk) fail(line, 'period', period, `period "${period}" ska skrivas ÅÅÅÅMM.`);
        const a = account(args[2]!);
        if (!args[3]!.startsWith('{'))
          fail(line, 'objektlista', args[3]!, `objektlistan "${args[3]}" ska stå inom {}.`);
        const m = amount(args[4]!);
        if (y !== null && periodOk && a !== null && m !== null && args[3]!.startsWith('{')) {
          file.periodBalances.push({
            line,
            yearIndex: y,
            period,
            account: a,
            objects: args[3]!.slice(1, -1).trim(),
            amount: m,
          });
        }
        break;
      }
      case 'VER': {
        if (!need(3, 'serie, nummer och datum')) break;
        if (!isDate(args[2]!)) fail(line, 'datum', args[2]!, `verifikationsdatum "${args[2]}" ska skrivas ÅÅÅÅMMDD.`);
        voucher = { line, series: args[0]!, number: args[1]!, date: args[2]!, text: args[3] ?? '', transactions: [] };
        file.vouchers.push(voucher);
        break;
      }
      case 'TRANS': {
        if (!inVoucher || !voucher) {
          fail(line, '#TRANS', text.slice(0, 40), '#TRANS utanför en verifikation.');
          break;
        }
        if (!need(3, 'konto, objektlista och belopp')) break;
        const a = account(args[0]!);
        if (!args[1]!.startsWith('{'))
          fail(line, 'objektlista', args[1]!, `objektlistan "${args[1]}" ska stå inom {}.`);
        const m = amount(args[2]!);
        const date = args[3] || null;
        if (date !== null && !isDate(date))
          fail(line, 'datum', date, `transaktionsdatum "${date}" ska skrivas ÅÅÅÅMMDD.`);
        if (a !== null && m !== null) {
          (voucher as SieVoucher).transactions.push({
            line,
            account: a,
            objects: args[1]!.replace(/^\{|\}$/g, '').trim(),
            amount: m,
            date,
            text: args[4] ?? null,
          });
        }
        break;
      }
      default:
        if (KNOWN_UNUSED.has(label)) file.ignored.push({ line, label: `#${label}` });
        else fail(line, 'post', `#${label}`, `okänd post #${label}.`);
    }
  });
  if (inVoucher) fail(lines.length, '}', '', 'filen slutar inuti en verifikation (} saknas).');
  if (file.sieType === '') fail(1, '#SIETYP', '', 'filen saknar #SIETYP (ska vara 4).');
  if (format === null) fail(1, '#FORMAT', '', 'filen saknar #FORMAT PC8.');
  return errors.length > 0 ? { ok: false, errors: errors.sort((a, b) => a.line - b.line) } : { ok: true, file };
}

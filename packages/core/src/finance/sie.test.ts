import { describe, expect, it } from 'vitest';
import { decodeCp437, encodeCp437 } from './cp437';
import { parseSie, type SieFile } from './sie';
import { sieOutcomeByLine, type AccountMapping } from './sie-outcome';

const sie = (text: string) => encodeCp437(text.replace(/^ +/gm, ''));
const parsed = (text: string): SieFile => {
  const r = parseSie(sie(text));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.file;
};

const HEAD = `#FLAGGA 0
  #PROGRAM "Bokföring" 1.0
  #FORMAT PC8
  #GEN 20200115
  #SIETYP 4
  #FNAMN "Höglandets samordningsförbund"
  #RAR 0 20190101 20191231
  #KONTO 3010 "Statligt bidrag"
  #KONTO 3020 "Bidrag från region och kommuner"
  #KONTO 6110 "Kontorsmateriel"
  #KONTO 7010 "Löner"
  #KONTO 1930 "Bank"
  #KONTO 2081 "Eget kapital"
  #KTYP 3010 I
  `;

const mapping: AccountMapping[] = [
  { account: '3010', lineId: 'state', kind: 'income' },
  { account: '3020', lineId: 'members', kind: 'income' },
  { account: '6110', lineId: 'kansli', kind: 'cost' },
  { account: '7010', lineId: 'kansli', kind: 'cost' },
];

describe('code page 437', () => {
  it('decodes å, ä, ö, Å, Ä, Ö and é as the SIE standard writes them', () => {
    const bytes = Uint8Array.from([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82]);
    expect(decodeCp437(bytes)).toBe('åäöÅÄÖé');
    expect([...encodeCp437('Höglandet')]).toEqual([0x48, 0x94, 0x67, 0x6c, 0x61, 0x6e, 0x64, 0x65, 0x74]);
  });
});

describe('parseSie', () => {
  it('reads years, accounts, balances, period balances and vouchers, and lists the labels it does not use', () => {
    const f = parsed(`${HEAD}#IB 0 2081 -796000.00
      #UB 0 2081 -567000.00
      #RES 0 3010 -6423000.00
      #PSALDO 0 201901 3010 {} -535250.00
      #PSALDO 0 201901 7010 {1 "100"} 1200.50
      #VER A 1 20190115 "Lön \\"januari\\""
      {
      #TRANS 7010 {} 1200.50
      #TRANS 1930 {} -1200.50 20190116 "Utbetalning"
      }
      `);
    expect(f.companyName).toBe('Höglandets samordningsförbund');
    expect(f.years).toEqual([{ yearIndex: 0, start: '20190101', end: '20191231' }]);
    expect(f.accounts[1]).toEqual({ number: '3020', name: 'Bidrag från region och kommuner' });
    expect(f.openingBalances).toEqual([{ line: 15, yearIndex: 0, account: '2081', amount: -796000 }]);
    expect(f.closingBalances[0]!.amount).toBe(-567000);
    expect(f.results).toEqual([{ line: 17, yearIndex: 0, account: '3010', amount: -6423000 }]);
    expect(f.periodBalances[1]).toEqual({
      line: 19,
      yearIndex: 0,
      period: '201901',
      account: '7010',
      objects: '1 "100"',
      amount: 1200.5,
    });
    expect(f.vouchers[0]).toMatchObject({ series: 'A', number: '1', date: '20190115', text: 'Lön "januari"' });
    expect(f.vouchers[0]!.transactions[1]).toMatchObject({
      account: '1930',
      amount: -1200.5,
      date: '20190116',
      text: 'Utbetalning',
    });
    expect(f.ignored).toEqual([{ line: 14, label: '#KTYP' }]);
  });

  it('a broken file: every error names line, field and value, nothing is read', () => {
    const r = parseSie(
      sie(`#FLAGGA 2
      #FORMAT PC8
      #SIETYP 4
      #RAR 0 20190101 20191332
      #KONTO 30A0 "Fel"
      #RES 0 3010 -12,50
      Detta är ingen post
      #VER A 1 20190115
      {
      #TRANS 7010 {} 100.00
      #TRANS 1930 {} -90.00
      }
      #HEMLIG 1
      #PSALDO 0 201913 3010 {} 1.00
      `),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.field, e.value])).toEqual([
      [1, 'flagga', '2'],
      [4, 'datum', '20191332'],
      [5, 'konto', '30A0'],
      [6, 'belopp', '-12,50'],
      [7, 'post', 'Detta är ingen post'],
      [8, '#TRANS', '10.00'],
      [13, 'post', '#HEMLIG'],
      [14, 'period', '201913'],
    ]);
    expect(r.errors[3]!.message).toBe(
      'Rad 6: belopp "-12,50" är inget belopp (skrivs med punkt, högst två decimaler).',
    );
    expect(r.errors[5]!.message).toBe('Rad 8: verifikation A 1 balanserar inte (summa 10.00 kr).');
  });

  it('requires SIE type 4 and the PC8 format', () => {
    const r = parseSie(sie('#FLAGGA 0\n#SIETYP 2\n'));
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'Rad 1: filen saknar #FORMAT PC8.',
      'Rad 2: SIE-typ "2" stöds inte: filen ska vara typ 4.',
    ]);
  });
});

describe('sieOutcomeByLine', () => {
  it('maps period balances to lines per tertial, income positive, and checks them against #RES', () => {
    const f = parsed(`${HEAD}#RES 0 3010 -3000.00
      #PSALDO 0 201901 3010 {} -1000.00
      #PSALDO 0 201905 3010 {} -2000.00
      #PSALDO 0 201903 6110 {} 150.25
      #PSALDO 0 201903 7010 {} 1000.00
      #PSALDO 0 201909 7010 {} 500.00
      #PSALDO 0 201909 7010 {1 "100"} 500.00
      #PSALDO 0 201909 1930 {} 99.00
      `);
    expect(sieOutcomeByLine(f, mapping, 'tertial')).toEqual({
      ok: true,
      source: 'period-balances',
      rows: [
        { lineId: 'kansli', period: '2019-T1', amount: 1150.25 },
        { lineId: 'kansli', period: '2019-T3', amount: 500 },
        { lineId: 'state', period: '2019-T1', amount: 1000 },
        { lineId: 'state', period: '2019-T2', amount: 2000 },
      ],
    });
    const off = parsed(`${HEAD}#RES 0 3010 -3100.00
      #PSALDO 0 201901 3010 {} -3000.00
      `);
    const r = sieOutcomeByLine(off, mapping, 'month');
    expect(r.ok ? '' : r.errors[0]!.message).toBe(
      'Rad 15: konto 3010: periodernas summa -3000.00 kr stämmer inte med #RES -3100.00 kr.',
    );
  });

  it('uses the vouchers by month when there are no period balances; an unmapped account is an error naming it', () => {
    const f = parsed(`${HEAD}#KONTO 5410 "Förbrukningsinventarier"
      #VER A 1 20190210 "Bidrag"
      {
      #TRANS 1930 {} 500.00
      #TRANS 3020 {} -500.00
      }
      #VER A 2 20190320 "Inköp"
      {
      #TRANS 5410 {} 80.00
      #TRANS 1930 {} -80.00
      }
      `);
    expect(sieOutcomeByLine(f, mapping.concat({ account: '5410', lineId: 'ovrigt', kind: 'cost' }), 'month')).toEqual({
      ok: true,
      source: 'vouchers',
      rows: [
        { lineId: 'members', period: '2019-02', amount: 500 },
        { lineId: 'ovrigt', period: '2019-03', amount: 80 },
      ],
    });
    const r = sieOutcomeByLine(f, mapping, 'month');
    expect(r.ok ? [] : r.errors).toEqual([
      {
        line: 23,
        field: 'konto',
        value: '5410',
        message: 'Rad 23: konto 5410 (Förbrukningsinventarier) har belopp men ingen rad i förbundets kontomappning.',
      },
    ]);
  });
});

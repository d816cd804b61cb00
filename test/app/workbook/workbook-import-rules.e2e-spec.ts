import { EVENT_STORE, type EventStore } from '@register/event-store';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import { formatProblem } from '../../../apps/register/src/workbook/import/import-problem';
import { runWrites } from '../../../apps/register/src/workbook/import/import-loop';
import { orderedWrites } from '../../../apps/register/src/workbook/import/import-plan';
import { WorkbookImport } from '../../../apps/register/src/workbook/import/workbook-import';
import { workbookRows } from '../../../apps/register/src/workbook/import/workbook-rows';
import type { WorkbookContent } from '../../../apps/register/src/workbook/reading/workbook-content';
import { type TestRow, withoutRows, withRows } from './support/workbook-content-edits';
import { BACKENDS, checkWorkbook, exportedWorkbook, importWorkbook, openRegister, type TestRegister } from './support/workbook-registers';

const MEERSSEN_DECISION = 'doc-mandate-gm0938-2026';
const VAALS_DECISION = 'doc-mandate-gm0981-2026';
const grant = (id: string, cells: TestRow): TestRow => ({
  nummer: id,
  soort: 'mandaat',
  bevoegdheid: 'PW-BIJSTAND',
  'oorspronkelijk bevoegd orgaan': 'college:GM0981',
  mandataris: 'college:GM0935',
  'wettelijke basis ontvanger': 'Wgr art. 8 lid 4',
  besluit: VAALS_DECISION,
  'geldig vanaf': '2026-01-01',
  ...cells,
});

/** The four wrong rows of issue 15's "Done when", each with the code and the article its problem must name. */
const WRONG_MANDATES: readonly TestRow[] = [
  grant('mandate-gm0981-onbekend', { bevoegdheid: 'PW-ONBEKEND' }),
  grant('submandate-gm0938-breder', {
    'bovenliggend mandaat': 'mandate-gm0938-2026',
    'oorspronkelijk bevoegd orgaan': null,
    ondermandataris: 'GM0935.manager-sociale-zekerheid',
    gemeenten: 'GM0938; GM0981',
    'wettelijke basis ontvanger': null,
    besluit: 'doc-submandate-gm0935-2026',
  }),
  grant('mandate-gm0981-besluit-meerssen', { besluit: MEERSSEN_DECISION }),
];
const WRONG_PUBLICATION: TestRow = {
  document: 'doc-submandate-teamleider-inkomen-2026',
  medium: 'gemeenteblad',
  gemeenteblad: 'gmb-2025-999100',
  'bekendgemaakt op': '2026-09-20',
  'in werking vanaf': '2026-09-21',
  'uitgegeven door': 'college:GM0935',
};

interface Seeded {
  readonly content: WorkbookContent;
  readonly mandateRows: number[];
  readonly publicationRow: number;
}

function seeded(demo: WorkbookContent): Seeded {
  const mandates = withRows(demo, 'mandaten', WRONG_MANDATES);
  const publication = withRows(mandates.content, 'bekendmakingen', [WRONG_PUBLICATION]);
  return { content: publication.content, mandateRows: mandates.rowNumbers, publicationRow: publication.rowNumbers[0] };
}

let demo: WorkbookContent;
beforeAll(async () => {
  const source = await openRegister('SQLite');
  await DemoLoader.from(source.app).load();
  demo = await exportedWorkbook(source);
  await source.close();
}, 120_000);

describe.each(BACKENDS)('importing the demo register with wrong rows, on %s', (backend) => {
  let target: TestRegister;
  beforeEach(async () => {
    target = await openRegister(backend);
  });
  afterEach(async () => {
    await target.close();
  });

  it('names each wrong row by sheet and row with its code and article in Dutch, writes nothing, and imports once they are fixed', async () => {
    const { content, mandateRows, publicationRow } = seeded(demo);
    const refused = await importWorkbook(target, content);
    expect(refused.problems.map(({ sheet, row, code }) => `${sheet}!${row} ${code}`)).toEqual([
      `bekendmakingen!${publicationRow} INVALID_PUBLICATION_ID`,
      `mandaten!${mandateRows[0]} UNKNOWN_REFERENCE`,
      `mandaten!${mandateRows[1]} SUBMANDATE_EXCEEDS_PARENT`,
      `mandaten!${mandateRows[2]} DECISION_NOT_OF_GRANTOR`,
    ]);
    const lines = refused.problems.map(formatProblem);
    expect(lines[0]).toBe(
      `bekendmakingen!${publicationRow}: INVALID_PUBLICATION_ID — Het nummer gmb-2025-999100 past niet bij het gemeenteblad: een gemeenteblad-nummer is gmb-JJJJ-N, met JJJJ het jaar van bekendmaking, hier 2026 (Awb 3:42 lid 1).`,
    );
    expect(lines[1]).toContain('bevoegdheid PW-ONBEKEND niet');
    expect(lines[2]).toContain('in: gemeenten (Awb 10:9).');
    expect(lines[3]).toContain(`Het besluit ${MEERSSEN_DECISION} is genomen door college:GM0938`);
    lines.forEach((line) => expect(line).toMatch(/^[a-z]+!\d+: [A-Z_]+ — .+ \((Awb|GR SZMH) [^)]+\)\.$/));
    expect(refused.written).toBe(0);
    await expect(target.app.get<EventStore>(EVENT_STORE).headPosition()).resolves.toBe(0);

    const fixed = withoutRows(withoutRows(content, 'mandaten', (row) => mandateRows.includes(row)), 'bekendmakingen', (row) => row === publicationRow);
    const imported = await importWorkbook(target, fixed);
    expect(imported.problems).toEqual([]);
    expect(imported.written).toBe(imported.writes);
  }, 120_000);

  it('refuses in the dry run exactly the rows that the write pipeline refuses, and the pipeline writes exactly the others', async () => {
    const { content } = seeded(demo);
    const cascading = withRows(content, 'mandaten', [
      // Under a refused row: unknown to both runs, because neither wrote its parent.
      { ...WRONG_MANDATES[1], nummer: 'submandate-onder-onbekend', 'bovenliggend mandaat': 'mandate-gm0981-onbekend', gemeenten: 'GM0981' },
    ]).content;
    const withRevocation = withRows(cascading, 'intrekkingen', [{ mandaat: 'mandate-gm0938-2026', besluit: 'doc-dvh-szmh-2026-2030', 'geldig tot': '2026-07-01' }]).content;
    const dryRun = await checkWorkbook(target, withRevocation);
    const { writes } = await workbookRows(withRevocation);
    const writer = target.app.get(WorkbookImport).pipelineWriter(withRevocation.identity, 'registrar@szmh');
    const realRun = await runWrites(orderedWrites(writes), writer);
    const key = ({ sheet, row, code }: { sheet: string; row: number; code: string }) => `${sheet}!${row} ${code}`;
    expect(realRun.problems.map(key).sort()).toEqual(dryRun.problems.map(key).sort());
    expect(dryRun.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['UNKNOWN_REFERENCE', 'DOCUMENT_TYPE_MISMATCH', 'SUBMANDATE_EXCEEDS_PARENT']));
    expect(realRun.written).toBe(dryRun.writes - dryRun.problems.length);
    expect((await exportedWorkbook(target)).identity).toBe(demo.identity);
  }, 120_000);
});

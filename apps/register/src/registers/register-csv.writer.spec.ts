import type { RegisterEntry } from '@register/projections';
import { REGISTER_CSV_COLUMNS, writeRegisterCsv } from './register-csv.writer';

const ENTRY: RegisterEntry = {
  mandateId: 'mandate-gm0938-2026',
  parentMandateId: null,
  kind: 'mandaat',
  grantor: 'college:GM0938',
  grantee: 'college:GM0935',
  powers: ['PW-BIJSTAND', 'PW-TERUGVORDERING'],
  municipalities: ['GM0938', 'GM0981'],
  ceiling: 25000,
  subMandateAllowed: ['PW-BIJSTAND'],
  validFrom: '2026-01-01',
  validUntil: null,
  inForceFrom: '2026-01-30',
  decision: 'doc-mandate-gm0938-2026',
  publication: { publicationId: 'gmb-2026-90002', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' },
};

describe('writeRegisterCsv', () => {
  it('writes the header and one CRLF-ended row per power of each entry', () => {
    const lines = writeRegisterCsv([ENTRY]).split('\r\n');
    expect(lines).toEqual([
      REGISTER_CSV_COLUMNS.join(','),
      'mandate-gm0938-2026,,mandaat,college:GM0938,college:GM0935,PW-BIJSTAND,GM0938;GM0981,25000,PW-BIJSTAND,2026-01-01,,2026-01-30,doc-mandate-gm0938-2026,gmb-2026-90002',
      'mandate-gm0938-2026,,mandaat,college:GM0938,college:GM0935,PW-TERUGVORDERING,GM0938;GM0981,25000,PW-BIJSTAND,2026-01-01,,2026-01-30,doc-mandate-gm0938-2026,gmb-2026-90002',
      '',
    ]);
  });

  it('writes only the header for an empty register', () => {
    expect(writeRegisterCsv([])).toBe(`${REGISTER_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('quotes a field holding a comma so the row keeps its column count', () => {
    const csv = writeRegisterCsv([{ ...ENTRY, powers: ['PW,ODD'], publication: null, inForceFrom: null }]);
    expect(csv.split('\r\n')[1]).toBe('mandate-gm0938-2026,,mandaat,college:GM0938,college:GM0935,"PW,ODD",GM0938;GM0981,25000,PW-BIJSTAND,2026-01-01,,,doc-mandate-gm0938-2026,');
  });
});

import { metadataFor, writeSideHarness } from '../../write-side/testing/write-side.harness';
import { CataloguePowerCommand } from './catalogue-power.command';
import { CataloguePowerHandler } from './catalogue-power.handler';

const ioaw = {
  id: 'IOAW-UITKERING',
  label: 'Beslissen op aanvragen IOAW',
  legalBasis: 'IOAW art. 35',
  holder: 'college',
  mandatable: true,
};

async function setup() {
  const h = await writeSideHarness();
  return { ...h, handler: new CataloguePowerHandler(h.runner) };
}

describe('CataloguePowerHandler', () => {
  it('appends PowerCatalogued as a public-law decision, concerning no single municipality', async () => {
    const h = await setup();
    const { result } = await h.handler.execute(new CataloguePowerCommand(ioaw, metadataFor('ioaw')));
    const [event] = await h.appended();
    expect(result).toEqual({ id: 'IOAW-UITKERING', position: event.position });
    expect(event).toMatchObject({
      stream: 'power-IOAW-UITKERING',
      type: 'PowerCatalogued',
      data: { powerId: 'IOAW-UITKERING', holder: 'college', mandatable: true, nonMandatableReason: null, privateLaw: false, actKind: 'public-law-decision' },
      metadata: { municipalities: [] },
    });
  });

  it('refuses a power that may not be mandated without the reason why (Awb 10:3), appending nothing', async () => {
    const h = await setup();
    const command = new CataloguePowerCommand({ ...ioaw, mandatable: false }, metadataFor('ioaw'));
    await expect(h.handler.execute(command)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', meta: { errors: [{ field: 'nonMandatableReason' }] } });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses cataloguing PW-BIJSTAND of the seed again as ALREADY_EXISTS', async () => {
    const h = await setup();
    const command = new CataloguePowerCommand({ ...ioaw, id: 'PW-BIJSTAND' }, metadataFor('again'));
    await expect(h.handler.execute(command)).rejects.toMatchObject({ code: 'ALREADY_EXISTS', meta: { kind: 'power', id: 'PW-BIJSTAND' } });
    await expect(h.appended()).resolves.toEqual([]);
  });
});

import { metadataFor, writeSideHarness } from '../../write-side/testing/write-side.harness';
import { RegisterFunctionCommand } from './register-function.command';
import { RegisterFunctionHandler } from './register-function.handler';

const consulent = { id: 'GM0938.consulent-werk-inkomen', name: 'Consulent Werk en Inkomen', municipality: 'GM0938', externalTitles: ['Klantmanager'] };

async function setup() {
  const h = await writeSideHarness();
  return { ...h, handler: new RegisterFunctionHandler(h.runner, h.lookup) };
}

describe('RegisterFunctionHandler', () => {
  it('appends FunctionRegistered to the function stream, concerning the municipality of the position', async () => {
    const h = await setup();
    const { result } = await h.handler.execute(new RegisterFunctionCommand(consulent, metadataFor('consulent')));
    const [event] = await h.appended();
    expect(result).toEqual({ id: consulent.id, position: event.position });
    expect(event).toMatchObject({
      stream: 'function-GM0938.consulent-werk-inkomen',
      type: 'FunctionRegistered',
      data: { functionId: consulent.id, name: consulent.name, municipality: 'GM0938', externalTitles: ['Klantmanager'] },
      metadata: { municipalities: ['GM0938'] },
    });
  });

  it('refuses a position of a municipality the register does not know, as UNKNOWN_REFERENCE, and appends nothing', async () => {
    const h = await setup();
    const beek = { ...consulent, id: 'GM0888.consulent', municipality: 'GM0888' };
    await expect(h.handler.execute(new RegisterFunctionCommand(beek, metadataFor('beek')))).rejects.toMatchObject({
      code: 'UNKNOWN_REFERENCE',
      meta: { kind: 'participant', id: 'GM0888' },
    });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses registering the manager of the seed again as ALREADY_EXISTS', async () => {
    const h = await setup();
    const manager = { id: 'GM0935.manager-sociale-zekerheid', name: 'Manager', municipality: 'GM0935' };
    await expect(h.handler.execute(new RegisterFunctionCommand(manager, metadataFor('again')))).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    await expect(h.appended()).resolves.toEqual([]);
  });
});

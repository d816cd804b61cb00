import { InvalidConfigError } from './invalid-config.error';
import { parseStartArguments } from './start-arguments';

describe('parseStartArguments', () => {
  it('asks for no demo when started without arguments', () => {
    expect(parseStartArguments([])).toEqual({ demo: false });
  });

  it('asks for the demo with --demo, as `npm start -- --demo` passes it', () => {
    expect(parseStartArguments(['--demo'])).toEqual({ demo: true });
  });

  it('refuses an unknown argument, naming it and the one it accepts, instead of starting without the demo', () => {
    expect(() => parseStartArguments(['--dmeo'])).toThrow(InvalidConfigError);
    expect(() => parseStartArguments(['--demo', 'now'])).toThrow('Unknown argument "now"; the service accepts only --demo');
  });
});

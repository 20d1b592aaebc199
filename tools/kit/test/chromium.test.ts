import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../src/chromium.js';

describe('chromiumLaunchOptions', () => {
  it('names the install command when the browser is missing', () => {
    expect(() => chromiumLaunchOptions('/nonexistent/chromium')).toThrow(/apt-get install -y chromium/);
  });

  it('launches headless with the container flags', () => {
    const options = chromiumLaunchOptions(process.execPath);
    expect(options).toEqual({ executablePath: process.execPath, args: CHROMIUM_ARGS, headless: true });
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-background-networking']),
    );
  });
});

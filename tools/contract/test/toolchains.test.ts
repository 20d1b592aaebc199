import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectGo, detectJava, detectPython, detectRust } from '../src/toolchains.js';

// Each case runs the detection with PATH set to a folder holding only the fake commands it needs.
const originalPath = process.env.PATH;
let folder: string | undefined;
afterEach(() => {
  process.env.PATH = originalPath;
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

function pathWith(commands: Record<string, string>): void {
  folder = mkdtempSync(join(tmpdir(), 'contract-toolchains-'));
  for (const [name, script] of Object.entries(commands)) {
    const file = join(folder, name);
    writeFileSync(file, `#!/bin/sh\n${script}\n`);
    chmodSync(file, 0o755);
  }
  process.env.PATH = folder;
}

describe('toolchain detection', () => {
  it('says what to install when python and go are not on PATH', async () => {
    pathWith({});
    const [python, go] = await Promise.all([detectPython(), detectGo()]);
    expect(python).toMatchObject({ available: false });
    expect(python.missing).toMatch(/^no python3 on PATH; needs Python 3\.10\+ with venv and pip/);
    expect(go).toMatchObject({ available: false });
    expect(go.missing).toMatch(/^no go on PATH; needs Go 1\.24\+/);
  });

  it('refuses versions that are too old, naming the one it found', async () => {
    pathWith({ python3: 'echo "Python 3.8.18"', go: 'echo "go version go1.21.5 linux/amd64"' });
    const [python, go] = await Promise.all([detectPython(), detectGo()]);
    expect(python.missing).toMatch(/^found Python 3\.8\.18; needs Python 3\.10\+/);
    expect(go.missing).toMatch(/^found go version go1\.21\.5 linux\/amd64; needs Go 1\.24\+/);
  });

  it('requires the venv module, and accepts a new enough toolchain', async () => {
    pathWith({
      python3: 'if [ "$1" = "--version" ]; then echo "Python 3.12.1"; else exit 1; fi',
      go: 'echo "go version go1.26.8 linux/amd64"',
    });
    const [python, go] = await Promise.all([detectPython(), detectGo()]);
    expect(python).toMatchObject({ available: false, version: 'Python 3.12.1' });
    expect(python.missing).toMatch(/has no venv\/ensurepip module/);
    expect(go).toEqual({ available: true, version: 'go1.26.8', command: 'go' });
  });

  it('needs Java 11+ with Maven for openapi-generator, and cargo 1.85+ for Rust', async () => {
    pathWith({});
    const [noJava, noCargo] = await Promise.all([detectJava(), detectRust()]);
    expect(noJava.missing).toMatch(/^no java on PATH; needs a JDK 11\+ and Maven 3\.6\+/);
    expect(noCargo.missing).toMatch(/^no cargo on PATH; needs Rust 1\.85\+ with cargo/);

    pathWith({ java: 'echo \'openjdk version "1.8.0_392"\' >&2', cargo: 'echo "cargo 1.70.0 (ec8a8a0ca 2023-04-25)"' });
    const [oldJava, oldCargo] = await Promise.all([detectJava(), detectRust()]);
    expect(oldJava.missing).toMatch(/^found openjdk version "1\.8\.0_392"; needs a JDK 11\+/);
    expect(oldCargo.missing).toMatch(/^found cargo 1\.70\.0 .*; needs Rust 1\.85\+/);

    pathWith({
      java: 'echo \'openjdk version "17.0.15" 2025-04-15\' >&2',
      cargo: 'echo "cargo 1.95.0 (f2d3ce0bd 2026-03-21)"',
    });
    expect((await detectJava()).missing).toMatch(/^no mvn on PATH/);

    pathWith({
      java: 'echo \'openjdk version "17.0.15" 2025-04-15\' >&2',
      mvn: 'printf "\\033[1mApache Maven 3.8.7\\033[m\\nMaven home: /usr/share/maven\\n"',
      cargo: 'echo "cargo 1.95.0 (f2d3ce0bd 2026-03-21)"',
    });
    expect(await detectJava()).toEqual({ available: true, version: 'Java 17, Apache Maven 3.8.7', command: 'java' });
    expect(await detectRust()).toEqual({ available: true, version: 'cargo 1.95.0', command: 'cargo' });
  });
});

import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { createMemoryIO } from '../testing/memoryIO.ts';

const commented = `# Shop routing
kind: HTTPRoute   # the route
apiVersion: gateway.networking.k8s.io/v1
metadata:
  name: web
spec:
  rules:
  # everything to v1
  - backendRefs:
    - name: web-v1 # stable
      port: 80
`;

describe('switchyard fmt', () => {
  it('prints the canonical form and keeps every comment', async () => {
    const io = createMemoryIO({ 'routes.yaml': commented });
    expect(await main(['fmt', 'routes.yaml'], io)).toBe(0);
    expect(io.stdout()).toBe(`# Shop routing

apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute # the route
metadata:
  name: web
spec:
  rules:
    # everything to v1
    - backendRefs:
        - name: web-v1 # stable
          port: 80
`);
    for (const comment of commented.match(/#[^\n]*/g) ?? [])
      expect(io.stdout()).toContain(comment.trimEnd());
  });

  it('rewrites files in place with --write, and reads directories and stdin', async () => {
    const io = createMemoryIO({
      'dir/a.yaml': 'kind: A\napiVersion: v1\n',
      'dir/sub/b.yml': 'b: 1\n',
      'dir/notes.txt': 'x',
    });
    expect(await main(['fmt', '--write', 'dir'], io)).toBe(0);
    expect(io.files.get('dir/a.yaml')).toBe('apiVersion: v1\nkind: A\n');
    expect(io.files.get('dir/notes.txt')).toBe('x');
    const piped = createMemoryIO({}, 'kind: A\napiVersion: v1\n');
    expect(await main(['fmt', '-'], piped)).toBe(0);
    expect(piped.stdout()).toBe('apiVersion: v1\nkind: A\n');
  });

  it('refuses an alias bomb with exit status 1 and a message that names the problem and its place', async () => {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 0; i < 8; i++) {
      const previous = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      bomb += `${next}: &${next} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]\n`;
    }
    const io = createMemoryIO({ 'bomb.yaml': bomb });
    expect(await main(['fmt', '--write', 'bomb.yaml'], io)).toBe(1);
    expect(io.stderr()).toMatch(
      /^bomb\.yaml:\d+:\d+: error: YAML aliases here would expand more than 1000 times/,
    );
    expect(io.files.get('bomb.yaml')).toBe(bomb);
  });

  it('refuses a file over 5 MiB before reading it, with exit status 2 and its size', async () => {
    const io = createMemoryIO({ 'big.yaml': `# ${'x'.repeat(6 * 1024 * 1024)}\n` });
    expect(await main(['fmt', 'big.yaml'], io)).toBe(2);
    expect(io.stderr()).toBe(
      'switchyard fmt: big.yaml: the file is 6.0 MiB, more than the limit of 5.0 MiB; it was not read\n',
    );
  });

  it.each([
    [['fmt'], 'no inputs: give files, directories, or - for stdin'],
    [['fmt', '--bogus', 'a.yaml'], 'unknown option --bogus'],
    [['fmt', 'missing.yaml'], 'missing.yaml: no such file or directory'],
  ])('explains usage errors without a stack trace: %j', async (argv, message) => {
    const io = createMemoryIO();
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr()).toContain(message);
    expect(io.stderr()).not.toMatch(/\n\s+at /);
  });
});

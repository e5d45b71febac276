/**
 * Every code snippet in docs/ must be usable: YAML and JSON parse (YAML with
 * CloudFormation's short tags), CloudFormation templates use real resource
 * and property names, HCL and TypeScript have balanced brackets, and every
 * `aws ec2` command in a shell block uses a real subcommand and real options
 * (src/data/awsCliEc2.ts).
 */
import {describe, it, expect} from 'vitest';
import {readDocs} from './docs';
import {codeBlocks, checkShellSnippet, parseYaml, checkCloudFormation, bracketProblems} from '../../scripts/lib/snippetCheck';

const docs = readDocs();
const SHELL = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

describe('code snippets in docs/', () => {
  const all = docs.flatMap((d) => codeBlocks(d.body).map((b) => ({...b, file: d.file})));

  it('include the guide snippets', () => {
    expect(all.filter((b) => b.lang === 'yaml').length).toBeGreaterThanOrEqual(3);
    expect(all.filter((b) => b.lang === 'hcl').length).toBeGreaterThanOrEqual(3);
    expect(all.filter((b) => SHELL.has(b.lang) && /aws ec2 /.test(b.code)).length).toBeGreaterThanOrEqual(5);
  });

  for (const b of all) {
    const where = `${b.file}:${b.line} (${b.lang || 'no language'})`;
    if (b.lang === 'yaml' || b.lang === 'yml') {
      it(`${where} is valid YAML with real CloudFormation names`, () => {
        let doc: unknown;
        expect(() => (doc = parseYaml(b.code))).not.toThrow();
        expect(checkCloudFormation(doc)).toEqual([]);
      });
    } else if (b.lang === 'json') {
      it(`${where} is valid JSON`, () => {
        expect(() => JSON.parse(b.code)).not.toThrow();
      });
    } else if (SHELL.has(b.lang)) {
      it(`${where} uses only real aws ec2 subcommands and options`, () => {
        expect(checkShellSnippet(b.code)).toEqual([]);
      });
    } else if (b.lang === 'hcl' || b.lang === 'terraform') {
      it(`${where} has balanced brackets`, () => {
        expect(bracketProblems(b.code, '#')).toEqual([]);
      });
    } else if (b.lang === 'ts' || b.lang === 'typescript') {
      it(`${where} has balanced brackets`, () => {
        expect(bracketProblems(b.code, '//')).toEqual([]);
      });
    }
  }
});

/**
 * Node-only checks of the EFA layout builder's snippets with the real tools:
 * - CloudFormation: aws-cdk-lib's CfnInclude loads the template into an App
 *   whose context turns on validation against the CloudFormation registry
 *   schemas shipped with aws-cdk-lib, then synthesizes it.
 * - CDK TypeScript: type-checked with the TypeScript compiler API against
 *   aws-cdk-lib's types, then transpiled and run to synthesize its template.
 * - CLI JSON: type-checked against @aws-sdk/client-ec2's RunInstancesRequest.
 * - Terraform: parsed with @cdktf/hcl2json.
 * Used by src/lib/efaSnippets.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import {createRequire} from 'node:module';
import ts from 'typescript';
import {App, Stack} from 'aws-cdk-lib';
import {CfnInclude} from 'aws-cdk-lib/cloudformation-include';

const ROOT = path.resolve(__dirname, '../..');
const requireHere = createRequire(path.join(ROOT, 'package.json'));

type Template = {Resources: Record<string, {Type: string; Properties?: Record<string, unknown>}>} & Record<string, unknown>;

function tempFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'efa-snippet-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Load a CloudFormation YAML template with schema validation on; returns the synthesized template or throws. */
export function synthCloudFormation(yaml: string): Template {
  const file = tempFile('template.yaml', yaml);
  const app = new App({context: {'@aws-cdk/core:validateAgainstDefaultRules': true}});
  const stack = new Stack(app, 'Included');
  new CfnInclude(stack, 'Template', {templateFile: file});
  const assembly = app.synth();
  return assembly.getStackByName(stack.stackName).template as Template;
}

/**
 * Type errors of TypeScript sources compiled together against the project's
 * node_modules (one program: loading aws-cdk-lib's and the EC2 client's types
 * is the slow part). Returns the errors per file name (empty: it compiles).
 */
export function typeErrors(sources: Record<string, string>): Record<string, string[]> {
  const dir = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.efa-snippet-'));
  const files = Object.entries(sources).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return [name, file] as const;
  });
  try {
    const program = ts.createProgram(
      files.map(([, f]) => f),
      {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        skipLibCheck: true,
        types: [],
        // The package root re-exports all ~300 service modules, which made one check take
        // 13 s; the snippets import App, Stack and the like from the root, which are core's.
        baseUrl: ROOT,
        paths: {'aws-cdk-lib': ['node_modules/aws-cdk-lib/core/index.d.ts']},
      },
    );
    const all = ts.getPreEmitDiagnostics(program);
    const out: Record<string, string[]> = {};
    for (const [name, file] of files) {
      out[name] = all.filter((d) => d.file === undefined || d.file.fileName === file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    }
    return out;
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

/** Transpile the CDK app and run it; returns the template of its (only) stack. */
export function synthCdkSource(source: string): Template {
  const js = ts.transpileModule(source, {compilerOptions: {module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022}}).outputText;
  const apps: App[] = [];
  const cdkLib = requireHere('aws-cdk-lib') as typeof import('aws-cdk-lib');
  class RecordingApp extends cdkLib.App {
    constructor(props?: ConstructorParameters<typeof cdkLib.App>[0]) {
      super(props);
      apps.push(this);
    }
  }
  const shimmed = {...cdkLib, App: RecordingApp};
  const sandboxRequire = (id: string) => (id === 'aws-cdk-lib' ? shimmed : requireHere(id));
  const module = {exports: {}};
  vm.runInNewContext(`(function (require, module, exports) {${js}\n})`, {})(sandboxRequire, module, module.exports);
  const app = apps[0];
  if (!app) throw new Error('The CDK source created no App.');
  const assembly = app.synth();
  const stack = assembly.stacks[0];
  if (!stack) throw new Error('The CDK app has no stack.');
  return stack.template as Template;
}

/** A module whose type check fails unless the CLI JSON fits RunInstancesRequest['NetworkInterfaces']. */
export function cliTypeModule(json: string): string {
  return `import type {RunInstancesRequest} from '@aws-sdk/client-ec2';\nexport const value: NonNullable<RunInstancesRequest['NetworkInterfaces']> = ${json.trim()};\n`;
}

/** Terraform HCL parsed to JSON by @cdktf/hcl2json (throws on a syntax error). */
export async function parseTerraform(hcl: string): Promise<Record<string, unknown>> {
  const {parse} = requireHere('@cdktf/hcl2json') as {parse: (file: string, text: string) => Promise<Record<string, unknown>>};
  return parse('main.tf', hcl);
}

/**
 * Arguments of aws_launch_template's network_interfaces block, as documented
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#network-interfaces,
 * read 2026-12-02), and the top-level arguments the snippet uses.
 */
export const TERRAFORM_NETWORK_INTERFACE_ARGS = [
  'associate_carrier_ip_address',
  'associate_public_ip_address',
  'connection_tracking_specification',
  'delete_on_termination',
  'description',
  'device_index',
  'ena_queue_count',
  'ena_srd_specification',
  'interface_type',
  'ipv4_address_count',
  'ipv4_addresses',
  'ipv4_prefix_count',
  'ipv4_prefixes',
  'ipv6_address_count',
  'ipv6_addresses',
  'ipv6_prefix_count',
  'ipv6_prefixes',
  'network_card_index',
  'network_interface_id',
  'primary_ipv6',
  'private_ip_address',
  'security_groups',
  'subnet_id',
] as const;

export const TERRAFORM_LAUNCH_TEMPLATE_ARGS = [
  'name',
  'name_prefix',
  'description',
  'instance_type',
  'image_id',
  'placement',
  'network_interfaces',
  'tags',
] as const;
/** interface_type values the provider accepts from 5.74 on (hashicorp/terraform-provider-aws#39882). */
export const TERRAFORM_INTERFACE_TYPES = ['efa', 'efa-only', 'interface'] as const;

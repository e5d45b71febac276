/**
 * The `aws ec2` subcommands and options that documentation snippets may use.
 *
 * Kept by hand from the AWS CLI v2 command reference
 * (https://awscli.amazonaws.com/v2/documentation/api/latest/reference/ec2/index.html),
 * including the CLI's own shortcuts (for example `run-instances --count` and the
 * `--protocol/--port/--cidr/--source-group` shortcuts of the security-group
 * rule commands). `tests/unit/snippets.test.ts` checks every `aws ec2 ...`
 * command in a ```bash block of docs/ against this list, so a typo such as
 * `--ena-suport` or an invented subcommand fails the build's unit tests.
 *
 * To add a command: copy its option names from the reference page above.
 * Boolean options are written once with `bool()`, which also allows the
 * `--no-` form, as the CLI does.
 */

/** `--x` and `--no-x` for a boolean option. */
function bool(name: string): string[] {
  return [`--${name}`, `--no-${name}`];
}

function opts(...names: (string | string[])[]): string[] {
  return names.flatMap((n) => (Array.isArray(n) ? n : [`--${n}`]));
}

/** Options every AWS CLI command accepts. */
export const GLOBAL_OPTIONS: readonly string[] = opts(
  'debug',
  'endpoint-url',
  'no-verify-ssl',
  'no-paginate',
  'output',
  'query',
  'profile',
  'region',
  'version',
  'color',
  'no-sign-request',
  'ca-bundle',
  'cli-read-timeout',
  'cli-connect-timeout',
  'cli-binary-format',
  'no-cli-pager',
  'cli-auto-prompt',
  'no-cli-auto-prompt',
  'cli-input-json',
  'cli-input-yaml',
  'generate-cli-skeleton',
);

/** Extra options of commands that the CLI paginates for you. */
export const PAGINATION_OPTIONS: readonly string[] = opts('starting-token', 'page-size', 'max-items');

const DRY = bool('dry-run');
const PAGED = ['--max-results', '--next-token', ...PAGINATION_OPTIONS];
const SG_SHORTCUTS = opts('protocol', 'port', 'cidr', 'source-group', 'group-owner');

/** Subcommand -> its own options (global options are added by the checker). */
export const EC2_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  // Instance types, instances and images
  'describe-instance-types': [...opts('instance-types', 'filters'), ...PAGED, ...DRY],
  'describe-instance-type-offerings': [...opts('location-type', 'filters'), ...PAGED, ...DRY],
  'describe-instances': [...opts('instance-ids', 'filters'), ...PAGED, ...DRY],
  'describe-instance-status': [...opts('instance-ids', 'filters'), ...bool('include-all-instances'), ...PAGED, ...DRY],
  'describe-instance-attribute': [...opts('attribute', 'instance-id'), ...DRY],
  'modify-instance-attribute': [
    ...opts(
      'instance-id',
      'attribute',
      'value',
      'block-device-mappings',
      'groups',
      'instance-initiated-shutdown-behavior',
      'instance-type',
      'kernel',
      'ramdisk',
      'sriov-net-support',
      'user-data',
    ),
    ...bool('source-dest-check'),
    ...bool('disable-api-stop'),
    ...bool('disable-api-termination'),
    ...bool('ebs-optimized'),
    ...bool('ena-support'),
    ...DRY,
  ],
  'describe-images': [
    ...opts('executable-users', 'image-ids', 'owners', 'filters'),
    ...bool('include-deprecated'),
    ...bool('include-disabled'),
    ...PAGED,
    ...DRY,
  ],
  'describe-image-attribute': [...opts('attribute', 'image-id'), ...DRY],
  'modify-image-attribute': [
    ...opts(
      'attribute',
      'description',
      'image-id',
      'launch-permission',
      'operation-type',
      'product-codes',
      'user-groups',
      'user-ids',
      'value',
      'organization-arns',
      'organizational-unit-arns',
      'imds-support',
    ),
    ...DRY,
  ],
  'register-image': [
    ...opts(
      'image-location',
      'architecture',
      'block-device-mappings',
      'description',
      'kernel-id',
      'name',
      'billing-products',
      'ramdisk-id',
      'root-device-name',
      'sriov-net-support',
      'virtualization-type',
      'boot-mode',
      'tpm-support',
      'uefi-data',
      'imds-support',
      'tag-specifications',
      'source-image-id',
    ),
    ...bool('ena-support'),
    ...DRY,
  ],
  'create-image': [
    ...opts('instance-id', 'name', 'description', 'block-device-mappings', 'tag-specifications', 'snapshot-location'),
    ...bool('reboot'),
    ...DRY,
  ],
  'run-instances': [
    ...opts(
      'block-device-mappings',
      'image-id',
      'instance-type',
      'ipv6-address-count',
      'ipv6-addresses',
      'kernel-id',
      'key-name',
      'monitoring',
      'placement',
      'ramdisk-id',
      'security-group-ids',
      'security-groups',
      'subnet-id',
      'user-data',
      'elastic-gpu-specification',
      'elastic-inference-accelerators',
      'tag-specifications',
      'launch-template',
      'instance-market-options',
      'credit-specification',
      'cpu-options',
      'capacity-reservation-specification',
      'hibernation-options',
      'license-specifications',
      'metadata-options',
      'enclave-options',
      'private-dns-name-options',
      'maintenance-options',
      'network-performance-options',
      'operator',
      'instance-initiated-shutdown-behavior',
      'private-ip-address',
      'client-token',
      'additional-info',
      'network-interfaces',
      'iam-instance-profile',
      'count',
      'secondary-private-ip-addresses',
      'secondary-private-ip-address-count',
    ),
    ...bool('disable-api-stop'),
    ...bool('enable-api-stop'),
    ...bool('disable-api-termination'),
    ...bool('ebs-optimized'),
    ...bool('enable-primary-ipv6'),
    ...bool('associate-public-ip-address'),
    ...DRY,
  ],
  'start-instances': [...opts('instance-ids', 'additional-info'), ...DRY],
  'stop-instances': [...opts('instance-ids'), ...bool('hibernate'), ...bool('skip-os-shutdown'), ...bool('force'), ...DRY],
  'reboot-instances': [...opts('instance-ids'), ...DRY],
  'terminate-instances': [...opts('instance-ids'), ...bool('skip-os-shutdown'), ...bool('force'), ...DRY],
  'get-console-output': [...opts('instance-id'), ...bool('latest'), ...DRY],
  'modify-instance-placement': [
    ...opts('group-name', 'partition-number', 'host-resource-group-arn', 'group-id', 'instance-id', 'tenancy', 'affinity', 'host-id'),
  ],

  // Launch templates
  'create-launch-template': [
    ...opts('client-token', 'launch-template-name', 'version-description', 'launch-template-data', 'operator', 'tag-specifications'),
    ...DRY,
  ],
  'create-launch-template-version': [
    ...opts('client-token', 'launch-template-id', 'launch-template-name', 'source-version', 'version-description', 'launch-template-data'),
    ...bool('resolve-alias'),
    ...DRY,
  ],
  'describe-launch-templates': [...opts('launch-template-ids', 'launch-template-names', 'filters'), ...PAGED, ...DRY],
  'describe-launch-template-versions': [
    ...opts('launch-template-id', 'launch-template-name', 'versions', 'min-version', 'max-version', 'filters'),
    ...bool('resolve-alias'),
    ...PAGED,
    ...DRY,
  ],

  // VPC Flow Logs (per interface, subnet or VPC)
  'create-flow-logs': [
    ...opts(
      'resource-ids',
      'resource-type',
      'traffic-type',
      'log-destination-type',
      'log-destination',
      'log-group-name',
      'deliver-logs-permission-arn',
      'deliver-cross-account-role',
      'log-format',
      'max-aggregation-interval',
      'destination-options',
      'tag-specifications',
      'client-token',
    ),
    ...DRY,
  ],

  // Network interfaces
  'create-network-interface': [
    ...opts(
      'subnet-id',
      'description',
      'groups',
      'private-ip-address',
      'private-ip-addresses',
      'secondary-private-ip-address-count',
      'ipv6-addresses',
      'ipv6-address-count',
      'interface-type',
      'ipv4-prefixes',
      'ipv4-prefix-count',
      'ipv6-prefixes',
      'ipv6-prefix-count',
      'tag-specifications',
      'client-token',
      'connection-tracking-specification',
      'operator',
    ),
    ...bool('enable-primary-ipv6'),
    ...DRY,
  ],
  'delete-network-interface': [...opts('network-interface-id'), ...DRY],
  'attach-network-interface': [
    ...opts('network-card-index', 'ena-srd-specification', 'ena-queue-count', 'device-index', 'instance-id', 'network-interface-id'),
    ...DRY,
  ],
  'detach-network-interface': [...opts('attachment-id'), ...bool('force'), ...DRY],
  'describe-network-interfaces': [...opts('network-interface-ids', 'filters'), ...PAGED, ...DRY],
  'describe-network-interface-attribute': [...opts('attribute', 'network-interface-id'), ...DRY],
  'modify-network-interface-attribute': [
    ...opts(
      'ena-srd-specification',
      'connection-tracking-specification',
      'associated-subnet-ids',
      'network-interface-id',
      'description',
      'groups',
      'attachment',
    ),
    ...bool('enable-primary-ipv6'),
    ...bool('associate-public-ip-address'),
    ...bool('source-dest-check'),
    ...DRY,
  ],
  'reset-network-interface-attribute': [...opts('network-interface-id', 'source-dest-check'), ...DRY],
  'assign-private-ip-addresses': [
    ...opts('network-interface-id', 'private-ip-addresses', 'secondary-private-ip-address-count', 'ipv4-prefixes', 'ipv4-prefix-count'),
    ...bool('allow-reassignment'),
  ],
  'unassign-private-ip-addresses': [...opts('network-interface-id', 'private-ip-addresses', 'ipv4-prefixes')],
  'assign-ipv6-addresses': [...opts('ipv6-address-count', 'ipv6-addresses', 'ipv6-prefix-count', 'ipv6-prefixes', 'network-interface-id')],
  'unassign-ipv6-addresses': [...opts('ipv6-addresses', 'ipv6-prefixes', 'network-interface-id')],

  // Elastic IP addresses
  'allocate-address': [
    ...opts('domain', 'address', 'public-ipv4-pool', 'network-border-group', 'customer-owned-ipv4-pool', 'tag-specifications', 'ipam-pool-id'),
    ...DRY,
  ],
  'associate-address': [
    ...opts('allocation-id', 'instance-id', 'public-ip', 'network-interface-id', 'private-ip-address'),
    ...bool('allow-reassociation'),
    ...DRY,
  ],
  'disassociate-address': [...opts('association-id', 'public-ip'), ...DRY],
  'release-address': [...opts('allocation-id', 'public-ip', 'network-border-group'), ...DRY],
  'describe-addresses': [...opts('public-ips', 'allocation-ids', 'filters'), ...DRY],

  // Security groups
  'create-security-group': [...opts('description', 'group-name', 'vpc-id', 'tag-specifications'), ...DRY],
  'delete-security-group': [...opts('group-id', 'group-name'), ...DRY],
  'describe-security-groups': [...opts('group-ids', 'group-names', 'filters'), ...PAGED, ...DRY],
  'describe-security-group-rules': [...opts('filters', 'security-group-rule-ids'), ...PAGED, ...DRY],
  'authorize-security-group-ingress': [...opts('group-id', 'group-name', 'ip-permissions', 'tag-specifications'), ...SG_SHORTCUTS, ...DRY],
  'authorize-security-group-egress': [...opts('group-id', 'ip-permissions', 'tag-specifications'), ...SG_SHORTCUTS, ...DRY],
  'revoke-security-group-ingress': [...opts('group-id', 'group-name', 'ip-permissions', 'security-group-rule-ids'), ...SG_SHORTCUTS, ...DRY],
  'revoke-security-group-egress': [...opts('group-id', 'ip-permissions', 'security-group-rule-ids'), ...SG_SHORTCUTS, ...DRY],

  // Placement groups
  'create-placement-group': [...opts('partition-count', 'tag-specifications', 'spread-level', 'operator', 'group-name', 'strategy'), ...DRY],
  'delete-placement-group': [...opts('group-name'), ...DRY],
  'describe-placement-groups': [...opts('group-ids', 'group-names', 'filters'), ...DRY],

  // VPC, subnets, zones, tags
  'describe-vpcs': [...opts('vpc-ids', 'filters'), ...PAGED, ...DRY],
  'describe-subnets': [...opts('subnet-ids', 'filters'), ...PAGED, ...DRY],
  'describe-availability-zones': [...opts('zone-names', 'zone-ids', 'filters'), ...bool('all-availability-zones'), ...DRY],
  'describe-regions': [...opts('region-names', 'filters'), ...bool('all-regions'), ...DRY],
  'create-tags': [...opts('resources', 'tags'), ...DRY],
  'describe-tags': [...opts('filters'), ...PAGED, ...DRY],
};

/** `aws ec2 wait <waiter>`: each waiter takes the options of the describe command it polls. */
export const EC2_WAITERS: Readonly<Record<string, string>> = {
  'instance-exists': 'describe-instances',
  'instance-running': 'describe-instances',
  'instance-stopped': 'describe-instances',
  'instance-terminated': 'describe-instances',
  'instance-status-ok': 'describe-instance-status',
  'image-available': 'describe-images',
  'image-exists': 'describe-images',
  'network-interface-available': 'describe-network-interfaces',
  'security-group-exists': 'describe-security-groups',
  'subnet-available': 'describe-subnets',
  'vpc-available': 'describe-vpcs',
};

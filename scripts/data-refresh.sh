#!/usr/bin/env bash
# Offline half of the scheduled data refresh (.github/workflows/data-refresh.yml):
# converts the downloaded upstream files and runs the importer into src/data/
# (or OUT_DIR). Needs no network; tested against fixtures in
# scripts/lib/dataRefresh.test.ts.
#
#   scripts/data-refresh.sh <upstream dir>
#
# <upstream dir> holds: instance_types.json, offerings/{region,availability-zone-id}/*.json,
# eni-max-pods.txt, vpc_ip_resource_limit.go, zz_generated.vpclimits.go,
# zz_generated.bandwidth.go and provenance.env (commits and dates, see the workflow).
set -euo pipefail
UP=${1:?usage: data-refresh.sh <upstream dir>}
OUT_DIR=${OUT_DIR:-src/data}
TSX="node node_modules/tsx/dist/cli.mjs"
# shellcheck disable=SC1091
set -a
source "$UP/provenance.env"
set +a

$TSX scripts/convert-upstream-go.ts karpenter-vpclimits "$UP/zz_generated.vpclimits.go" "$UP/karpenter-vpc-limits.json"
$TSX scripts/convert-upstream-go.ts karpenter-bandwidth "$UP/zz_generated.bandwidth.go" "$UP/karpenter-instance-bandwidth.json"
$TSX scripts/convert-upstream-go.ts vpc-cni-limits "$UP/vpc_ip_resource_limit.go" "$UP/vpc-cni-instance-network-limits.json"

node -e '
const e = process.env;
const gh = (repo, commit, p) => `https://github.com/${repo}/blob/${commit}/${p}`;
const prov = {
  karpenter: {repository: "https://github.com/aws/karpenter-provider-aws", path: "pkg/providers/instancetype/zz_generated.vpclimits.go", commit: e.KARPENTER_COMMIT, versionDate: e.KARPENTER_DATE, generated: e.KARPENTER_GENERATED, licence: "Apache-2.0", url: gh("aws/karpenter-provider-aws", e.KARPENTER_COMMIT, "pkg/providers/instancetype/zz_generated.vpclimits.go")},
  docsBandwidth: {repository: "https://github.com/aws/karpenter-provider-aws", path: "pkg/providers/instancetype/zz_generated.bandwidth.go", commit: e.KARPENTER_COMMIT, versionDate: e.KARPENTER_DATE, licence: "Apache-2.0", url: gh("aws/karpenter-provider-aws", e.KARPENTER_COMMIT, "pkg/providers/instancetype/zz_generated.bandwidth.go"), note: "Scraped from the Network specifications tables of https://docs.aws.amazon.com/ec2/latest/instancetypes/"},
  offerings: {repository: "https://github.com/getmoto/moto", path: "moto/ec2/resources/instance_type_offerings/{region,availability-zone-id}/", commit: e.MOTO_COMMIT, versionDate: e.OFFERINGS_DATE, licence: "Apache-2.0", url: `https://github.com/getmoto/moto/tree/${e.MOTO_COMMIT}/moto/ec2/resources/instance_type_offerings`},
  vpcCni: {repository: "https://github.com/aws/amazon-vpc-cni-k8s", path: "pkg/vpc/vpc_ip_resource_limit.go, misc/eni-max-pods.txt", commit: e.CNI_COMMIT, versionDate: e.CNI_DATE, licence: "Apache-2.0", url: gh("aws/amazon-vpc-cni-k8s", e.CNI_COMMIT, "misc/eni-max-pods.txt")},
};
for (const [k, v] of Object.entries(prov)) for (const [f, x] of Object.entries(v)) if (!x) { console.error(`provenance.env: ${k}.${f} is empty`); process.exit(1); }
require("fs").writeFileSync(process.argv[1], JSON.stringify(prov, null, 1));
' "$UP/provenance.json"

$TSX scripts/import-instance-data.ts "$UP/instance_types.json" \
  --karpenter "$UP/karpenter-vpc-limits.json" \
  --offerings "$UP/offerings" \
  --bandwidth "$UP/karpenter-instance-bandwidth.json" \
  --vpc-cni "$UP/vpc-cni-instance-network-limits.json" \
  --max-pods "$UP/eni-max-pods.txt" \
  --source-commit "$MOTO_COMMIT" --version-date "$MOTO_DATE" \
  --extra-provenance "$UP/provenance.json" \
  --out-dir "$OUT_DIR" | tee "$UP/import-summary.txt"

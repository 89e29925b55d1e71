#!/usr/bin/env bash
# The JSON Schemas, proved from outside Java (issue 12): ajv validates every golden file and every
# invalid fixture, and TypeScript types made by quicktype compile with tsc. Needs node and npm;
# installs the pinned packages of package-lock.json under target/ (npm's cache in ~/.npm).
# Run after the build: it uses the schema in dpa-json/target and the dpa-cli jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=target/schema-check
mkdir -p "$work"
cp .ci/schema/package.json .ci/schema/package-lock.json .ci/schema/check.mjs "$work/"
(cd "$work" && npm ci --no-audit --no-fund --loglevel=error)

jar=$(ls dpa-cli/target/dpa-cli-*-all.jar | head -n 1)
cp dpa-json/target/classes/org/dpa4j/json/dpa-agreement.schema.json "$work/"
java -jar "$jar" schema --policy > "$work/dpa-policy.schema.json"
java -jar "$jar" schema --report > "$work/dpa-report.schema.json"
# Findings make validate exit 1; the report is what counts here.
java -jar "$jar" validate --format json examples/agreements > "$work/report.json" || [ $? -eq 1 ]
node "$work/check.mjs" "$PWD" "$work"

# TypeScript types from the schema, as the README shows, and they compile.
(cd "$work" &&
  npx quicktype --src-lang schema --lang ts --just-types --top-level DataProcessingAgreement \
    -o dpa-agreement.ts dpa-agreement.schema.json &&
  npx tsc --strict --noEmit dpa-agreement.ts)
echo "quicktype: TypeScript types of the agreement schema compile with tsc"

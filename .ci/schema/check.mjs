// Validates dpa4j's documents with ajv (JSON Schema 2020-12), a validator with no Java in it.
// Usage: node check.mjs REPO_ROOT SCHEMA_DIR
// SCHEMA_DIR holds dpa-agreement.schema.json, dpa-policy.schema.json, dpa-report.schema.json and
// report.json (a report printed by `dpa validate --format json`). Exits 1 when ajv's verdict on any
// file differs from the expected one.
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [root, schemas] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
addFormats(ajv);
// The schemas' own annotations (README, "JSON Schema"): descriptions in Dutch and per enum value.
ajv.addVocabulary(["x-description-nl", "x-enum-descriptions", "x-enum-descriptions-nl"]);
const load = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
const agreement = ajv.compile(load(path.join(schemas, "dpa-agreement.schema.json")));
const policy = ajv.compile(load(path.join(schemas, "dpa-policy.schema.json")));
const report = ajv.compile(load(path.join(schemas, "dpa-report.schema.json")));

let passed = 0;
let failed = 0;
function expect(validate, file, accepted, why) {
  const actual = validate(load(file));
  if (actual === accepted) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${path.relative(root, file)}: expected ${accepted ? "valid" : "invalid"} (${why})`);
    console.log(JSON.stringify(validate.errors, null, 1).slice(0, 2000));
  }
}
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith(".json") ? [path.join(dir, e.name)] : []);
}

// Golden files: every agreement of schema version 2 is valid; version 1 files are outside the
// schema (the reader upgrades them: schema_version_1 in the schema's $comment).
for (const file of walk(path.join(root, "examples/agreements")).sort()) {
  const v1 = file.split(path.sep).includes("v1");
  expect(agreement, file, !v1, v1 ? "schema version 1" : "golden file");
}
const json = path.join(root, "dpa-json/src/test/resources");
expect(agreement, path.join(json, "golden/v2/minimal.json"), true, "golden file");
expect(agreement, path.join(json, "valid/v2/base.json"), true, "base of the invalid fixtures");
expect(agreement, path.join(json, "golden/v2/lenient-extensions.json"), false, "unknown properties");
// Invalid fixtures: the index says what a schema can see (null: only the JSON text is wrong).
for (const entry of load(path.join(json, "invalid/v2/index.json"))) {
  if (entry.schemaRejects !== null) {
    expect(agreement, path.join(json, "invalid/v2", entry.file), !entry.schemaRejects, entry.what);
  }
}
const schemaCase = load(path.join(json, "cases/schema/accepted-by-schema-rejected-by-reader.json"));
schemaCase.schemaVersion = "2";
if (agreement(schemaCase)) {
  failed++;
  console.log("FAIL cases/schema/accepted-by-schema-rejected-by-reader.json (as version 2) is valid");
} else {
  passed++;
}
for (const file of walk(path.join(root, "examples/policies")).sort()) {
  expect(policy, file, true, "example policy");
}
expect(report, path.join(schemas, "report.json"), true, "report printed by dpa validate");
console.log(`ajv: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

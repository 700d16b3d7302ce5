// DuckDB baseline for run_screen_bench.sh: selects the OpenAlex works that have an institution
// with country_code "KP" and writes their ids, one per line, to OUT (or counts only).
//
//   node bench/duckdb_select.mjs FILE.jsonl [OUT.ids]
//
// Prints the number of selected works on stdout. The columns are declared, so DuckDB's JSON
// reader extracts only what the filter needs (its fastest mode, the fairest baseline); set
// DUCKDB_AUTODETECT=1 to let read_json infer the whole schema instead.
import { writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [file, out] = process.argv.slice(2);
if (!file) {
  console.error('usage: node duckdb_select.mjs FILE.jsonl [OUT.ids]');
  process.exit(2);
}

const quoted = `'${file.replaceAll("'", "''")}'`;
const columns = process.env.DUCKDB_AUTODETECT
  ? ''
  : ", columns={id: 'VARCHAR', authorships: 'STRUCT(institutions STRUCT(country_code VARCHAR)[])[]'}";
const sql = `
  SELECT id
  FROM read_json(${quoted}, format='newline_delimited', maximum_object_size=67108864${columns})
  WHERE list_contains(
    flatten(list_transform(authorships, lambda a: list_transform(a.institutions, lambda i: i.country_code))),
    'KP')`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const ids = reader.getRows().map((row) => row[0]);
if (out) writeFileSync(out, ids.map((id) => `${id}\n`).join(''));
console.log(ids.length);
connection.closeSync();
instance.closeSync();

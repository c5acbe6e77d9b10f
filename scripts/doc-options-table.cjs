/**
 * The options table of a rule doc, with nested options where they live.
 *
 * eslint-doc-generator lists every `properties` entry it finds anywhere in a schema as a top-level option:
 * `importFrom`, required inside `secretsClient`, showed as a required option of the rule. This table names
 * nested options by their path instead (`secretsClient.importFrom`, `customDetectors[].pattern`), right
 * after their parent, and says in which object they are required. `.eslint-doc-generatorrc.js` applies it
 * as a postprocess step, so `npm run docs` writes it and `npm run docs:check` compares it.
 */
'use strict';

const BEGIN = '<!-- begin auto-generated rule options list -->';
const END = '<!-- end auto-generated rule options list -->';

/** `Boolean`, `String[]`, `Object[]`… as eslint-doc-generator writes types. */
function typeOf(schema) {
  const name = (type) => (type ? type.charAt(0).toUpperCase() + type.slice(1) : '');
  if (schema.type === 'array' && schema.items && !Array.isArray(schema.items) && schema.items.type) {
    return `${name(schema.items.type)}[]`;
  }
  return Array.isArray(schema.type) ? schema.type.map(name).join(', ') : name(schema.type);
}

function formatDefault(value) {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '`[]`' : `[${value.map((v) => `\`${String(v)}\``).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `\`${JSON.stringify(value)}\``;
  return `\`${String(value)}\``;
}

/** One row per option, nested options (objects, and objects in arrays) after their parent. */
function optionRows(schema, defaults, prefix, parent) {
  const rows = [];
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const names = Object.keys(schema.properties ?? {}).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  for (const name of names) {
    const property = schema.properties[name];
    const path = `${prefix}${name}`;
    rows.push({
      name: path,
      description: property.description ?? '',
      type: typeOf(property),
      choices: Array.isArray(property.enum) ? property.enum.map((v) => `\`${String(v)}\``).join(', ') : '',
      default: formatDefault(defaults?.[name]),
      required: required.has(name) ? (parent === undefined ? 'Yes' : `Yes, in \`${parent}\``) : '',
    });
    if (property.type === 'object' && property.properties) {
      rows.push(...optionRows(property, defaults?.[name], `${path}.`, path));
    } else if (property.type === 'array' && property.items && property.items.type === 'object' && property.items.properties) {
      rows.push(...optionRows(property.items, undefined, `${path}[].`, `${path}[]`));
    }
  }
  return rows;
}

function escapeCell(text) {
  return text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
}

/** A Markdown table, columns padded like eslint-doc-generator's, empty columns left out. */
function table(rows) {
  const columns = [
    ['name', 'Name'],
    ['description', 'Description'],
    ['type', 'Type'],
    ['choices', 'Choices'],
    ['default', 'Default'],
    ['required', 'Required'],
  ].filter(([key]) => key === 'name' || rows.some((row) => row[key] !== ''));
  const cells = [
    columns.map(([, header]) => header),
    ...rows.map((row) => columns.map(([key]) => (key === 'name' ? `\`${row.name}\`` : escapeCell(row[key])))),
  ];
  const widths = columns.map((_, i) => Math.max(3, ...cells.map((line) => [...line[i]].length)));
  const line = (values) => `| ${values.map((value, i) => value + ' '.repeat(widths[i] - [...value].length)).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((w) => `:${'-'.repeat(w - 1)}`).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

/** The options table of `rule` (a rule module with `meta.schema` and `meta.defaultOptions`). */
function optionsTable(rule) {
  const schema = Array.isArray(rule.meta.schema) ? rule.meta.schema[0] : rule.meta.schema;
  if (!schema || !schema.properties) return '';
  const defaults = Array.isArray(rule.meta.defaultOptions) ? rule.meta.defaultOptions[0] : undefined;
  return table(optionRows(schema, defaults, '', undefined));
}

/** Replaces the generated options list of a rule doc with the table that shows nesting. */
function replaceOptionsTable(markdown, rule) {
  const start = markdown.indexOf(BEGIN);
  const end = markdown.indexOf(END);
  if (start === -1 || end === -1) return markdown;
  return `${markdown.slice(0, start)}${BEGIN}\n\n${optionsTable(rule)}\n\n${markdown.slice(end)}`;
}

module.exports = { optionsTable, replaceOptionsTable };

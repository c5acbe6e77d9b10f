/** eslint-doc-generator settings: rule doc headers and the README rules table come from each rule's meta. */
const path = require('node:path');
const { replaceOptionsTable } = require('./scripts/doc-options-table.cjs');

module.exports = {
  ruleDocTitleFormat: 'prefix-name',
  ruleDocSectionInclude: ['Rule details', 'Options', 'When not to use it'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'options'],
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
    ['yaml', '📄'],
    ['json', '🔣'],
  ],
  urlConfigs: 'https://github.com/eslint-plugin-secrets/eslint-plugin-secrets#configs',
  /** The generator lists nested options as top-level ones; rule docs get a table that shows the nesting. */
  postprocess(content, file) {
    const docs = path.join(__dirname, 'docs', 'rules');
    if (path.dirname(file) !== docs) return content;
    const { rules } = require('./dist/index.js');
    const rule = rules[path.basename(file, '.md')];
    return rule ? replaceOptionsTable(content, rule) : content;
  },
};

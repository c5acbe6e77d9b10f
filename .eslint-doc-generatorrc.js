/** eslint-doc-generator settings: rule doc headers and the README rules table come from each rule's meta. */
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
};

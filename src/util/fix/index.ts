/** Fix builders shared by the rules. */
export { addImportFix, findImportBinding, type ImportRequest } from './imports.js';
export { removeListItem } from './list.js';

/** Fix builders shared by the rules. */
export { freeImportName, namesInFile, resolvesToTopLevel, usableBinding } from './bindings.js';
export { addImportFix, findImportBinding, type ImportRequest } from './imports.js';
export { removeListItem } from './list.js';
export { checkImportName, importNameSchema } from './import-name.js';

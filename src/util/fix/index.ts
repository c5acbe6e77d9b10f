/** Fix builders shared by the rules. */
import * as bindings from './bindings.js';
import * as importName from './import-name.js';
import * as imports from './imports.js';
import * as list from './list.js';

export type { ImportRequest } from './imports.js';
// Constants, not re-exports: TypeScript compiles a re-export to CommonJS as a getter.
export const freeImportName = bindings.freeImportName;
export const namesInFile = bindings.namesInFile;
export const resolvesToTopLevel = bindings.resolvesToTopLevel;
export const usableBinding = bindings.usableBinding;
export const addImportFix = imports.addImportFix;
export const findImportBinding = imports.findImportBinding;
export const removeListItem = list.removeListItem;
export const checkImportName = importName.checkImportName;
export const importNameSchema = importName.importNameSchema;

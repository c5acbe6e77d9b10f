import type { ComponentFormat } from '../model.js';

/**
 * Vue single-file components and Svelte components: compiled to JavaScript that runs in the browser (and,
 * with server-side rendering, on the server too), wherever they sit. A framework convention may still say
 * otherwise first: a Nuxt server component (`Comments.server.vue`) is rendered on the server only.
 */
export const vueComponents: ComponentFormat = {
  extension: 'vue',
  name: 'Vue',
  side: 'client',
  reason: 'a Vue single-file component, compiled for the browser',
};

export const svelteComponents: ComponentFormat = {
  extension: 'svelte',
  name: 'Svelte',
  side: 'client',
  reason: 'a Svelte component, compiled for the browser',
};

/**
 * Starts the editors' CMS at /admin/ (bundled by src/integrations/cms.ts):
 * Sveltia CMS (its own sveltia-cms.js, from npm, loaded after this script)
 * with our file format, src/lib/cms-format.ts.
 */
import type CMS from '@sveltia/cms';
import { FORMAT, fromFile, toFile } from '~/lib/cms-format';

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: typeof CMS;
  }
}

// This script runs before sveltia-cms.js, which then waits to be started here, with our format registered.
window.CMS_MANUAL_INIT = true;
document.addEventListener('DOMContentLoaded', () => {
  window.CMS!.registerCustomFormat(FORMAT, 'md', { fromFile, toFile });
  void window.CMS!.init();
});

/** The action's entry point (bundled to dist/index.js): only runs main. */
import { run } from './main.js';

void run();

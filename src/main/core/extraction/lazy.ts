// The extraction pipeline (lexicons, German verb forms, the check-worthiness model: about half a
// megabyte of code and data to load and initialise), loaded on first use: a command or call that
// only reads the store (`claimdesk list`, articles.list, articles.get) never loads it.
import { loadWhenNeeded } from '../lazy';

// The require's path is in a variable so that the bundler does not make it a static import (see lazy.ts).
const PATH = './index';
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
export const loadExtraction = loadWhenNeeded<typeof import('./index')>(() => import('./index'), () => require(PATH));

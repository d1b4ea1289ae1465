// A worker thread of `--jobs N`: a plain module, since a worker starts without the TypeScript loader
// the main thread has; it registers that loader, then runs the same `analyzeRecord` as one thread does.
import { register } from 'tsx/esm/api';

register();
const { analyzeRecord } = await import('./analyze-record.ts');

export default analyzeRecord;

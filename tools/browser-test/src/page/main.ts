// Glue between the page and the test: `window.runApp(config)` runs the app, `window.hostStep` is exposed by the
// test (playwright's exposeFunction) so the app can ask Node to act on the emulator.
import { type AppConfig, type AppReport, type Host, runApp } from './app.js';

declare global {
  interface Window {
    runApp(config: AppConfig): Promise<AppReport>;
    hostStep: Host;
  }
}

window.runApp = (config) => runApp(config, (step) => window.hostStep(step));

/** The issue context's app, started once its panel is shown (main.tsx). */
import { mountApp } from '../../shared/src/mount-app';
import { App } from './app';

export function start(): void {
  mountApp(<App />);
}

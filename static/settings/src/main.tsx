/** Entry point of the project settings page's Custom UI bundle. */
import { mountApp } from '../../shared/src/mount-app';
import { App } from './app';

mountApp(<App />);

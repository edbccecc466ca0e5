/** Entry point of the dashboard gadget's Custom UI bundle (view and edit). */
import { mountApp } from '../../shared/src/mount-app';
import { App } from './app';

mountApp(<App />);

/** Entry point of the issue context's Custom UI bundle (jira:issueContext on incidents). */
import { mountApp } from '../../shared/src/mount-app';
import { App } from './app';

mountApp(<App />);

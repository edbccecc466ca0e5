/**
 * lazyPart: a part whose code has already arrived (preloaded, prefetched) renders in the first render,
 * without its loading state and the retry render that follows it; a part still loading shows the state.
 */
import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { lazyPart } from '../../../static/shared/src/lazy-part';

// The loading state is Atlaskit's spinner, whose styles node cannot load; its markup is not what is tested.
jest.mock('../../../static/shared/src/loading-state', () => ({ LoadingState: () => null }));

function Greeting({ name }: { name: string }) {
  return createElement('p', null, `Hello ${name}`);
}

const render = (Component: typeof Greeting) =>
  renderToString(createElement(Suspense, { fallback: createElement('p', null, 'Loading…') }, createElement(Component, { name: 'Ada' })));

describe('lazyPart', () => {
  it('renders a part whose code has arrived at once', async () => {
    const part = lazyPart(async () => ({ Greeting }), 'Greeting');
    await part.load();
    expect(render(part.Component)).toContain('Hello Ada');
  });

  it('shows the loading state for a part whose code has not arrived', () => {
    const part = lazyPart(() => new Promise<{ Greeting: typeof Greeting }>(() => undefined), 'Greeting');
    expect(render(part.Component)).toContain('Loading…');
  });

  it('asks for the code again after a failed load', async () => {
    let calls = 0;
    const part = lazyPart(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return { Greeting };
    }, 'Greeting');
    await expect(part.load()).rejects.toThrow('offline');
    await part.load();
    expect(calls).toBe(2);
    expect(render(part.Component)).toContain('Hello Ada');
  });
});

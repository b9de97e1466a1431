/** Deterministic KB generator (seeded PRNG): mixed seed and front-matter entries, some with defects. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** mulberry32: small, fast, good enough to vary generated text reproducibly. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'upstream gateway refused timeout reset header proxy nginx haproxy socket pool worker backend health check keepalive buffer resolver certificate handshake'.split(' ');

function sentence(random, words) {
  return Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

function entry(index, random) {
  const slug = `generated-${index}`;
  const frontMatter = index % 3 === 0;
  const defect = index % 10 === 7;
  const fix = 60 + Math.floor(random() * 30);
  const metadata = frontMatter
    ? `---\nid: api/${slug}\ntitle: "502 Bad Gateway: ${sentence(random, 4)}"\ndomain: api\ncategory: network_error\nverification: ai_generated\nfix_rate: ${fix}\nsignals:\n  http_status: [502]\n  probe: [refused]\n---\n`
    : `# 502 Bad Gateway: ${sentence(random, 4)}\n\n- **ID:** \`api/${slug}\`\n- **Domain:** api\n- **Category:** network_error\n- **Verification:** ai_generated\n- **Fix Rate:** ${defect ? '0.85' : `${fix}%`}\n\n`;
  const workarounds = Array.from({ length: 3 }, (_, n) => {
    const title = sentence(random, 8);
    return `${n + 1}. **${title}** (${fix + 5 - n}% success)\n   \`\`\`bash\n   ${defect && n === 0 ? title : `curl -sS http://127.0.0.1:${8000 + n}/health`}\n   \`\`\`\n`;
  }).join('');
  const deadEnds = Array.from({ length: 3 }, () => `- **${defect ? '' : sentence(random, 3)}** — ${sentence(random, 12)} (${50 + Math.floor(random() * 40)}% fail)\n`).join('');
  const signals = frontMatter ? '' : '\n## Signals\n\n- http_status: 502\n- probe: refused\n';
  return `${metadata}## Root Cause\n\n${sentence(random, 40)}.\n\n${sentence(random, 30)}.\n\n## Version Compatibility\n\n| Version | Status | Introduced | Deprecated |\n|---------|--------|------------|------------|\n| Nginx 1.24+ | active | — | — |\n| HAProxy 2.8+ | active | — | — |\n\n## Workarounds\n\n${workarounds}\n## Dead Ends\n\n${deadEnds}${signals}`;
}

/** Writes `count` entries under `dir/api/` and returns the glob that selects them. */
export function generateKb(dir, count, seed = 42) {
  const random = prng(seed);
  mkdirSync(path.join(dir, 'api'), { recursive: true });
  for (let index = 0; index < count; index += 1) writeFileSync(path.join(dir, 'api', `generated-${index}.md`), entry(index, random));
  return `${dir}/**/*.md`;
}

/** The seed entry as it was first written, with all of its defects (test/fixtures/seed-verbatim/). */
const SEED = fileURLToPath(new URL('../test/fixtures/seed-verbatim/502-bad-gateway-upstream-unreachable.md', import.meta.url));

/**
 * The worst case: `count` copies of the seed entry, each with its own id and carrying every defect of the
 * original (about four findings per file), so reporting dominates. Returns the glob that selects them.
 */
export function generateDefectKb(dir, count) {
  const seed = readFileSync(SEED, 'utf8');
  mkdirSync(path.join(dir, 'api'), { recursive: true });
  for (let index = 0; index < count; index += 1) {
    const id = `defect-${index}`;
    writeFileSync(path.join(dir, 'api', `${id}.md`), seed.replace('api/http-502-bad-gateway-upstream-unreachable', `api/${id}`));
  }
  return `${dir}/**/*.md`;
}

/** Pineapple: canned pineapple and processed pineapple (jam, chips). */
import { hsl, jar, leaf, n, packLabel, plate, room, shadow } from './helpers.mjs';

/** A whole pineapple standing on its base at (x, base). */
export function pineapple(ctx, x, base, s = 1) {
  const w = 150 * s;
  const h = 230 * s;
  const cy = base - h / 2;
  const clip = ctx.id('pine');
  let diamonds = '';
  for (let r = -4; r <= 4; r++) {
    diamonds += `<path d="M${n(x - w)} ${n(cy + r * 52 * s - w)} l${n(2 * w)} ${n(2 * w)}" stroke="#b97a12" stroke-width="${n(6 * s)}" opacity=".5"/>`;
    diamonds += `<path d="M${n(x + w)} ${n(cy + r * 52 * s - w)} l${n(-2 * w)} ${n(2 * w)}" stroke="#b97a12" stroke-width="${n(6 * s)}" opacity=".5"/>`;
  }
  const crown = [[-70, -130, -20], [-40, -190, -10], [0, -230, 0], [40, -190, 10], [70, -130, 20], [-95, -80, -30], [95, -80, 30]]
    .map(([dx, dy]) => `<path d="M${n(x - 18 * s)} ${n(base - h + 10 * s)} Q${n(x + dx * s * 0.4)} ${n(base - h + dy * s * 0.5)} ${n(x + dx * s)} ${n(base - h + dy * s)} Q${n(x + dx * s * 0.3)} ${n(base - h + dy * s * 0.3)} ${n(x + 18 * s)} ${n(base - h + 10 * s)}Z" fill="#3f8f3c"/>`)
    .join('');
  return `${shadow(x, base, w * 0.95, 18 * s)}${crown}<defs><clipPath id="${clip}"><ellipse cx="${n(x)}" cy="${n(cy)}" rx="${n(w * 0.78)}" ry="${n(h / 2)}"/></clipPath></defs>
  <ellipse cx="${n(x)}" cy="${n(cy)}" rx="${n(w * 0.78)}" ry="${n(h / 2)}" fill="#f0b62f"/>
  <g clip-path="url(#${clip})">${diamonds}<ellipse cx="${n(x + w * 0.35)}" cy="${n(cy)}" rx="${n(w * 0.5)}" ry="${n(h * 0.6)}" fill="#b9700e" opacity=".25"/></g>`;
}

/** A pineapple ring (slice) seen from above at an angle. */
const ring = (cx, cy, r) =>
  `<ellipse cx="${cx}" cy="${cy + 8}" rx="${r}" ry="${n(r * 0.42)}" fill="#e2a21e"/><ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${n(r * 0.42)}" fill="#f9d45a" stroke="#eeb52b" stroke-width="5"/>
  <ellipse cx="${cx}" cy="${cy}" rx="${n(r * 0.3)}" ry="${n(r * 0.13)}" fill="#e8c065"/><ellipse cx="${cx}" cy="${cy}" rx="${n(r * 0.62)}" ry="${n(r * 0.26)}" fill="none" stroke="#fbe592" stroke-width="4"/>`;

export function nanasKaleng(ctx) {
  const x = 330;
  const y = 330;
  const w = 480;
  const h = 560;
  const metal = ctx.id('metal');
  return `${room(ctx)}<defs><linearGradient id="${metal}" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="#9aa3aa"/><stop offset=".3" stop-color="#e9edf0"/><stop offset=".7" stop-color="#c4cbd0"/><stop offset="1" stop-color="#8d969d"/></linearGradient></defs>
  ${shadow(x + w / 2, y + h, w * 0.62, 30)}
  <rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#${metal})"/>
  <ellipse cx="${x + w / 2}" cy="${y + h}" rx="${w / 2}" ry="40" fill="#8d969d"/>
  <rect x="${x}" y="${y + 70}" width="${w}" height="${h - 130}" fill="${hsl(ctx.hue + 200, 55, 38)}"/>
  <rect x="${x}" y="${y + 70}" width="${w}" height="18" fill="#f7d04a"/><rect x="${x}" y="${y + h - 78}" width="${w}" height="18" fill="#f7d04a"/>
  ${[0, 1, 2].map((i) => `<rect x="${x}" y="${y + 20 + i * 14}" width="${w}" height="5" fill="#000" opacity=".1"/><rect x="${x}" y="${y + h - 40 - i * 14}" width="${w}" height="5" fill="#000" opacity=".1"/>`).join('')}
  ${ring(x + w / 2, y + 180, 120)}
  ${packLabel(ctx, { x: x + 50, y: y + 290, w: w - 100, h: 180, max: 44 })}
  <ellipse cx="${x + w / 2}" cy="${y}" rx="${w / 2}" ry="40" fill="#d3d9dd" stroke="#9aa3aa" stroke-width="6"/><ellipse cx="${x + w / 2}" cy="${y}" rx="${w / 2 - 30}" ry="28" fill="none" stroke="#aab2b8" stroke-width="4"/>
  <rect x="${x + 20}" y="${y + 60}" width="26" height="${h - 80}" fill="#fff" opacity=".25"/>
  ${pineapple(ctx, 1130, 880, 1.35)}
  ${plate(1330, 980, 200)}${ring(1280, 950, 90)}${ring(1390, 985, 86)}`;
}

export function nanasOlahan(ctx) {
  const jam = (x, y, w, h) => `<rect x="${x}" y="${y + 50}" width="${w}" height="${h}" fill="#f2a51c"/><rect x="${x}" y="${y + 50}" width="${w}" height="${h}" fill="#e07b0c" opacity=".25"/>
    ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(() => `<ellipse cx="${n(x + ctx.random() * w)}" cy="${n(y + 90 + ctx.random() * (h - 100))}" rx="${n(14 + ctx.random() * 14)}" ry="${n(8 + ctx.random() * 6)}" fill="#ffd25e" opacity=".7"/>`).join('')}`;
  let chips = '';
  for (const [cx, cy, r, a] of [[1100, 1000, 80, 10], [1260, 1040, 76, -20], [1420, 1000, 82, 30], [1180, 1090, 70, 0], [1350, 1110, 74, 40]]) {
    chips += `<g transform="rotate(${a} ${cx} ${cy})"><path d="M${cx - r} ${cy} Q${cx - r} ${cy - r * 0.7} ${cx} ${cy - r * 0.5} Q${cx + r} ${cy - r * 0.6} ${cx + r} ${cy} Q${cx + r * 0.6} ${cy + r * 0.6} ${cx} ${cy + r * 0.5} Q${cx - r * 0.8} ${cy + r * 0.5} ${cx - r} ${cy}Z" fill="#f4cf6a" stroke="#d9a23a" stroke-width="5"/>
    <path d="M${cx - r * 0.6} ${cy} Q${cx} ${cy - r * 0.2} ${cx + r * 0.6} ${cy}" stroke="#e2ad44" stroke-width="5" fill="none"/></g>`;
  }
  return `${room(ctx)}${leaf(880, 800, 600, 220, 6)}
  ${jar(ctx, jam, { x: 360, y: 300, w: 500, h: 600, lid: hsl(ctx.hue + 355, 70, 46), gingham: true })}
  ${pineapple(ctx, 1180, 860, 1.25)}${chips}`;
}

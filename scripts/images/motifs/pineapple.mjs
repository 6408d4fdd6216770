/** A whole pineapple, shared by the pineapple products and the Nanas Wangi cover. */
import { n, shadow } from './helpers.mjs';

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

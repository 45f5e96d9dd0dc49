/**
 * The current slide as a 1920×1080 PNG, made in the renderer so that it works the same in
 * Electron and in a browser: the slide's DOM and the page's own style sheets (fonts inlined
 * as data URLs, since an SVG image may load nothing) go into an SVG foreignObject, which is
 * drawn on a canvas. vh units then refer to the 1080-pixel image, so the layout is the 1080p one.
 */

const toDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(blob);
  });

async function inlineUrls(css: string, base: string): Promise<string> {
  const urls = [...new Set([...css.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => m[1]))];
  let out = css;
  for (const u of urls) {
    if (!u || u.startsWith('data:')) continue;
    const res = await fetch(new URL(u, base));
    if (!res.ok) continue;
    out = out.split(u).join(await toDataUrl(await res.blob()));
  }
  return out;
}

async function pageCss(): Promise<string> {
  const parts: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRule[];
    try {
      rules = [...sheet.cssRules];
    } catch {
      continue; // another origin's sheet: the app has none
    }
    const text = rules.map((r) => r.cssText).join('\n');
    parts.push(await inlineUrls(text, sheet.href ?? document.baseURI));
  }
  return parts.join('\n');
}

export async function slideToPng(slide: HTMLElement, width = 1920, height = 1080): Promise<Blob> {
  const clone = slide.cloneNode(true) as HTMLElement;
  for (const el of clone.querySelectorAll('[data-export="omit"]')) el.remove();
  clone.classList.add('exporting');
  const css = await pageCss();
  const xhtml = new XMLSerializer().serializeToString(clone);
  const style = new XMLSerializer().serializeToString(
    Object.assign(document.createElementNS('http://www.w3.org/2000/svg', 'style'), {
      textContent: css,
    }),
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `${style}<foreignObject x="0" y="0" width="100%" height="100%">${xhtml}</foreignObject></svg>`;
  // A data: URL, not a blob: one: Chromium taints the canvas for a foreignObject from a blob.
  const img = new Image(width, height);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(img, 0, 0, width, height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}

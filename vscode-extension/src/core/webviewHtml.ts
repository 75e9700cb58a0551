// The content-security policy of FactLint's webviews: the server's HTML has inline style and
// SVG only, so nothing else is allowed — no script, no remote content, no fonts or images from
// anywhere but data: URLs.
export const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;";

/** The page with the policy as the first thing in its head (a page without a head gets one). */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) {
    return `<!DOCTYPE html><html><head>${meta}</head><body>${html}</body></html>`;
  }
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** The page shown when the group is gone (its claims deleted or moved to another subject). */
export function gonePage(title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return withPolicy(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><p>The claim group <strong>${escaped}</strong> no longer exists: its claims were removed or changed subject or property. Put the cursor on a claim and run <em>FactLint: Show Claim Group</em> again.</p></body></html>`);
}

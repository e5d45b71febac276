import {chromium} from 'playwright-core';
const b = await chromium.launch({executablePath:'/usr/bin/chromium', args:['--no-sandbox']});
for (const [w,h] of [[1280,800],[375,812]]) {
  const p = await b.newPage({viewport:{width:w,height:h}});
  await p.addInitScript(() => { window.__cls=[]; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__cls.push({v:e.value, src:(e.sources||[]).map(s=>s.node && (s.node.id || s.node.className || s.node.nodeName))}); }).observe({type:'layout-shift', buffered:true}); });
  await p.goto('http://127.0.0.1:4394/docs/reference/instance-types'); await p.waitForTimeout(1500);
  const r = await p.evaluate(() => { const el = document.querySelector('[data-testid=instance-explorer]') || document.querySelector('[data-testid=explorer-placeholder]'); const b = el.getBoundingClientRect(); return {top: b.top+scrollY, h: b.height, cls: window.__cls}; });
  console.log(w, JSON.stringify(r));
  await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); await p.waitForTimeout(800);
  console.log('after scroll', JSON.stringify(await p.evaluate(() => window.__cls)));
}
await b.close();

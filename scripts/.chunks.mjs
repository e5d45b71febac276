import {chromium} from 'playwright-core';
const b = await chromium.launch({executablePath:'/usr/bin/chromium', args:['--no-sandbox']});
for (const rel of process.argv.slice(2)) {
  const p = await b.newPage(); const rows=[];
  p.on('response', async (r) => { if (r.request().resourceType()==='script') { const s=(await r.request().sizes()).responseBodySize; rows.push([r.url().split('/').pop(), s]); }});
  await p.goto('http://127.0.0.1:4394/'+rel, {waitUntil:'networkidle'}); await p.waitForTimeout(500);
  const tot=rows.reduce((a,r)=>a+r[1],0);
  console.log(rel, (tot/1000).toFixed(1)+' KB'); rows.sort((a,b)=>b[1]-a[1]); for (const r of rows) console.log('   ', r[0], (r[1]/1000).toFixed(1));
  await p.close();
}
await b.close();

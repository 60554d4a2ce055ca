// Tolok service worker: cache-first, so a hosted copy keeps working offline after the first visit.
// The cache name carries the build version (replaced by scripts/make-dist.sh); old caches are removed.
const CACHE = 'tolok-@VERSION@';
const FILES = ['./', './index.html', './tolok-wasm.js', './tolok.js', './tolok-xlsx.js', './manifest.webmanifest', './icon.svg', './icon-192.png', './icon-512.png'];
self.addEventListener('install', (e) => { e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting())); });
self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('tolok-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (e) => {
  if (e.request.method !== 'GET') return;
  e.respondWith(caches.match(e.request, { ignoreSearch: true }).then((hit) => hit || fetch(e.request)));
});

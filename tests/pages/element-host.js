// Records every regionselect event the host receives (an external script, so a strict CSP allows it).
window.__events = [];
document.addEventListener('regionselect', (e) => {
  window.__events.push({ id: e.target.id, region: e.detail.region });
});

/*
 * Thi đua: when opening a task fails, Tasklist's task view makes the notice's heading from the error message itself,
 * and only the engine's own English texts ("task is null", "No matching task") become a heading of its own. Our
 * Vietnamese answer to opening a task a colleague has just completed ("Việc «…» đã được … hoàn thành lúc …") would
 * be shown twice, heading and message, both behind Tasklist's internal "<task> <-" (escaped once, in the heading).
 * A notice whose heading only repeats its message is shown once, as its message, without that prefix.
 * Loaded by config.js (customScripts).
 */

const INTERNAL_PREFIX = /^\s*(?:<task>|&lt;task&gt;)\s*(?:<-|&lt;-)\s*/;

function plain(text) {
  return (text || '').replace(INTERNAL_PREFIX, '').replace(/\s*:\s*$/, '').trim();
}

function showOnce(alert) {
  const status = alert.querySelector('.status');
  const message = alert.querySelector('.message');
  if (!status || !message || !status.textContent.trim()) {
    return;
  }
  const said = plain(message.textContent);
  if (said && plain(status.textContent) === said) {
    status.textContent = '';
    for (const colon of alert.querySelectorAll('strong:not(.status)')) {
      colon.textContent = '';
    }
    message.textContent = said;
  }
}

new MutationObserver(() => {
  for (const alert of document.querySelectorAll('.notifications .alert')) {
    showOnce(alert);
  }
}).observe(document.documentElement, {childList: true, subtree: true});

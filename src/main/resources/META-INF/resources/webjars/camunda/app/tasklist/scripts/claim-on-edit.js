/*
 * Thi đua: nobody should need to know what "claiming" is. Tasklist lays a veil over the form of a task that is not
 * assigned to the user (links stay clickable above it, see styles/user-styles.css). The first click or keystroke
 * into that form claims the task for her when she is one of its candidates, through Tasklist's own "Nhận việc"
 * button (so Tasklist updates exactly as after a press), then puts the focus where she clicked.
 * Two people opening the same task: the task is read again just before; when someone else has claimed it in the
 * meantime, nothing is claimed and the task is shown again, now with the name of the person working on it.
 * Loaded by config.js (customScripts).
 */

const CLAIM_BUTTON = '.task-card button.claim';
const VEILED_FORM = '.disabled-form';

let claiming = false;

function engineApi() {
  const base = document.querySelector('base');
  const root = (base && base.getAttribute('app-root')) || '/camunda';
  // /camunda/app/tasklist/{engine}/
  const parts = window.location.pathname.split('/');
  const engine = parts[parts.indexOf('tasklist') + 1] || 'default';
  return {root, engine, tasks: `${root}/api/engine/engine/${encodeURIComponent(engine)}/task`};
}

function openTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

async function json(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  return response.json();
}

/** 'claim' when the task is free and the user is one of its candidates, 'taken' when another has it, else null. */
async function verdict(taskId) {
  const api = engineApi();
  const [user, task] = await Promise.all([
    json(`${api.root}/api/admin/auth/user/${encodeURIComponent(api.engine)}`),
    json(`${api.tasks}/${encodeURIComponent(taskId)}`)
  ]);
  if (task.assignee) {
    return task.assignee === user.userId ? null : 'taken';
  }
  const candidate = await json(`${api.tasks}/count?taskId=${encodeURIComponent(taskId)}`
    + `&candidateUser=${encodeURIComponent(user.userId)}`);
  return candidate.count > 0 ? 'claim' : null;
}

const FIELDS = 'input, textarea, select';

/**
 * The form field she clicked or tabbed into, as a selector that survives Tasklist drawing the form again after the
 * claim (form-js ids are fjs-form-{form}-{field}, the form part changes). The veil lies over the field: the field is
 * found among all the elements under the pointer.
 */
function fieldSelector(target, x, y) {
  let field = target && target.matches(FIELDS) ? target : null;
  if (!field && x !== undefined) {
    field = document.elementsFromPoint(x, y).find((e) => e.matches(FIELDS)) || null;
  }
  const match = field && field.id.match(/^fjs-form-[^-]+-(.+)$/);
  return match ? `.fjs-container [id$="-${CSS.escape(match[1])}"]` : null;
}

/** Once the veil is gone and the form drawn again, the field she clicked or tabbed into gets the focus. */
function focusAfterClaim(selector) {
  if (!selector) {
    return;
  }
  const started = Date.now();
  let unveiled = 0;
  const timer = window.setInterval(() => {
    const now = Date.now();
    if (now - started > 10000 || (unveiled && now - unveiled > 1500)) {
      window.clearInterval(timer);
      return;
    }
    if (document.querySelector(VEILED_FORM)) {
      return;
    }
    unveiled = unveiled || now;
    const field = document.querySelector(selector);
    if (field && field.offsetParent !== null && document.activeElement !== field) {
      field.focus();
    }
  }, 50);
}

async function claimOnEdit(event, target, x, y) {
  const veiled = event.target instanceof Element && event.target.closest(VEILED_FORM);
  if (!veiled || claiming || (event.target.closest && event.target.closest('a[href]'))) {
    return;
  }
  const button = document.querySelector(CLAIM_BUTTON);
  const taskId = openTaskId();
  if (!button || !taskId) {
    return;
  }
  claiming = true;
  const field = fieldSelector(target, x, y);
  try {
    const next = await verdict(taskId);
    if (next === 'claim' && document.querySelector(CLAIM_BUTTON) === button) {
      button.click();
      focusAfterClaim(field);
    } else if (next === 'taken') {
      window.location.reload();
    }
  } catch (e) {
    console.warn('Thi đua: the task was not claimed on first edit', e);
  } finally {
    window.setTimeout(() => {
      claiming = false;
    }, 1000);
  }
}

document.addEventListener('mousedown', (event) => {
  if (event.button === 0) {
    claimOnEdit(event, null, event.clientX, event.clientY);
  }
}, true);

// Only a field she moved to with the Tab key: Tasklist itself may focus a field when it opens a task.
let lastTab = 0;
document.addEventListener('keydown', (event) => {
  if (event.key === 'Tab') {
    lastTab = Date.now();
  }
}, true);

document.addEventListener('focusin', (event) => {
  if (Date.now() - lastTab < 500 && event.target instanceof Element
    && event.target.matches('input, textarea, select')) {
    claimOnEdit(event, event.target);
  }
}, true);

/*
 * Thi đua: Admin shows each group's type as stored ("unit", "role", "SYSTEM"); the application queries its groups by
 * these codes (org.CamundaIdentitySync), so they stay as they are and only what Admin shows is Vietnamese. Loaded by
 * config.js (customScripts). Admin draws its tables with AngularJS at any time: the observer rewrites each group-type
 * cell when it appears or changes. The group's edit form keeps the stored code in its input.
 */

const GROUP_TYPES = {
  unit: 'Đơn vị',
  role: 'Vai trò',
  SYSTEM: 'Hệ thống'
};

function showVietnamese(cell) {
  for (const node of cell.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      const code = node.nodeValue.trim();
      if (Object.prototype.hasOwnProperty.call(GROUP_TYPES, code)) {
        node.nodeValue = GROUP_TYPES[code];
      }
    }
  }
}

function showAll(root) {
  if (root.nodeType !== Node.ELEMENT_NODE) {
    root = root.parentElement;
  }
  if (!root) {
    return;
  }
  const cell = root.closest('td.group-type');
  if (cell) {
    showVietnamese(cell);
  }
  root.querySelectorAll('td.group-type').forEach(showVietnamese);
}

new MutationObserver((changes) => {
  for (const change of changes) {
    showAll(change.target);
  }
}).observe(document.documentElement, {childList: true, characterData: true, subtree: true});
showAll(document.documentElement);

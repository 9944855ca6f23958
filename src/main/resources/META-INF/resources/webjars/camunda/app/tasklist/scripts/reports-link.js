/*
 * Thi đua: a way in from Tasklist's top bar to the pages that are not tasks – the campaigns, the report schedules
 * (báo cáo định kỳ) and the ad-hoc requests (báo cáo đột xuất) a level sends to the units below it. A staff member
 * working only in Tasklist finds them next to "Bắt đầu quy trình". Loaded by config.js (customScripts) as a plugin
 * of Tasklist's navbar (plugin point tasklist.navbar.action), drawn as Tasklist draws its own actions.
 */

const LABEL = 'Phong trào, báo cáo định kỳ, đột xuất';

export default {
  id: 'thidua-reports-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/campaigns';
    link.title = LABEL;
    const icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-calendar';
    const text = document.createElement('span');
    text.className = 'thidua-reports-link-text';
    text.textContent = ' ' + LABEL;
    link.append(icon, text);
    node.appendChild(link);
  }
};

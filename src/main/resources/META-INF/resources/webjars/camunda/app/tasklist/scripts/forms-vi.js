/*
 * Thi đua: Vietnamese texts for the task forms Tasklist draws with form-js (Camunda 7.24 bundles form-js in
 * lib/deps.js). Form-js has no translation hook: its validator writes English sentences ("Field is required.",
 * "Field must have maximum value of 100.") and its date picker (flatpickr) names months and weekdays in English.
 * Loaded by config.js (customScripts), before Tasklist draws its first form, this script
 *  - wraps the validator of every form-js Form so each message it returns is translated; the messages then reach
 *    the form, its error list and Tasklist's "complete" check in Vietnamese. A field's own
 *    validate.patternErrorMessage (a form-js schema property the bundled form-js does not read yet) replaces the
 *    message for a value that does not match its pattern;
 *  - gives flatpickr Vietnamese month and weekday names, Monday first, and makes date fields read and show
 *    dd/mm/yyyy;
 *  - reads a typed date strictly as day/month/year: flatpickr would roll 31/02/2027 over to 03/03/2027 (and clear
 *    what it cannot read); an impossible or unreadable date is refused with a Vietnamese message under the field,
 *    keeps what was typed, and leaves the field without a value until it is corrected.
 * For every browser, whatever its language: the webapps speak Vietnamese only (config.js).
 * After a Camunda upgrade, the browser tests (TasklistBrowserTest, CamundaWebappsBrowserTest) show whether the hooks
 * below still hold.
 */

const MESSAGES = [
  [/^Field is required\.$/, () => 'Mục này bắt buộc, không được để trống.'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `Giá trị không được nhỏ hơn ${number(min)}.`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `Giá trị không được lớn hơn ${number(max)}.`],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Cần nhập ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Không được nhập quá ${n} ký tự.`],
  [/^Field must match pattern .*\.$/s, () => 'Giá trị chưa đúng dạng yêu cầu.'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/,
    () => 'Số điện thoại không hợp lệ: ghi theo dạng quốc tế, ví dụ +84912345678.'],
  [/^Value is not a number\.$/, () => 'Cần nhập một số.'],
  [/^Value is expected to be an integer\.$/, () => 'Cần nhập một số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (n) => `Chỉ được ghi tối đa ${n} chữ số sau dấu phẩy.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ${number(a)} và ${number(b)}.`],
  [/^Date and time must both be entered\.$/, () => 'Cần nhập cả ngày và giờ.']
];

/** flatpickr's Vietnamese locale (the one flatpickr ships as l10n/vn), Monday first as Vietnamese calendars are. */
const CALENDAR = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8',
      'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  toggleTitle: 'Bấm để chuyển',
  time_24hr: true
};

function number(text) {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text).toLocaleString('vi-VN') : text;
}

function translate(message) {
  if (typeof message !== 'string') {
    return message;
  }
  for (const [pattern, vietnamese] of MESSAGES) {
    const match = message.match(pattern);
    if (match) {
      return vietnamese(...match.slice(1));
    }
  }
  return message;
}

/** The webpack loader of Camunda's bundles: a chunk pushed with a runtime callback receives it. */
function webpackRequire() {
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  let found = null;
  if (chunks && typeof chunks.push === 'function') {
    chunks.push([[Symbol('thidua-forms-vi')], {}, (require) => {
      found = require;
    }]);
  }
  return found;
}

/** The form-js viewer's exports: the bundled module that holds the validator's English messages. */
function formJs(require) {
  for (const id of Object.keys(require.m || {})) {
    const factory = require.m[id];
    if (String(factory).includes('Field is required.')) {
      const exports = require(id);
      if (exports && exports.Form && exports.Form.prototype && exports.Form.prototype._createInjector) {
        return exports;
      }
    }
  }
  return null;
}

/**
 * Form-js derives the order of its date fields from new Intl.DateTimeFormat('default'); "default" is no
 * language, so the browser falls back to its own UI language (often English: month/day/year). For our users the
 * date field reads dd/mm/yyyy (two-digit day and month), as every Vietnamese document writes dates.
 */
function dayFirstDateFields() {
  const Native = Intl.DateTimeFormat;
  const DateTimeFormat = function (locales, options) {
    if (locales === 'default') {
      return new Native('vi-VN', options || {day: '2-digit', month: '2-digit', year: 'numeric'});
    }
    return new Native(locales, options);
  };
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Intl.DateTimeFormat = DateTimeFormat;
}

/** Every form-js Form drawn on this page: a date typed into one of its fields is checked against its schema. */
const forms = new Set();

/** Per form, the date fields whose typed text was refused: field id → Vietnamese message. */
const refusedDates = new WeakMap();

function refusalsOf(form) {
  let refusals = refusedDates.get(form);
  if (!refusals) {
    refusals = new Map();
    refusedDates.set(form, refusals);
  }
  return refusals;
}

function fieldOf(form, id) {
  const registry = form.get('formFieldRegistry', false);
  return registry ? registry.get(id) : null;
}

/** The message a field gives for what the validator found, in Vietnamese. */
function vietnamese(field, message) {
  const custom = field && field.validate && field.validate.patternErrorMessage;
  if (custom && typeof message === 'string' && /^Field must match pattern /.test(message)) {
    return custom;
  }
  return translate(message);
}

function translateValidator(Form) {
  const createInjector = Form.prototype._createInjector;
  Form.prototype._createInjector = function (...args) {
    const form = this;
    const injector = createInjector.apply(form, args);
    forms.add(form);
    const validator = injector.get('validator', false);
    if (validator) {
      const validateField = validator.validateField;
      if (typeof validateField === 'function') {
        validator.validateField = (field, ...rest) => {
          const errors = validateField.call(validator, field, ...rest);
          return Array.isArray(errors) ? errors.map((e) => vietnamese(field, e)) : errors;
        };
      }
      const validateFieldInstance = validator.validateFieldInstance;
      if (typeof validateFieldInstance === 'function') {
        validator.validateFieldInstance = (instance, ...rest) => {
          const errors = validateFieldInstance.call(validator, instance, ...rest);
          if (!Array.isArray(errors)) {
            return errors;
          }
          const field = instance && fieldOf(form, instance.id);
          const refused = instance && refusalsOf(form).get(instance.id);
          const translated = errors.filter((e) => !(refused && e === 'Field is required.'))
            .map((e) => vietnamese(field, e));
          return refused ? [refused, ...translated] : translated;
        };
      }
    }
    return injector;
  };
}

/** form-js's DOM id of a field instance (its prefixId): fjs-form-{form}-{field}_{index}… */
function domId(form, instance) {
  let id = `fjs-form-${form._id}-${instance.id}`;
  Object.values(instance.indexes || {}).forEach((index) => {
    id += `_${index}`;
  });
  return id;
}

/** The form, field and field instance a date input belongs to, or null. */
function dateFieldOf(input) {
  for (const form of forms) {
    if (!form._container || !form._container.isConnected) {
      forms.delete(form);
      continue;
    }
    if (!form._container.contains(input)) {
      continue;
    }
    const instances = form.get('formFieldInstanceRegistry', false);
    for (const instance of instances ? instances.getAll() : []) {
      if (`${domId(form, instance)}-date` === input.id) {
        return {form, instance, field: fieldOf(form, instance.id)};
      }
    }
  }
  return null;
}

const DATE_EXAMPLE = 'ví dụ 31/12/2026';

/**
 * What the user typed, read as day/month/year (separated by /, - or .; the year in four digits): {date} for a real
 * day the field accepts, {error} with a Vietnamese message otherwise, {} when nothing was typed.
 */
function readDayFirst(text, field) {
  const typed = String(text).trim();
  if (!typed) {
    return {};
  }
  const parts = typed.match(/^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/);
  if (!parts) {
    return {error: `“${typed}” chưa phải là một ngày: ghi theo dạng ngày/tháng/năm, ${DATE_EXAMPLE}.`};
  }
  const [day, month, year] = parts.slice(1).map(Number);
  if (month < 1 || month > 12) {
    return {error: `Không có ngày ${typed}: tháng phải từ 1 đến 12 (ghi ngày/tháng/năm, ${DATE_EXAMPLE}).`};
  }
  const daysInMonth = new Date(year, month, 0).getDate();
  if (day < 1 || day > daysInMonth) {
    return {error: `Không có ngày ${typed}: tháng ${month} năm ${year} chỉ có ${daysInMonth} ngày.`};
  }
  if (year < 1900) {
    return {error: `Năm ${year} không hợp lệ: chỉ nhận ngày từ năm 1900 trở đi.`};
  }
  const date = new Date(year, month - 1, day);
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  if (field && field.disallowPassedDates && date < today) {
    return {error: `Ngày ${typed} đã qua: hãy chọn từ hôm nay trở đi.`};
  }
  return {date};
}

/**
 * Wraps a flatpickr instance's setDate, through which flatpickr applies what was typed (on Enter, on leaving the
 * field, on a click elsewhere): typed text is read strictly day first; a refused text stays in the box, the field
 * loses its value and shows why.
 */
function strictTypedDates(picker) {
  const setDate = picker.setDate;
  picker.setDate = function (date, triggerChange, format) {
    const input = picker.input;
    const owner = input && dateFieldOf(input);
    if (!owner) {
      return setDate.apply(this, arguments);
    }
    const {form, instance, field} = owner;
    const refusals = refusalsOf(form);
    if (typeof date === 'string') {
      const verdict = readDayFirst(date, field);
      if (verdict.error) {
        refusals.set(instance.id, verdict.error);
        // No value rather than a shifted one; the validator adds the message (see translateValidator).
        form._update({fieldInstance: instance, value: null});
        return undefined;
      }
      const wasRefused = refusals.delete(instance.id);
      const result = verdict.date ? setDate.call(this, verdict.date, triggerChange) : setDate.apply(this, arguments);
      if (wasRefused) {
        const data = form._getState().data || {};
        const current = (instance.valuePath || [instance.id]).reduce((v, key) => (v == null ? v : v[key]), data);
        form.get('viewerCommands').updateFieldInstanceValidation(instance, current === undefined ? null : current);
      }
      return result;
    }
    if (date instanceof Date && isNaN(date.getTime()) && refusals.has(instance.id)) {
      // form-js echoing the empty value set above: keep the refused text in the box.
      return undefined;
    }
    return setDate.apply(this, arguments);
  };
}

try {
  const require = webpackRequire();
  const viewer = require && formJs(require);
  if (viewer) {
    translateValidator(viewer.Form);
  } else {
    console.warn('Thi đua: form-js not found; form validation messages stay in English');
  }
  dayFirstDateFields();
  if (window.flatpickr && typeof window.flatpickr.localize === 'function') {
    window.flatpickr.localize(CALENDAR);
    const defaults = window.flatpickr.defaultConfig;
    defaults.onReady = [].concat(defaults.onReady || [], (selected, text, picker) => strictTypedDates(picker));
  } else {
    console.warn('Thi đua: flatpickr not found; dates typed in forms are not checked day first');
  }
} catch (e) {
  console.error('Thi đua: Vietnamese form texts not installed', e);
}

/*
 * Thi đua: Vietnamese texts for the task forms Tasklist draws with form-js (Camunda 7.24 bundles form-js in
 * lib/deps.js). Form-js has no translation hook: its validator writes English sentences ("Field is required.",
 * "Field must have maximum value of 100.") and its date picker (flatpickr) names months and weekdays in English.
 * Loaded by config.js (customScripts), before Tasklist draws its first form, this script
 *  - wraps the validator of every form-js Form so each message it returns is translated; the messages then reach
 *    the form, its error list and Tasklist's "complete" check in Vietnamese;
 *  - gives flatpickr Vietnamese month and weekday names, Monday first, and makes date fields read day/month/year.
 * Only for browsers whose first language is Vietnamese, the same rule Tasklist uses to choose vi.json.
 * After a Camunda upgrade, TasklistBrowserTest shows whether the hooks below still hold.
 */

const MESSAGES = [
  [/^Field is required\.$/, () => 'Mục này bắt buộc, không được để trống.'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `Giá trị nhỏ nhất được nhận là ${number(min)}.`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `Giá trị lớn nhất được nhận là ${number(max)}.`],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Cần nhập ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Chỉ được nhập tối đa ${n} ký tự.`],
  [/^Field must match pattern .*\.$/s, () => 'Giá trị không đúng định dạng yêu cầu.'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/,
    () => 'Số điện thoại không hợp lệ: ghi theo dạng quốc tế, ví dụ +84912345678.'],
  [/^Value is not a number\.$/, () => 'Giá trị phải là một số.'],
  [/^Value is expected to be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (n) => `Chỉ được ghi tối đa ${n} chữ số thập phân.`],
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

function prefersVietnamese() {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return first.toLowerCase().startsWith('vi');
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
 * date field reads day/month/year, as every Vietnamese document writes dates.
 */
function dayFirstDateFields() {
  const Native = Intl.DateTimeFormat;
  const DateTimeFormat = function (locales, options) {
    return new Native(locales === 'default' ? 'vi-VN' : locales, options);
  };
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Intl.DateTimeFormat = DateTimeFormat;
}

function translateValidator(Form) {
  const createInjector = Form.prototype._createInjector;
  Form.prototype._createInjector = function (...args) {
    const injector = createInjector.apply(this, args);
    const validator = injector.get('validator', false);
    if (validator) {
      for (const method of ['validateField', 'validateFieldInstance']) {
        const validate = validator[method];
        if (typeof validate === 'function') {
          validator[method] = (...values) => {
            const errors = validate.apply(validator, values);
            return Array.isArray(errors) ? errors.map(translate) : errors;
          };
        }
      }
    }
    return injector;
  };
}

if (prefersVietnamese()) {
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
    }
  } catch (e) {
    console.error('Thi đua: Vietnamese form texts not installed', e);
  }
}

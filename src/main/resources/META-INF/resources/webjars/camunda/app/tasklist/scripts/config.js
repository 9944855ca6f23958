/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // Thi đua: Vietnamese dates (day/month/year, 24-hour clock) in every language; times are shown
  // in the browser's time zone, which for our users is Asia/Ho_Chi_Minh.
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    abbr: 'DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // Thi đua: locales/vi.json is ours (Camunda ships en and de only). Our users are Vietnamese whatever
  // language their browser asks for, and Camunda has no per-user language choice: Vietnamese is the only
  // locale offered, so an English browser gets it too. One locale also keeps the dates right: each
  // locale file Camunda loads redefines moment's global locale, and a fallback 'en' loaded after
  // vi.json turned "còn 11 ngày" back into "in 11 days".
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },

  // Thi đua: scripts/forms-vi.js puts the task forms' validation messages and date picker in Vietnamese
  // (form-js itself only speaks English) and reads typed dates day first; scripts/claim-on-edit.js claims
  // a task for a candidate on her first click or keystroke into its form; scripts/reports-link.js adds a
  // link to the campaigns, report schedules and ad-hoc requests to the top bar; scripts/notices-once.js shows a
  // notice once when Tasklist would repeat our answer as its heading.
  customScripts: ['scripts/forms-vi', 'scripts/claim-on-edit', 'scripts/reports-link', 'scripts/notices-once'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};

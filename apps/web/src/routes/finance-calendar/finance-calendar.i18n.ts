import { FINANCE_EVENT_EN, FINANCE_EVENT_SV } from '@insikt/core';

/** The finance calendar's texts (keys `financeCalendar`), Swedish first, English second. */
const sv = {
  financeCalendar: {
    title: 'Årshjul för ekonomin',
    intro:
      'Förbundets återkommande tidpunkter för budget, bokslut och medel. De som förvaltar förbundets medel får en påminnelse med e-post det antal dagar före som står vid varje händelse (den som inte vill ha dem stänger av dem under Mitt konto).',
    defaults: 'Förbundet följer standardårshjulet tills det sparar ett eget.',
    // The defaults' names are core's, which the e-mails and files use too.
    events: FINANCE_EVENT_SV,
    next: 'Nästa gång {{date}}, om {{days}} dagar',
    nextToday: 'I dag, {{date}}',
    event: 'Händelse',
    date: 'Datum varje år',
    nextDate: 'Nästa gång',
    month: 'Månad',
    day: 'Dag',
    reminderDays: 'Påminnelse, dagar före',
    enabled: 'Med i årshjulet och påminnelserna',
    ownTitle: 'Benämning',
    ownEvent: 'Egen händelse',
    remove: 'Ta bort',
    add: 'Lägg till egen händelse',
    save: 'Spara årshjulet',
    saved: 'Årshjulet är sparat.',
    off: 'Avstängd',
    months: {
      '1': 'januari',
      '2': 'februari',
      '3': 'mars',
      '4': 'april',
      '5': 'maj',
      '6': 'juni',
      '7': 'juli',
      '8': 'augusti',
      '9': 'september',
      '10': 'oktober',
      '11': 'november',
      '12': 'december',
    },
    start: {
      heading: 'Närmaste tidpunkterna i ekonomin',
      none: 'Inga tidpunkter de närmaste 60 dagarna.',
      item: '{{date}} (om {{days}} dagar): {{title}}, {{association}}',
      itemToday: 'I dag: {{title}}, {{association}}',
    },
  },
};

const en: typeof sv = {
  financeCalendar: {
    title: 'Financial year cycle',
    intro:
      "The association's recurring dates for budget, accounts and funds. Those who manage the association's funds get an e-mail reminder the number of days before that each event states (anyone who does not want them turns them off under My account).",
    defaults: 'The association follows the default cycle until it saves its own.',
    events: FINANCE_EVENT_EN,
    next: 'Next on {{date}}, in {{days}} days',
    nextToday: 'Today, {{date}}',
    event: 'Event',
    date: 'Date every year',
    nextDate: 'Next',
    month: 'Month',
    day: 'Day',
    reminderDays: 'Reminder, days before',
    enabled: 'Part of the cycle and the reminders',
    ownTitle: 'Name',
    ownEvent: 'Own event',
    remove: 'Remove',
    add: 'Add own event',
    save: 'Save the cycle',
    saved: 'The cycle is saved.',
    off: 'Off',
    months: {
      '1': 'January',
      '2': 'February',
      '3': 'March',
      '4': 'April',
      '5': 'May',
      '6': 'June',
      '7': 'July',
      '8': 'August',
      '9': 'September',
      '10': 'October',
      '11': 'November',
      '12': 'December',
    },
    start: {
      heading: 'Next financial dates',
      none: 'No dates in the next 60 days.',
      item: '{{date}} (in {{days}} days): {{title}}, {{association}}',
      itemToday: 'Today: {{title}}, {{association}}',
    },
  },
};

export const financeCalendarMessages = { sv, en };
